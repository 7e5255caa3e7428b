#include "fuzzsupport.h"

#include "io/spectrumcheck.h"

#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace spinhance::fuzz {

namespace fs = std::filesystem;

namespace {

const fs::path& scratchRoot() {
    static const fs::path root = [] {
        const fs::path folder =
            fs::temp_directory_path() / ("spinhance-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(folder);
        std::atexit([] {
            std::error_code ec;
            fs::remove_all(scratchRoot(), ec);
        });
        return folder;
    }();
    return root;
}

} // namespace

std::string_view bytesOf(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

std::vector<std::string_view> splitParts(std::string_view input, std::size_t parts) {
    std::vector<std::string_view> out;
    while (out.size() + 1 < parts) {
        const std::size_t cut = input.find(kPartSeparator);
        if (cut == std::string_view::npos) break;
        out.push_back(input.substr(0, cut));
        input.remove_prefix(cut + kPartSeparator.size());
    }
    out.push_back(input);
    out.resize(parts);
    return out;
}

fs::path freshScratch() {
    const fs::path& root = scratchRoot();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(root, ec))
        fs::remove_all(entry.path(), ec);
    return root;
}

void writePart(const fs::path& folder, const std::string& relative, std::string_view bytes) {
    if (bytes.empty()) return;
    const fs::path path = folder / relative;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
}

void inspect(const Spectrum& spectrum, const std::string& file) {
    checkSpectrum(spectrum, file);
    volatile double sum = 0.0;
    for (const std::vector<double>* values : {&spectrum.ppm, &spectrum.real, &spectrum.imag})
        for (double value : *values)
            sum = sum + value;
    if (spectrum.fid)
        for (const auto& point : spectrum.fid->points)
            sum = sum + point.real() + point.imag();
}

} // namespace spinhance::fuzz

#include "fuzzsupport.h"

#include "io/spectrumcheck.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <unistd.h>

namespace spinhance::fuzz {

namespace fs = std::filesystem;

namespace {

const std::string kScratchPrefix = "spinhance-fuzz-";

// libFuzzer leaves without running atexit handlers, so the folders of processes that are gone are
// removed when the next run starts.
void removeStaleScratch(const fs::path& temp) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(temp, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind(kScratchPrefix, 0) != 0) continue;
        const long pid = std::strtol(name.c_str() + kScratchPrefix.size(), nullptr, 10);
        if (pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH) fs::remove_all(entry, ec);
    }
}

const fs::path& scratchRoot() {
    static const fs::path root = [] {
        removeStaleScratch(fs::temp_directory_path());
        const fs::path folder =
            fs::temp_directory_path() / (kScratchPrefix + std::to_string(::getpid()));
        fs::create_directories(folder);
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

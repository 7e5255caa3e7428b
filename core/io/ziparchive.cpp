#include "io/ziparchive.h"

#include "common/error.h"
#include "io/textfile.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <zip.h>

namespace spinhance::io {

namespace fs = std::filesystem;

namespace {

using ZipHandle = std::unique_ptr<zip_t, decltype(&zip_discard)>;

ZipHandle openZip(const std::string& path) {
    int error = 0;
    return ZipHandle(zip_open(path.c_str(), ZIP_RDONLY, &error), &zip_discard);
}

bool safeEntryName(const std::string& name) {
    if (name.empty() || name.front() == '/' || name.find("..") != std::string::npos) return false;
    return name.rfind("__MACOSX", 0) != 0;
}

std::string uniqueTempFolder() {
    static std::atomic<unsigned> counter{0};
    std::random_device random;
    const fs::path folder =
        fs::temp_directory_path() /
        ("spinhance-zip-" + std::to_string(random()) + "-" + std::to_string(counter++));
    fs::create_directories(folder);
    return folder.string();
}

void extractEntry(zip_t* archive, zip_uint64_t index, const fs::path& target,
                  unsigned long long& budget, const std::string& zipPath) {
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, index, 0),
                                                            &zip_fclose);
    if (!file)
        throw Error(ErrorCode::InvalidInput, "cannot read a zip entry",
                    {zipPath, 0, target.filename().string()});
    fs::create_directories(target.parent_path());
    std::ofstream out(target, std::ios::binary);
    char buffer[65536];
    for (zip_int64_t n; (n = zip_fread(file.get(), buffer, sizeof buffer)) > 0;) {
        if (static_cast<unsigned long long>(n) > budget)
            throw Error(ErrorCode::Unsupported, "zip expands beyond the size limit",
                        {zipPath, 0, {}});
        budget -= static_cast<unsigned long long>(n);
        out.write(buffer, n);
    }
}

} // namespace

bool looksLikeZip(const std::string& path) {
    return startsWith(readFileHead(path, 4), std::string_view("PK\x03\x04", 4));
}

std::vector<std::string> zipEntryNames(const std::string& path) {
    std::vector<std::string> names;
    ZipHandle archive = openZip(path);
    if (!archive) return names;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i)
        if (const char* name = zip_get_name(archive.get(), zip_uint64_t(i), 0))
            names.emplace_back(name);
    return names;
}

std::string zipOpenProblem(const std::string& path) {
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive) {
        zip_discard(archive);
        return {};
    }
    zip_error_t details;
    zip_error_init_with_code(&details, error);
    std::string text = zip_error_strerror(&details);
    zip_error_fini(&details);
    return text;
}

ExtractedZip::ExtractedZip(const std::string& zipPath, unsigned long long maxBytes) {
    ZipHandle archive = openZip(zipPath);
    if (!archive)
        throw Error(ErrorCode::InvalidInput, "expected a zip archive, cannot open it",
                    {zipPath, 0, {}});
    m_folder = uniqueTempFolder();
    try {
        const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
        for (zip_int64_t i = 0; i < count; ++i) {
            const char* raw = zip_get_name(archive.get(), zip_uint64_t(i), 0);
            const std::string name = raw ? raw : "";
            if (!safeEntryName(name) || name.back() == '/') continue;
            extractEntry(archive.get(), zip_uint64_t(i), fs::path(m_folder) / name, maxBytes,
                         zipPath);
        }
    } catch (...) {
        std::error_code ec;
        fs::remove_all(m_folder, ec);
        throw;
    }
}

ExtractedZip::~ExtractedZip() {
    std::error_code ec;
    fs::remove_all(m_folder, ec);
}

} // namespace spinhance::io

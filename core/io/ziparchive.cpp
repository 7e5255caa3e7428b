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
    std::error_code ec;
    const fs::path folder =
        fs::temp_directory_path(ec) /
        ("spinhance-zip-" + std::to_string(random()) + "-" + std::to_string(counter++));
    if (!ec) fs::create_directories(folder, ec);
    if (ec)
        throw Error(ErrorCode::Io, "cannot create a folder to unpack the zip: " + ec.message(),
                    {folder.string(), 0, {}});
    return folder.string();
}

// An entry can clash with an earlier one ("a/acqus" a file, then "a/acqus/1"): the folder or the
// file cannot be made. That is a malformed archive, named by entry, not a filesystem_error.
std::ofstream createEntryFile(const fs::path& target, const std::string& name,
                              const std::string& zipPath) {
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream out;
    if (!ec) out.open(target, std::ios::binary | std::ios::trunc);
    if (ec || !out)
        throw Error(ErrorCode::InvalidInput,
                    "expected each entry to be a file or a folder, found one that clashes with "
                    "an earlier entry (" +
                        (ec ? ec.message() : std::string("a folder of that name exists")) + ")",
                    {zipPath, 0, name});
    return out;
}

void extractEntry(zip_t* archive, zip_uint64_t index, const std::string& folder,
                  const std::string& name, unsigned long long& budget, const std::string& zipPath) {
    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen_index(archive, index, 0),
                                                            &zip_fclose);
    if (!file) throw Error(ErrorCode::InvalidInput, "cannot read a zip entry", {zipPath, 0, name});
    std::ofstream out = createEntryFile(fs::path(folder) / name, name, zipPath);
    char buffer[65536];
    zip_int64_t n = 0;
    while ((n = zip_fread(file.get(), buffer, sizeof buffer)) > 0) {
        if (static_cast<unsigned long long>(n) > budget)
            throw Error(ErrorCode::Unsupported, "zip expands beyond the size limit",
                        {zipPath, 0, {}});
        budget -= static_cast<unsigned long long>(n);
        out.write(buffer, n);
    }
    if (n < 0) // a damaged entry (bad CRC, broken deflate stream) must not pass as a short file
        throw Error(ErrorCode::InvalidInput,
                    std::string("expected an intact zip entry, found a damaged one (") +
                        zip_file_strerror(file.get()) + "); copy or download it again",
                    {zipPath, 0, name});
    if (!out)
        throw Error(ErrorCode::Io, "cannot write the unpacked entry (disk full?)",
                    {zipPath, 0, name});
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
            extractEntry(archive.get(), zip_uint64_t(i), m_folder, name, maxBytes, zipPath);
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

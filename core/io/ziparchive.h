#pragma once

#include <string>
#include <vector>

namespace spinhance::io {

/// True when the file starts with a zip local-file signature.
bool looksLikeZip(const std::string& path);

/// Names of the entries in a zip (empty when it cannot be opened).
std::vector<std::string> zipEntryNames(const std::string& path);

/// Why a file that starts like a zip cannot be opened as one (libzip's words, e.g. "Premature end
/// of file" for a cut download); empty when it opens.
std::string zipOpenProblem(const std::string& path);

/// A folder under the system temp directory holding a zip's files; removed on destruction.
/// Entries with ".." or absolute names and macOS resource forks (__MACOSX) are skipped, and
/// extraction stops at `maxBytes` in total so a hostile archive cannot fill the disk.
class ExtractedZip {
public:
    explicit ExtractedZip(const std::string& zipPath, unsigned long long maxBytes = 1ull << 30);
    ~ExtractedZip();
    ExtractedZip(const ExtractedZip&) = delete;
    ExtractedZip& operator=(const ExtractedZip&) = delete;

    const std::string& folder() const { return m_folder; }

private:
    std::string m_folder;
};

} // namespace spinhance::io

#pragma once

#include <string>

namespace spinhance {

/// Writes `bytes` to `path` so that `path` is either untouched or holds the whole new content:
/// the bytes go to a temporary file in the same folder, are flushed to disk (fsync), and the
/// temporary file is renamed over `path`. A crash, a full disk or a kill part-way leaves at most
/// the temporary file, never a half-written `path`. Throws Error{Io} naming the file and `field`
/// (e.g. the option that named the path) when the folder is missing or not writable.
void writeFileAtomically(const std::string& path, const std::string& bytes,
                         const std::string& field = {});

/// The temporary name `writeFileAtomically` uses for `path` ("<path>.tmp").
std::string temporaryPathFor(const std::string& path);

} // namespace spinhance

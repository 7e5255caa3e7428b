#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace spinhance::io {

/// The whole file as bytes; throws Error{Io/NotFound} naming the file.
std::string readFileBytes(const std::string& path);
/// The first `maxBytes` bytes of a file (empty when it cannot be read); used for sniffing.
std::string readFileHead(const std::string& path, std::size_t maxBytes = 4096);

/// Splits on \n, \r\n or \r; views point into `text`.
std::vector<std::string_view> splitLines(std::string_view text);
std::string_view trim(std::string_view text);
std::string toLower(std::string_view text);
std::string toUpper(std::string_view text);
bool startsWith(std::string_view text, std::string_view prefix);
bool endsWith(std::string_view text, std::string_view suffix);
/// Case-insensitive substring search.
bool containsNoCase(std::string_view text, std::string_view needle);
/// Splits on any of `separators`, trimming each part; keeps empty parts.
std::vector<std::string_view> splitFields(std::string_view text, std::string_view separators);

/// Parses a whole trimmed field as a double (accepts "1e5", "+3", "12."); false when not a number.
bool parseDouble(std::string_view text, double& value);
/// File name part of a path ("a/b/c.jdx" -> "c.jdx").
std::string fileNameOf(const std::string& path);
/// Lower-case extension without the dot ("" if none).
std::string extensionOf(const std::string& path);

} // namespace spinhance::io

#pragma once

#include <string>
#include <string_view>

namespace spinhance::io {

/// Decodes base64 (whitespace ignored); returns false on a character outside the alphabet.
bool decodeBase64(std::string_view text, std::string& bytes);

/// Inflates zlib-compressed bytes (RFC 1950); returns false when the stream is corrupt or would
/// exceed `maxBytes`.
bool inflateZlib(const std::string& compressed, std::string& bytes,
                 std::size_t maxBytes = 1u << 30);

} // namespace spinhance::io

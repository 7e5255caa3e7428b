#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace spinhance {

/// A fast 128-bit content digest (two multiply–xorshift lanes over 8-byte words). Identifies a
/// dataset's content for model provenance; not a cryptographic hash.
class ContentHasher {
public:
    void add(const void* data, std::size_t bytes);
    void add(const std::string& text);
    template <typename T> void addValue(const T& value) { add(&value, sizeof value); }
    /// 32 lower-case hex digits.
    std::string hex() const;

private:
    void mixWord(std::uint64_t word);

    std::uint64_t m_lane1 = 0x243F6A8885A308D3ull;
    std::uint64_t m_lane2 = 0x13198A2E03707344ull;
    std::uint64_t m_bytes = 0;
};

} // namespace spinhance

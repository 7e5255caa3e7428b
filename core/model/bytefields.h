#pragma once
// Private to core/model: the fixed-width fields of the model and checkpoint file headers.

#include <cstdint>
#include <istream>
#include <string>

namespace spinhance::model {

/// Appends `value` as 8 little-endian bytes.
inline void appendUint64Le(std::string& out, std::uint64_t value) {
    for (int k = 0; k < 8; ++k)
        out.push_back(char((value >> (8 * k)) & 0xff));
}

/// Reads 8 little-endian bytes; check the stream afterwards (a short read leaves it failed).
inline std::uint64_t readUint64Le(std::istream& in) {
    unsigned char bytes[8] = {};
    in.read(reinterpret_cast<char*>(bytes), 8);
    std::uint64_t value = 0;
    for (int k = 7; k >= 0; --k)
        value = (value << 8) | bytes[k];
    return value;
}

/// 16 lower-case hex digits, as checksums are quoted in messages.
inline std::string hex64(std::uint64_t value) {
    static const char* digits = "0123456789abcdef";
    std::string out(16, '0');
    for (int k = 15; k >= 0; --k, value >>= 4)
        out[std::size_t(k)] = digits[value & 0xf];
    return out;
}

} // namespace spinhance::model

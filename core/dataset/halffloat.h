#pragma once

#include <cstdint>
#include <cstring>

namespace spinhance {

/// IEEE 754 binary16 from binary32, round to nearest even (spectra are stored as float16: half the
/// disk and I/O, with 11 significant bits, far finer than any benchtop noise level).
inline std::uint16_t floatToHalf(float value) {
    std::uint32_t bits;
    std::memcpy(&bits, &value, sizeof bits);
    const std::uint32_t sign = (bits >> 16) & 0x8000u;
    const std::uint32_t absBits = bits & 0x7FFFFFFFu;
    if (absBits >= 0x7F800000u) // inf or NaN
        return std::uint16_t(sign | 0x7C00u | (absBits > 0x7F800000u ? 0x200u : 0u));
    if (absBits >= 0x477FF000u) return std::uint16_t(sign | 0x7C00u); // overflow → inf
    if (absBits < 0x38800000u) {                                      // subnormal half (or zero)
        if (absBits < 0x33000000u) return std::uint16_t(sign);
        const std::uint32_t exponent = absBits >> 23;
        const std::uint32_t mantissa = (absBits & 0x7FFFFFu) | 0x800000u;
        const std::uint32_t shift = 126u - exponent; // 14..24
        std::uint32_t half = mantissa >> shift;
        const std::uint32_t rest = mantissa & ((1u << shift) - 1u);
        const std::uint32_t halfway = 1u << (shift - 1u);
        if (rest > halfway || (rest == halfway && (half & 1u))) ++half;
        return std::uint16_t(sign | half);
    }
    std::uint32_t half = ((absBits - 0x38000000u) >> 13);
    const std::uint32_t rest = absBits & 0x1FFFu;
    if (rest > 0x1000u || (rest == 0x1000u && (half & 1u))) ++half; // may carry into exponent
    return std::uint16_t(sign | half);
}

/// IEEE 754 binary32 from binary16 (exact).
inline float halfToFloat(std::uint16_t half) {
    const std::uint32_t sign = std::uint32_t(half & 0x8000u) << 16;
    std::uint32_t exponent = (half >> 10) & 0x1Fu;
    std::uint32_t mantissa = half & 0x3FFu;
    std::uint32_t bits;
    if (exponent == 0x1Fu) {
        bits = sign | 0x7F800000u | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + 112u) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign;
    } else { // subnormal: normalise
        exponent = 113u;
        while ((mantissa & 0x400u) == 0) {
            mantissa <<= 1;
            --exponent;
        }
        bits = sign | (exponent << 23) | ((mantissa & 0x3FFu) << 13);
    }
    float value;
    std::memcpy(&value, &bits, sizeof value);
    return value;
}

} // namespace spinhance

#include "dataset/contenthash.h"

#include <cstdio>
#include <cstring>

namespace spinhance {

void ContentHasher::mixWord(std::uint64_t word) {
    m_lane1 = (m_lane1 ^ word) * 0x9E3779B97F4A7C15ull;
    m_lane1 ^= m_lane1 >> 29;
    m_lane2 = (m_lane2 + word) * 0xC2B2AE3D27D4EB4Full;
    m_lane2 ^= m_lane2 >> 31;
}

void ContentHasher::add(const void* data, std::size_t bytes) {
    const auto* p = static_cast<const unsigned char*>(data);
    std::size_t i = 0;
    for (; i + 8 <= bytes; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        mixWord(word);
    }
    std::uint64_t tail = 0;
    if (bytes > i) std::memcpy(&tail, p + i, bytes - i);
    mixWord(tail ^ (std::uint64_t(bytes - i) << 56));
    m_bytes += bytes;
}

void ContentHasher::add(const std::string& text) {
    addValue(std::uint64_t(text.size()));
    add(text.data(), text.size());
}

std::string ContentHasher::hex() const {
    auto finish = [this](std::uint64_t x) {
        x ^= m_bytes;
        x = (x ^ (x >> 33)) * 0xFF51AFD7ED558CCDull;
        x = (x ^ (x >> 33)) * 0xC4CEB9FE1A85EC53ull;
        return x ^ (x >> 33);
    };
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx",
                  static_cast<unsigned long long>(finish(m_lane1)),
                  static_cast<unsigned long long>(finish(m_lane2 ^ m_lane1)));
    return text;
}

} // namespace spinhance

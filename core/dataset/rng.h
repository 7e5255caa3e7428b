#pragma once

#include <cmath>
#include <cstdint>
#include <vector>

namespace spinhance {

/// SplitMix64 finaliser: a well-mixed 64-bit hash of `x`, used to derive independent streams.
inline std::uint64_t mixBits(std::uint64_t x) {
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// Seed of stream `stream` / item `index` under a dataset seed: independent and reproducible.
inline std::uint64_t deriveSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    return mixBits(mixBits(seed ^ mixBits(stream)) + index);
}

/// xoshiro256** with own distributions, so the numbers do not depend on the standard library's
/// implementation of <random> distributions (datasets must be byte-identical everywhere).
class Rng {
public:
    explicit Rng(std::uint64_t seed) {
        for (auto& word : m_state) {
            seed = mixBits(seed);
            word = seed;
        }
    }

    std::uint64_t next() {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /// Uniform in [0, 1).
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double low, double high) { return low + (high - low) * unit(); }
    /// Uniform integer in [low, high] (inclusive).
    int uniformInt(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    double logUniform(double low, double high) {
        return std::exp(uniform(std::log(low), std::log(high)));
    }
    /// Standard normal (Marsaglia's polar method, both values used: no trigonometry).
    double normal() {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        double u, v, s;
        do {
            u = 2.0 * unit() - 1.0;
            v = 2.0 * unit() - 1.0;
            s = u * u + v * v;
        } while (s >= 1.0 || s == 0.0);
        const double factor = std::sqrt(-2.0 * std::log(s) / s);
        m_spare = v * factor;
        m_hasSpare = true;
        return u * factor;
    }
    /// Index drawn with probability proportional to `weights`.
    std::size_t weighted(const std::vector<double>& weights) {
        double total = 0.0;
        for (double w : weights)
            total += w;
        double target = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            target -= weights[i];
            if (target < 0.0) return i;
        }
        return weights.size() - 1;
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4];
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

} // namespace spinhance

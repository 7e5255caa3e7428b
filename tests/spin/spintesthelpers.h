#pragma once

#include "spin/simulator.h"
#include "spin/spinsystem.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <vector>

namespace spinhance::testing {

// Independent reference: the full 2^N product space of single spins built from Kronecker products,
// one dense diagonalisation, no composite particles, no Fz blocks, no components. Small N only.
inline std::vector<Stick> bruteForceSticks(const SpinSystem& system, double fieldMHz) {
    std::vector<double> nuHz;
    std::vector<std::size_t> groupOf;
    for (std::size_t g = 0; g < system.size(); ++g)
        for (int k = 0; k < system.group(g).protonCount; ++k) {
            nuHz.push_back(system.group(g).shiftPpm * fieldMHz);
            groupOf.push_back(g);
        }
    const int n = int(nuHz.size()), dim = 1 << n;
    // Spin i is bit i (0 = alpha, m = +1/2).
    auto m = [](int state, int i) { return (state >> i & 1) ? -0.5 : 0.5; };
    Eigen::MatrixXd h = Eigen::MatrixXd::Zero(dim, dim), lower = Eigen::MatrixXd::Zero(dim, dim);
    for (int s = 0; s < dim; ++s) {
        for (int i = 0; i < n; ++i) {
            h(s, s) += nuHz[i] * m(s, i);
            if (!(s >> i & 1)) lower(s | 1 << i, s) += 1.0;
            for (int j = i + 1; j < n; ++j) {
                const double jHz =
                    groupOf[i] == groupOf[j] ? 0.0 : system.couplingHz(groupOf[i], groupOf[j]);
                h(s, s) += jHz * m(s, i) * m(s, j);
                if (m(s, i) != m(s, j)) h(s ^ (1 << i) ^ (1 << j), s) += 0.5 * jHz;
            }
        }
    }
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(h);
    const Eigen::MatrixXd amplitudes =
        solver.eigenvectors().transpose() * lower * solver.eigenvectors();
    std::vector<Stick> sticks;
    for (int a = 0; a < dim; ++a)
        for (int b = 0; b < dim; ++b) {
            const double intensity = amplitudes(b, a) * amplitudes(b, a) / double(dim / 2);
            if (intensity > 1e-12)
                sticks.push_back(
                    {solver.eigenvalues()[a] - solver.eigenvalues()[b], 0.0, intensity});
        }
    return sticks;
}

// Sticks merged within `toleranceHz` (so degenerate lines from different code paths compare equal).
inline std::vector<Stick> merged(std::vector<Stick> sticks, double toleranceHz = 1e-4,
                                 double cutoff = 1e-9) {
    std::sort(sticks.begin(), sticks.end(),
              [](auto& a, auto& b) { return a.frequencyHz < b.frequencyHz; });
    std::vector<Stick> out;
    double largest = 0.0;
    for (const Stick& s : sticks) {
        if (!out.empty() && s.frequencyHz - out.back().frequencyHz <= toleranceHz) {
            Stick& last = out.back();
            const double sum = last.intensity + s.intensity;
            if (sum > 0)
                last.frequencyHz =
                    (last.frequencyHz * last.intensity + s.frequencyHz * s.intensity) / sum;
            last.intensity = sum;
        } else {
            out.push_back(s);
        }
        largest = std::max(largest, out.back().intensity);
    }
    out.erase(std::remove_if(out.begin(), out.end(),
                             [&](const Stick& s) { return s.intensity < cutoff * largest; }),
              out.end());
    return out;
}

inline double totalIntensity(const std::vector<Stick>& sticks) {
    double sum = 0.0;
    for (const Stick& s : sticks)
        sum += s.intensity;
    return sum;
}

// Sum of intensities of sticks within `windowHz` of `frequencyHz`.
inline double intensityNear(const std::vector<Stick>& sticks, double frequencyHz, double windowHz) {
    double sum = 0.0;
    for (const Stick& s : sticks)
        if (std::abs(s.frequencyHz - frequencyHz) <= windowHz) sum += s.intensity;
    return sum;
}

// The stick nearest to `frequencyHz`.
inline Stick nearest(const std::vector<Stick>& sticks, double frequencyHz) {
    return *std::min_element(sticks.begin(), sticks.end(), [&](const Stick& a, const Stick& b) {
        return std::abs(a.frequencyHz - frequencyHz) < std::abs(b.frequencyHz - frequencyHz);
    });
}

} // namespace spinhance::testing

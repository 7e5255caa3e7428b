#pragma once

#include "spin/simulator.h"

#include <cstddef>
#include <vector>

namespace spinhance {

/// One connected component of a spin system, frequencies in Hz in any convenient frame.
struct SpinCluster {
    std::vector<double> shiftHz;    ///< per group
    std::vector<int> protonCount;   ///< per group
    std::vector<double> couplingHz; ///< row-major, symmetric, zero diagonal
    std::size_t size() const { return shiftHz.size(); }
    double coupling(std::size_t i, std::size_t j) const { return couplingHz[i * size() + j]; }
};

/// Largest Fz block the exact simulator diagonalises (dense, O(d^3)): about 0.5 s at the limit.
/// A cluster whose largest block exceeds it is refused with Error{Unsupported}.
constexpr std::size_t kMaxFzBlockDimension = 1200;

/// Dimension of the largest Fz block of the cluster (the manifold with every group at S = n/2).
std::size_t largestFzBlockDimension(const std::vector<int>& protonCounts);

/// Appends the exact transitions of `cluster` to `sticks` (frequencyHz in the cluster's frame,
/// shiftPpm left 0, intensities summing to the cluster's proton count). Unmerged.
void simulateCluster(const SpinCluster& cluster, std::vector<Stick>& sticks);

} // namespace spinhance

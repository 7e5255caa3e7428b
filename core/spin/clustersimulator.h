#pragma once

#include "spin/simulator.h"
#include "spin/spinlimits.h"

#include <cstddef>
#include <string>
#include <vector>

namespace spinhance {

/// One connected component of a spin system, frequencies in Hz in any convenient frame.
struct SpinCluster {
    std::vector<double> shiftHz;    ///< per group
    std::vector<int> protonCount;   ///< per group
    std::vector<double> couplingHz; ///< row-major, symmetric, zero diagonal
    /// Per group, its strongly coupled sub-cluster (0-based). Couplings between different
    /// sub-clusters are weak and kept as J·Fz·Fz only, so each sub-cluster's Fz is conserved
    /// and the Fz blocks shrink. Empty: one sub-cluster (fully exact).
    std::vector<int> subcluster;
    std::size_t size() const { return shiftHz.size(); }
    double coupling(std::size_t i, std::size_t j) const { return couplingHz[i * size() + j]; }
};

/// Largest Fz block the exact simulator diagonalises (spinlimits.h, where every size limit lives).
constexpr std::size_t kMaxFzBlockDimension = std::size_t(limits::kMaxFzBlockDimension);

/// Dimension of the largest Fz block of the cluster (the manifold with every group at S = n/2).
std::size_t largestFzBlockDimension(const std::vector<int>& protonCounts);

/// Fills cluster.subcluster: a coupling is weak when dropping its flip-flop term moves lines by
/// less than `toleranceHz` (second order, n_g·n_h·J²/(4|Δν|)) and changes intensities by less
/// than `maxRatio` (|J/Δν|); sub-clusters are the components of the graph of the other couplings.
void assignSubclusters(SpinCluster& cluster, double toleranceHz, double maxRatio);

/// Appends the exact transitions of `cluster` to `sticks` (frequencyHz in the cluster's frame,
/// shiftPpm left 0, intensities summing to the cluster's proton count). Unmerged; transitions
/// weaker than `minIntensity` (protons) are not emitted. Throws Error{Unsupported} naming
/// `description` when the cluster exceeds a limit of spinlimits.h (checked before allocating).
void simulateCluster(const SpinCluster& cluster, std::vector<Stick>& sticks,
                     double minIntensity = 0.0, const std::string& description = {});

} // namespace spinhance

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace spinhance {

class SpinSystem;

/// What the exact spin treatment (simulate and fit alike) accepts, each limit with its reason; the
/// table in docs/reliability.md is the user-facing copy. Sizes are counted in saturating uint64
/// arithmetic, so no input can overflow them.
namespace limits {

/// 1H shifts: diamagnetic compounds stay within −5…20 ppm; paramagnetic complexes reach tens of
/// ppm.
constexpr double kMinShiftPpm = -50.0;
constexpr double kMaxShiftPpm = 100.0;
/// |J| between protons: the largest there is, in H2, is 280 Hz; geminal and vicinal J stay below 25
/// Hz.
constexpr double kMaxAbsCouplingHz = 500.0;
/// Equivalent protons in one group: the model's vocabulary stops at 18; a lumped envelope of a long
/// chain may reach some tens. Beyond this the composite-spin decomposition alone becomes slow.
constexpr int kMaxProtonsPerGroup = 64;
/// A group's own extra line width (SpinGroup::extraWidthHz): an exchanging OH or NH line is tens
/// of Hz wide; a line wider than a benchtop's whole spectrum is no line.
constexpr double kMaxExtraWidthHz = 1000.0;
/// Groups in one system (the coupling matrix holds groups² numbers; a molecule has far fewer).
constexpr std::size_t kMaxGroups = 256;
/// Protons in one coupled cluster: keeps the intensity normalisation 2^−(N−1) and the binomial
/// multiplicities far inside double range.
constexpr std::uint64_t kMaxClusterProtons = 128;
/// Product states of one coupled cluster, Π(n_g + 1) (every group at S = n/2): the simulators
/// index states and state × group tables with int, and the spectrum has up to this many × groups
/// lines.
constexpr std::uint64_t kMaxBasisStates = std::uint64_t(1) << 20;
/// Largest Fz block diagonalised densely (O(d³), about 0.5 s at the limit): 12 coupled 1H groups
/// (924) or 8 coupled CH2 groups (1107) pass, 13 1H groups (1716) do not.
constexpr std::uint64_t kMaxFzBlockDimension = 1200;
/// Estimated working memory of one cluster, checked before anything is allocated.
constexpr std::uint64_t kMaxClusterBytes = std::uint64_t(1) << 30;

} // namespace limits

/// a × b, or UINT64_MAX where the product would overflow.
std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b);
/// a + b, or UINT64_MAX where the sum would overflow.
std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b);

/// Sizes of the exact treatment of one coupled cluster (all saturating; the block figures are left
/// at UINT64_MAX when a cheaper limit is already exceeded, so they are never computed for absurd
/// input).
struct ClusterSize {
    std::size_t groups = 0;
    std::uint64_t protons = 0;
    int largestGroup = 0;
    std::uint64_t basisStates = 1;  ///< Π(n_g + 1)
    std::uint64_t largestBlock = 1; ///< largest Fz block
    std::uint64_t blockSquares = 1; ///< Σ d_b² over the Fz blocks (dense matrices held at once)
    std::uint64_t blockCubes = 1;   ///< Σ d_b³ over the Fz blocks (the dense work of one solve)
    std::uint64_t estimatedBytes = 0;
};

/// Sizes for the exact simulator: `subcluster` (per group, empty = one) splits the Fz blocks as
/// weak couplings do.
ClusterSize simulationClusterSize(const std::vector<int>& protonCounts,
                                  const std::vector<int>& subcluster = {});
/// Sizes for the fit's sensitivity model: `pairs` coupling operators and `parameterColumns`
/// derivative matrices per block; `subcluster` (per group, empty = one) splits the Fz blocks as
/// weak couplings do.
ClusterSize fitClusterSize(const std::vector<int>& protonCounts, std::size_t pairs,
                           std::size_t parameterColumns, const std::vector<int>& subcluster = {});

/// Throws Error{Unsupported} naming the first limit `size` exceeds, the value found and `cluster`
/// (a description such as describeCluster's).
void checkClusterSize(const ClusterSize& size, const std::string& cluster);

/// "the coupled cluster of groups A, B, C" (the first labels of `members` in `system`).
std::string describeCluster(const SpinSystem& system, const std::vector<std::size_t>& members);

} // namespace spinhance

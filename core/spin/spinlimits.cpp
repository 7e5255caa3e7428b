#include "spin/spinlimits.h"

#include "common/error.h"
#include "spin/spinsystem.h"

#include <algorithm>
#include <limits>

namespace spinhance {

namespace {

constexpr std::uint64_t kSaturated = std::numeric_limits<std::uint64_t>::max();
constexpr std::size_t kLabelsShown = 8;

// Product states over all spin combinations of one group of n equivalent protons, Σ_k (n − 2k +
// 1).
std::uint64_t statesOverCombinations(int n) {
    std::uint64_t sum = 0;
    for (int twoS = n; twoS >= 0; twoS -= 2)
        sum = saturatingAdd(sum, std::uint64_t(twoS) + 1);
    return sum;
}

// Number of product states per total Fz: one uniform distribution over 0..n per group, convolved.
// Only called once the basis is known to be small, so no count can overflow.
std::vector<std::uint64_t> fzBlockDimensions(const std::vector<int>& protonCounts) {
    std::vector<std::uint64_t> counts{1};
    for (int n : protonCounts) {
        std::vector<std::uint64_t> next(counts.size() + std::size_t(n), 0);
        for (std::size_t i = 0; i < counts.size(); ++i)
            for (int k = 0; k <= n; ++k)
                next[i + std::size_t(k)] += counts[i];
        counts = std::move(next);
    }
    return counts;
}

ClusterSize countGroups(const std::vector<int>& protonCounts) {
    ClusterSize size;
    size.groups = protonCounts.size();
    for (int n : protonCounts) {
        const std::uint64_t protons = n > 0 ? std::uint64_t(n) : 0;
        size.protons = saturatingAdd(size.protons, protons);
        size.largestGroup = std::max(size.largestGroup, n);
        size.basisStates = saturatingMultiply(size.basisStates, protons + 1);
    }
    return size;
}

bool blocksComputable(const ClusterSize& size) {
    return size.largestGroup <= limits::kMaxProtonsPerGroup &&
           size.protons <= limits::kMaxClusterProtons &&
           size.basisStates <= limits::kMaxBasisStates;
}

// Largest block, Σ d² and Σ d³ of the Fz blocks of `protonCounts` taken as one conserved Fz.
void multiplyBlocks(const std::vector<int>& protonCounts, ClusterSize& size) {
    const std::vector<std::uint64_t> dims = fzBlockDimensions(protonCounts);
    std::uint64_t squares = 0, cubes = 0;
    for (std::uint64_t d : dims) {
        squares = saturatingAdd(squares, saturatingMultiply(d, d));
        cubes = saturatingAdd(cubes, saturatingMultiply(d, saturatingMultiply(d, d)));
    }
    size.largestBlock =
        saturatingMultiply(size.largestBlock, *std::max_element(dims.begin(), dims.end()));
    size.blockSquares = saturatingMultiply(size.blockSquares, squares);
    size.blockCubes = saturatingMultiply(size.blockCubes, cubes);
}

// The product basis of one spin combination: m values (int per group), block and index (int each)
// per state, and a state list per block.
std::uint64_t basisBytes(const ClusterSize& size) {
    return saturatingMultiply(size.basisStates, 4 * (size.groups + 3) + 24);
}

std::string mebibytes(std::uint64_t bytes) {
    return std::to_string(bytes >> 20) + " MiB";
}

[[noreturn]] void refuse(const std::string& cluster, const std::string& found,
                         const std::string& limit) {
    throw Error(ErrorCode::Unsupported,
                cluster + " " + found + "; the exact spin treatment's limit is " + limit +
                    " (see docs/reliability.md); uncouple or split the cluster");
}

} // namespace

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > kSaturated / a) return kSaturated;
    return a * b;
}

std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b) {
    return b > kSaturated - a ? kSaturated : a + b;
}

namespace {

// Fz of every strongly coupled sub-cluster is conserved: the blocks are products of theirs.
void multiplySubclusterBlocks(const std::vector<int>& protonCounts,
                              const std::vector<int>& subcluster, ClusterSize& size) {
    const int subclusters =
        subcluster.empty() ? 1 : *std::max_element(subcluster.begin(), subcluster.end()) + 1;
    for (int c = 0; c < subclusters; ++c) {
        std::vector<int> members;
        for (std::size_t g = 0; g < protonCounts.size(); ++g)
            if (subcluster.empty() || subcluster[g] == c) members.push_back(protonCounts[g]);
        multiplyBlocks(members, size);
    }
}

} // namespace

ClusterSize simulationClusterSize(const std::vector<int>& protonCounts,
                                  const std::vector<int>& subcluster) {
    ClusterSize size = countGroups(protonCounts);
    if (!blocksComputable(size)) {
        size.largestBlock = size.blockSquares = size.blockCubes = size.estimatedBytes = kSaturated;
        return size;
    }
    multiplySubclusterBlocks(protonCounts, subcluster, size);
    // Eigenvectors of every block are held at once, plus one Hamiltonian or amplitude matrix.
    size.estimatedBytes =
        saturatingAdd(basisBytes(size), saturatingMultiply(size.blockSquares, 16));
    return size;
}

ClusterSize fitClusterSize(const std::vector<int>& protonCounts, std::size_t pairs,
                           std::size_t parameterColumns, const std::vector<int>& subcluster) {
    ClusterSize size = countGroups(protonCounts);
    if (!blocksComputable(size)) {
        size.largestBlock = size.blockSquares = size.blockCubes = size.estimatedBytes = kSaturated;
        return size;
    }
    multiplySubclusterBlocks(protonCounts, subcluster, size);
    std::uint64_t allStates = 1;
    for (int n : protonCounts)
        allStates = saturatingMultiply(allStates, statesOverCombinations(n));
    // Kept for every combination: per group an Fz diagonal, per pair and per parameter a sparse
    // operator of about three entries (12 bytes each) per state.
    const std::uint64_t operators = saturatingMultiply(
        allStates, saturatingAdd(8 * size.groups,
                                 saturatingMultiply(36, std::uint64_t(pairs + parameterColumns))));
    // Per evaluation, every block of a combination at once: Hamiltonian and eigenvectors, and per
    // parameter column its operator in the eigenbasis and its rotation generator (dense).
    const std::uint64_t solved = saturatingMultiply(
        size.blockSquares, saturatingMultiply(8, 2 + 2 * std::uint64_t(parameterColumns)));
    size.estimatedBytes = saturatingAdd(saturatingAdd(basisBytes(size), operators), solved);
    return size;
}

void checkClusterSize(const ClusterSize& size, const std::string& cluster) {
    if (size.largestGroup > limits::kMaxProtonsPerGroup)
        refuse(cluster,
               "has a group of " + std::to_string(size.largestGroup) + " equivalent protons",
               std::to_string(limits::kMaxProtonsPerGroup) + " protons per group");
    if (size.protons > limits::kMaxClusterProtons)
        refuse(cluster, "holds " + std::to_string(size.protons) + " coupled protons",
               std::to_string(limits::kMaxClusterProtons) + " protons per coupled cluster");
    if (size.basisStates > limits::kMaxBasisStates)
        refuse(cluster,
               "needs " +
                   (size.basisStates == kSaturated ? std::string("more than 2^64")
                                                   : std::to_string(size.basisStates)) +
                   " product states",
               std::to_string(limits::kMaxBasisStates) + " states per coupled cluster");
    if (size.largestBlock > limits::kMaxFzBlockDimension)
        refuse(cluster, "needs an Fz block of dimension " + std::to_string(size.largestBlock),
               std::to_string(limits::kMaxFzBlockDimension));
    if (size.estimatedBytes > limits::kMaxClusterBytes)
        refuse(cluster, "needs an estimated " + mebibytes(size.estimatedBytes) + " of memory",
               mebibytes(limits::kMaxClusterBytes) + " per coupled cluster");
}

std::string describeCluster(const SpinSystem& system, const std::vector<std::size_t>& members) {
    std::string labels;
    for (std::size_t k = 0; k < std::min(members.size(), kLabelsShown); ++k)
        labels += (k ? ", " : "") + system.group(members[k]).label;
    if (members.size() > kLabelsShown) labels += ", …";
    return "the coupled cluster of " + std::to_string(members.size()) + " groups (" + labels + ")";
}

} // namespace spinhance

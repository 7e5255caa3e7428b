#include "spin/clustersimulator.h"

#include "spin/compositespin.h"
#include "spin/spinlimits.h"

#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

// Matrix element of F+ (raising, from m to m+1) and F- (m to m-1) in units where m2 = 2m.
double raiseElement(int twoS, int m2) {
    return 0.5 * std::sqrt(double((twoS - m2) * (twoS + m2 + 2)));
}
double lowerElement(int twoS, int m2) {
    return 0.5 * std::sqrt(double((twoS + m2) * (twoS - m2 + 2)));
}

// Product basis of one combination of group spins, bucketed by the Fz of every sub-cluster (all
// of them conserved). Within a group, k = (twoS - m2) / 2 runs 0..twoS, so raising m means k - 1;
// a block's key is the mixed-radix number of the sub-clusters' k sums.
struct ProductBasis {
    std::vector<int> twoS, stride, subOf, twoSsub, blockStride;
    int groups = 0, states = 1, blocks = 1;
    std::vector<int> m2;                       // states x groups
    std::vector<int> blockOf, indexInBlock;    // per state
    std::vector<std::vector<int>> blockStates; // per block, the states in it

    ProductBasis(const std::vector<int>& spins, const std::vector<int>& subcluster)
        : twoS(spins), subOf(subcluster), groups(int(spins.size())) {
        stride.resize(groups);
        for (int g = groups - 1; g >= 0; --g) {
            stride[g] = states;
            states *= twoS[g] + 1;
        }
        twoSsub.assign(std::size_t(*std::max_element(subOf.begin(), subOf.end()) + 1), 0);
        for (int g = 0; g < groups; ++g)
            twoSsub[subOf[g]] += twoS[g];
        for (int sum : twoSsub) {
            blockStride.push_back(blocks);
            blocks *= sum + 1;
        }
        blockStates.resize(blocks);
        m2.resize(std::size_t(states) * groups);
        blockOf.resize(states);
        indexInBlock.resize(states);
        for (int s = 0; s < states; ++s)
            addState(s);
    }

    void addState(int s) {
        int b = 0;
        for (int g = 0; g < groups; ++g) {
            const int k = (s / stride[g]) % (twoS[g] + 1);
            m2[std::size_t(s) * groups + g] = twoS[g] - 2 * k;
            b += k * blockStride[subOf[g]];
        }
        blockOf[s] = b;
        indexInBlock[s] = int(blockStates[b].size());
        blockStates[b].push_back(s);
    }
    int m(int s, int g) const { return m2[std::size_t(s) * groups + g]; }
    // Sub-cluster c's k sum in block b; it can be lowered while below twoSsub[c].
    int kOf(int b, int c) const { return (b / blockStride[c]) % (twoSsub[c] + 1); }
};

Eigen::MatrixXd blockHamiltonian(const SpinCluster& cluster, const ProductBasis& basis, int b) {
    const std::vector<int>& states = basis.blockStates[b];
    const int d = int(states.size()), G = basis.groups;
    Eigen::MatrixXd h = Eigen::MatrixXd::Zero(d, d);
    for (int i = 0; i < d; ++i) {
        const int s = states[i];
        double diagonal = 0.0;
        for (int g = 0; g < G; ++g) {
            diagonal += 0.5 * basis.m(s, g) * cluster.shiftHz[g];
            for (int q = g + 1; q < G; ++q)
                diagonal += 0.25 * cluster.coupling(g, q) * basis.m(s, g) * basis.m(s, q);
        }
        h(i, i) = diagonal;
        // Flip-flop ½J (F+_g F-_q + F-_g F+_q): raise g, lower q (every ordered pair covers both
        // terms).
        for (int g = 0; g < G; ++g) {
            if (basis.m(s, g) >= basis.twoS[g]) continue;
            for (int q = 0; q < G; ++q) {
                const double j =
                    q == g || basis.subOf[g] != basis.subOf[q] ? 0.0 : cluster.coupling(g, q);
                if (j == 0.0 || basis.m(s, q) <= -basis.twoS[q]) continue;
                const int t = s - basis.stride[g] + basis.stride[q];
                const double value = 0.5 * j * raiseElement(basis.twoS[g], basis.m(s, g)) *
                                     lowerElement(basis.twoS[q], basis.m(s, q));
                h(basis.indexInBlock[t], i) = value;
                h(i, basis.indexInBlock[t]) = value;
            }
        }
    }
    return h;
}

// T * V_upper where T is sub-cluster c's F- from block b to block b + blockStride[c] (sparse: at
// most one entry per group per column).
Eigen::MatrixXd lowerTimes(const ProductBasis& basis, int b, int c,
                           const Eigen::MatrixXd& upperVectors) {
    const std::vector<int>& states = basis.blockStates[b];
    const int target = b + basis.blockStride[c];
    Eigen::MatrixXd out =
        Eigen::MatrixXd::Zero(Eigen::Index(basis.blockStates[target].size()), upperVectors.cols());
    for (int i = 0; i < int(states.size()); ++i) {
        const int s = states[i];
        for (int g = 0; g < basis.groups; ++g) {
            if (basis.subOf[g] != c || basis.m(s, g) <= -basis.twoS[g]) continue;
            const int row = basis.indexInBlock[s + basis.stride[g]];
            out.row(row) += lowerElement(basis.twoS[g], basis.m(s, g)) * upperVectors.row(i);
        }
    }
    return out;
}

// Numerically forbidden transitions (amplitudes ~1e-16) are most of the products; keeping them
// would make sorting and merging the dominant cost.
void appendTransitions(const Eigen::MatrixXd& amplitudes, const Eigen::VectorXd& upper,
                       const Eigen::VectorXd& lower, double weight, double minIntensity,
                       std::vector<Stick>& sticks) {
    const double minSquare = minIntensity / weight;
    for (Eigen::Index j = 0; j < amplitudes.cols(); ++j)
        for (Eigen::Index i = 0; i < amplitudes.rows(); ++i) {
            const double a = amplitudes(i, j);
            if (a * a > minSquare) sticks.push_back({upper[j] - lower[i], 0.0, weight * a * a});
        }
}

struct EigenPairs {
    Eigen::VectorXd values;
    Eigen::MatrixXd vectors;
};

// Most blocks of composite systems are 1x1 (the extreme Fz values); Eigen's solver costs far more
// than the answer there.
EigenPairs diagonalise(const Eigen::MatrixXd& h) {
    if (h.rows() == 1) return {h.diagonal(), Eigen::MatrixXd::Identity(1, 1)};
    Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(h);
    return {solver.eigenvalues(), solver.eigenvectors()};
}

void simulateCombination(const SpinCluster& cluster, const std::vector<int>& twoS, double weight,
                         double minIntensity, std::vector<Stick>& sticks) {
    const ProductBasis basis(twoS, cluster.subcluster);
    std::vector<EigenPairs> solved(std::size_t(basis.blocks));
    for (int b = 0; b < basis.blocks; ++b)
        solved[b] = diagonalise(blockHamiltonian(cluster, basis, b));
    for (int b = 0; b < basis.blocks; ++b)
        for (int c = 0; c < int(basis.twoSsub.size()); ++c) {
            if (basis.kOf(b, c) >= basis.twoSsub[c]) continue;
            const EigenPairs& lower = solved[std::size_t(b + basis.blockStride[c])];
            const Eigen::MatrixXd amplitudes =
                lower.vectors.transpose() * lowerTimes(basis, b, c, solved[b].vectors);
            appendTransitions(amplitudes, solved[b].values, lower.values, weight, minIntensity,
                              sticks);
        }
}

} // namespace

std::size_t largestFzBlockDimension(const std::vector<int>& protonCounts) {
    return std::size_t(simulationClusterSize(protonCounts).largestBlock);
}

void assignSubclusters(SpinCluster& cluster, double toleranceHz, double maxRatio) {
    const std::size_t n = cluster.size();
    auto strong = [&](std::size_t g, std::size_t h) {
        const double j = std::abs(cluster.coupling(g, h));
        if (j == 0.0) return false;
        const double delta = std::abs(cluster.shiftHz[g] - cluster.shiftHz[h]);
        const double secondOrderHz =
            cluster.protonCount[g] * cluster.protonCount[h] * j * j / (4.0 * delta);
        return !(secondOrderHz < toleranceHz && j < maxRatio * delta);
    };
    cluster.subcluster.assign(n, -1);
    int next = 0;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (cluster.subcluster[seed] >= 0) continue;
        std::vector<std::size_t> members{seed};
        cluster.subcluster[seed] = next;
        for (std::size_t k = 0; k < members.size(); ++k)
            for (std::size_t h = 0; h < n; ++h)
                if (cluster.subcluster[h] < 0 && strong(members[k], h)) {
                    cluster.subcluster[h] = next;
                    members.push_back(h);
                }
        ++next;
    }
}

void simulateCluster(const SpinCluster& input, std::vector<Stick>& sticks, double minIntensity,
                     const std::string& description) {
    SpinCluster cluster = input;
    if (cluster.subcluster.size() != cluster.size()) cluster.subcluster.assign(cluster.size(), 0);
    checkClusterSize(simulationClusterSize(cluster.protonCount, cluster.subcluster),
                     description.empty()
                         ? "a coupled cluster of " + std::to_string(cluster.size()) + " groups"
                         : description);
    const std::size_t G = cluster.size();
    int protons = 0;
    std::vector<std::vector<SpinManifold>> manifolds(G);
    for (std::size_t g = 0; g < G; ++g) {
        manifolds[g] = decomposeEquivalentSpins(cluster.protonCount[g]);
        protons += cluster.protonCount[g];
    }
    // Σ over all transitions of |<F->|^2 is N 2^(N-1); dividing by 2^(N-1) makes intensities sum
    // to N.
    const double normalisation = std::ldexp(1.0, -(protons - 1));
    std::vector<std::size_t> choice(G, 0);
    std::vector<int> twoS(G);
    for (;;) {
        double weight = normalisation;
        for (std::size_t g = 0; g < G; ++g) {
            twoS[g] = manifolds[g][choice[g]].twoS;
            weight *= manifolds[g][choice[g]].multiplicity;
        }
        simulateCombination(cluster, twoS, weight, minIntensity, sticks);
        std::size_t g = 0;
        while (g < G && ++choice[g] == manifolds[g].size())
            choice[g++] = 0;
        if (g == G) break;
    }
}

} // namespace spinhance

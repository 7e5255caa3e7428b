#include "spin/clustersimulator.h"

#include "common/error.h"
#include "spin/compositespin.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance {

namespace {

// Matrix element of F+ (raising, from m to m+1) and F- (m to m-1) in units where m2 = 2m.
double raiseElement(int twoS, int m2) { return 0.5 * std::sqrt(double((twoS - m2) * (twoS + m2 + 2))); }
double lowerElement(int twoS, int m2) { return 0.5 * std::sqrt(double((twoS + m2) * (twoS - m2 + 2))); }

// Product basis of one combination of group spins, bucketed by total Fz. Block b holds total
// 2M = twoStotal - 2b. Within a group, k = (twoS - m2) / 2 runs 0..twoS, so raising m means k - 1.
struct ProductBasis {
    std::vector<int> twoS, stride;
    int groups = 0, states = 1;
    std::vector<int> m2;                       // states x groups
    std::vector<int> blockOf, indexInBlock;    // per state
    std::vector<std::vector<int>> blockStates; // per block, the states in it

    explicit ProductBasis(const std::vector<int>& spins) : twoS(spins), groups(int(spins.size())) {
        stride.resize(groups);
        for (int g = groups - 1; g >= 0; --g) {
            stride[g] = states;
            states *= twoS[g] + 1;
        }
        const int twoStotal = std::accumulate(twoS.begin(), twoS.end(), 0);
        blockStates.resize(twoStotal + 1);
        m2.resize(std::size_t(states) * groups);
        blockOf.resize(states);
        indexInBlock.resize(states);
        for (int s = 0; s < states; ++s) addState(s, twoStotal);
    }

    void addState(int s, int twoStotal) {
        int totalM2 = 0;
        for (int g = 0; g < groups; ++g) {
            const int k = (s / stride[g]) % (twoS[g] + 1);
            m2[std::size_t(s) * groups + g] = twoS[g] - 2 * k;
            totalM2 += twoS[g] - 2 * k;
        }
        const int b = (twoStotal - totalM2) / 2;
        blockOf[s] = b;
        indexInBlock[s] = int(blockStates[b].size());
        blockStates[b].push_back(s);
    }
    int m(int s, int g) const { return m2[std::size_t(s) * groups + g]; }
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
            for (int q = g + 1; q < G; ++q) diagonal += 0.25 * cluster.coupling(g, q) * basis.m(s, g) * basis.m(s, q);
        }
        h(i, i) = diagonal;
        // Flip-flop ½J (F+_g F-_q + F-_g F+_q): raise g, lower q (every ordered pair covers both terms).
        for (int g = 0; g < G; ++g) {
            if (basis.m(s, g) >= basis.twoS[g]) continue;
            for (int q = 0; q < G; ++q) {
                const double j = q == g ? 0.0 : cluster.coupling(g, q);
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

// T * V_upper where T is F- from block b to block b+1 (sparse: at most one entry per group per column).
Eigen::MatrixXd lowerTimes(const ProductBasis& basis, int b, const Eigen::MatrixXd& upperVectors) {
    const std::vector<int>& states = basis.blockStates[b];
    Eigen::MatrixXd out = Eigen::MatrixXd::Zero(Eigen::Index(basis.blockStates[b + 1].size()), upperVectors.cols());
    for (int i = 0; i < int(states.size()); ++i) {
        const int s = states[i];
        for (int g = 0; g < basis.groups; ++g) {
            if (basis.m(s, g) <= -basis.twoS[g]) continue;
            const int row = basis.indexInBlock[s + basis.stride[g]];
            out.row(row) += lowerElement(basis.twoS[g], basis.m(s, g)) * upperVectors.row(i);
        }
    }
    return out;
}

void simulateCombination(const SpinCluster& cluster, const std::vector<int>& twoS, double weight,
                         std::vector<Stick>& sticks) {
    const ProductBasis basis(twoS);
    const int blocks = int(basis.blockStates.size());
    std::vector<Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd>> solved(blocks);
    for (int b = 0; b < blocks; ++b) solved[b].compute(blockHamiltonian(cluster, basis, b));
    for (int b = 0; b + 1 < blocks; ++b) {
        const Eigen::MatrixXd amplitudes =
            solved[b + 1].eigenvectors().transpose() * lowerTimes(basis, b, solved[b].eigenvectors());
        const Eigen::VectorXd& upper = solved[b].eigenvalues();
        const Eigen::VectorXd& lower = solved[b + 1].eigenvalues();
        for (Eigen::Index j = 0; j < amplitudes.cols(); ++j)
            for (Eigen::Index i = 0; i < amplitudes.rows(); ++i) {
                const double a = amplitudes(i, j);
                if (a != 0.0) sticks.push_back({upper[j] - lower[i], 0.0, weight * a * a});
            }
    }
}

void checkSize(const SpinCluster& cluster) {
    const std::size_t largest = largestFzBlockDimension(cluster.protonCount);
    if (largest <= kMaxFzBlockDimension) return;
    throw Error(ErrorCode::Unsupported,
                "a strongly coupled cluster of " + std::to_string(cluster.size()) + " groups (" +
                    std::to_string(std::accumulate(cluster.protonCount.begin(), cluster.protonCount.end(), 0)) +
                    " protons) needs an Fz block of dimension " + std::to_string(largest) +
                    "; the exact simulator's limit is " + std::to_string(kMaxFzBlockDimension));
}

} // namespace

std::size_t largestFzBlockDimension(const std::vector<int>& protonCounts) {
    // Counts of product states per total 2M: convolution of one uniform distribution per group.
    std::vector<std::size_t> counts{1};
    for (int n : protonCounts) {
        std::vector<std::size_t> next(counts.size() + std::size_t(n), 0);
        for (std::size_t i = 0; i < counts.size(); ++i)
            for (int k = 0; k <= n; ++k) next[i + std::size_t(k)] += counts[i];
        counts = std::move(next);
    }
    return *std::max_element(counts.begin(), counts.end());
}

void simulateCluster(const SpinCluster& cluster, std::vector<Stick>& sticks) {
    checkSize(cluster);
    const std::size_t G = cluster.size();
    int protons = 0;
    std::vector<std::vector<SpinManifold>> manifolds(G);
    for (std::size_t g = 0; g < G; ++g) {
        manifolds[g] = decomposeEquivalentSpins(cluster.protonCount[g]);
        protons += cluster.protonCount[g];
    }
    // Σ over all transitions of |<F->|^2 is N 2^(N-1); dividing by 2^(N-1) makes intensities sum to N.
    const double normalisation = std::ldexp(1.0, -(protons - 1));
    std::vector<std::size_t> choice(G, 0);
    std::vector<int> twoS(G);
    for (;;) {
        double weight = normalisation;
        for (std::size_t g = 0; g < G; ++g) {
            twoS[g] = manifolds[g][choice[g]].twoS;
            weight *= manifolds[g][choice[g]].multiplicity;
        }
        simulateCombination(cluster, twoS, weight, sticks);
        std::size_t g = 0;
        while (g < G && ++choice[g] == manifolds[g].size()) choice[g++] = 0;
        if (g == G) break;
    }
}

} // namespace spinhance

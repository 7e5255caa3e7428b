#pragma once

#include <vector>

namespace spinhance {

/// One total-spin manifold of a group of equivalent spin-1/2: spin S = twoS / 2, occurring
/// `multiplicity` times in the group's 2^n-dimensional space.
struct SpinManifold {
    int twoS = 1;
    double multiplicity = 1.0;
};

/// Decomposes n equivalent spin-1/2 into total-spin manifolds, largest S first
/// (n = 3: S = 3/2 x1, 1/2 x2). Multiplicities are C(n, k) - C(n, k-1) for S = n/2 - k.
/// Σ multiplicity · (2S + 1) = 2^n.
std::vector<SpinManifold> decomposeEquivalentSpins(int protonCount);

} // namespace spinhance

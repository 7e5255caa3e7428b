#include "spin/compositespin.h"

namespace spinhance {

namespace {

double binomial(int n, int k) {
    if (k < 0 || k > n) return 0.0;
    double value = 1.0;
    for (int i = 1; i <= k; ++i)
        value = value * double(n - k + i) / double(i);
    return value;
}

} // namespace

std::vector<SpinManifold> decomposeEquivalentSpins(int protonCount) {
    std::vector<SpinManifold> manifolds;
    for (int k = 0; 2 * k <= protonCount; ++k)
        manifolds.push_back(
            {protonCount - 2 * k, binomial(protonCount, k) - binomial(protonCount, k - 1)});
    return manifolds;
}

} // namespace spinhance

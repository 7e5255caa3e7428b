#pragma once

#include "inspect/similarity.h"

#include <random>

namespace spinhance::inspect::testdata {

/// rows × cols of independent standard normal values, reproducible per seed.
inline Activations gaussian(Eigen::Index rows, Eigen::Index cols, unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<double> normal;
    Activations x(rows, cols);
    for (Eigen::Index i = 0; i < rows; ++i)
        for (Eigen::Index j = 0; j < cols; ++j)
            x(i, j) = normal(rng);
    return x;
}

} // namespace spinhance::inspect::testdata

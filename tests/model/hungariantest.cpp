#include "model/hungarian.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <limits>
#include <numeric>
#include <random>

using spinhance::model::assignmentCost;
using spinhance::model::solveAssignment;

namespace {

// Independent truth: the cheapest of all permutations of the padded square matrix.
double bruteForceCost(const std::vector<double>& cost, int rows, int cols) {
    const int n = std::max(rows, cols);
    std::vector<int> perm(static_cast<std::size_t>(n));
    std::iota(perm.begin(), perm.end(), 0);
    double best = std::numeric_limits<double>::infinity();
    do {
        double total = 0.0;
        for (int r = 0; r < rows; ++r)
            if (perm[std::size_t(r)] < cols)
                total += cost[std::size_t(r * cols + perm[std::size_t(r)])];
        best = std::min(best, total);
    } while (std::next_permutation(perm.begin(), perm.end()));
    return best;
}

} // namespace

TEST(Hungarian, MatchesBruteForceOnRandomMatrices) {
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> value(0.0, 10.0);
    for (int trial = 0; trial < 200; ++trial) {
        const int rows = 1 + trial % 8, cols = 1 + (trial / 8) % 8;
        std::vector<double> cost(std::size_t(rows * cols));
        for (double& c : cost)
            c = value(rng);
        const auto assignment = solveAssignment(cost, rows, cols);
        ASSERT_EQ(assignment.size(), std::size_t(rows));
        EXPECT_NEAR(assignmentCost(cost, cols, assignment), bruteForceCost(cost, rows, cols), 1e-9)
            << rows << "x" << cols;
        std::vector<int> used;
        for (int c : assignment)
            if (c >= 0) used.push_back(c);
        std::sort(used.begin(), used.end());
        EXPECT_EQ(std::adjacent_find(used.begin(), used.end()), used.end())
            << "a column used twice";
        EXPECT_EQ(int(used.size()), std::min(rows, cols));
    }
}

TEST(Hungarian, SolvesAKnownThreeByThree) {
    // Classic textbook example: optimum 5 (rows → columns 1, 0, 2).
    const std::vector<double> cost{4, 1, 3, 2, 0, 5, 3, 2, 2};
    const auto assignment = solveAssignment(cost, 3, 3);
    EXPECT_EQ(assignment, (std::vector<int>{1, 0, 2}));
    EXPECT_DOUBLE_EQ(assignmentCost(cost, 3, assignment), 5.0);
}

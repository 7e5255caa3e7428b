#pragma once

#include <vector>

namespace spinhance::model {

/// Minimum-cost assignment of rows to columns (Kuhn–Munkres, O(n³)); sized for ≤ 8×8 group
/// matching. `cost` is rows × cols row-major; a rectangular matrix is padded with zeros, so the
/// result has one entry per row: the assigned column, or -1 when the row is left unmatched.
std::vector<int> solveAssignment(const std::vector<double>& cost, int rows, int cols);

/// Total cost of an assignment returned by solveAssignment (unmatched rows cost nothing).
double assignmentCost(const std::vector<double>& cost, int cols,
                      const std::vector<int>& assignment);

} // namespace spinhance::model

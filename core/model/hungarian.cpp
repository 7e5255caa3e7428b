#include "model/hungarian.h"

#include "common/error.h"

#include <algorithm>
#include <limits>

namespace spinhance::model {

namespace {

// Classic potentials formulation (e-maxx): 1-based arrays, p[j] = row matched to column j.
std::vector<int> solveSquare(const std::vector<double>& a, int n) {
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0.0), v(n + 1, 0.0);
    std::vector<int> p(n + 1, 0), way(n + 1, 0);
    for (int i = 1; i <= n; ++i) {
        p[0] = i;
        int j0 = 0;
        std::vector<double> minv(n + 1, inf);
        std::vector<char> used(n + 1, 0);
        do {
            used[j0] = 1;
            const int i0 = p[j0];
            double delta = inf;
            int j1 = 0;
            for (int j = 1; j <= n; ++j) {
                if (used[j]) continue;
                const double cur = a[(i0 - 1) * n + (j - 1)] - u[i0] - v[j];
                if (cur < minv[j]) minv[j] = cur, way[j] = j0;
                if (minv[j] < delta) delta = minv[j], j1 = j;
            }
            for (int j = 0; j <= n; ++j) {
                if (used[j])
                    u[p[j]] += delta, v[j] -= delta;
                else
                    minv[j] -= delta;
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const int j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0);
    }
    std::vector<int> rowToCol(n, -1);
    for (int j = 1; j <= n; ++j)
        rowToCol[p[j] - 1] = j - 1;
    return rowToCol;
}

} // namespace

std::vector<int> solveAssignment(const std::vector<double>& cost, int rows, int cols) {
    if (rows < 0 || cols < 0 || cost.size() != std::size_t(rows) * std::size_t(cols))
        throw Error(ErrorCode::InvalidArgument, "expected a rows × cols cost matrix");
    const int n = std::max(rows, cols);
    std::vector<double> square(std::size_t(n) * n, 0.0);
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c)
            square[r * n + c] = cost[r * cols + c];
    std::vector<int> assignment = solveSquare(square, n);
    assignment.resize(rows);
    for (int& c : assignment)
        if (c >= cols) c = -1;
    return assignment;
}

double assignmentCost(const std::vector<double>& cost, int cols,
                      const std::vector<int>& assignment) {
    double total = 0.0;
    for (std::size_t r = 0; r < assignment.size(); ++r)
        if (assignment[r] >= 0) total += cost[r * cols + assignment[r]];
    return total;
}

} // namespace spinhance::model

#include "processing/baseline.h"

#include "common/error.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

// Fitting every point of a 128k spectrum is wasteful: a smooth baseline is found as well on
// block minima of a few thousand blocks.
constexpr std::size_t kFitPoints = 4096;

Eigen::MatrixXd chebyshevBasis(const Eigen::VectorXd& x, int order) {
    Eigen::MatrixXd basis(x.size(), order + 1);
    basis.col(0).setOnes();
    if (order >= 1) basis.col(1) = x;
    for (int k = 2; k <= order; ++k)
        basis.col(k) = 2.0 * x.cwiseProduct(basis.col(k - 1)) - basis.col(k - 2);
    return basis;
}

} // namespace

double noiseLevel(const std::vector<double>& values) {
    if (values.size() < 3) return 0.0;
    std::vector<double> differences(values.size() - 1);
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        differences[i] = std::abs(values[i + 1] - values[i]);
    auto middle = differences.begin() + long(differences.size() / 2);
    std::nth_element(differences.begin(), middle, differences.end());
    return 1.4826 * *middle / std::sqrt(2.0);
}

std::vector<double> estimateBaseline(const Spectrum& s, int order, int iterations) {
    const std::size_t n = s.real.size();
    if (n < std::size_t(order + 2)) return std::vector<double>(n, 0.0);
    const std::size_t block = std::max<std::size_t>(1, n / kFitPoints), m = (n + block - 1) / block;
    Eigen::VectorXd x(static_cast<Eigen::Index>(m)), y(static_cast<Eigen::Index>(m));
    for (std::size_t b = 0; b < m; ++b) {
        const std::size_t begin = b * block, end = std::min(n, begin + block);
        // The block median follows the baseline through noise better than the mean near peaks.
        std::vector<double> values(s.real.begin() + long(begin), s.real.begin() + long(end));
        std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
        x[long(b)] = 2.0 * (double(begin + end - 1) / 2.0) / double(n - 1) - 1.0;
        y[long(b)] = values[values.size() / 2];
    }
    const Eigen::MatrixXd basis = chebyshevBasis(x, order);
    const auto solver = basis.colPivHouseholderQr();
    Eigen::VectorXd work = y, coefficients;
    for (int it = 0; it < iterations; ++it) {
        coefficients = solver.solve(work);
        const Eigen::VectorXd fit = basis * coefficients;
        const Eigen::VectorXd clipped = work.cwiseMin(fit);
        const bool converged = (clipped - work).norm() <= 1e-6 * std::max(1.0, work.norm());
        work = clipped;
        if (converged) break;
    }
    Eigen::VectorXd all(static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i)
        all[long(i)] = 2.0 * double(i) / double(n - 1) - 1.0;
    const Eigen::VectorXd baseline = chebyshevBasis(all, order) * coefficients;
    return std::vector<double>(baseline.data(), baseline.data() + n);
}

void baselineCorrect(Spectrum& s) {
    if (s.real.empty())
        throw Error(ErrorCode::InvalidArgument, "baseline correction needs a spectrum",
                    {s.origin.path, 0, {}});
    const auto baseline = estimateBaselineArpls(s);
    for (std::size_t i = 0; i < s.real.size(); ++i)
        s.real[i] -= baseline[i];
    s.history.push_back("baseline correction (arPLS Whittaker smoother, 0.3 ppm stiffness)");
}

} // namespace spinhance

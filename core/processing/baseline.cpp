#include "processing/baseline.h"

#include "common/error.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

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

// Point i of n on [-1, 1], where the Chebyshev basis is well conditioned.
double unitPosition(std::size_t i, std::size_t n) {
    return n > 1 ? 2.0 * double(i) / double(n - 1) - 1.0 : 0.0;
}

// The polynomial of these Chebyshev coefficients at every point of an n-point spectrum.
std::vector<double> polynomialOverSpectrum(const Eigen::VectorXd& coefficients, std::size_t n) {
    Eigen::VectorXd all(static_cast<Eigen::Index>(n));
    for (std::size_t i = 0; i < n; ++i)
        all[long(i)] = unitPosition(i, n);
    const Eigen::VectorXd values = chebyshevBasis(all, int(coefficients.size()) - 1) * coefficients;
    return std::vector<double>(values.data(), values.data() + n);
}

} // namespace

std::vector<double> baselineFromRegions(const Spectrum& s, const std::vector<PpmRange>& signalFree,
                                        int order) {
    const std::size_t n = s.real.size();
    if (order < 0 || order > 9)
        throw Error(ErrorCode::InvalidArgument,
                    "expected a baseline order of 0–9, found " + std::to_string(order),
                    {s.origin.path, 0, "baseline-order"});
    auto inside = [&](double ppm) {
        return std::any_of(signalFree.begin(), signalFree.end(), [&](const PpmRange& r) {
            return ppm >= std::min(r.fromPpm, r.toPpm) && ppm <= std::max(r.fromPpm, r.toPpm);
        });
    };
    std::vector<double> xs, ys;
    for (std::size_t i = 0; i < n; ++i)
        if (inside(s.ppm[i])) {
            xs.push_back(unitPosition(i, n));
            ys.push_back(s.real[i]);
        }
    // Twice the coefficients at least, so noise cannot be fitted exactly.
    if (xs.size() < 2 * std::size_t(order + 1))
        throw Error(ErrorCode::InvalidArgument,
                    "the signal-free regions hold " + std::to_string(xs.size()) +
                        " points; a baseline of order " + std::to_string(order) + " needs " +
                        std::to_string(2 * (order + 1)) + " or more",
                    {s.origin.path, 0, "baseline-regions"});
    const Eigen::Map<const Eigen::VectorXd> x(xs.data(), long(xs.size()));
    const Eigen::Map<const Eigen::VectorXd> y(ys.data(), long(ys.size()));
    return polynomialOverSpectrum(chebyshevBasis(x, order).colPivHouseholderQr().solve(y), n);
}

std::vector<PpmRange> parsePpmRanges(const std::string& text, const std::string& option) {
    std::vector<PpmRange> ranges;
    std::stringstream pieces(text);
    std::string piece;
    while (std::getline(pieces, piece, ',')) {
        if (piece.find_first_not_of(" \t") == std::string::npos) continue;
        PpmRange r;
        char tail = 0;
        if (std::sscanf(piece.c_str(), " %lf : %lf %c", &r.fromPpm, &r.toPpm, &tail) != 2 ||
            !std::isfinite(r.fromPpm) || !std::isfinite(r.toPpm) || r.fromPpm == r.toPpm)
            throw Error(ErrorCode::InvalidArgument,
                        "expected signal-free ranges as FROM:TO in ppm, comma-separated (e.g. "
                        "9.5:10.5, -0.5:0.3), found '" +
                            piece + "'",
                        {"", 0, option});
        ranges.push_back(r);
    }
    return ranges;
}

std::string formatPpmRanges(const std::vector<PpmRange>& ranges) {
    std::ostringstream text;
    for (std::size_t k = 0; k < ranges.size(); ++k)
        text << (k ? ", " : "") << ranges[k].fromPpm << ":" << ranges[k].toPpm;
    return text.str();
}

void baselineCorrectRegions(Spectrum& s, const std::vector<PpmRange>& signalFree, int order) {
    const auto baseline = baselineFromRegions(s, signalFree, order);
    for (std::size_t i = 0; i < s.real.size(); ++i)
        s.real[i] -= baseline[i];
    s.history.push_back("baseline by hand: order-" + std::to_string(order) + " polynomial over " +
                        std::to_string(signalFree.size()) + " signal-free region(s)");
}

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
    return polynomialOverSpectrum(coefficients, n);
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

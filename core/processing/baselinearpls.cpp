#include "processing/baseline.h"

#include <Eigen/SparseCholesky>
#include <Eigen/SparseCore>
#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

// Large spectra are smoothed on block medians: a baseline has no detail at this resolution, and
// the smoother's stiffness (λ ~ points⁴) stays well conditioned.
constexpr std::size_t kSmoothPoints = 4096;
constexpr int kMaxIterations = 50;
constexpr double kWeightChangeStop = 1e-3; // Baek et al.'s stopping ratio
// The smallest noise spread the weights assume, relative to the data's range. Without it a
// noise-free (simulated) spectrum collapses the weights onto a sagging lower envelope (2.7 % of
// the line height under a cubic baseline); 1e-4 is about the noise of a 60 MHz benchtop file and
// 15 σ of a 500 MHz one, where it only lets lines under ~30 σ touch the baseline.
constexpr double kRelativeSpreadFloor = 1e-4;

struct Blocks {
    std::vector<double> centre; ///< block centre in points of the full spectrum
    std::vector<double> value;  ///< block median
};

Blocks blockMedians(const std::vector<double>& real) {
    const std::size_t n = real.size(), block = std::max<std::size_t>(1, n / kSmoothPoints);
    Blocks out;
    for (std::size_t begin = 0; begin < n; begin += block) {
        const std::size_t end = std::min(n, begin + block);
        std::vector<double> values(real.begin() + long(begin), real.begin() + long(end));
        std::nth_element(values.begin(), values.begin() + long(values.size() / 2), values.end());
        out.centre.push_back(double(begin + end - 1) / 2.0);
        out.value.push_back(values[values.size() / 2]);
    }
    return out;
}

// λ·DᵀD for second differences: the roughness penalty of the Whittaker smoother.
Eigen::SparseMatrix<double> roughnessPenalty(Eigen::Index m, double lambda) {
    Eigen::SparseMatrix<double> d(m - 2, m);
    std::vector<Eigen::Triplet<double>> entries;
    for (Eigen::Index i = 0; i + 2 < m; ++i) {
        entries.emplace_back(i, i, 1.0);
        entries.emplace_back(i, i + 1, -2.0);
        entries.emplace_back(i, i + 2, 1.0);
    }
    d.setFromTriplets(entries.begin(), entries.end());
    return lambda * Eigen::SparseMatrix<double>(d.transpose() * d);
}

// The arPLS weight: near 1 for points at or below the baseline, near 0 above 2 s − m, where m and
// s are the mean and spread of the negative residuals (the noise seen from below).
// `floorSpread` keeps a noise-free spectrum from collapsing the weights to a lower envelope.
Eigen::VectorXd reweight(const Eigen::VectorXd& residual, double floorSpread) {
    double sum = 0.0, sumSq = 0.0;
    int count = 0;
    for (double d : residual)
        if (d < 0) {
            sum += d;
            sumSq += d * d;
            ++count;
        }
    Eigen::VectorXd w = Eigen::VectorXd::Ones(residual.size());
    if (count < 2) return w;
    const double mean = sum / count;
    const double spread =
        std::max(floorSpread, std::sqrt(std::max(0.0, sumSq / count - mean * mean)));
    if (!(spread > 0)) return w;
    for (Eigen::Index i = 0; i < residual.size(); ++i) {
        const double z = std::clamp(2.0 * (residual[i] - (2.0 * spread - mean)) / spread, -50.0,
                                    50.0);
        w[i] = 1.0 / (1.0 + std::exp(z));
    }
    return w;
}

Eigen::VectorXd arpls(const Eigen::VectorXd& y, double lambda) {
    const Eigen::Index m = y.size();
    const Eigen::SparseMatrix<double> penalty = roughnessPenalty(m, lambda);
    Eigen::VectorXd w = Eigen::VectorXd::Ones(m), z = y;
    Eigen::SimplicialLDLT<Eigen::SparseMatrix<double>> solver;
    const double floorSpread = kRelativeSpreadFloor * (y.maxCoeff() - y.minCoeff());
    for (int it = 0; it < kMaxIterations; ++it) {
        Eigen::SparseMatrix<double> system = penalty;
        for (Eigen::Index i = 0; i < m; ++i)
            system.coeffRef(i, i) += w[i];
        if (it == 0) solver.analyzePattern(system);
        solver.factorize(system);
        if (solver.info() != Eigen::Success) break;
        z = solver.solve(w.cwiseProduct(y));
        const Eigen::VectorXd next = reweight(y - z, floorSpread);
        const double change = (next - w).norm() / std::max(1e-12, w.norm());
        w = next;
        if (change < kWeightChangeStop) break;
    }
    return z;
}

} // namespace

std::vector<double> estimateBaselineArpls(const Spectrum& s, double stiffnessPpm) {
    const std::size_t n = s.real.size();
    if (n < 8 || s.ppm.size() != n) return std::vector<double>(n, 0.0);
    const Blocks blocks = blockMedians(s.real);
    const Eigen::Index m = Eigen::Index(blocks.value.size());
    const double spanPpm = std::abs(s.ppm.back() - s.ppm.front());
    const double scalePoints = std::max(4.0, stiffnessPpm / std::max(spanPpm, 1e-9) * double(m));
    const Eigen::Map<const Eigen::VectorXd> y(blocks.value.data(), m);
    const Eigen::VectorXd z = arpls(y, std::pow(scalePoints, 4.0));
    // Back to every point: linear between block centres, flat beyond the outermost.
    std::vector<double> baseline(n);
    Eigen::Index b = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double x = double(i);
        while (b + 2 < m && blocks.centre[std::size_t(b + 1)] < x)
            ++b;
        const double x0 = blocks.centre[std::size_t(b)];
        const double x1 = m > 1 ? blocks.centre[std::size_t(b + 1)] : x0;
        const double t = x1 > x0 ? std::clamp((x - x0) / (x1 - x0), 0.0, 1.0) : 0.0;
        baseline[i] = m > 1 ? (1 - t) * z[b] + t * z[b + 1] : z[0];
    }
    return baseline;
}

} // namespace spinhance

#include "fit/levenbergmarquardt.h"

#include "common/error.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>
#include <algorithm>
#include <cmath>
#include <vector>

namespace spinhance {

namespace {

struct NormalEquations {
    Eigen::MatrixXd jtj;
    Eigen::VectorXd jtr;
    void compute(const Eigen::MatrixXd& j, const Eigen::VectorXd& r) {
        jtj = Eigen::MatrixXd::Zero(j.cols(), j.cols());
        jtj.selfadjointView<Eigen::Lower>().rankUpdate(j.transpose());
        jtj = jtj.selfadjointView<Eigen::Lower>();
        jtr = j.transpose() * r;
    }
};

// `held` variables take no part (their row and column replaced by the identity, no gradient).
Eigen::VectorXd dampedStep(const NormalEquations& ne, double mu,
                           const std::vector<bool>& held = {}) {
    Eigen::MatrixXd a = ne.jtj;
    Eigen::VectorXd rhs = -ne.jtr;
    // Marquardt scaling: damping proportional to each parameter's own curvature makes the step
    // independent of units (ppm, Hz, arbitrary intensity).
    for (Eigen::Index i = 0; i < a.rows(); ++i)
        a(i, i) += mu * std::max(ne.jtj(i, i), 1e-300);
    for (Eigen::Index i = 0; i < a.rows() && std::size_t(i) < held.size(); ++i)
        if (held[std::size_t(i)]) {
            a.row(i).setZero();
            a.col(i).setZero();
            a(i, i) = 1.0;
            rhs[i] = 0.0;
        }
    return a.ldlt().solve(rhs);
}

Eigen::VectorXd limited(const Eigen::VectorXd& step, const Eigen::VectorXd& maxStep) {
    double factor = 1.0;
    for (Eigen::Index i = 0; i < maxStep.size() && i < step.size(); ++i)
        if (std::abs(step[i]) * factor > maxStep[i]) factor = maxStep[i] / std::abs(step[i]);
    return step * factor;
}

// The damped step, limited, with the variables on a bound that it would push past held there,
// then projected onto the bounds.
Eigen::VectorXd boundedStep(const NormalEquations& ne, double mu, const Eigen::VectorXd& x,
                            const LevenbergMarquardtOptions& options) {
    Eigen::VectorXd step = limited(dampedStep(ne, mu), options.maxStep);
    const bool hasLower = options.lowerBound.size() == x.size(),
               hasUpper = options.upperBound.size() == x.size();
    if (!hasLower && !hasUpper) return step;
    const Eigen::VectorXd lower =
        hasLower ? options.lowerBound : Eigen::VectorXd::Constant(x.size(), -HUGE_VAL);
    const Eigen::VectorXd upper =
        hasUpper ? options.upperBound : Eigen::VectorXd::Constant(x.size(), HUGE_VAL);
    std::vector<bool> held(std::size_t(x.size()), false);
    bool any = false;
    for (Eigen::Index i = 0; i < x.size(); ++i)
        if ((x[i] >= upper[i] && step[i] > 0.0) || (x[i] <= lower[i] && step[i] < 0.0))
            held[std::size_t(i)] = any = true;
    if (any) step = limited(dampedStep(ne, mu, held), options.maxStep);
    for (Eigen::Index i = 0; i < x.size(); ++i)
        step[i] =
            std::clamp(step[i], std::min(0.0, lower[i] - x[i]), std::max(0.0, upper[i] - x[i]));
    return step;
}

bool smallStep(const Eigen::VectorXd& step, const Eigen::VectorXd& x, double tolerance) {
    for (Eigen::Index i = 0; i < x.size(); ++i)
        if (std::abs(step[i]) >= tolerance * (std::abs(x[i]) + 1e-6)) return false;
    return true;
}

} // namespace

LevenbergMarquardtReport minimiseLeastSquares(Eigen::VectorXd& x, const LeastSquaresFunction& f,
                                              const LevenbergMarquardtOptions& options,
                                              const std::function<void(int)>& onIteration) {
    LevenbergMarquardtReport report;
    if (!f(x, report.residual, &report.jacobian))
        throw Error(ErrorCode::InvalidArgument,
                    "the start parameters lie outside the model (e.g. linewidth <= 0)");
    report.initialCost = report.finalCost = 0.5 * report.residual.squaredNorm();
    NormalEquations ne;
    ne.compute(report.jacobian, report.residual);
    double mu = 1e-3, nu = 2.0;
    Eigen::VectorXd trialResidual;
    bool stateAtX = true; // a rejected trial leaves the function's state at the trial point
    for (int iteration = 1; iteration <= options.maxIterations; ++iteration) {
        report.iterations = iteration;
        const Eigen::VectorXd step = boundedStep(ne, mu, x, options);
        const Eigen::VectorXd trial = x + step;
        stateAtX = false;
        const bool valid = step.allFinite() && f(trial, trialResidual, nullptr);
        const double trialCost = valid ? 0.5 * trialResidual.squaredNorm() : HUGE_VAL;
        // Gain ratio: actual over predicted reduction of the linear model.
        const double predicted = -step.dot(ne.jtr) - 0.5 * step.dot(ne.jtj * step);
        const double rho = predicted > 0.0 ? (report.finalCost - trialCost) / predicted : -1.0;
        if (rho > 0.0) {
            const double reduction =
                (report.finalCost - trialCost) / std::max(report.finalCost, 1e-300);
            x = trial;
            f(x, report.residual, &report.jacobian);
            stateAtX = true;
            report.finalCost = 0.5 * report.residual.squaredNorm();
            ne.compute(report.jacobian, report.residual);
            mu *= std::max(1.0 / 3.0, 1.0 - std::pow(2.0 * rho - 1.0, 3));
            nu = 2.0;
            if (onIteration) onIteration(iteration);
            if (reduction < options.relativeTolerance ||
                smallStep(step, x, options.stepTolerance)) {
                report.converged = true;
                break;
            }
        } else {
            mu *= nu;
            nu *= 2.0;
            if (onIteration) onIteration(iteration);
            if (mu > 1e12) { // no downhill step left at any damping: a minimum to working precision
                report.converged = true;
                break;
            }
        }
    }
    if (!stateAtX) f(x, report.residual, &report.jacobian);
    return report;
}

Eigen::VectorXd standardErrors(const Eigen::MatrixXd& jacobian, const Eigen::VectorXd& residual) {
    // Flat directions: relative eigenvalue of the unit-diagonal JᵀJ (a condition number past
    // 1e12 is beyond what double sums of squares resolve), and the share of a parameter in them
    // past which its variance is that direction's.
    constexpr double kFlatEigenvalue = 1e-12, kFlatShare = 1e-6;
    const Eigen::Index m = jacobian.rows(), n = jacobian.cols();
    if (n == 0) return {};
    const double variance = m > n ? residual.squaredNorm() / double(m - n) : 0.0;
    const Eigen::MatrixXd jtj = jacobian.transpose() * jacobian;
    // Scaled to unit diagonal so that the flatness test does not depend on the units (ppm
    // against Hz against heights).
    const Eigen::VectorXd diagonal = jtj.diagonal();
    const Eigen::VectorXd scale =
        diagonal.unaryExpr([](double d) { return d > 0.0 ? 1.0 / std::sqrt(d) : 0.0; });
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eigen(scale.asDiagonal() * jtj *
                                                               scale.asDiagonal());
    const Eigen::VectorXd& lambda = eigen.eigenvalues();
    const double flatBelow = kFlatEigenvalue * std::max(lambda.maxCoeff(), 0.0);
    Eigen::VectorXd errors(n);
    for (Eigen::Index p = 0; p < n; ++p) {
        double scaledVariance = 0.0, flatShare = 0.0;
        for (Eigen::Index k = 0; k < n; ++k) {
            const double v2 = eigen.eigenvectors()(p, k) * eigen.eigenvectors()(p, k);
            if (lambda[k] > flatBelow)
                scaledVariance += v2 / lambda[k];
            else
                flatShare += v2;
        }
        errors[p] = !(diagonal[p] > 0.0) || flatShare > kFlatShare
                        ? HUGE_VAL
                        : std::sqrt(variance * scaledVariance) * scale[p];
    }
    return errors;
}

} // namespace spinhance

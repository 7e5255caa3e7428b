#pragma once

#include <Eigen/Core>
#include <functional>

namespace spinhance {

/// Residual r(x) and, when asked, its Jacobian; returns false outside the model's domain.
using LeastSquaresFunction = std::function<bool(const Eigen::VectorXd& x, Eigen::VectorXd& residual,
                                                Eigen::MatrixXd* jacobian)>;

struct LevenbergMarquardtOptions {
    int maxIterations = 60;
    double relativeTolerance =
        1e-9; ///< stop when an accepted step lowers ½|r|² by less than this fraction
    double stepTolerance = 1e-10; ///< stop when every |Δx_i| < this · (|x_i| + 1e-6)
    /// Largest |Δx_i| of one step (empty: unlimited); a longer step is shortened as a whole. Keeps
    /// a shift or J from running off where the data no longer constrain it.
    Eigen::VectorXd maxStep;
    /// Bounds of each x_i (empty: none; ±inf: unbounded). A step is projected onto them, and a
    /// variable on a bound that the step would push past is held there while the others move (a
    /// refused step would stall the whole fit at the bound).
    Eigen::VectorXd lowerBound, upperBound;
};

struct LevenbergMarquardtReport {
    int iterations = 0;
    double initialCost = 0.0; ///< ½|r|²
    double finalCost = 0.0;
    bool converged = false;
    Eigen::MatrixXd jacobian; ///< at the solution
    Eigen::VectorXd residual; ///< at the solution
};

/// Levenberg–Marquardt with Marquardt's diagonal scaling and Nielsen's damping update (Madsen,
/// Nielsen & Tingleff, "Methods for non-linear least squares problems", 2004, alg. 3.16), on the
/// normal equations solved by LDLᵀ. `onIteration(iteration)` runs after each iteration (it may
/// throw to cancel). `x` holds the best point found on return.
LevenbergMarquardtReport minimiseLeastSquares(Eigen::VectorXd& x, const LeastSquaresFunction& f,
                                              const LevenbergMarquardtOptions& options,
                                              const std::function<void(int)>& onIteration = {});

/// Standard errors sqrt(diag(s²(JᵀJ)⁻¹)), s² = |r|²/(m − n). A parameter the data do not
/// determine gets +infinity: one with a zero column (a J at exactly zero, where the spectrum is
/// even in it) or a share in a direction JᵀJ, scaled to unit diagonal, leaves flat (eigenvalue
/// under 1e-12 of the largest: two parameters with one effect). The inverse over the determined
/// directions gives the others.
Eigen::VectorXd standardErrors(const Eigen::MatrixXd& jacobian, const Eigen::VectorXd& residual);

} // namespace spinhance

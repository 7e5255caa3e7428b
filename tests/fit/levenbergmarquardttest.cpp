#include "fit/levenbergmarquardt.h"

#include <cmath>
#include <gtest/gtest.h>

namespace spinhance {
namespace {

// A straight line y = a + b·x through fixed points: the least-squares optimum has a closed form,
// and so has the optimum with b held at a bound (a = mean(y) − b·mean(x)).
struct LineProblem {
    Eigen::VectorXd x = Eigen::VectorXd::LinSpaced(21, -1.0, 3.0);
    Eigen::VectorXd y;
    LineProblem() {
        y.resize(x.size());
        for (Eigen::Index i = 0; i < x.size(); ++i)
            y[i] = 0.7 + 2.0 * x[i] + 0.05 * std::sin(7.0 * x[i]); // slope about 2
    }
    LeastSquaresFunction function() const {
        return [this](const Eigen::VectorXd& p, Eigen::VectorXd& r, Eigen::MatrixXd* j) {
            r = (p[0] + p[1] * x.array()).matrix() - y;
            if (j) {
                j->resize(x.size(), 2);
                j->col(0).setOnes();
                j->col(1) = x;
            }
            return true;
        };
    }
    // Closed-form unconstrained slope.
    double bestSlope() const {
        const double mx = x.mean(), my = y.mean();
        return ((x.array() - mx) * (y.array() - my)).sum() / (x.array() - mx).square().sum();
    }
};

TEST(LevenbergMarquardt, ABoundAboveTheOptimumChangesNothing) {
    const LineProblem line;
    LevenbergMarquardtOptions options;
    options.upperBound = Eigen::Vector2d(HUGE_VAL, line.bestSlope() + 1.0);
    Eigen::VectorXd p = Eigen::Vector2d(0.0, 0.0);
    const LevenbergMarquardtReport report = minimiseLeastSquares(p, line.function(), options);
    EXPECT_TRUE(report.converged);
    EXPECT_NEAR(p[1], line.bestSlope(), 1e-8);
    EXPECT_NEAR(p[0], line.y.mean() - line.bestSlope() * line.x.mean(), 1e-8);
}

// The slope is held on its bound while the intercept still moves to its constrained optimum (a
// step refused at the bound would stall the intercept too).
TEST(LevenbergMarquardt, AVariableOnItsBoundIsHeldWhileTheOthersConverge) {
    const LineProblem line;
    const double boundSlope = 1.5;
    LevenbergMarquardtOptions options;
    options.upperBound = Eigen::Vector2d(HUGE_VAL, boundSlope);
    Eigen::VectorXd p = Eigen::Vector2d(-3.0, 0.0);
    const LevenbergMarquardtReport report = minimiseLeastSquares(p, line.function(), options);
    EXPECT_TRUE(report.converged);
    EXPECT_DOUBLE_EQ(p[1], boundSlope);
    EXPECT_NEAR(p[0], line.y.mean() - boundSlope * line.x.mean(), 1e-8);
}

TEST(LevenbergMarquardt, ALowerBoundHoldsFromBelow) {
    const LineProblem line;
    const double boundSlope = 2.5;
    LevenbergMarquardtOptions options;
    options.lowerBound = Eigen::Vector2d(-HUGE_VAL, boundSlope);
    Eigen::VectorXd p = Eigen::Vector2d(4.0, 3.0);
    const LevenbergMarquardtReport report = minimiseLeastSquares(p, line.function(), options);
    EXPECT_TRUE(report.converged);
    EXPECT_DOUBLE_EQ(p[1], boundSlope);
    EXPECT_NEAR(p[0], line.y.mean() - boundSlope * line.x.mean(), 1e-8);
}

// Ordinary least squares y = a + b·x has closed-form standard errors (any regression text):
// s² = RSS/(m − 2), se(b) = s/√Σ(x − x̄)², se(a) = s·√(1/m + x̄²/Σ(x − x̄)²).
TEST(StandardErrors, AStraightLineGetsItsClosedFormErrors) {
    const LineProblem line;
    Eigen::VectorXd p = Eigen::Vector2d(0.0, 0.0);
    const LevenbergMarquardtReport report =
        minimiseLeastSquares(p, line.function(), LevenbergMarquardtOptions{});
    const double m = double(line.x.size()), meanX = line.x.mean();
    const double sxx = (line.x.array() - meanX).square().sum();
    const double s = std::sqrt(report.residual.squaredNorm() / (m - 2.0));
    const Eigen::VectorXd errors = standardErrors(report.jacobian, report.residual);
    EXPECT_NEAR(errors[1], s / std::sqrt(sxx), 1e-12);
    EXPECT_NEAR(errors[0], s * std::sqrt(1.0 / m + meanX * meanX / sxx), 1e-12);
}

// A parameter with no effect (a J at exactly zero, where a spectrum is even in it) and two with
// one effect between them are not measured: their errors are infinite, not the 0 a
// pseudo-inverse gives, while the determined parameter keeps its closed-form error.
TEST(StandardErrors, ParametersTheDataDoNotDetermineHaveNoFiniteError) {
    const LineProblem line;
    Eigen::VectorXd p = Eigen::Vector2d(0.0, 0.0);
    const LevenbergMarquardtReport report =
        minimiseLeastSquares(p, line.function(), LevenbergMarquardtOptions{});
    Eigen::MatrixXd jacobian(report.jacobian.rows(), 4);
    jacobian << report.jacobian, Eigen::VectorXd::Zero(report.jacobian.rows()),
        report.jacobian.col(0);
    const Eigen::VectorXd errors = standardErrors(jacobian, report.residual);
    EXPECT_TRUE(std::isinf(errors[2])) << errors[2];
    EXPECT_TRUE(std::isinf(errors[0])) << errors[0];
    EXPECT_TRUE(std::isinf(errors[3])) << errors[3];
    const double m = double(line.x.size());
    const double sxx = (line.x.array() - line.x.mean()).square().sum();
    const double s = std::sqrt(report.residual.squaredNorm() / (m - 4.0));
    EXPECT_NEAR(errors[1], s / std::sqrt(sxx), 1e-9);
}

} // namespace
} // namespace spinhance

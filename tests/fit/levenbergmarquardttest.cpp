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

} // namespace
} // namespace spinhance

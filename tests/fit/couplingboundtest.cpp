// The fit keeps every J inside the physical 1H-1H range (FitOptions::maxAbsCouplingHz). Truth here
// is an AX system with J = 40 Hz, beyond any real 1H-1H coupling: unbounded, the fit recovers it
// (so the data do pull J that far); bounded, it stops at the edge instead of running past it.
#include "common/error.h"
#include "fit/fitproblem.h"
#include "spin/batchsimulator.h"

#include <cmath>
#include <gtest/gtest.h>

namespace spinhance {
namespace {

constexpr double kFieldMHz = 90.0;
constexpr double kTruthCouplingHz = 40.0;

SpinSystem axSystem(double couplingHz) {
    SpinSystem s;
    s.id = "AX";
    s.addGroup(3.00, 1);
    s.addGroup(4.50, 1);
    s.setCouplingHz(0, 1, couplingHz);
    return s;
}

FitData axSpectrum() {
    SimulationOptions simulation;
    simulation.fieldMHz = kFieldMHz;
    LineShapeOptions shape;
    shape.linewidthHz = 1.0;
    const PpmGrid grid{2.0, 5.5, 8192};
    return {
        grid, kFieldMHz, simulateSpectrum(axSystem(kTruthCouplingHz), grid, simulation, shape), {}};
}

FitResult fitFrom(double startCouplingHz, double maxAbsCouplingHz) {
    FitOptions options;
    options.maxAbsCouplingHz = maxAbsCouplingHz;
    LineModel line;
    line.linewidthHz = 1.0;
    return fitSpinSystem(axSpectrum(), axSystem(startCouplingHz), line, options);
}

TEST(FitCouplingBound, UnboundedFitRecoversTheTruth) {
    const FitResult fit = fitFrom(36.0, 0.0);
    EXPECT_NEAR(fit.system.couplingHz(0, 1), kTruthCouplingHz, 0.1);
}

TEST(FitCouplingBound, BoundedFitStopsAtTheEdge) {
    const FitResult fit = fitFrom(20.0, 25.0);
    const double couplingHz = fit.system.couplingHz(0, 1);
    EXPECT_LE(std::abs(couplingHz), 25.0);
    EXPECT_GT(couplingHz, 24.0); // it moved toward the data as far as it was allowed
    EXPECT_LT(fit.finalRms, fit.startRms);
}

TEST(FitCouplingBound, StartBeyondTheBoundIsClampedIntoRange) {
    const FitResult fit = fitFrom(-60.0, 25.0);
    EXPECT_LE(std::abs(fit.system.couplingHz(0, 1)), 25.0);
}

TEST(FitCouplingBound, NegativeBoundIsRefused) {
    EXPECT_THROW(fitFrom(10.0, -1.0), Error);
}

} // namespace
} // namespace spinhance

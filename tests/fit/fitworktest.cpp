// What a fit computed is counted, not clocked (FitWork): the counts follow the spin system's
// eigenproblems exactly, and the same fit counts the same work every time, so a search that
// budgets by them gives one answer per spectrum under any load.
#include "fit/fitproblem.h"
#include "fittesthelpers.h"
#include "spin/batchsimulator.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

FitData spectrumOf(const SpinSystem& truth, double fieldMHz) {
    SimulationOptions simulation;
    simulation.fieldMHz = fieldMHz;
    LineShapeOptions shape;
    shape.linewidthHz = 1.0;
    const PpmGrid grid{0.5, 8.0, 8192};
    return FitData{grid, fieldMHz, simulateSpectrum(truth, grid, simulation, shape), {}};
}

SpinSystem abQuartetAndSinglet() {
    SpinSystem s;
    s.id = "AB + singlet";
    s.addGroup(3.10, 1);
    s.addGroup(3.00, 1);
    s.addGroup(1.20, 3);
    s.setCouplingHz(0, 1, 12.0);
    return s;
}

SpinSystem nudged(SpinSystem s) {
    for (std::size_t g = 0; g < s.size(); ++g)
        s.group(g).shiftPpm += 0.004;
    return s;
}

TEST(FitWork, AnAbQuartetDiagonalisesBlocksOfOneTwoAndOneStates) {
    // Two coupled spins ½ split by total Fz into blocks of 1, 2 and 1 states: 1³ + 2³ + 1³ = 10
    // per diagonalisation. The uncoupled CH3 singlet needs no eigenproblem.
    const SpinSystem truth = abQuartetAndSinglet();
    const FitResult fit = fitSpinSystem(spectrumOf(truth, 60.0), nudged(truth), LineModel{});
    EXPECT_GT(fit.work.eigenCubes, 0u);
    EXPECT_EQ(fit.work.eigenCubes % 10, 0u) << fit.work.eigenCubes;
    EXPECT_GT(fit.work.fftPoints, 0u);
    EXPECT_GT(fit.work.stickColumns, 0u);
    EXPECT_GT(fit.work.jacobianEntries, 0u);
    EXPECT_GT(fit.work.units(), 0u);
}

TEST(FitWork, TheSameFitCountsTheSameWork) {
    const SpinSystem truth = fittest::ethylCrotonate();
    const FitData data = spectrumOf(truth, 60.0);
    const FitResult first = fitSpinSystem(data, nudged(truth), LineModel{});
    const FitResult second = fitSpinSystem(data, nudged(truth), LineModel{});
    EXPECT_EQ(first.work.eigenCubes, second.work.eigenCubes);
    EXPECT_EQ(first.work.fftPoints, second.work.fftPoints);
    EXPECT_EQ(first.work.stickColumns, second.work.stickColumns);
    EXPECT_EQ(first.work.jacobianEntries, second.work.jacobianEntries);
    EXPECT_EQ(first.work.units(), second.work.units());
}

TEST(FitWork, ALargerClusterCountsMoreWorkPerIteration) {
    // Ethyl crotonate's CH3-CH=CH cluster holds five spins (blocks up to 10 states); the AB
    // quartet two. Per LM iteration the eigenproblems alone differ by far more than the
    // iteration counts can hide.
    const SpinSystem small = abQuartetAndSinglet();
    const SpinSystem large = fittest::ethylCrotonate();
    const FitResult a = fitSpinSystem(spectrumOf(small, 60.0), nudged(small), LineModel{});
    const FitResult b = fitSpinSystem(spectrumOf(large, 60.0), nudged(large), LineModel{});
    ASSERT_GT(a.iterations, 0);
    ASSERT_GT(b.iterations, 0);
    EXPECT_GT(double(b.work.eigenCubes) / b.iterations,
              10.0 * double(a.work.eigenCubes) / a.iterations);
    EXPECT_GT(b.work.units(), a.work.units());
}

TEST(FitWork, CountsAddUp) {
    FitWork a;
    a.eigenCubes = 10;
    a.fftPoints = 4096;
    a.stickColumns = 12;
    a.jacobianEntries = 100;
    FitWork sum = a;
    sum += a;
    EXPECT_EQ(sum.eigenCubes, 20u);
    EXPECT_EQ(sum.fftPoints, 8192u);
    EXPECT_EQ(sum.stickColumns, 24u);
    EXPECT_EQ(sum.jacobianEntries, 200u);
}

} // namespace
} // namespace spinhance

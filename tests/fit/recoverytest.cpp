// Fits of simulated, noisy spectra with known truth: start 0.05 ppm and 1 Hz away, recover the
// truth within 0.002 ppm and 0.1 Hz, with reported standard errors that cover the truth.
#include "common/error.h"
#include "fit/fitproblem.h"
#include "fittesthelpers.h"
#include "spin/batchsimulator.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace spinhance {
namespace {

constexpr double kCoverSigmas = 3.0; // |fit − truth| ≤ 3σ: 99.7 % for each parameter

FitData noisySpectrum(const SpinSystem& truth, const PpmGrid& grid, double fieldMHz,
                      double linewidthHz, double noiseFraction, unsigned seed) {
    SimulationOptions simulation;
    simulation.fieldMHz = fieldMHz;
    LineShapeOptions shape;
    shape.linewidthHz = linewidthHz;
    FitData data{grid, fieldMHz, simulateSpectrum(truth, grid, simulation, shape), {}};
    const double peak = *std::max_element(data.intensity.begin(), data.intensity.end());
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, noiseFraction * peak);
    for (double& v : data.intensity)
        v += noise(rng);
    return data;
}

// Shifts alternately 0.05 ppm up and down, couplings 1 Hz off, tied groups moved together.
SpinSystem displaced(const SpinSystem& truth) {
    SpinSystem start = truth;
    double previous = NAN;
    int k = 0;
    for (std::size_t g = 0; g < start.size(); ++g) {
        const bool tied = truth.group(g).shiftPpm == previous;
        previous = truth.group(g).shiftPpm;
        if (!tied) ++k;
        start.group(g).shiftPpm += (k % 2 ? 0.05 : -0.05);
    }
    for (std::size_t i = 0; i < start.size(); ++i)
        for (std::size_t j = i + 1; j < start.size(); ++j)
            if (truth.couplingHz(i, j) != 0.0)
                start.setCouplingHz(i, j, truth.couplingHz(i, j) + ((i + j) % 2 ? 1.0 : -1.0));
    return start;
}

void expectRecovered(const SpinSystem& truth, const FitResult& fit, double truthLinewidthHz) {
    ASSERT_EQ(fit.system.size(), truth.size());
    for (std::size_t g = 0; g < truth.size(); ++g) {
        const double error = fit.system.group(g).shiftPpm - truth.group(g).shiftPpm;
        EXPECT_LT(std::abs(error), 0.002) << truth.id << " shift " << truth.group(g).label;
        EXPECT_GT(fit.shiftErrorPpm[g], 0.0);
        EXPECT_LE(std::abs(error), kCoverSigmas * fit.shiftErrorPpm[g])
            << truth.id << " shift " << truth.group(g).label;
    }
    const std::size_t n = truth.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            if (truth.couplingHz(i, j) == 0.0) continue;
            const double error = fit.system.couplingHz(i, j) - truth.couplingHz(i, j);
            EXPECT_LT(std::abs(error), 0.1) << truth.id << " J " << i << "-" << j;
            EXPECT_LE(std::abs(error), kCoverSigmas * fit.couplingErrorHz[i * n + j])
                << truth.id << " J " << i << "-" << j;
        }
    EXPECT_LT(std::abs(fit.lineModel.linewidthHz - truthLinewidthHz), 0.1);
    EXPECT_LT(fit.finalRms, fit.startRms);
}

TEST(FitRecovery, EthylCrotonateAt60MHzFromHalfATenthPpmAway) {
    const SpinSystem truth = fittest::ethylCrotonate();
    const FitData data = noisySpectrum(truth, {0.5, 7.8, 8192}, 60.0, 1.1, 0.005, 7);
    LineModel start;
    start.linewidthHz = 2.1; // 1 Hz away too
    const FitResult fit = fitSpinSystem(data, displaced(truth), start);
    expectRecovered(truth, fit, 1.1);
    EXPECT_TRUE(fit.converged);
}

// A spectrum drawn exactly (every coupling whole, a 12-spin cluster) and fitted with the weak
// couplings split (α-D-glucose at 600 MHz, the fit's default rule): the split moves a weakly
// coupled multiplet as a whole by its second-order shift (under 0.01 Hz), which the group's
// shift takes up, so the truth comes back: shifts within 0.0002 ppm, J within 0.1 Hz.
TEST(FitRecovery, WeaklyCoupledGroupsAt600MHzFromAnExactSpectrum) {
    const SpinSystem truth = fittest::glucoseInDmso();
    const PpmGrid grid{2.9, 6.3, 16384};
    SimulationOptions exact;
    exact.fieldMHz = 600.0;
    exact.weakCouplingToleranceHz = 0.0;
    FitData data{grid, 600.0, simulateSpectrum(truth, grid, exact, LineShapeOptions{}), {}};
    const double peak = *std::max_element(data.intensity.begin(), data.intensity.end());
    std::mt19937 rng(11);
    std::normal_distribution<double> noise(0.0, 0.002 * peak);
    for (double& v : data.intensity)
        v += noise(rng);
    SpinSystem start = truth;
    for (std::size_t g = 0; g < start.size(); ++g)
        start.group(g).shiftPpm += g % 2 ? 0.004 : -0.004;
    for (std::size_t i = 0; i < start.size(); ++i)
        for (std::size_t j = i + 1; j < start.size(); ++j)
            if (truth.couplingHz(i, j) != 0.0)
                start.setCouplingHz(i, j, truth.couplingHz(i, j) + ((i + j) % 2 ? 0.5 : -0.5));
    const FitResult fit = fitSpinSystem(data, start, LineModel{});
    for (std::size_t g = 0; g < truth.size(); ++g)
        EXPECT_LT(std::abs(fit.system.group(g).shiftPpm - truth.group(g).shiftPpm), 0.0002)
            << truth.group(g).label;
    for (std::size_t i = 0; i < truth.size(); ++i)
        for (std::size_t j = i + 1; j < truth.size(); ++j) {
            if (truth.couplingHz(i, j) == 0.0) continue;
            EXPECT_LT(std::abs(fit.system.couplingHz(i, j) - truth.couplingHz(i, j)), 0.1)
                << truth.group(i).label << "-" << truth.group(j).label;
        }
}

TEST(FitRecovery, StronglyCoupledAbcAt90MHz) {
    const SpinSystem truth = fittest::abcPlusSinglet();
    const FitData data = noisySpectrum(truth, {1.5, 4.5, 8192}, 90.0, 0.8, 0.005, 11);
    LineModel start;
    start.linewidthHz = 1.8;
    const FitResult fit = fitSpinSystem(data, displaced(truth), start);
    expectRecovered(truth, fit, 0.8);
}

// A J at (nearly) zero: the spectrum is even in J, so its first derivative vanishes there and
// the data do not measure it. Three isochronous ring protons (tied: one shift, one J among them)
// coupled to different partners at 500 MHz, as nmr-dataset1 140-67-0 was read without its
// proton count: the J among them fitted to -0.000 was reported "± 0.000" (the pseudo-inverse of
// an unscaled JᵀJ zeroes a flat direction), which made it look exactly measured and kept it out
// of the answer's "zero within its error" drop. Its error must be far above the 0.3 Hz a
// measured J keeps; the shifts and the partners' J stay measured.
TEST(FitRecovery, AJTheSpectrumDoesNotMeasureHasNoSmallError) {
    SpinSystem truth;
    for (int k = 0; k < 3; ++k)
        truth.addGroup(7.16, 1);
    truth.addGroup(5.13, 1);
    truth.addGroup(5.10, 1);
    truth.setCouplingHz(0, 3, 8.3);
    truth.setCouplingHz(1, 3, 7.1);
    truth.setCouplingHz(2, 4, 9.1);
    const FitData data = noisySpectrum(truth, {4.9, 7.4, 16384}, 500.0, 2.5, 0.002, 5);
    SpinSystem start = truth;
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = i + 1; j < 3; ++j)
            start.setCouplingHz(i, j, -1e-6);
    LineModel line;
    line.linewidthHz = 2.5;
    const FitResult fit = fitSpinSystem(data, start, line);
    const std::size_t n = truth.size();
    EXPECT_LT(std::abs(fit.system.couplingHz(0, 1)), 0.3);
    EXPECT_GT(fit.couplingErrorHz[0 * n + 1], 10.0) << fit.system.couplingHz(0, 1);
    EXPECT_LT(fit.couplingErrorHz[0 * n + 3], 0.3);
    EXPECT_LT(fit.couplingErrorHz[2 * n + 4], 0.3);
    EXPECT_LT(fit.shiftErrorPpm[0], 1e-3);
}

TEST(FitRecovery, AaBbKeepsTiedShiftsEqual) {
    const SpinSystem truth = fittest::aaBB();
    const FitData data = noisySpectrum(truth, {6.6, 8.0, 4096}, 60.0, 0.9, 0.005, 3);
    LineModel start;
    start.linewidthHz = 1.9;
    const FitResult fit = fitSpinSystem(data, displaced(truth), start);
    expectRecovered(truth, fit, 0.9);
    EXPECT_EQ(fit.system.group(0).shiftPpm, fit.system.group(1).shiftPpm);
    EXPECT_EQ(fit.system.group(2).shiftPpm, fit.system.group(3).shiftPpm);
    EXPECT_EQ(fit.system.couplingHz(0, 2), fit.system.couplingHz(1, 3));
}

// `ring` at 60 MHz (0.9 Hz lines, noise) with CHCl3 at 7.26 ppm, half a proton's line.
FitData ringWithHalfAProtonOfChloroform(const SpinSystem& ring) {
    const PpmGrid grid{6.6, 8.0, 4096};
    FitData data = noisySpectrum(ring, grid, 60.0, 0.9, 0.005, 3);
    SpinSystem solvent;
    solvent.addGroup(7.26, 1);
    SimulationOptions simulation;
    simulation.fieldMHz = 60.0;
    LineShapeOptions shape;
    shape.linewidthHz = 0.9;
    const std::vector<double> line = simulateSpectrum(solvent, grid, simulation, shape);
    for (std::size_t i = 0; i < line.size(); ++i)
        data.intensity[i] += 0.5 * line[i];
    return data;
}

// CHCl3 (7.26 ppm, half a proton's line) between the two halves of an AA'BB' ring at 60 MHz: fitted
// as a known singlet with the ring, every point counts and the ring and the singlet's height come
// back; without it the fit spends the ring's parameters on the extra line.
TEST(FitRecovery, AKnownSingletInsideTheRingIsFittedWithIt) {
    const SpinSystem truth = fittest::aaBB();
    const FitData data = ringWithHalfAProtonOfChloroform(truth);
    LineModel start;
    start.linewidthHz = 1.9;
    FitOptions options;
    options.singletsPpm = {7.26};
    const FitResult fit = fitSpinSystem(data, displaced(truth), start, options);
    expectRecovered(truth, fit, 0.9);
    const auto singlet = std::find_if(fit.parameters.begin(), fit.parameters.end(),
                                      [](const FitParameterReport& p) { return p.unit == "H"; });
    ASSERT_NE(singlet, fit.parameters.end());
    EXPECT_EQ(singlet->name, "singlet at 7.260 ppm");
    EXPECT_NEAR(singlet->value, 0.5, 0.02);
    EXPECT_LE(std::abs(singlet->value - 0.5), kCoverSigmas * singlet->error);
    const FitResult without = fitSpinSystem(data, displaced(truth), start);
    EXPECT_GT(without.finalRms, 3.0 * fit.finalRms);
}

// An NH at 3.20 ppm, 12 Hz wide (a closed-form Lorentzian added to the simulated ABC + CH3 at
// 60 MHz, 0.9 Hz lines): started 5 Hz wide, the fit finds its width and shift and the rest as
// before; the same start with a line of the common width leaves far more residual.
TEST(FitRecovery, ABroadExchangingProtonIsFittedWithItsOwnWidth) {
    const SpinSystem sharp = fittest::abcPlusSinglet();
    const double fieldMHz = 60.0, broadPpm = 3.20, broadFwhmHz = 12.0;
    FitData data = noisySpectrum(sharp, {1.9, 4.1, 4096}, fieldMHz, 0.9, 0.002, 11);
    const double gammaPpm = 0.5 * broadFwhmHz / fieldMHz;
    for (int i = 0; i < data.grid.points; ++i) {
        const double x = data.grid.ppmAt(std::size_t(i)) - broadPpm;
        data.intensity[std::size_t(i)] +=
            gammaPpm / (3.14159265358979323846 * (x * x + gammaPpm * gammaPpm));
    }
    SpinSystem truth = sharp;
    truth.group(truth.addGroup(broadPpm, 1)).extraWidthHz = broadFwhmHz - 0.9;
    SpinSystem start = displaced(truth);
    start.group(truth.size() - 1).extraWidthHz = 5.0;
    LineModel line;
    line.linewidthHz = 1.9;
    const FitResult fit = fitSpinSystem(data, start, line);
    expectRecovered(truth, fit, 0.9);
    EXPECT_NEAR(fit.system.group(truth.size() - 1).extraWidthHz, broadFwhmHz - 0.9, 0.3);
    start.group(truth.size() - 1).extraWidthHz = 0.0;
    const FitResult asSharp = fitSpinSystem(data, start, line);
    EXPECT_GT(asSharp.finalRms, 3.0 * fit.finalRms);
}

// A bound above what any stage asks of the line (the broadened ones take up to 1 H here) leaves
// the fit as it was; one below holds the height at or under it (the least-squares optimum under
// the constraint lies on the bound).
TEST(FitRecovery, AKnownSingletStaysWithinItsHeightBound) {
    const SpinSystem truth = fittest::aaBB();
    const FitData data = ringWithHalfAProtonOfChloroform(truth);
    const auto heightOf = [&](double maxHeightH) {
        FitOptions options;
        options.singletsPpm = {7.26};
        options.singletMaxHeights = {maxHeightH};
        LineModel start;
        start.linewidthHz = 1.9;
        const FitResult fit = fitSpinSystem(data, displaced(truth), start, options);
        for (const FitParameterReport& p : fit.parameters)
            if (p.unit == "H") return p.value;
        return -1.0;
    };
    EXPECT_NEAR(heightOf(1.5), 0.5, 0.02);
    const double held = heightOf(0.3);
    EXPECT_LE(held, 0.3);
    EXPECT_GT(held, 0.2);
}

TEST(FitRecovery, AKnownSingletsHeightBoundMustBePositiveAndOneEach) {
    const SpinSystem truth = fittest::aaBB();
    const FitData data = noisySpectrum(truth, {6.6, 8.0, 1024}, 60.0, 0.9, 0.005, 3);
    FitOptions options;
    options.singletsPpm = {7.26};
    options.singletMaxHeights = {0.0};
    EXPECT_THROW(fitSpinSystem(data, truth, {}, options), Error);
    options.singletMaxHeights = {1.0, 1.0};
    EXPECT_THROW(fitSpinSystem(data, truth, {}, options), Error);
}

TEST(FitRecovery, AKnownSingletOutsideTheDataIsRefused) {
    const SpinSystem truth = fittest::aaBB();
    const FitData data = noisySpectrum(truth, {6.6, 8.0, 1024}, 60.0, 0.9, 0.005, 3);
    FitOptions options;
    options.singletsPpm = {2.17}; // acetone's line, outside the 6.6-8.0 ppm data
    EXPECT_THROW(fitSpinSystem(data, truth, {}, options), Error);
}

TEST(FitRecovery, FixedParametersKeepTheirValues) {
    const SpinSystem truth = fittest::ethylCrotonate();
    const FitData data = noisySpectrum(truth, {0.5, 7.8, 8192}, 60.0, 1.1, 0.005, 5);
    SpinSystem start = displaced(truth);
    start.setCouplingHz(0, 1, 15.6);
    FitOptions options;
    options.fixedCouplings = {"A-B"};
    options.fixedGroups = {"E"};
    start.group(4).shiftPpm = truth.group(4).shiftPpm;
    const FitResult fit = fitSpinSystem(data, start, {}, options);
    EXPECT_EQ(fit.system.couplingHz(0, 1), 15.6);
    EXPECT_EQ(fit.system.group(4).shiftPpm, truth.group(4).shiftPpm);
    EXPECT_EQ(fit.shiftErrorPpm[4], 0.0);
    EXPECT_LT(std::abs(fit.system.group(0).shiftPpm - truth.group(0).shiftPpm), 0.002);
    // A held J's error 0 is no measurement: the result says which J were held, so no front end
    // reports it as "± 0.000".
    const std::size_t n = fit.system.size();
    ASSERT_EQ(fit.couplingHeld.size(), n * n);
    EXPECT_TRUE(fit.couplingHeld[0 * n + 1] && fit.couplingHeld[1 * n + 0]);
    EXPECT_FALSE(fit.couplingHeld[0 * n + 3]);
    EXPECT_FALSE(fit.couplingHeld[2 * n + 4]);
}

TEST(FitRecovery, CancelFlagStopsTheFit) {
    const SpinSystem truth = fittest::ethylCrotonate();
    const FitData data = noisySpectrum(truth, {0.5, 7.8, 2048}, 60.0, 1.1, 0.005, 5);
    CancelFlag cancel{true};
    EXPECT_THROW(fitSpinSystem(data, truth, {}, {}, {}, &cancel), Error);
}

} // namespace
} // namespace spinhance

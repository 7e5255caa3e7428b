#include "processing/fidprocessing.h"

#include "common/error.h"
#include "processing/autoprocess.h"
#include "processing/integrate.h"
#include "processing/phase.h"
#include "processing/referencing.h"
#include "syntheticfid.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

double stepPpm(const Spectrum& s) {
    return std::abs(s.ppm[1] - s.ppm[0]);
}

// Absorption quality: tallest real value over tallest magnitude (1 for a pure absorption line).
double absorptionRatio(const Spectrum& s) {
    double maxReal = 0, maxMagnitude = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i) {
        maxReal = std::max(maxReal, s.real[i]);
        maxMagnitude = std::max(maxMagnitude, std::hypot(s.real[i], s.imag[i]));
    }
    return maxReal / maxMagnitude;
}

ProcessOptions bare() {
    ProcessOptions o;
    o.autoPhase = false, o.baseline = false, o.reference = false, o.lineBroadeningHz = 0;
    return o;
}

} // namespace

// +200 Hz from a 5 ppm carrier at 100 MHz is 7.000 ppm.
TEST(FidProcessing, LineLandsAtCarrierPlusOffset) {
    const Spectrum s = processAuto(syntheticFid({{200.0, 1.0, 1.0}}), bare());
    const auto peak = peakPositionPpm(s, 6.5, 7.5);
    ASSERT_TRUE(peak);
    EXPECT_NEAR(*peak, 7.0, 0.1 * stepPpm(s));
    EXPECT_GT(s.ppm.front(), s.ppm.back()); // stored high ppm first
    EXPECT_EQ(s.size(), 16384u);            // one zero fill to the next power of two
}

TEST(FidProcessing, ZeroPhaseFidGivesPureAbsorption) {
    // -250 Hz is exactly bin -2048 of 16384 over 2000 Hz, so the top sample is the line centre.
    const Spectrum s = processAuto(syntheticFid({{-250.0, 1.0, 2.0}}), bare());
    EXPECT_GT(absorptionRatio(s), 0.999);
}

TEST(FidProcessing, AutoPhaseRecoversKnownZeroOrderPhase) {
    for (double phaseDeg : {35.0, 120.0, -150.0}) {
        ProcessOptions options = bare();
        options.autoPhase = true;
        const Spectrum s =
            processAuto(syntheticFid({{-300.0, 1.0, 2.0}, {250.0, 0.5, 1.5}}, phaseDeg), options);
        EXPECT_GT(absorptionRatio(s), 0.995) << phaseDeg;
        const double minimum = *std::min_element(s.real.begin(), s.real.end());
        const double maximum = *std::max_element(s.real.begin(), s.real.end());
        EXPECT_GT(minimum, -0.05 * maximum) << phaseDeg;
    }
}

// A digital filter delays the echo top by g points: s(n) = x(n - g). Declaring the delay must
// restore the undelayed spectrum's phase exactly (otherwise ph1 would be 360 * g degrees).
TEST(FidProcessing, GroupDelayRemovalRestoresAbsorption) {
    Spectrum delayed = syntheticFid({{-300.0, 1.0, 2.0}, {400.0, 1.0, 2.0}});
    const std::size_t g = 37;
    auto& points = delayed.fid->points;
    points.insert(points.begin(), g, {0.0, 0.0});
    points.resize(points.size() - g);
    delayed.fid->groupDelayPoints = double(g);
    EXPECT_GT(absorptionRatio(processAuto(delayed, bare())), 0.995);
    delayed.fid->groupDelayPoints = 0.0;
    EXPECT_LT(absorptionRatio(processAuto(delayed, bare())), 0.9);
}

// Lorentzian areas are proportional to amplitude: 3:1 lines integrate 3:1.
TEST(FidProcessing, IntegralsFollowAmplitudes) {
    const Spectrum s = processAuto(syntheticFid({{-300.0, 3.0, 1.0}, {300.0, 1.0, 1.0}}), bare());
    const double big = integrateRange(s, 2.0 - 0.5, 2.0 + 0.5),
                 small = integrateRange(s, 8.0 - 0.5, 8.0 + 0.5);
    EXPECT_NEAR(big / small, 3.0, 0.01);
}

TEST(FidProcessing, ExponentialApodizationBroadensByLb) {
    // Height of a Lorentzian is proportional to 1/FWHM at fixed area: LB 1 Hz on a 1 Hz line halves
    // it.
    Spectrum narrow = processAuto(syntheticFid({{0.0, 1.0, 1.0}}, 0.0, 32768), bare());
    ProcessOptions broadened = bare();
    broadened.lineBroadeningHz = 1.0;
    Spectrum wide = processAuto(syntheticFid({{0.0, 1.0, 1.0}}, 0.0, 32768), broadened);
    const double ratio = *std::max_element(wide.real.begin(), wide.real.end()) /
                         *std::max_element(narrow.real.begin(), narrow.real.end());
    EXPECT_NEAR(ratio, 0.5, 0.01);
    EXPECT_NE(std::find_if(
                  wide.history.begin(), wide.history.end(),
                  [](const std::string& h) { return h.find("exponential") != std::string::npos; }),
              wide.history.end());
}

TEST(FidProcessing, ManualPhaseIsInvertible) {
    Spectrum s = processAuto(syntheticFid({{-300.0, 1.0, 2.0}}), bare());
    const auto original = s.real;
    phaseCorrect(s, {40.0, 25.0});
    phaseCorrect(s, {-40.0, -25.0});
    for (std::size_t i = 0; i < original.size(); i += 97)
        EXPECT_NEAR(s.real[i], original[i], 1e-9);
}

TEST(FidProcessing, MissingFidIsAnError) {
    Spectrum empty;
    EXPECT_THROW(processAuto(empty), Error);
    EXPECT_THROW(fourierTransform(empty), Error);
}

// Zero filling to the power of two at least factor × the FID length: more points, same lines.
TEST(FidProcessing, ZeroFillFactorSetsThePointCount) {
    for (int factor : {1, 2, 4, 16}) {
        ProcessOptions o = bare();
        o.zeroFillFactor = factor;
        const Spectrum s = processAuto(syntheticFid({{100.0, 1.0, 1.0}}, 0.0, 6000), o);
        std::size_t expected = 1;
        while (expected < std::size_t(factor) * 6000)
            expected *= 2;
        EXPECT_EQ(s.size(), expected) << factor;
    }
    ProcessOptions bad = bare();
    bad.zeroFillFactor = 0;
    EXPECT_THROW(checkProcessOptions(bad), Error);
    bad.zeroFillFactor = 17;
    EXPECT_THROW(checkProcessOptions(bad), Error);
}

// A line that does not decay, under a Gaussian window of GB, is a Gaussian of FWHM GB. (Off the
// carrier: the DC correction would take a line at 0 Hz for a receiver offset.)
TEST(FidProcessing, GaussianApodizationGivesAGaussianLineOfThatWidth) {
    const double gbHz = 2.0, swHz = 2000.0;
    ProcessOptions o = bare();
    o.gaussianBroadeningHz = gbHz;
    o.zeroFillFactor = 8; // 0.03 Hz per point
    const Spectrum s = processAuto(syntheticFid({{150.0, 1.0, 0.0}}, 0.0, 8192, swHz), o);
    const auto top = std::max_element(s.real.begin(), s.real.end());
    const double half = 0.5 * *top;
    // Half-height crossings on both sides, interpolated between points.
    auto crossing = [&](int step) {
        std::ptrdiff_t i = top - s.real.begin();
        while (s.real[std::size_t(i + step)] > half)
            i += step;
        const double a = s.real[std::size_t(i)], b = s.real[std::size_t(i + step)];
        return double(i) + step * (a - half) / (a - b);
    };
    const double widthHz = (crossing(+1) - crossing(-1)) * stepPpm(s) * s.fieldMHz;
    EXPECT_NEAR(widthHz, gbHz, 0.02 * gbHz);
    ProcessOptions bad = bare();
    bad.gaussianBroadeningHz = -1.0;
    EXPECT_THROW(checkProcessOptions(bad), Error);
}

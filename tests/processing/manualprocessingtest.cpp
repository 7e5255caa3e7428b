// Processing by hand (issue 16): phase and reference corrections on top of the automatic steps.
#include "common/error.h"
#include "processing/autoprocess.h"
#include "processing/phase.h"
#include "syntheticfid.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

// The FID transformed and phased automatically, nothing else: the reference for a manual change.
ProcessOptions phasedOnly() {
    ProcessOptions o;
    o.baseline = false;
    o.reference = false;
    return o;
}

std::size_t tallest(const Spectrum& s) {
    return std::size_t(std::max_element(s.real.begin(), s.real.end()) - s.real.begin());
}

} // namespace

TEST(ManualProcessing, AnAddedZeroOrderPhaseRotatesEveryPointByThatAngle) {
    const Spectrum fid = syntheticFid({{150.0, 1.0, 2.0}, {-400.0, 0.6, 2.0}});
    const Spectrum automatic = processAuto(fid, phasedOnly());
    ProcessOptions by30 = phasedOnly();
    by30.extraPh0Deg = 30.0;
    const Spectrum turned = processAuto(fid, by30);
    const double c = std::cos(30.0 * M_PI / 180.0), sn = std::sin(30.0 * M_PI / 180.0);
    ASSERT_EQ(turned.size(), automatic.size());
    for (std::size_t i = 0; i < automatic.size(); i += 97) {
        // (re + i·im)·e^{iφ}: the closed form of a rotation.
        EXPECT_NEAR(turned.real[i], automatic.real[i] * c - automatic.imag[i] * sn, 1e-9);
        EXPECT_NEAR(turned.imag[i], automatic.real[i] * sn + automatic.imag[i] * c, 1e-9);
    }
    EXPECT_NE(std::find_if(turned.history.begin(), turned.history.end(),
                           [](const std::string& h) { return h.rfind("phase by hand", 0) == 0; }),
              turned.history.end());
}

TEST(ManualProcessing, AFirstOrderPhaseLeavesThePointAtItsPivotUnchanged) {
    const Spectrum fid = syntheticFid({{150.0, 1.0, 2.0}, {-400.0, 0.6, 2.0}});
    const Spectrum automatic = processAuto(fid, phasedOnly());
    const std::size_t line = tallest(automatic);
    ProcessOptions firstOrder = phasedOnly();
    firstOrder.extraPh1Deg = 90.0;
    firstOrder.pivotPpm = automatic.ppm[line];
    const Spectrum turned = processAuto(fid, firstOrder);
    EXPECT_NEAR(turned.real[line], automatic.real[line], 1e-9 * std::abs(automatic.real[line]));
    // Far from the pivot the same 90° spread over the spectrum does change the phase.
    const std::size_t far = line > automatic.size() / 2 ? 0 : automatic.size() - 1;
    EXPECT_GT(std::abs(turned.real[far] - automatic.real[far]) +
                  std::abs(turned.imag[far] - automatic.imag[far]),
              0.0);
}

TEST(ManualProcessing, AReferenceOffsetMovesTheWholeAxisByExactlyThatMuch) {
    const Spectrum fid = syntheticFid({{150.0, 1.0, 2.0}});
    const Spectrum automatic = processAuto(fid, phasedOnly());
    ProcessOptions moved = phasedOnly();
    moved.referenceOffsetPpm = 0.125;
    const Spectrum shifted = processAuto(fid, moved);
    ASSERT_EQ(shifted.ppm.size(), automatic.ppm.size());
    for (std::size_t i = 0; i < automatic.ppm.size(); i += 101)
        EXPECT_DOUBLE_EQ(shifted.ppm[i], automatic.ppm[i] + 0.125);
    EXPECT_EQ(shifted.real, automatic.real);
}

TEST(ManualProcessing, PhasingWithoutAnImaginaryPartOrWithNonsenseIsRefused) {
    Spectrum realOnly = processAuto(syntheticFid({{150.0, 1.0, 2.0}}), phasedOnly());
    realOnly.imag.clear();
    realOnly.fid.reset();
    ProcessOptions phase = phasedOnly();
    phase.extraPh0Deg = 10.0;
    try {
        processAuto(realOnly, phase);
        FAIL() << "expected the missing imaginary part to be named";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, "phase");
    }
    for (double bad : {std::nan(""), 1e6}) {
        ProcessOptions o;
        o.extraPh1Deg = bad;
        EXPECT_THROW(checkProcessOptions(o), Error) << bad;
    }
    ProcessOptions lb;
    lb.lineBroadeningHz = -1.0;
    EXPECT_THROW(checkProcessOptions(lb), Error);
}

// Baseline by hand: a cubic under a line, fitted on two signal-free stretches only, comes back
// exactly (no noise), and the line keeps its height.
TEST(ManualProcessing, ABaselineThroughSignalFreeRegionsRemovesAKnownCubic) {
    Spectrum s;
    const std::size_t n = 4001;
    auto cubic = [](double ppm) {
        return 0.02 + 0.01 * ppm - 0.004 * ppm * ppm + 3e-4 * ppm * ppm * ppm;
    };
    for (std::size_t i = 0; i < n; ++i) {
        const double ppm =
            10.0 - 10.0 * double(i) / double(n - 1); // descending, as files often are
        s.ppm.push_back(ppm);
        // A Gaussian line: no tail reaches the signal-free stretches, so the fit is exact.
        s.real.push_back(std::exp(-std::pow((ppm - 4.0) / 0.01, 2)) + cubic(ppm));
    }
    const Spectrum original = s;
    baselineCorrectRegions(s, {{0.0, 3.0}, {9.5, 6.0}}, 3);
    for (std::size_t i = 0; i < n; i += 50)
        EXPECT_NEAR(s.real[i], original.real[i] - cubic(original.ppm[i]), 1e-9) << s.ppm[i];
    ProcessOptions o;
    o.baselineRegionsPpm = {{0.0, 0.001}};
    o.baselineOrder = 3;
    EXPECT_THROW(baselineFromRegions(original, o.baselineRegionsPpm, 3), Error); // 1 point
    o.baselineOrder = 12;
    EXPECT_THROW(checkProcessOptions(o), Error);
}

TEST(ManualProcessing, SignalFreeRangesAreReadAsFromToPairsAndNonsenseIsNamed) {
    const auto ranges = parsePpmRanges(" 9.5:10.5, -0.5 : 0.3 ,");
    ASSERT_EQ(ranges.size(), 2u);
    EXPECT_DOUBLE_EQ(ranges[1].fromPpm, -0.5);
    EXPECT_DOUBLE_EQ(ranges[1].toPpm, 0.3);
    EXPECT_EQ(formatPpmRanges(ranges), "9.5:10.5, -0.5:0.3");
    EXPECT_TRUE(parsePpmRanges("").empty());
    for (const char* bad : {"9-12", "1:1", "a:b", "1:2:3", "nan:2"}) {
        try {
            parsePpmRanges(bad);
            ADD_FAILURE() << bad;
        } catch (const Error& e) {
            EXPECT_EQ(e.context().field, "baseline-regions") << bad;
        }
    }
}

// A baseline that rolls 2.5 times across 10 ppm (a benchtop probe's ringing): no polynomial of
// order ≤ 9 through the signal-free stretches follows it, the spline through them does. Checked
// between the regions, at points the fit never saw, with lines present.
TEST(ManualProcessing, ASplineBaselineFollowsARollThatAPolynomialCannot) {
    const double pi = std::acos(-1.0);
    auto roll = [pi](double ppm) { return 0.05 * std::sin(2.0 * pi * ppm / 4.0); };
    Spectrum s;
    const std::size_t n = 8001;
    for (std::size_t i = 0; i < n; ++i) {
        const double ppm = 10.0 - 10.0 * double(i) / double(n - 1);
        s.ppm.push_back(ppm);
        double lines = 0.0;
        for (double centre : {1.2, 3.4, 5.6, 7.8})
            lines += std::exp(-std::pow((ppm - centre) / 0.01, 2));
        s.real.push_back(lines + roll(ppm));
    }
    // Signal-free stretches between the lines, 0.6 ppm apart at most.
    const std::vector<PpmRange> free{{0.0, 1.0}, {1.4, 2.0}, {2.5, 3.2}, {3.6, 4.2}, {4.7, 5.4},
                                     {5.8, 6.5}, {6.9, 7.6}, {8.0, 8.7}, {9.1, 10.0}};
    const std::vector<double> spline = baselineSplineFromRegions(s, free);
    const std::vector<double> polynomial = baselineFromRegions(s, free, 9);
    double splineError = 0.0, polynomialError = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double ppm = s.ppm[i];
        const bool between = (ppm > 2.0 && ppm < 2.5) || (ppm > 4.2 && ppm < 4.7) ||
                             (ppm > 6.5 && ppm < 6.9) || (ppm > 8.7 && ppm < 9.1);
        if (!between) continue;
        splineError = std::max(splineError, std::abs(spline[i] - roll(ppm)));
        polynomialError = std::max(polynomialError, std::abs(polynomial[i] - roll(ppm)));
    }
    EXPECT_LT(splineError, 0.05 * 0.05); // within 5 % of the roll's amplitude
    EXPECT_GT(polynomialError, 2.0 * splineError);
    std::printf("largest baseline error between regions: spline %.2e, order-9 polynomial %.2e "
                "(roll amplitude 5.0e-02)\n",
                splineError, polynomialError);
    ProcessOptions o;
    o.baselineRegionsPpm = free;
    o.baselineSpline = true;
    s.real = std::vector<double>(n, 0.0);
    for (std::size_t i = 0; i < n; ++i)
        s.real[i] = roll(s.ppm[i]);
    s.imag = std::vector<double>(n, 0.0);
    o.autoPhase = o.reference = false;
    const Spectrum corrected = processAuto(s, o);
    EXPECT_TRUE(std::any_of(
        corrected.history.begin(), corrected.history.end(),
        [](const std::string& step) { return step.find("spline") != std::string::npos; }));
    for (std::size_t i = 0; i < n; i += 400) // a pure roll comes out flat
        EXPECT_NEAR(corrected.real[i], 0.0, 0.05 * 0.05) << corrected.ppm[i];
    // Too little to anchor a spline: named, with what to do instead.
    try {
        baselineSplineFromRegions(s, {{0.0, 0.3}});
        ADD_FAILURE() << "a spline through 2 anchors";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "baseline-regions");
        EXPECT_NE(std::string(e.what()).find("at least 4 anchors"), std::string::npos);
    }
}

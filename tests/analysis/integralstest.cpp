// Integrals and the peak list against closed forms: a Lorentzian's area between two ppm values is
// (A/π)·[atan((x−x0)/γ)] over the bounds; a doublet's lines lie J apart.
#include "analysis/integrals.h"

#include "analysis/peaklist.h"
#include "common/error.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>

namespace spinhance::analysis {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Unit-area-per-`area` Lorentzian lines on a descending ppm axis (as most files store it).
struct Line {
    double ppm;
    double area;    // intensity × ppm
    double hwhmPpm; // half width at half maximum
};

Spectrum lorentzians(const std::vector<Line>& lines, double fieldMHz, double noiseSigma = 0.0,
                     int points = 32768, double lowPpm = -1.0, double highPpm = 11.0) {
    Spectrum s;
    s.fieldMHz = fieldMHz;
    std::mt19937 random(7);
    std::normal_distribution<double> noise(0.0, noiseSigma > 0.0 ? noiseSigma : 1.0);
    for (int i = 0; i < points; ++i) {
        const double ppm = highPpm - (highPpm - lowPpm) * i / (points - 1);
        double y = noiseSigma > 0.0 ? noise(random) : 0.0;
        for (const Line& l : lines)
            y += l.area / kPi * l.hwhmPpm / ((ppm - l.ppm) * (ppm - l.ppm) + l.hwhmPpm * l.hwhmPpm);
        s.ppm.push_back(ppm);
        s.real.push_back(y);
    }
    return s;
}

double lorentzianArea(const Line& l, double from, double to) {
    return l.area / kPi *
           (std::atan((to - l.ppm) / l.hwhmPpm) - std::atan((from - l.ppm) / l.hwhmPpm));
}

TEST(Integrals, ALorentzianAreaMatchesItsClosedForm) {
    const Line line{2.0, 3.0, 0.002};
    const Spectrum s = lorentzians({line}, 400.0);
    for (double half : {0.01, 0.05, 0.3}) {
        const double exact = lorentzianArea(line, 2.0 - half, 2.0 + half);
        // Bounds between grid points, given in either order.
        EXPECT_NEAR(integrateRegion(s, {2.0 + half, 2.0 - half}), exact, 1e-3 * exact) << half;
    }
}

TEST(Integrals, ThreeToTwoProtonsComeOutAsThreeAndTwo) {
    const Spectrum s =
        lorentzians({{1.2, 3.0, 0.003}, {3.6, 2.0, 0.003}}, 90.0, /*noiseSigma=*/0.05);
    const std::vector<IntegralRow> rows =
        scaledIntegrals(s, {{3.4, 3.8}, {1.0, 1.4}}, /*referenceIndex=*/0, 2.0);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_DOUBLE_EQ(rows[0].protons, 2.0);
    // Both regions cut off the same fraction of the wings (±0.2 ppm of a 0.003 ppm HWHM line).
    EXPECT_NEAR(rows[1].protons, 3.0, 0.03);
}

TEST(Integrals, BadRegionsAndReferencesAreRefusedWithTheirValues) {
    const Spectrum s = lorentzians({{2.0, 1.0, 0.002}}, 400.0, 0.0, 1024);
    EXPECT_THROW(integrateRegion(s, {20.0, 30.0}), Error);
    EXPECT_THROW(integrateRegion(s, {2.0, 2.0}), Error);
    EXPECT_THROW(integrateRegion(s, {NAN, 2.0}), Error);
    EXPECT_THROW(scaledIntegrals(s, {{1.9, 2.1}}, 1, 1.0), Error);
    EXPECT_THROW(scaledIntegrals(s, {{1.9, 2.1}}, 0, 0.0), Error);
    try {
        integrateRegion(s, {20.0, 30.0});
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("outside the spectrum"), std::string::npos);
    }
}

TEST(PeakList, ADoubletsLinesLieJApartAndNoiseMakesNoPeaks) {
    const double fieldMHz = 400.0, jHz = 7.0, centre = 1.25;
    const double halfPpm = 0.5 * jHz / fieldMHz;
    const Spectrum s =
        lorentzians({{centre - halfPpm, 1.5, 0.0015}, {centre + halfPpm, 1.5, 0.0015}}, fieldMHz,
                    /*noiseSigma=*/0.5);
    const std::vector<ListedPeak> peaks = peakList(s, 6.0);
    ASSERT_EQ(peaks.size(), 2u);
    EXPECT_GT(peaks[0].ppm, peaks[1].ppm); // highest ppm first, as a journal lists them
    EXPECT_NEAR(peaks[0].hz - peaks[1].hz, jHz, 0.1);
    EXPECT_NEAR(peaks[0].hz, peaks[0].ppm * fieldMHz, 1e-9);
    // Height of a Lorentzian of area A and HWHM γ: A / (πγ), plus the other line's wing.
    const double top = 1.5 / (kPi * 0.0015);
    EXPECT_NEAR(peaks[0].height, top * (1.0 + 1.0 / (1.0 + std::pow(2 * halfPpm / 0.0015, 2))),
                0.02 * top);
}

TEST(PeakList, RefusesANonPositiveThreshold) {
    const Spectrum s = lorentzians({{2.0, 1.0, 0.002}}, 400.0, 0.0, 1024);
    EXPECT_THROW(peakList(s, 0.0), Error);
    EXPECT_EQ(peakList(s, 5.0).size(), 1u); // noise-free: the floor keeps the wings out
}

} // namespace
} // namespace spinhance::analysis

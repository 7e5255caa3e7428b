#include "common/error.h"
#include "processing/baseline.h"
#include "processing/referencing.h"
#include "processing/resample.h"

#include <cmath>
#include <gtest/gtest.h>
#include <random>
#include <numeric>

using namespace spinhance;

namespace {

double lorentzian(double x, double centre, double halfWidth) {
    return 1.0 / (1.0 + (x - centre) * (x - centre) / (halfWidth * halfWidth));
}

// A spectrum on [fromPpm, toPpm] (stored high ppm first, as readers do) with unit-height lines.
Spectrum lines(const std::vector<double>& centres, double fromPpm = -1.0, double toPpm = 11.0,
               std::size_t n = 32768) {
    Spectrum s;
    for (std::size_t i = 0; i < n; ++i) {
        const double ppm = toPpm - (toPpm - fromPpm) * double(i) / double(n - 1);
        double y = 0;
        for (double c : centres)
            y += lorentzian(ppm, c, 0.002);
        s.ppm.push_back(ppm);
        s.real.push_back(y);
    }
    return s;
}

} // namespace

TEST(Resample, UnitIntegralOnModelGrid) {
    const auto values = resampleToGrid(lines({1.0, 3.5, 7.26}));
    const PpmGrid grid = PpmGrid::model();
    ASSERT_EQ(values.size(), std::size_t(grid.points));
    EXPECT_NEAR(std::accumulate(values.begin(), values.end(), 0.0) * grid.stepPpm(), 1.0, 1e-12);
}

TEST(Resample, ZeroOutsideMeasuredWindowAndLinePreserved) {
    const auto values = resampleToGrid(lines({4.0}, 2.0, 8.0, 4096));
    const PpmGrid grid = PpmGrid::model();
    EXPECT_EQ(values[std::size_t(1.0 / grid.stepPpm())], 0.0);
    EXPECT_EQ(values[std::size_t(10.0 / grid.stepPpm())], 0.0);
    const std::size_t top =
        std::size_t(std::max_element(values.begin(), values.end()) - values.begin());
    EXPECT_NEAR(grid.ppmAt(top), 4.0, grid.stepPpm());
}

// Area preservation: three equal lines keep equal areas even when the source is 8x finer.
TEST(Resample, AreasOfEqualLinesStayEqual) {
    const auto values = resampleToGrid(lines({2.0, 5.0, 8.0}, -1.0, 11.0, 131072));
    const PpmGrid grid = PpmGrid::model();
    auto area = [&](double centre) {
        double sum = 0;
        for (int i = 0; i < grid.points; ++i)
            if (std::abs(grid.ppmAt(std::size_t(i)) - centre) < 0.5) sum += values[std::size_t(i)];
        return sum;
    };
    EXPECT_NEAR(area(2.0) / area(5.0), 1.0, 1e-3);
    EXPECT_NEAR(area(8.0) / area(5.0), 1.0, 1e-3);
}

TEST(Resample, NoPositiveAreaIsAnError) {
    Spectrum s = lines({4.0});
    for (double& y : s.real)
        y = -y;
    EXPECT_THROW(resampleToGrid(s), Error);
}

TEST(Baseline, RemovesSmoothPolynomialUnderLines) {
    Spectrum s = lines({1.2, 3.7, 7.26});
    auto clean = s.real;
    for (std::size_t i = 0; i < s.real.size(); ++i) {
        const double x = s.ppm[i] / 6.0 - 1.0;
        s.real[i] += 0.05 + 0.03 * x - 0.04 * x * x + 0.02 * x * x * x;
    }
    baselineCorrect(s);
    double worst = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        worst = std::max(worst, std::abs(s.real[i] - clean[i]));
    EXPECT_LT(worst, 0.01); // 1 % of the line height
}

// The arPLS weights come from the noise seen below the baseline: with noise of 0.1 % of the
// tallest line (as the bundled 60 MHz ibuprofen) an offset and a roll of a few per cent go, and
// the lines stay. (A steep rise in the last ppm, an e-fold within 1 ppm, is followed only about
// half-way: points above a smooth baseline look like signal to any asymmetric weighting.)
TEST(Baseline, RemovesAnOffsetAndARollUnderNoise) {
    Spectrum s = lines({1.2, 3.7, 7.26});
    const auto clean = s.real;
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, 1e-3);
    for (std::size_t i = 0; i < s.real.size(); ++i) {
        s.real[i] += 0.02 + 0.02 * std::sin(s.ppm[i] / 2.0) + noise(rng);
    }
    baselineCorrect(s);
    double worst = 0, sum = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i) {
        worst = std::max(worst, std::abs(s.real[i] - clean[i]));
        sum += s.real[i] - clean[i];
    }
    EXPECT_LT(worst, 0.008);                              // noise (±5 σ) plus under 0.3 %
    EXPECT_LT(std::abs(sum / double(s.real.size())), 5e-4); // no offset left: half a σ
}

TEST(Referencing, TmsMovedToZero) {
    Spectrum s = lines({0.013, 7.273});
    s.solvent = "CDCl3";
    const auto match = referenceAuto(s);
    ASSERT_TRUE(match);
    EXPECT_EQ(match->compound, "TMS");
    EXPECT_NEAR(match->shiftPpm, -0.013, 1e-4);
    EXPECT_NEAR(*peakPositionPpm(s, 7.2, 7.3), 7.26, 1e-4);
}

TEST(Referencing, ResidualSolventWhenNoTms) {
    Spectrum s = lines({2.52, 3.3});
    s.solvent = "DMSO-d6";
    const auto match = referenceAuto(s);
    ASSERT_TRUE(match);
    EXPECT_NEAR(*peakPositionPpm(s, 2.4, 2.6), 2.50, 1e-4);
}

TEST(Referencing, NothingIdentifiableLeavesAxis) {
    Spectrum s = lines({3.3});
    const auto before = s.ppm;
    EXPECT_FALSE(referenceAuto(s));
    EXPECT_EQ(s.ppm, before);
}

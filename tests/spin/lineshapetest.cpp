// The renderer against closed-form line shapes evaluated point by point.
#include "spin/lineshape.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace spinhance;

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kField = 90.0;

double lorentzPerPpm(double ppm, double centrePpm, double fwhmHz) {
    const double gamma = 0.5 * fwhmHz / kField, d = ppm - centrePpm;
    return gamma / (kPi * (d * d + gamma * gamma));
}

double gaussPerPpm(double ppm, double centrePpm, double fwhmHz) {
    const double sigma = fwhmHz / kField / (2 * std::sqrt(2 * std::log(2.0))), d = ppm - centrePpm;
    return std::exp(-0.5 * d * d / (sigma * sigma)) / (sigma * std::sqrt(2 * kPi));
}

std::vector<Stick> sticksAt(const std::vector<std::pair<double, double>>& ppmAndIntensity) {
    std::vector<Stick> sticks;
    for (auto [ppm, intensity] : ppmAndIntensity)
        sticks.push_back({ppm * kField, ppm, intensity});
    return sticks;
}

// Largest deviation from the closed form relative to the tallest point of the closed form.
double relativeError(const std::vector<double>& rendered, const PpmGrid& grid,
                     const std::vector<Stick>& sticks, double fwhmHz, double gaussFraction) {
    double worst = 0.0, peak = 0.0;
    std::vector<double> exact(rendered.size(), 0.0);
    for (std::size_t i = 0; i < rendered.size(); ++i) {
        for (const Stick& s : sticks)
            exact[i] += s.intensity *
                        ((1 - gaussFraction) * lorentzPerPpm(grid.ppmAt(i), s.shiftPpm, fwhmHz) +
                         gaussFraction * gaussPerPpm(grid.ppmAt(i), s.shiftPpm, fwhmHz));
        peak = std::max(peak, exact[i]);
    }
    for (std::size_t i = 0; i < rendered.size(); ++i)
        worst = std::max(worst, std::abs(rendered[i] - exact[i]));
    return worst / peak;
}

} // namespace

TEST(LineShape, MatchesClosedFormsOnTheModelGrid) {
    const PpmGrid grid = PpmGrid::model();
    const std::vector<Stick> sticks =
        sticksAt({{1.2345678, 3.0}, {7.26, 1.0}, {7.2613, 2.0}, {0.01, 1.0}, {11.99, 0.5}});
    struct Case {
        LineShape shape;
        double fwhmHz;
        double gaussFraction;
    };
    for (Case c : {Case{LineShape::Lorentzian, 1.0, 0.0}, Case{LineShape::Gaussian, 1.0, 1.0},
                   Case{LineShape::Voigt, 0.8, 0.3}, Case{LineShape::Lorentzian, 0.25, 0.0},
                   Case{LineShape::Gaussian, 0.05, 1.0}, Case{LineShape::Lorentzian, 4.0, 0.0},
                   Case{LineShape::Lorentzian, 0.02,
                        0.0} /* narrower than a grid step: summed directly */}) {
        LineShapeOptions options;
        options.shape = c.shape;
        options.linewidthHz = c.fwhmHz;
        options.gaussianFraction = 0.3;
        const std::vector<double> rendered = renderSpectrum(sticks, grid, kField, options);
        ASSERT_EQ(rendered.size(), std::size_t(grid.points));
        EXPECT_LT(relativeError(rendered, grid, sticks, c.fwhmHz, c.gaussFraction), 1e-6)
            << "shape " << int(c.shape) << " fwhm " << c.fwhmHz;
    }
}

TEST(LineShape, TailsFromFarOutsideANarrowWindowAreIncluded) {
    const PpmGrid window{6.9, 7.5, 2001};
    const std::vector<Stick> sticks =
        sticksAt({{1.0, 9.0}, {7.2, 1.0}, {7.45, 2.0}, {11.5, 3.0}, {-3.0, 1.0}});
    for (double fwhm : {1.0, 3.0}) {
        LineShapeOptions options;
        options.linewidthHz = fwhm;
        EXPECT_LT(relativeError(renderSpectrum(sticks, window, kField, options), window, sticks,
                                fwhm, 0.0),
                  1e-6);
    }
}

TEST(LineShape, AreaIsTheStickIntensityInPpm) {
    const PpmGrid grid = PpmGrid::model();
    const double centre = 4.0, gammaPpm = 0.5 / kField;
    const std::vector<double> y = renderSpectrum(sticksAt({{centre, 3.0}}), grid, kField, {});
    const double area = std::accumulate(y.begin(), y.end(), 0.0) * grid.stepPpm();
    // The part of a Lorentzian inside [0, 12] ppm, in closed form.
    const double inside =
        (std::atan((12 - centre) / gammaPpm) - std::atan((0 - centre) / gammaPpm)) / kPi;
    EXPECT_NEAR(area, 3.0 * inside, 1e-6);
}

TEST(LineShape, PeakSitsAtTheStick) {
    const PpmGrid grid{0.0, 12.0, 16384};
    const double centre = 3.3333333;
    const std::vector<double> y = renderSpectrum(sticksAt({{centre, 1.0}}), grid, kField, {});
    const std::size_t i = std::size_t(std::max_element(y.begin(), y.end()) - y.begin());
    // Parabolic interpolation through the three top points; a Lorentzian spans ~15 points here.
    const double offset = 0.5 * (y[i - 1] - y[i + 1]) / (y[i - 1] - 2 * y[i] + y[i + 1]);
    EXPECT_NEAR(grid.ppmAt(i) + offset * grid.stepPpm(), centre, 0.01 / kField);
    EXPECT_NEAR(y[i], lorentzPerPpm(grid.ppmAt(i), centre, 1.0), 1e-6 * y[i]);
}

TEST(LineShape, DecreasingGridIsTheMirrorImage) {
    const std::vector<Stick> sticks = sticksAt({{2.5, 1.0}, {2.52, 2.0}});
    const std::vector<double> up = renderSpectrum(sticks, {2.0, 3.0, 1001}, kField, {});
    const std::vector<double> down = renderSpectrum(sticks, {3.0, 2.0, 1001}, kField, {});
    for (std::size_t i = 0; i < up.size(); ++i)
        EXPECT_NEAR(up[i], down[up.size() - 1 - i], 1e-6 * 200);
}

TEST(LineShape, RejectsNonsenseArguments) {
    LineShapeOptions bad;
    bad.linewidthHz = 0.0;
    EXPECT_THROW(renderSpectrum({}, PpmGrid::model(), kField, bad), Error);
    EXPECT_THROW(renderSpectrum({}, {1.0, 1.0, 100}, kField, {}), Error);
    EXPECT_THROW(renderSpectrum({}, PpmGrid::model(), -1.0, {}), Error);
}

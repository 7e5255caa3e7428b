#include "fit/linerenderer.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

namespace spinhance {
namespace {

constexpr double kPi = 3.14159265358979323846;

// The worst deviation, relative to the peak, of one rendered 1 Hz Lorentzian from its closed form
// I·γ / (π((x − x₀)² + γ²)) (area I in ppm) on a 2001-point grid of `stepHz` at 60 MHz.
double worstDeviation(double stepHz) {
    const double fieldMHz = 60.0, stepPpm = stepHz / fieldMHz;
    const PpmGrid grid{1.0, 1.0 + 2000 * stepPpm, 2001};
    LineRenderer renderer(grid, fieldMHz);
    renderer.setShape(1.0, 0.0);
    const double centrePpm = grid.ppmAt(1000) + 0.37 * stepPpm, intensity = 2.0;
    renderer.setPositions({centrePpm * fieldMHz});
    std::vector<double> out(std::size_t(grid.points));
    renderer.render(&intensity, nullptr, LineKernel::Line, out.data());
    const double gammaPpm = 0.5 / fieldMHz, peak = intensity / (kPi * gammaPpm);
    double worst = 0.0;
    for (int i = 0; i < grid.points; ++i) {
        const double x = grid.ppmAt(std::size_t(i)) - centrePpm;
        const double exact = intensity * gammaPpm / (kPi * (x * x + gammaPpm * gammaPpm));
        worst = std::max(worst, std::abs(out[std::size_t(i)] - exact) / peak);
    }
    return worst;
}

// A line narrower than the grid's points is rendered on an r times finer grid
// (r = ceil(5.2 / HWHM in points)) and read at every r-th point: r = 1, 2, 3, 11 and 16 must all
// give the closed form. What is left (2e-5 of the peak at most, on the narrowest grid) is the
// tails the periodic transform wraps around.
TEST(LineRenderer, ALineOnAFinerGridMatchesTheLorentzianClosedForm) {
    for (double stepHz : {0.05, 0.15, 0.25, 1.0, 2.0})
        EXPECT_LT(worstDeviation(stepHz), 3e-5) << stepHz << " Hz per point";
}

} // namespace
} // namespace spinhance

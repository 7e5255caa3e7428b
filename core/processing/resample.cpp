#include "processing/resample.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

// Cumulative trapezoid integral over ascending ppm, so a cell's mean is a difference of two
// interpolated values.
struct Cumulative {
    std::vector<double> x, area, y;

    explicit Cumulative(const Spectrum& s) {
        const std::size_t n = std::min(s.ppm.size(), s.real.size());
        std::vector<std::size_t> order(n);
        for (std::size_t i = 0; i < n; ++i)
            order[i] = i;
        if (n > 1 && s.ppm.front() > s.ppm.back()) std::reverse(order.begin(), order.end());
        x.reserve(n), y.reserve(n), area.reserve(n);
        for (std::size_t k : order)
            x.push_back(s.ppm[k]), y.push_back(s.real[k]);
        area.push_back(0.0);
        for (std::size_t i = 1; i < n; ++i)
            area.push_back(area.back() + 0.5 * (y[i] + y[i - 1]) * (x[i] - x[i - 1]));
    }
    double at(double ppm) const {
        const std::size_t i = std::size_t(std::upper_bound(x.begin(), x.end(), ppm) - x.begin());
        if (i == 0) return 0.0;
        if (i >= x.size()) return area.back();
        const double t = ppm - x[i - 1], width = x[i] - x[i - 1];
        const double slope = width > 0 ? (y[i] - y[i - 1]) / width : 0.0;
        return area[i - 1] + t * (y[i - 1] + 0.5 * slope * t);
    }
};

} // namespace

std::vector<double> resampleToGrid(const Spectrum& s, const PpmGrid& grid) {
    std::vector<double> values(std::size_t(std::max(grid.points, 0)), 0.0);
    if (s.ppm.size() < 2 || grid.points < 2)
        throw Error(ErrorCode::InvalidArgument, "resampling needs at least 2 measured points",
                    {s.origin.path, 0, {}});
    const Cumulative cumulative(s);
    const double step = grid.stepPpm(), low = cumulative.x.front(), high = cumulative.x.back();
    double sum = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double centre = grid.ppmAt(i);
        if (centre < low || centre > high) continue;
        const double from = std::max(low, centre - step / 2),
                     to = std::min(high, centre + step / 2);
        values[i] = to > from ? (cumulative.at(to) - cumulative.at(from)) / (to - from) : 0.0;
        sum += values[i];
    }
    if (!(sum * step > 0))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a positive area inside the grid window, found none",
                    {s.origin.path, 0, "real"});
    for (double& v : values)
        v /= sum * step;
    return values;
}

} // namespace spinhance

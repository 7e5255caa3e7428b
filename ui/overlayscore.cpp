#include "overlayscore.h"

#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

double interpolated(const DisplayTrace& trace, double ppm) {
    const auto& x = trace.ppm;
    if (x.empty() || ppm < x.front() || ppm > x.back()) return 0.0;
    const std::size_t k = std::size_t(std::lower_bound(x.begin(), x.end(), ppm) - x.begin());
    if (k == 0) return trace.intensity.front();
    const double t = (ppm - x[k - 1]) / (x[k] - x[k - 1]);
    return trace.intensity[k - 1] + t * (trace.intensity[k] - trace.intensity[k - 1]);
}

} // namespace

double overlayCosine(const Overlay& overlay, const DisplayTrace& measured) {
    double dot = 0.0, simulated = 0.0, observed = 0.0;
    for (std::size_t i = 0; i < overlay.total.size(); ++i) {
        const double y = interpolated(measured, overlay.grid.ppmAt(i));
        dot += y * overlay.total[i];
        simulated += overlay.total[i] * overlay.total[i];
        observed += y * y;
    }
    if (simulated <= 0.0 || observed <= 0.0) return 0.0;
    return dot / std::sqrt(simulated * observed);
}

} // namespace spinhance::ui

#include "overlaybuilder.h"

#include "spin/couplinggraph.h"

#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

double interpolate(const DisplayTrace& trace, double ppm) {
    const auto it = std::lower_bound(trace.ppm.begin(), trace.ppm.end(), ppm);
    if (it == trace.ppm.begin()) return trace.intensity.front();
    if (it == trace.ppm.end()) return trace.intensity.back();
    const std::size_t k = std::size_t(it - trace.ppm.begin());
    const double x0 = trace.ppm[k - 1], x1 = trace.ppm[k];
    const double t = x1 > x0 ? (ppm - x0) / (x1 - x0) : 0.0;
    return trace.intensity[k - 1] * (1.0 - t) + trace.intensity[k] * t;
}

double leastSquaresScale(const std::vector<double>& total, const DisplayTrace& measured,
                         const PpmGrid& grid) {
    double cross = 0.0, norm = 0.0;
    for (std::size_t i = 0; i < total.size(); ++i) {
        cross += total[i] * interpolate(measured, grid.ppmAt(i));
        norm += total[i] * total[i];
    }
    return norm > 0.0 && cross > 0.0 ? cross / norm : 1.0;
}

} // namespace

PpmGrid OverlayBuilder::displayGrid(const DisplayTrace& measured) {
    if (measured.ppm.size() < 2) return PpmGrid::model();
    const int points = int(std::min<std::size_t>(measured.ppm.size(), 16384));
    return {measured.ppm.front(), measured.ppm.back(), points};
}

std::size_t OverlayBuilder::owningGroup(const SpinSystem& system, double stickPpm) {
    std::size_t best = 0;
    for (std::size_t g = 1; g < system.size(); ++g)
        if (std::abs(system.group(g).shiftPpm - stickPpm) <
            std::abs(system.group(best).shiftPpm - stickPpm))
            best = g;
    return best;
}

Overlay OverlayBuilder::build(const SpinSystem& system, const DisplayTrace& measured,
                              double fieldMHz) const {
    const double field = fieldMHz > 0.0 ? fieldMHz : kModelFieldMHz;
    Overlay overlay;
    overlay.grid = displayGrid(measured);
    const std::vector<Stick> sticks = m_services.simulateSticks(system, field);
    std::vector<std::vector<Stick>> perGroup(system.size());
    for (const Stick& stick : sticks)
        if (!system.empty()) perGroup[owningGroup(system, stick.shiftPpm)].push_back(stick);
    const LineShapeOptions shape;
    bool anyBroad = false;
    for (std::size_t g = 0; g < perGroup.size(); ++g) {
        // An exchanging NH/OH group's line is as wide as the fit found it (SpinGroup); a coupled
        // group keeps the common line, as in the fit.
        LineShapeOptions groupShape = shape;
        const bool broad = hasOwnLineWidth(system, g);
        if (broad) groupShape.linewidthHz += system.group(g).extraWidthHz;
        anyBroad = anyBroad || broad;
        overlay.groups.push_back(
            m_services.renderSpectrum(perGroup[g], overlay.grid, field, groupShape));
    }
    if (anyBroad) {
        overlay.total.assign(std::size_t(overlay.grid.points), 0.0);
        for (const std::vector<double>& curve : overlay.groups)
            for (std::size_t i = 0; i < curve.size() && i < overlay.total.size(); ++i)
                overlay.total[i] += curve[i];
    } else {
        overlay.total = m_services.renderSpectrum(sticks, overlay.grid, field, shape);
    }
    const double scale = leastSquaresScale(overlay.total, measured, overlay.grid);
    for (double& v : overlay.total)
        v *= scale;
    for (std::vector<double>& curve : overlay.groups)
        for (double& v : curve)
            v *= scale;
    return overlay;
}

} // namespace spinhance::ui

#include "fit/broadlines.h"

#include <algorithm>

namespace spinhance {

std::vector<BroadLine> broadLines(const ParameterSet& params,
                                  const std::vector<std::size_t>& singletGroups) {
    std::vector<BroadLine> out;
    for (std::size_t p : params.groupWidths()) {
        const std::size_t group = params.all()[p].groups.front();
        const auto at = std::find(singletGroups.begin(), singletGroups.end(), group);
        if (at != singletGroups.end())
            out.push_back({std::size_t(at - singletGroups.begin()), group, p});
    }
    return out;
}

std::size_t addBroadLines(const ParameterSet& params, const std::vector<BroadLine>& lines,
                          LineRenderer& renderer, double fieldMHz, double extraBroadeningHz,
                          const BroadLineRender& what, double* out) {
    const double linewidthHz = params.valueOf(ParameterKind::Linewidth) + extraBroadeningHz;
    const double phaseRad = params.valueOf(ParameterKind::Phase);
    const SpinSystem system = params.system();
    std::vector<double> curve(std::size_t(renderer.grid().points));
    std::size_t fftPoints = 0;
    for (const BroadLine& line : lines) {
        if (what.onlyWidthParameter && *what.onlyWidthParameter != line.widthParameter) continue;
        if (what.positionOfGroup && *what.positionOfGroup != line.group) continue;
        const SpinGroup& group = system.group(line.group);
        renderer.setShape(linewidthHz + params.all()[line.widthParameter].value, phaseRad);
        renderer.setPositions({group.shiftPpm * fieldMHz});
        const double protons = double(group.protonCount);
        const double hzPerPpm = protons * fieldMHz;
        renderer.render(what.positionOfGroup ? nullptr : &protons,
                        what.positionOfGroup ? &hzPerPpm : nullptr, what.kernel, curve.data());
        for (std::size_t i = 0; i < curve.size(); ++i)
            out[i] += curve[i];
        fftPoints += renderer.fftLength();
    }
    return fftPoints;
}

} // namespace spinhance

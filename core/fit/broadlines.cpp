#include "fit/broadlines.h"

#include <algorithm>

namespace spinhance {

std::vector<BroadGroupLine> broadGroupLines(const ParameterSet& params,
                                            const std::vector<std::size_t>& singletGroups) {
    std::vector<BroadGroupLine> out;
    const std::vector<ModelParameter>& all = params.all();
    for (std::size_t p : params.groupWidths()) {
        const std::size_t group = all[p].groups.front();
        const auto at = std::find(singletGroups.begin(), singletGroups.end(), group);
        const auto shift = std::find_if(all.begin(), all.end(), [group](const ModelParameter& m) {
            return m.kind == ParameterKind::Shift &&
                   std::find(m.groups.begin(), m.groups.end(), group) != m.groups.end();
        });
        if (at != singletGroups.end() && shift != all.end())
            out.push_back({std::size_t(at - singletGroups.begin()), group, p,
                           std::size_t(shift - all.begin())});
    }
    return out;
}

std::size_t addBroadLines(const ParameterSet& params, const std::vector<BroadGroupLine>& lines,
                          LineRenderer& renderer, double fieldMHz, double extraBroadeningHz,
                          const BroadLineRender& what, double* out) {
    const double linewidthHz = params.valueOf(ParameterKind::Linewidth) + extraBroadeningHz;
    const double phaseRad = params.valueOf(ParameterKind::Phase);
    std::vector<double> curve(std::size_t(renderer.grid().points));
    std::size_t fftPoints = 0;
    for (const BroadGroupLine& line : lines) {
        if (what.onlyWidthParameter && *what.onlyWidthParameter != line.widthParameter) continue;
        if (what.positionOfGroup && *what.positionOfGroup != line.group) continue;
        renderer.setShape(linewidthHz + params.all()[line.widthParameter].value, phaseRad);
        renderer.setPositions({params.all()[line.shiftParameter].value * fieldMHz});
        const double protons = double(params.start().group(line.group).protonCount);
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

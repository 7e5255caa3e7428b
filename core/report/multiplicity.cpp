#include "report/multiplicity.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

struct Splitting {
    double couplingHz = 0.0; ///< |J|
    int protonCount = 0;     ///< coupled protons sharing this J
};

bool isSecondOrder(const SpinSystem& system, std::size_t i, std::size_t j,
                   const MultiplicityOptions& options) {
    const double deltaHz =
        std::abs(system.group(i).shiftPpm - system.group(j).shiftPpm) * options.fieldMHz;
    return deltaHz < options.firstOrderRatio * std::abs(system.couplingHz(i, j));
}

// Partners with (nearly) equal |J| act as one set of equivalent protons: a CH2 between a CH3 and a
// CH2 with one common J is a sextet, not a qt.
std::vector<Splitting> mergeSplittings(std::vector<Splitting> raw, double toleranceHz) {
    std::sort(raw.begin(), raw.end(),
              [](const Splitting& a, const Splitting& b) { return a.couplingHz > b.couplingHz; });
    std::vector<Splitting> merged;
    for (const Splitting& s : raw) {
        if (!merged.empty() && merged.back().couplingHz - s.couplingHz < toleranceHz)
            merged.back().protonCount += s.protonCount;
        else
            merged.push_back(s);
    }
    return merged;
}

char letterFor(int protonCount) {
    switch (protonCount) {
    case 1:
        return 'd';
    case 2:
        return 't';
    case 3:
        return 'q';
    default:
        return 0;
    }
}

Multiplicity secondOrder() {
    return {"m", {}};
}

} // namespace

Multiplicity describeMultiplicity(const SpinSystem& system, std::size_t index,
                                  const MultiplicityOptions& options) {
    if (index >= system.size())
        throw Error(ErrorCode::InvalidArgument, "expected a group index below " +
                                                    std::to_string(system.size()) + ", found " +
                                                    std::to_string(index));
    std::vector<Splitting> raw;
    for (std::size_t j = 0; j < system.size(); ++j) {
        if (j == index || std::abs(system.couplingHz(index, j)) < options.minCouplingHz) continue;
        if (isSecondOrder(system, index, j, options)) return secondOrder();
        raw.push_back({std::abs(system.couplingHz(index, j)), system.group(j).protonCount});
    }
    const std::vector<Splitting> splittings =
        mergeSplittings(std::move(raw), options.equalCouplingToleranceHz);
    if (splittings.empty()) // an exchanging NH/OH/COOH proton's broad line (SpinGroup)
        return {system.group(index).extraWidthHz > 0.0 ? "br s" : "s", {}};
    if (splittings.size() > 3) return secondOrder();
    Multiplicity result;
    for (const Splitting& s : splittings) {
        const char letter = letterFor(s.protonCount);
        if (!letter) return secondOrder();
        result.label += letter;
        result.couplingsHz.push_back(s.couplingHz);
    }
    return result;
}

} // namespace spinhance

#include "analysis/oddregions.h"

#include <algorithm>

namespace spinhance::analysis {

namespace {

// Whether regions a and b (a below b) touch: one span cut into two multiplets.
bool touching(const SignalRegion& a, const SignalRegion& b) {
    return b.firstIndex <= a.lastIndex + 2;
}

// Region a (and its reading) widened over region b, its neighbour above.
void mergeInto(Evidence& e, std::size_t a, std::size_t b) {
    SignalRegion& low = e.regions[a];
    const SignalRegion& high = e.regions[b];
    const double total = low.integral + high.integral;
    if (total > 0.0)
        low.centroidPpm =
            (low.centroidPpm * low.integral + high.centroidPpm * high.integral) / total;
    low.integral = total;
    low.lastIndex = high.lastIndex;
    low.toPpm = high.toPpm;
    low.maxHeight = std::max(low.maxHeight, high.maxHeight);
    e.multiplets[a].lines += e.multiplets[b].lines;
    e.multiplets[a].centrePpm = low.centroidPpm;
    e.multiplets[a].widthHz = (low.toPpm - low.fromPpm) * e.fieldMHz;
    e.regionProtons[a] += e.regionProtons[b];
    e.regions.erase(e.regions.begin() + long(b));
    e.multiplets.erase(e.multiplets.begin() + long(b));
    e.regionProtons.erase(e.regionProtons.begin() + long(b));
}

} // namespace

Evidence oddNeighboursJoined(Evidence e) {
    if (e.multiplets.size() != e.regions.size() || e.regionProtons.size() != e.regions.size())
        return e;
    for (std::size_t r = 0; r + 1 < e.regions.size();)
        if (e.regionProtons[r] % 2 != 0 && e.regionProtons[r + 1] % 2 != 0 &&
            touching(e.regions[r], e.regions[r + 1]))
            mergeInto(e, r, r + 1);
        else
            ++r;
    return e;
}

} // namespace spinhance::analysis

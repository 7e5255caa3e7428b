#include "analysis/broadsinglets.h"

#include "analysis/proposals.h"
#include "spin/couplinggraph.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

constexpr int kMostExchangeableProtons = 3; // an OH, NH, NH2 or NH3+ line
constexpr double kWidthRatio = 3.0;         // a broad line is this many sharp widths wide …
constexpr double kWidthExcessHz = 5.0;      // … and this much wider
constexpr double kHumpShare = 0.8; // a hump with lines on its flank: its share of the region's area

bool aloneInRegion(const SpinSystem& system, std::size_t g, const Evidence& evidence, int r) {
    for (std::size_t j = 0; j < system.size(); ++j)
        if (j != g && regionOf(evidence, system.group(j).shiftPpm) == r) return false;
    return true;
}

} // namespace

bool isBroadLine(const Evidence& evidence, double widthHz) {
    const double sharpHz = evidence.typicalFwhmHz;
    return widthHz > std::max(kWidthRatio * sharpHz, sharpHz + kWidthExcessHz);
}

namespace {

// broadLineExtraHz of multiplet region `r`.
double regionBroadLineExtraHz(const Evidence& evidence, std::size_t r) {
    if (r >= evidence.multiplets.size()) return 0.0;
    const MultipletReading& m = evidence.multiplets[r];
    // A broad hump with a few sharp lines on its flank (a CH3's 13C satellites on a water hump at
    // 500 MHz) is still one broad line when it holds nearly all the region's area.
    const double widthHz = m.lorentzianWidthHz > 0.0                ? m.lorentzianWidthHz
                           : m.tallestLorentzianShare >= kHumpShare ? m.tallestLorentzianWidthHz
                                                                    : 0.0;
    return isBroadLine(evidence, widthHz) ? widthHz - evidence.typicalFwhmHz : 0.0;
}

} // namespace

double broadLineExtraHz(const Evidence& evidence, double shiftPpm) {
    const int r = regionOf(evidence, shiftPpm);
    return r < 0 ? 0.0 : regionBroadLineExtraHz(evidence, std::size_t(r));
}

bool readsAsExchangeableLine(const Evidence& evidence, std::size_t r) {
    return r < evidence.regions.size() && r < evidence.regionProtons.size() &&
           evidence.regionProtons[r] <= kMostExchangeableProtons &&
           regionBroadLineExtraHz(evidence, r) > 0.0;
}

SpinSystem withBroadSingletsMarked(const SpinSystem& system, const Evidence& evidence) {
    SpinSystem out = system;
    for (std::size_t g = 0; g < out.size(); ++g) {
        const int r = regionOf(evidence, out.group(g).shiftPpm);
        if (r < 0 || out.group(g).protonCount > kMostExchangeableProtons || !isUncoupled(out, g) ||
            !aloneInRegion(out, g, evidence, r))
            continue;
        const double extraHz = broadLineExtraHz(evidence, out.group(g).shiftPpm);
        if (extraHz > 0.0) out.group(g).extraWidthHz = extraHz;
    }
    return out;
}

} // namespace spinhance::analysis

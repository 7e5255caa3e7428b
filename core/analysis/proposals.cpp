#include "analysis/proposals.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::analysis {

namespace {

constexpr double kAromaticFromPpm = 6.0;
// Monosubstituted benzene as three composite groups (ortho 2 H, meta 2 H, para 1 H): typical
// ring couplings (Pretsch, Structure Determination of Organic Compounds, ¹H tables, benzene).
constexpr double kOrthoMetaHz = 7.6, kMetaParaHz = 7.4, kOrthoParaHz = 1.2;

// ppm at which the region's cumulative positive area reaches `fraction` of the total.
double quantilePpm(const FitData& data, const SignalRegion& region, double fraction) {
    double total = 0.0;
    for (std::size_t i = region.firstIndex; i <= region.lastIndex; ++i) total += std::max(0.0, data.intensity[i]) * data.weight[i];
    double running = 0.0;
    for (std::size_t i = region.firstIndex; i <= region.lastIndex; ++i) {
        running += std::max(0.0, data.intensity[i]) * data.weight[i];
        if (running >= fraction * total) return data.grid.ppmAt(i);
    }
    return region.toPpm;
}

LineModel startLine(const Evidence& evidence) {
    LineModel line;
    line.linewidthHz = evidence.typicalFwhmHz;
    return line;
}

// Groups of one region at its quantiles; returns their indices in `system`.
std::vector<std::size_t> addRegionGroups(SpinSystem& system, const FitData& data, const Evidence& evidence,
                                         std::size_t r, const std::vector<int>& sizes) {
    std::vector<std::size_t> added;
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    int before = 0;
    for (int size : sizes) {
        // Descending shift inside the region: the first group takes the high-ppm end.
        const double fraction = 1.0 - (before + 0.5 * size) / double(total);
        const double ppm = sizes.size() == 1 ? evidence.multiplets[r].centrePpm : quantilePpm(data, evidence.regions[r], fraction);
        added.push_back(system.addGroup(ppm, size));
        before += size;
    }
    return added;
}

} // namespace

SpinSystem relabelByShift(const SpinSystem& system) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return system.group(a).shiftPpm > system.group(b).shiftPpm;
    });
    SpinSystem out;
    out.id = system.id;
    out.smiles = system.smiles;
    for (std::size_t k : order) out.addGroup(system.group(k).shiftPpm, system.group(k).protonCount);
    for (std::size_t a = 0; a < order.size(); ++a)
        for (std::size_t b = a + 1; b < order.size(); ++b)
            if (system.couplingHz(order[a], order[b]) != 0.0) out.setCouplingHz(a, b, system.couplingHz(order[a], order[b]));
    return out;
}

int regionOf(const Evidence& evidence, double shiftPpm) {
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (shiftPpm >= evidence.regions[r].fromPpm && shiftPpm <= evidence.regions[r].toPpm) return int(r);
    return -1;
}

std::vector<Hypothesis> multipletProposals(const FitData& data, const Evidence& evidence) {
    SpinSystem base;
    std::vector<std::size_t> aromaticRegions;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        const int protons = evidence.regionProtons[r];
        if (protons == 5 && evidence.regions[r].centroidPpm > kAromaticFromPpm) {
            aromaticRegions.push_back(r);
            continue;
        }
        addRegionGroups(base, data, evidence, r, splitIntoGroups(protons));
    }
    std::vector<Hypothesis> out;
    // Each aromatic region: three choices of where the lone para proton sits (high, middle, low).
    const std::vector<std::vector<int>> ringOrders = {{1, 2, 2}, {2, 1, 2}, {2, 2, 1}};
    const std::size_t variants = aromaticRegions.empty() ? 1 : ringOrders.size();
    for (std::size_t v = 0; v < variants; ++v) {
        SpinSystem system = base;
        for (std::size_t r : aromaticRegions) {
            const std::vector<std::size_t> g = addRegionGroups(system, data, evidence, r, ringOrders[v]);
            std::size_t para = 0, ortho = 0, meta = 0;
            for (std::size_t k = 0; k < 3; ++k)
                if (ringOrders[v][k] == 1) para = g[k];
            std::vector<std::size_t> pairs;
            for (std::size_t k = 0; k < 3; ++k)
                if (g[k] != para) pairs.push_back(g[k]);
            ortho = pairs[v == 0 ? 1 : 0]; // the ortho protons sit farther from the para one
            meta = pairs[v == 0 ? 0 : 1];
            system.setCouplingHz(ortho, meta, kOrthoMetaHz);
            system.setCouplingHz(meta, para, kMetaParaHz);
            system.setCouplingHz(ortho, para, kOrthoParaHz);
        }
        out.push_back({relabelByShift(system), startLine(evidence), "multiplets"});
    }
    return out;
}

std::vector<Hypothesis> modelProposals(const Prediction& prediction, const Evidence& evidence) {
    std::vector<Hypothesis> out;
    if (prediction.system.empty()) return out;
    out.push_back({relabelByShift(prediction.system), startLine(evidence), "model"});
    if (prediction.system.size() < 2) return out;
    const auto least = std::min_element(prediction.groupConfidence.begin(), prediction.groupConfidence.end());
    SpinSystem fewer = prediction.system;
    fewer.removeGroup(std::size_t(least - prediction.groupConfidence.begin()));
    out.push_back({relabelByShift(fewer), startLine(evidence), "model, least certain group dropped"});
    return out;
}

} // namespace spinhance::analysis

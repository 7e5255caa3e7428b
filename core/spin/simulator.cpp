#include "spin/simulator.h"

#include "common/error.h"
#include "spin/clustersimulator.h"
#include "spin/couplinggraph.h"
#include "spin/spinlimits.h"
#include "spin/spinsystemjson.h"
#include "spin/stickmerge.h"

#include <cmath>

namespace spinhance {

namespace {

// Frame at the cluster's mean shift keeps eigenvalues small, so positions stay exact to ~1e-12 Hz.
SpinCluster clusterOf(const SpinSystem& system, const std::vector<std::size_t>& members,
                      double fieldMHz, double& frameHz) {
    SpinCluster cluster;
    frameHz = 0.0;
    for (std::size_t g : members)
        frameHz += system.group(g).shiftPpm * fieldMHz / double(members.size());
    for (std::size_t g : members) {
        cluster.shiftHz.push_back(system.group(g).shiftPpm * fieldMHz - frameHz);
        cluster.protonCount.push_back(system.group(g).protonCount);
        for (std::size_t h : members)
            cluster.couplingHz.push_back(system.couplingHz(g, h));
    }
    return cluster;
}

void checkOptions(const SimulationOptions& options) {
    if (!(options.fieldMHz > 0.0) || !std::isfinite(options.fieldMHz))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a positive spectrometer field in MHz, found " +
                        std::to_string(options.fieldMHz),
                    {"", 0, "fieldMHz"});
}

} // namespace

std::vector<int> weakCouplingSubclusters(const SpinSystem& system,
                                         const std::vector<std::size_t>& members, double fieldMHz,
                                         double toleranceHz, double maxRatio) {
    if (!(toleranceHz > 0.0) || !(maxRatio > 0.0)) return std::vector<int>(members.size(), 0);
    double frameHz = 0.0;
    SpinCluster cluster = clusterOf(system, members, fieldMHz, frameHz);
    assignSubclusters(cluster, toleranceHz, maxRatio);
    return cluster.subcluster;
}

std::vector<Stick> simulateSticks(const SpinSystem& system, const SimulationOptions& options) {
    checkOptions(options);
    validate(system);
    std::vector<Stick> sticks;
    for (const std::vector<std::size_t>& members : couplingComponents(system)) {
        if (members.size() == 1) {
            const SpinGroup& g = system.group(members.front());
            sticks.push_back({g.shiftPpm * options.fieldMHz, 0.0, double(g.protonCount)});
            continue;
        }
        double frameHz = 0.0;
        const std::size_t first = sticks.size();
        SpinCluster cluster = clusterOf(system, members, options.fieldMHz, frameHz);
        assignSubclusters(cluster, options.weakCouplingToleranceHz, options.weakCouplingMaxRatio);
        // Far below the final relative cutoff (the strongest line of any system is >= ~1e-3 H).
        simulateCluster(cluster, sticks, 1e-3 * options.relativeCutoff,
                        describeCluster(system, members));
        for (std::size_t i = first; i < sticks.size(); ++i)
            sticks[i].frequencyHz += frameHz;
    }
    mergeSticks(sticks, options.mergeToleranceHz, options.relativeCutoff);
    for (Stick& s : sticks)
        s.shiftPpm = s.frequencyHz / options.fieldMHz;
    return sticks;
}

} // namespace spinhance

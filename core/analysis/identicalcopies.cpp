#include "analysis/identicalcopies.h"

#include "analysis/proposals.h"
#include "dataset/validation.h"

#include <numeric>
#include <vector>

namespace spinhance::analysis {

namespace {

// Cluster index of every group (groups linked by a non-zero J share one).
std::vector<std::size_t> clustersOf(const SpinSystem& s) {
    std::vector<std::size_t> cluster(s.size());
    std::iota(cluster.begin(), cluster.end(), std::size_t(0));
    auto root = [&](std::size_t g) {
        while (cluster[g] != g)
            g = cluster[g] = cluster[cluster[g]];
        return g;
    };
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0) cluster[root(j)] = root(i);
    for (std::size_t g = 0; g < s.size(); ++g)
        cluster[g] = root(g);
    return cluster;
}

bool coupled(const SpinSystem& s, std::size_t g) {
    for (std::size_t h = 0; h < s.size(); ++h)
        if (h != g && s.couplingHz(g, h) != 0.0) return true;
    return false;
}

} // namespace

int copiesForTotal(const SpinSystem& system, int totalProtons) {
    const int held = system.protonCount();
    if (totalProtons <= 0 || held <= 0 || totalProtons % held != 0) return 1;
    const int copies = totalProtons / held;
    return copies == 2 || copies == 3 ? copies : 1;
}

SpinSystem withIdenticalCopies(const SpinSystem& system, int copies) {
    SpinSystem out = system;
    if (copies < 2) return out;
    const std::vector<std::size_t> cluster = clustersOf(system);
    std::vector<std::size_t> repeated; // groups of `system` whose copies are new groups
    for (std::size_t g = 0; g < system.size(); ++g) {
        const int more = system.group(g).protonCount * copies;
        if (!coupled(system, g) && inDegeneracyVocabulary(more))
            out.group(g).protonCount = more;
        else
            repeated.push_back(g);
    }
    for (int copy = 1; copy < copies; ++copy) {
        std::vector<std::size_t> indexOf(system.size(), 0);
        for (std::size_t g : repeated)
            indexOf[g] = out.addGroup(system.group(g).shiftPpm, system.group(g).protonCount);
        for (std::size_t a : repeated)
            for (std::size_t b : repeated)
                if (a < b && cluster[a] == cluster[b] && system.couplingHz(a, b) != 0.0)
                    out.setCouplingHz(indexOf[a], indexOf[b], system.couplingHz(a, b));
    }
    return relabelByShift(out);
}

} // namespace spinhance::analysis

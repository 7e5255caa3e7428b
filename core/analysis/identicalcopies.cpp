#include "analysis/identicalcopies.h"

#include "analysis/proposals.h"
#include "dataset/validation.h"

#include <algorithm>
#include <numeric>
#include <string>
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

namespace {

// `system` as `copies` fragments, labels by position; `copyIndex[c][g]` is the index of group g's
// copy c (copy 0: g itself), or g where the group was not repeated but took the protons.
SpinSystem copiesByPosition(const SpinSystem& system, int copies,
                            std::vector<std::vector<std::size_t>>& copyIndex) {
    SpinSystem out = system;
    std::vector<std::size_t> identity(system.size());
    std::iota(identity.begin(), identity.end(), std::size_t(0));
    copyIndex.assign(std::size_t(std::max(1, copies)), identity);
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
    for (std::size_t copy = 1; copy < std::size_t(copies); ++copy) {
        std::vector<std::size_t>& indexOf = copyIndex[copy];
        for (std::size_t g : repeated)
            indexOf[g] = out.addGroup(system.group(g).shiftPpm, system.group(g).protonCount);
        for (std::size_t a : repeated)
            for (std::size_t b : repeated)
                if (a < b && cluster[a] == cluster[b] && system.couplingHz(a, b) != 0.0)
                    out.setCouplingHz(indexOf[a], indexOf[b], system.couplingHz(a, b));
    }
    return out;
}

} // namespace

SpinSystem withIdenticalCopies(const SpinSystem& system, int copies) {
    std::vector<std::vector<std::size_t>> copyIndex;
    return relabelByShift(copiesByPosition(system, copies, copyIndex));
}

TemplateStart identicalCopiesOf(const SpinSystem& system, const std::vector<std::string>& held,
                                int copies) {
    std::vector<std::vector<std::size_t>> copyIndex;
    TemplateStart out{copiesByPosition(system, copies, copyIndex), {}};
    for (const std::string& pair : held) {
        std::size_t a = 0, b = 0;
        if (!indicesOf(system, pair, a, b)) continue;
        for (const std::vector<std::size_t>& indexOf : copyIndex)
            if (out.system.couplingHz(indexOf[a], indexOf[b]) != 0.0)
                out.held.push_back({indexOf[a], indexOf[b]});
    }
    return out;
}

} // namespace spinhance::analysis

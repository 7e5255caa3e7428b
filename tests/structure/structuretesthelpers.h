#pragma once

#include "structure/structure.h"

#include <algorithm>
#include <string>
#include <vector>

namespace spinhance::test {

/// Index of the group labelled `label`, or -1.
inline int groupIndex(const StructureSpin& spin, const std::string& label) {
    return spin.system.indexOfLabel(label);
}

/// Proton counts of all groups, sorted.
inline std::vector<int> sortedCounts(const SpinSystem& system) {
    std::vector<int> counts;
    for (const SpinGroup& g : system.groups())
        counts.push_back(g.protonCount);
    std::sort(counts.begin(), counts.end());
    return counts;
}

/// Index of the group on heavy atom `atom` (0-based) that is not exchangeable, or -1.
inline int groupOnAtom(const StructureSpin& spin, int atom) {
    for (std::size_t g = 0; g < spin.info.size(); ++g) {
        const auto& atoms = spin.info[g].atomIndices;
        if (std::find(atoms.begin(), atoms.end(), atom) != atoms.end()) return int(g);
    }
    return -1;
}

} // namespace spinhance::test

#pragma once

#include "structure/structure.h"

#include <string>
#include <vector>

namespace spinhance::test {

/// How one predicted spin system compares with a literature one. Groups are matched one to one
/// by the assignment that minimises Σ Δδ² (+1 per proton-count mismatch), ties between
/// groups of equal shift settled by the couplings; exchangeable groups of the prediction are
/// left out (the literature set omits OH/NH).
struct MoleculeScore {
    std::string id;
    bool countsRight = false; ///< same number of groups and the same proton counts
    int matchedGroups = 0;
    double shiftAbsSumPpm = 0.0;
    double vicinalAbsSumHz = 0.0; ///< over literature couplings matched to a predicted ³J
    int vicinalCount = 0;
    double couplingAbsSumHz = 0.0; ///< over all literature couplings
    int couplingCount = 0;
};

MoleculeScore scoreAgainst(const StructureSpin& predicted, const SpinSystem& truth);

/// Sums over molecules.
struct SetScore {
    int molecules = 0;
    int countsRight = 0;
    double shiftMaePpm = 0.0;
    double vicinalMaeHz = 0.0;
    double couplingMaeHz = 0.0;
};

SetScore summarise(const std::vector<MoleculeScore>& scores);

} // namespace spinhance::test

#pragma once

#include <vector>

namespace RDKit {
class ROMol;
}

namespace spinhance::structure {

/// One group of magnetically equivalent protons (atom indices of the explicit hydrogens).
struct ProtonGroup {
    std::vector<int> hydrogens;
    int chemicalClass = 0; ///< groups split from one symmetry class share it
    bool diastereotopic = false;
};

/// Proton-level input: the explicit hydrogens, their shifts and their couplings (row-major).
struct ProtonTable {
    std::vector<int> hydrogens;
    std::vector<double> shiftPpm;
    std::vector<double> couplingHz; ///< hydrogens.size()² entries
};

/// Groups the protons of `mol` (hydrogens explicit): classes of equal canonical rank (ties kept,
/// so homotopic and enantiotopic protons fall together), the two protons of a prochiral CH2
/// within three bonds of a stereocentre apart (diastereotopic), protons of one class with
/// different predicted shifts apart (cis/trans =CH2), then each class split until every member of
/// a group couples equally to every proton outside it (magnetic equivalence: AA'BB' partners
/// become separate groups).
std::vector<ProtonGroup> groupProtons(const RDKit::ROMol& mol, const ProtonTable& table);

} // namespace spinhance::structure

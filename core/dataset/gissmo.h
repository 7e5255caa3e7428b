#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// Tolerances for deciding that two GISSMO atoms are magnetically equivalent.
struct GissmoGrouping {
    double shiftTolerancePpm = 1e-4;
    double couplingToleranceHz = 0.01;
};

/// Reads one per-atom GISSMO file (PublicNMRData/coupling_info/*.json: "chemical shift" [{ID,
/// value}], "J-coupling" [{ID1, ID2, value}]) and groups atoms that have equal shifts AND equal
/// couplings to every other atom into one group (a CH3 becomes one group of 3; the AA'XX' protons
/// of choline's CH2–CH2 stay four 1H groups). Couplings inside a group are dropped (they do not
/// affect the spectrum). The id is the file name without ".json". Groups in canonical order.
/// Throws Error{InvalidInput} naming the file and field for a malformed file.
SpinSystem readGissmoFile(const std::string& path, const GissmoGrouping& grouping = {});

/// The systems of every *.json in `folder` (sorted by name) that make valid model targets: at most
/// `maxGroups` groups, degeneracies in the vocabulary, shifts within 0–12 ppm, simulable. The
/// others are listed in `skipped` as "file: reason". An EVALUATION set: never train on it.
struct GissmoFolder {
    std::vector<SpinSystem> systems;
    std::vector<std::string> skipped;
};
GissmoFolder readGissmoFolder(const std::string& folder, int maxGroups = 8,
                              const GissmoGrouping& grouping = {});

} // namespace spinhance

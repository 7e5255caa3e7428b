#pragma once

#include "common/progress.h"
#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// Spin systems predicted from a list of real molecules, and what was left out.
struct SmilesSource {
    std::vector<SpinSystem> systems;  ///< id = the name on the line (or "line N"), smiles set
    std::vector<std::string> skipped; ///< "FILE:N (name): reason", one per molecule left out
    std::size_t read = 0;             ///< molecules read (kept + skipped)
};

/// Reads a SMILES list (one molecule a line: the SMILES, then optionally whitespace and a name;
/// blank lines and lines starting with '#' are ignored; a header line "smiles ..." is skipped as
/// unreadable) and predicts each molecule's system with the structure room, exchangeable protons
/// dropped (docs/structure.md). Molecules RDKit cannot read, with no C–H, or whose system is not
/// a model target with at most `maxGroups` groups (validation.h), or whose coupled clusters the
/// exact simulator cannot render (spinlimits.h), are skipped with the reason.
/// `progress` every 100 molecules; a set `cancel` throws Error{Cancelled}. Error{Io} naming the
/// file when it cannot be read, Error{InvalidInput} when it holds no molecule at all.
SmilesSource readSmilesSource(const std::string& path, int maxGroups = 8,
                              const ProgressCallback& progress = {},
                              const CancelFlag* cancel = nullptr);

} // namespace spinhance

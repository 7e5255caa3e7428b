#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// Reads interchange records (one JSON object or an array of them):
/// {"id", "smiles", "labels", "spin_groups": [[ppm, n], ...], "couplings": [[labelA, labelB, Hz],
/// ...],
///  "fragments": [...], "extra_widths_hz": {label: Hz, ...}}. Optional: smiles, fragments, labels
/// (default "A", "B", ...), couplings, extra_widths_hz (broad exchanging groups, SpinGroup).
/// Throws Error{InvalidInput} naming `sourceName`, the record (id or index) and the field.
std::vector<SpinSystem> parseSpinSystems(const std::string& jsonText,
                                         const std::string& sourceName = {});

/// Reads a file of interchange records, or an NMReDATA SD file (its first record's
/// NMREDATA_1D_1H, spin/spinsystemnmredata.h); Error{Io} when it cannot be read.
std::vector<SpinSystem> readSpinSystems(const std::string& path);

/// One record as compact JSON (couplings listed once per pair with i < j, zeros left out).
std::string spinSystemToJson(const SpinSystem& system);
/// An array of records, one per line, so large files stay diff-able.
std::string spinSystemsToJson(const std::vector<SpinSystem>& systems);
/// Writes spinSystemsToJson (or a single object when `systems` has one element and `asArray` is
/// false); a path ending in .sdf gets NMReDATA records instead.
void writeSpinSystems(const std::string& path, const std::vector<SpinSystem>& systems,
                      bool asArray = true);

/// Checks what the simulator relies on: at most limits::kMaxGroups groups, shifts finite within
/// limits::kMinShiftPpm..kMaxShiftPpm, 1..limits::kMaxProtonsPerGroup protons per group, couplings
/// finite with |J| <= limits::kMaxAbsCouplingHz (spinlimits.h), symmetric matrix with zero
/// diagonal, unique non-empty labels. Throws Error{InvalidInput} whose context field names the
/// record
/// (`recordName`, or the id when empty) and the offending field. Cluster sizes are checked where a
/// cluster is built (simulateSticks, the fit).
void validate(const SpinSystem& system, const std::string& recordName = {});

} // namespace spinhance

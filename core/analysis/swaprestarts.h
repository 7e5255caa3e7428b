#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"
#include "analysis/search.h"
#include "common/progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spinhance::analysis {

/// Starts from `best` with the shifts of two of its groups exchanged (so each takes the other's
/// couplings): groups with as many protons, more than a line width and at most kSwapMaxPpm apart,
/// that couple differently (by more than 0.5 Hz) to some third group. Relabelled by shift, held
/// couplings carried. In a strongly coupled chain the greedy J-matching links a splitting to the
/// wrong one of two overlapping multiplets, and undoing that takes several moves at once, each
/// worse alone (bmse000394's pentyl chain at 60 MHz: the outer CH2 on the wrong inner one).
std::vector<Hypothesis> shiftSwapStarts(const Hypothesis& best, double lineWidthPpm);

/// An iterated local search with the work left: while the meter is under `budget`, the best few
/// fitted swap starts are each searched again (J-matching, then topology moves); one that ends
/// with a BIC lower than `best`'s by more than the search's margin, and no more implausible
/// couplings, is the new best. Searches that used their budget get nothing from this (their
/// answers stay as they were), so it explores only where the budget allows.
Hypothesis withSwapRestarts(const ScoringContext& context, const Evidence& evidence,
                            const Hypothesis& best, const SearchOptions& search,
                            std::uint64_t budget, std::vector<std::string>& trail,
                            const CancelFlag* cancel = nullptr);

} // namespace spinhance::analysis

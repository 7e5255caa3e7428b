#pragma once

#include "analysis/hypothesis.h"
#include "analysis/search.h"

#include <array>
#include <optional>
#include <vector>

namespace spinhance::analysis {

/// The one pair of groups whose coupling `after` changed from `before` (added, altered or
/// dropped), when that is all it changed: same groups, shifts and proton counts. Otherwise none.
std::optional<std::array<std::size_t, 2>> singleChangedPair(const SpinSystem& before,
                                                            const SpinSystem& after);

/// A round's winner (trials[k] fitted from moves[k]) joined by the other single-coupling trials
/// that also beat `best` by more than `marginBic` and touch none of the groups already joined (best
/// trial first): the winner's fitted system with each such trial's fitted J set on its pair, its
/// held couplings carried. Empty when the winner is no single-coupling move or no other trial
/// qualifies. J-matching links one pair per round; the independent links of a molecule (ibuprofen's
/// CH-CH3 and CH2-CH at 60 MHz) each cost a round of 20-30 trial fits, which the work budget cuts
/// short.
struct JoinedMoves {
    Hypothesis start; ///< to be fitted
    int joined = 0;   ///< trials joined to the winner
};

std::optional<JoinedMoves> combinedWinners(const Hypothesis& best, const std::vector<Move>& moves,
                                           const std::vector<Hypothesis>& trials,
                                           std::size_t winner, double marginBic);

} // namespace spinhance::analysis

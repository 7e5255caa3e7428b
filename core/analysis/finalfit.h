#pragma once

#include "analysis/hypothesis.h"

#include <optional>
#include <vector>

namespace spinhance::analysis {

/// The answer's final (full-schedule) fit, and which searched hypothesis it came from.
struct FinalFit {
    Hypothesis answer;   ///< fully fitted; the search's own fit when the full one fails
    Hypothesis searched; ///< the search's (quick-fitted) hypothesis the answer was refitted from
    /// The search's best as fully fitted, when a near-equal competitor beat it once both had the
    /// full fit: it is then the nearest runner-up.
    std::optional<Hypothesis> displaced;
    /// The answer with its textbook couplings held, when some the spectrum measures were set free
    /// in `answer`.
    std::optional<Hypothesis> held;
};

/// Fits `best` with the full schedule (canonical signs: most couplings positive), and the last
/// round's competitors that the quick fits put within `marginBic` of it with the same topology
/// (groups, proton counts, coupled pairs) but other coupling values or signs. One of those that
/// fits better once fully fitted (by more than 2) is the answer: a move of the same parameter
/// count needs no margin, and the quick fit (one broadened stage, 25 iterations) stops on a
/// ridge the full fit crosses. Held textbook couplings the spectrum measures (standard error
/// under 0.15 Hz once free, within 2 Hz of the textbook value, BIC within the margin) are set
/// free in the answer: a measured value beats a textbook one.
FinalFit finalFit(const ScoringContext& context, const Hypothesis& best,
                  const std::vector<Hypothesis>& lastRound, double marginBic,
                  const CancelFlag* cancel = nullptr);

} // namespace spinhance::analysis

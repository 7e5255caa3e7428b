#include "analysis/swaprestarts.h"

#include "analysis/proposals.h"
#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace spinhance::analysis {
namespace {

// Two groups further apart are not the overlapping multiplets J-matching confuses.
constexpr double kSwapMaxPpm = 0.3;
// A third group's J to the two must differ by more than this for the swap to change anything.
constexpr double kDifferentJHz = 0.5;
// Each restart is a whole search: the few best fitted swaps, not every one.
constexpr std::size_t kMaxRestarts = 3;

bool couplesDifferently(const SpinSystem& s, std::size_t i, std::size_t j) {
    for (std::size_t k = 0; k < s.size(); ++k)
        if (k != i && k != j && std::abs(s.couplingHz(i, k) - s.couplingHz(j, k)) > kDifferentJHz)
            return true;
    return false;
}

Hypothesis swapped(const Hypothesis& best, std::size_t i, std::size_t j) {
    SpinSystem system = best.system;
    std::swap(system.group(i).shiftPpm, system.group(j).shiftPpm);
    Hypothesis start;
    start.line = best.line;
    start.heldCouplings = relabelledHeld(system, best.heldCouplings);
    start.system = relabelByShift(system);
    start.origin = "shifts of " + best.system.group(i).label + " and " +
                   best.system.group(j).label + " exchanged";
    return start;
}

} // namespace

std::vector<Hypothesis> shiftSwapStarts(const Hypothesis& best, double lineWidthPpm) {
    std::vector<Hypothesis> starts;
    const SpinSystem& s = best.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double apartPpm = std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm);
            if (s.group(i).protonCount == s.group(j).protonCount && apartPpm > lineWidthPpm &&
                apartPpm <= kSwapMaxPpm && couplesDifferently(s, i, j))
                starts.push_back(swapped(best, i, j));
        }
    return starts;
}

Hypothesis withSwapRestarts(const ScoringContext& context, const Evidence& evidence,
                            const Hypothesis& best, const SearchOptions& search,
                            std::uint64_t budget, std::vector<std::string>& trail,
                            const CancelFlag* cancel) {
    if (!context.work || context.work->past(budget)) return best;
    const double lineWidthPpm = evidence.typicalFwhmHz / evidence.fieldMHz;
    std::vector<Hypothesis> fitted =
        fitAll(context, shiftSwapStarts(best, lineWidthPpm), false, search.threads, cancel, budget);
    fitted.erase(
        std::remove_if(fitted.begin(), fitted.end(), [](const Hypothesis& h) { return !h.fitted; }),
        fitted.end());
    std::stable_sort(fitted.begin(), fitted.end(),
                     [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    if (fitted.size() > kMaxRestarts) fitted.resize(kMaxRestarts);
    SearchOptions restart = search;
    restart.workLimit = budget;
    Hypothesis winner = best;
    for (const Hypothesis& start : fitted) {
        if (context.work->past(budget)) break;
        Hypothesis found =
            searchMoves(context, evidence, start, restart, false, nullptr, nullptr, {}, cancel);
        found = searchMoves(context, evidence, found, restart, true, nullptr, nullptr, {}, cancel);
        trail.push_back("after a restart from " + start.origin + ": " +
                        (found.fitted && std::isfinite(found.bic)
                             ? "BIC " + std::to_string(std::lround(found.bic))
                             : std::string("no answer")));
        if (found.fitted && found.bic < winner.bic - search.acceptDeltaBic &&
            implausibleCouplings(found.system) <= implausibleCouplings(best.system))
            winner = std::move(found);
    }
    if (winner.bic < best.bic)
        winner = withEquivalentGroupsJoined(context, winner, search.acceptDeltaBic, cancel);
    return winner;
}

} // namespace spinhance::analysis

#include "analysis/combinedmoves.h"

#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::analysis {

std::optional<std::array<std::size_t, 2>> singleChangedPair(const SpinSystem& before,
                                                            const SpinSystem& after) {
    if (before.size() != after.size()) return std::nullopt;
    for (std::size_t g = 0; g < before.size(); ++g)
        if (before.group(g).protonCount != after.group(g).protonCount ||
            before.group(g).shiftPpm != after.group(g).shiftPpm)
            return std::nullopt;
    std::optional<std::array<std::size_t, 2>> changed;
    for (std::size_t a = 0; a < before.size(); ++a)
        for (std::size_t b = a + 1; b < before.size(); ++b) {
            if (before.couplingHz(a, b) == after.couplingHz(a, b)) continue;
            if (changed) return std::nullopt;
            changed = std::array<std::size_t, 2>{a, b};
        }
    return changed;
}

std::optional<JoinedMoves> combinedWinners(const Hypothesis& best, const std::vector<Move>& moves,
                                           const std::vector<Hypothesis>& trials,
                                           std::size_t winner, double marginBic) {
    const auto first = singleChangedPair(best.system, moves[winner].start.system);
    if (!first) return std::nullopt;
    std::vector<std::size_t> order(trials.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](std::size_t x, std::size_t y) { return trials[x].bic < trials[y].bic; });
    std::vector<bool> used(best.system.size(), false);
    used[(*first)[0]] = used[(*first)[1]] = true;
    Hypothesis combined = trials[winner];
    int joined = 0;
    for (std::size_t k : order) {
        if (k == winner || !trials[k].fitted || !(trials[k].bic < best.bic - marginBic)) continue;
        const auto pair = singleChangedPair(best.system, moves[k].start.system);
        if (!pair) continue;
        const auto [a, b] = *pair;
        if (used[a] || used[b] || heldPair(combined.heldCouplings, best.system, a, b)) continue;
        used[a] = used[b] = true;
        combined.system.setCouplingHz(a, b, trials[k].system.couplingHz(a, b));
        combined.origin += " + " + trials[k].origin;
        ++joined;
    }
    if (joined == 0) return std::nullopt;
    combined.fitted = false;
    combined.bic = HUGE_VAL;
    return JoinedMoves{std::move(combined), joined};
}

} // namespace spinhance::analysis

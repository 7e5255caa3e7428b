#include "structurescore.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spinhance::test {

namespace {

struct Prepared {
    std::vector<std::size_t> groups; ///< predicted groups kept (not exchangeable)
};

double matchCost(const SpinSystem& truth, const SpinSystem& pred, std::size_t t, std::size_t p) {
    const double countPenalty = truth.group(t).protonCount == pred.group(p).protonCount ? 0.0 : 1.0;
    // Squared: with absolute differences, two orders of close groups often tie exactly.
    const double deltaPpm = truth.group(t).shiftPpm - pred.group(p).shiftPpm;
    return deltaPpm * deltaPpm + countPenalty;
}

// Minimal-cost one-to-one assignment of truth groups to kept predicted groups (bit-mask dynamic
// programme; molecules here have few groups). -1 where a truth group stays unmatched.
std::vector<int> assign(const SpinSystem& truth, const SpinSystem& pred,
                        const std::vector<std::size_t>& kept) {
    const std::size_t nt = truth.size(), np = std::min<std::size_t>(kept.size(), 20);
    const double inf = std::numeric_limits<double>::infinity(), unmatched = 5.0;
    std::vector<std::vector<double>> cost(nt + 1, std::vector<double>(std::size_t(1) << np, inf));
    std::vector<std::vector<int>> choice(nt + 1, std::vector<int>(std::size_t(1) << np, -1));
    cost[0][0] = 0.0;
    for (std::size_t t = 0; t < nt; ++t)
        for (std::size_t mask = 0; mask < (std::size_t(1) << np); ++mask) {
            if (cost[t][mask] == inf) continue;
            if (cost[t][mask] + unmatched < cost[t + 1][mask])
                cost[t + 1][mask] = cost[t][mask] + unmatched, choice[t + 1][mask] = -1;
            for (std::size_t k = 0; k < np; ++k) {
                if (mask & (std::size_t(1) << k)) continue;
                const std::size_t next = mask | (std::size_t(1) << k);
                const double c = cost[t][mask] + matchCost(truth, pred, t, kept[k]);
                if (c < cost[t + 1][next]) cost[t + 1][next] = c, choice[t + 1][next] = int(k);
            }
        }
    std::size_t mask =
        std::size_t(std::min_element(cost[nt].begin(), cost[nt].end()) - cost[nt].begin());
    std::vector<int> match(nt, -1);
    for (std::size_t t = nt; t-- > 0;) {
        const int k = choice[t + 1][mask];
        if (k >= 0) match[t] = int(kept[std::size_t(k)]), mask &= ~(std::size_t(1) << k);
    }
    return match;
}

double couplingError(const SpinSystem& truth, const SpinSystem& pred,
                     const std::vector<int>& match) {
    double sumHz = 0.0;
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b)
            if (truth.couplingHz(a, b) != 0.0 && match[a] >= 0 && match[b] >= 0)
                sumHz += std::abs(truth.couplingHz(a, b) -
                                  pred.couplingHz(std::size_t(match[a]), std::size_t(match[b])));
    return sumHz;
}

// Literature groups of equal shift and count (AA'BB' partners, the ortho and para protons of
// toluene) are interchangeable for the shifts: try every order of their partners (few here)
// and keep the one whose couplings agree best.
std::vector<std::vector<std::size_t>> tieClasses(const SpinSystem& truth) {
    std::vector<std::vector<std::size_t>> classes;
    std::vector<bool> used(truth.size(), false);
    for (std::size_t a = 0; a < truth.size(); ++a) {
        if (used[a]) continue;
        std::vector<std::size_t> members{a};
        for (std::size_t b = a + 1; b < truth.size(); ++b)
            if (truth.group(a).shiftPpm == truth.group(b).shiftPpm &&
                truth.group(a).protonCount == truth.group(b).protonCount)
                members.push_back(b), used[b] = true;
        if (members.size() > 1) classes.push_back(members);
    }
    return classes;
}

void searchTies(const SpinSystem& truth, const SpinSystem& pred,
                const std::vector<std::vector<std::size_t>>& classes, std::size_t c,
                std::vector<int>& match, std::vector<int>& best, double& bestError) {
    if (c == classes.size()) {
        const double error = couplingError(truth, pred, match);
        if (error < bestError - 1e-9) bestError = error, best = match;
        return;
    }
    std::vector<int> partners;
    for (std::size_t t : classes[c])
        partners.push_back(match[t]);
    std::sort(partners.begin(), partners.end());
    do {
        for (std::size_t k = 0; k < classes[c].size(); ++k)
            match[classes[c][k]] = partners[k];
        searchTies(truth, pred, classes, c + 1, match, best, bestError);
    } while (std::next_permutation(partners.begin(), partners.end()));
}

void settleTies(const SpinSystem& truth, const SpinSystem& pred, std::vector<int>& match) {
    const auto classes = tieClasses(truth);
    std::vector<int> best = match;
    double bestError = couplingError(truth, pred, match);
    searchTies(truth, pred, classes, 0, match, best, bestError);
    match = best;
}

std::vector<int> sortedCounts(const SpinSystem& s, const std::vector<std::size_t>& groups) {
    std::vector<int> counts;
    for (std::size_t g : groups)
        counts.push_back(s.group(g).protonCount);
    std::sort(counts.begin(), counts.end());
    return counts;
}

} // namespace

MoleculeScore scoreAgainst(const StructureSpin& predicted, const SpinSystem& truth) {
    const SpinSystem& pred = predicted.system;
    std::vector<std::size_t> kept, all;
    for (std::size_t g = 0; g < pred.size(); ++g)
        if (!predicted.info[g].exchangeable) kept.push_back(g);
    for (std::size_t g = 0; g < truth.size(); ++g)
        all.push_back(g);
    MoleculeScore score;
    score.id = truth.id;
    score.countsRight = sortedCounts(pred, kept) == sortedCounts(truth, all);
    std::vector<int> match = assign(truth, pred, kept);
    settleTies(truth, pred, match);
    for (std::size_t t = 0; t < truth.size(); ++t)
        if (match[t] >= 0) {
            ++score.matchedGroups;
            score.shiftAbsSumPpm +=
                std::abs(truth.group(t).shiftPpm - pred.group(std::size_t(match[t])).shiftPpm);
        }
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            if (truth.couplingHz(a, b) == 0.0 || match[a] < 0 || match[b] < 0) continue;
            const std::size_t x = std::size_t(match[a]), y = std::size_t(match[b]);
            const double errorHz = std::abs(truth.couplingHz(a, b) - pred.couplingHz(x, y));
            score.couplingAbsSumHz += errorHz;
            ++score.couplingCount;
            if (predicted.bondsBetween[x * pred.size() + y] == 3)
                score.vicinalAbsSumHz += errorHz, ++score.vicinalCount;
        }
    return score;
}

SetScore summarise(const std::vector<MoleculeScore>& scores) {
    SetScore set;
    int shifts = 0, vicinal = 0, couplings = 0;
    for (const MoleculeScore& s : scores) {
        ++set.molecules;
        set.countsRight += s.countsRight ? 1 : 0;
        set.shiftMaePpm += s.shiftAbsSumPpm, shifts += s.matchedGroups;
        set.vicinalMaeHz += s.vicinalAbsSumHz, vicinal += s.vicinalCount;
        set.couplingMaeHz += s.couplingAbsSumHz, couplings += s.couplingCount;
    }
    set.shiftMaePpm /= std::max(shifts, 1);
    set.vicinalMaeHz /= std::max(vicinal, 1);
    set.couplingMaeHz /= std::max(couplings, 1);
    return set;
}

} // namespace spinhance::test

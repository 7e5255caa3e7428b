#include "analysis/analysisscore.h"

#include "model/hungarian.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace spinhance::analysis {

namespace {

// A missed group costs like a 1 ppm error, so the assignment prefers real matches.
constexpr double kUnmatchedPpm = 1.0;

std::vector<int> matchByShift(const SpinSystem& found, const SpinSystem& truth) {
    const int rows = int(truth.size()), cols = int(found.size());
    std::vector<double> cost(std::size_t(rows) * std::size_t(std::max(cols, 1)), kUnmatchedPpm);
    for (int t = 0; t < rows; ++t)
        for (int f = 0; f < cols; ++f)
            cost[std::size_t(t * cols + f)] =
                std::abs(truth.group(std::size_t(t)).shiftPpm -
                         found.group(std::size_t(f)).shiftPpm) +
                (truth.group(std::size_t(t)).protonCount == found.group(std::size_t(f)).protonCount
                     ? 0.0
                     : 1e-3);
    if (cols == 0) return std::vector<int>(std::size_t(rows), -1);
    std::vector<int> assignment = model::solveAssignment(cost, rows, cols);
    for (int& a : assignment)
        if (a >= cols) a = -1;
    return assignment;
}

// How well the couplings agree under `match`: first how many truly coupled pairs are off by more
// than the tolerance (a solved order must win over one with a smaller sum but a J out), then the
// sum of |J| errors.
std::pair<int, double> couplingError(const SpinSystem& found, const SpinSystem& truth,
                                     const std::vector<int>& match,
                                     const SolvedTolerances& tolerances) {
    int wrong = 0;
    double sum = 0.0;
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            const int fa = match[a], fb = match[b];
            if (std::abs(truth.couplingHz(a, b)) < tolerances.coupledFromHz || fa < 0 || fb < 0 ||
                fa == fb)
                continue;
            const double error =
                std::abs(std::abs(truth.couplingHz(a, b)) -
                         std::abs(found.couplingHz(std::size_t(fa), std::size_t(fb))));
            wrong += error > tolerances.couplingHz ? 1 : 0;
            sum += error;
        }
    return {wrong, sum};
}

bool better(const std::pair<int, double>& a, const std::pair<int, double>& b) {
    return a.first < b.first || (a.first == b.first && a.second < b.second - 1e-9);
}

// Truth groups a shift cannot tell apart: every two within 1e-3 ppm, or matched to found groups
// within 1e-3 ppm of each other (an answer's tied pair is labelled in no particular order: any
// pairing gives the same shift errors), the same proton count, each matched. Toluene's H2, H4 and
// H6 at 7.17 ppm form one class of three; an AA'BB' two of two.
std::vector<std::vector<std::size_t>>
equalShiftClasses(const SpinSystem& found, const SpinSystem& truth, const std::vector<int>& match) {
    auto sameShift = [&](std::size_t m, std::size_t b) {
        const SpinGroup &fm = found.group(std::size_t(match[m])),
                        &fb = found.group(std::size_t(match[b]));
        return std::abs(truth.group(m).shiftPpm - truth.group(b).shiftPpm) <= 1e-3 ||
               (std::abs(fm.shiftPpm - fb.shiftPpm) <= 1e-3 && fm.protonCount == fb.protonCount);
    };
    std::vector<std::vector<std::size_t>> classes;
    std::vector<bool> used(truth.size(), false);
    for (std::size_t a = 0; a < truth.size(); ++a) {
        if (used[a] || match[a] < 0) continue;
        std::vector<std::size_t> members{a};
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            if (used[b] || match[b] < 0) continue;
            const bool alike = std::all_of(members.begin(), members.end(), [&](std::size_t m) {
                return sameShift(m, b) && truth.group(m).protonCount == truth.group(b).protonCount;
            });
            if (alike) {
                members.push_back(b);
                used[b] = true;
            }
        }
        if (members.size() > 1) classes.push_back(members);
    }
    return classes;
}

// Every order of every class together (their couplings to each other interact), keeping the
// best (the caller bounds how many orders there are).
void bestJointOrder(const SpinSystem& found, const SpinSystem& truth,
                    const std::vector<std::vector<std::size_t>>& classes, std::size_t c,
                    std::vector<int>& trial, std::vector<int>& best,
                    std::pair<int, double>& bestError, const SolvedTolerances& tolerances) {
    if (c == classes.size()) {
        const std::pair<int, double> error = couplingError(found, truth, trial, tolerances);
        if (better(error, bestError)) {
            bestError = error;
            best = trial;
        }
        return;
    }
    const std::vector<std::size_t>& members = classes[c];
    std::vector<int> foundGroups;
    for (std::size_t t : members)
        foundGroups.push_back(trial[t]);
    std::sort(foundGroups.begin(), foundGroups.end());
    const std::vector<int> kept = trial;
    do {
        for (std::size_t k = 0; k < members.size(); ++k)
            trial[members[k]] = foundGroups[k];
        bestJointOrder(found, truth, classes, c + 1, trial, best, bestError, tolerances);
    } while (std::next_permutation(foundGroups.begin(), foundGroups.end()));
    trial = kept;
}

// One class reordered, the others fixed; true when that improved the agreement.
bool bestOrderOfClass(const SpinSystem& found, const SpinSystem& truth,
                      const std::vector<std::size_t>& members, std::vector<int>& match,
                      const SolvedTolerances& tolerances) {
    std::vector<int> trial = match, best = match;
    std::pair<int, double> bestError = couplingError(found, truth, match, tolerances);
    bestJointOrder(found, truth, {members}, 0, trial, best, bestError, tolerances);
    const bool improved = best != match;
    match = best;
    return improved;
}

// Equal-shift groups cannot be told apart by shift, only by their couplings: the classes' orders
// are chosen by the couplings — all together when there are at most 5040 combinations (7!),
// else class by class until nothing improves. Proton counts do not change (the members share
// them); shift errors by at most the 1e-3 ppm the members may differ.
void matchEqualShiftsByCouplings(const SpinSystem& found, const SpinSystem& truth,
                                 std::vector<int>& match, const SolvedTolerances& tolerances) {
    constexpr double kMaxJointOrders = 5040.0;
    constexpr std::size_t kMaxClass = 7;
    constexpr int kMaxSweeps = 8;
    const std::vector<std::vector<std::size_t>> classes = equalShiftClasses(found, truth, match);
    if (classes.empty()) return;
    double orders = 1.0;
    for (const std::vector<std::size_t>& members : classes)
        orders *= std::tgamma(double(members.size()) + 1.0);
    if (orders <= kMaxJointOrders) {
        std::vector<int> trial = match, best = match;
        std::pair<int, double> bestError = couplingError(found, truth, match, tolerances);
        bestJointOrder(found, truth, classes, 0, trial, best, bestError, tolerances);
        match = best;
        return;
    }
    for (int sweep = 0; sweep < kMaxSweeps; ++sweep) {
        bool improved = false;
        for (const std::vector<std::size_t>& members : classes)
            if (members.size() <= kMaxClass)
                improved = bestOrderOfClass(found, truth, members, match, tolerances) || improved;
        if (!improved) return;
    }
}

} // namespace

AnswerScore scoreAnswer(const SpinSystem& found, const SpinSystem& truth,
                        const SolvedTolerances& tolerances) {
    AnswerScore score;
    score.truthGroups = int(truth.size());
    score.foundGroups = int(found.size());
    score.groupCountRight = truth.size() == found.size();
    score.truthToFound = matchByShift(found, truth);
    matchEqualShiftsByCouplings(found, truth, score.truthToFound, tolerances);
    bool shiftsRight = true, countsRight = true, couplingsRight = true;
    for (std::size_t t = 0; t < truth.size(); ++t) {
        const int f = score.truthToFound[t];
        if (f < 0) {
            countsRight = shiftsRight = false;
            continue;
        }
        ++score.matchedGroups;
        const double error =
            std::abs(truth.group(t).shiftPpm - found.group(std::size_t(f)).shiftPpm);
        score.shiftAbsErrorSumPpm += error;
        score.maxShiftErrorPpm = std::max(score.maxShiftErrorPpm, error);
        shiftsRight = shiftsRight && error <= tolerances.shiftPpm;
        const bool countRight =
            truth.group(t).protonCount == found.group(std::size_t(f)).protonCount;
        score.degeneracyRight += countRight ? 1 : 0;
        countsRight = countsRight && countRight;
    }
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            const double trueJ = truth.couplingHz(a, b);
            const int fa = score.truthToFound[a], fb = score.truthToFound[b];
            if (std::abs(trueJ) < tolerances.coupledFromHz) continue;
            if (fa < 0 || fb < 0 || fa == fb) {
                couplingsRight = false;
                continue;
            }
            // Relative signs are mostly invisible in a spectrum: compare magnitudes.
            const double error = std::abs(
                std::abs(trueJ) - std::abs(found.couplingHz(std::size_t(fa), std::size_t(fb))));
            ++score.coupledPairs;
            score.couplingAbsErrorSumHz += error;
            score.maxCouplingErrorHz = std::max(score.maxCouplingErrorHz, error);
            couplingsRight = couplingsRight && error <= tolerances.couplingHz;
        }
    score.protonCountsRight = countsRight && score.groupCountRight;
    score.solved =
        score.groupCountRight && shiftsRight && score.protonCountsRight && couplingsRight;
    return score;
}

bool groupRight(const AnswerScore& score, const SpinSystem& found, const SpinSystem& truth,
                std::size_t g, const SolvedTolerances& tolerances) {
    for (std::size_t t = 0; t < score.truthToFound.size(); ++t)
        if (score.truthToFound[t] == int(g))
            return std::abs(truth.group(t).shiftPpm - found.group(g).shiftPpm) <=
                       tolerances.shiftPpm &&
                   truth.group(t).protonCount == found.group(g).protonCount;
    return false;
}

} // namespace spinhance::analysis

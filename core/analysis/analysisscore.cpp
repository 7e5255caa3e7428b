#include "analysis/analysisscore.h"

#include "model/hungarian.h"

#include <algorithm>
#include <cmath>

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

double couplingError(const SpinSystem& found, const SpinSystem& truth,
                     const std::vector<int>& match, double coupledFromHz) {
    double sum = 0.0;
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size(); ++b) {
            const int fa = match[a], fb = match[b];
            if (std::abs(truth.couplingHz(a, b)) < coupledFromHz || fa < 0 || fb < 0 || fa == fb)
                continue;
            sum += std::abs(std::abs(truth.couplingHz(a, b)) -
                            std::abs(found.couplingHz(std::size_t(fa), std::size_t(fb))));
        }
    return sum;
}

// Truth groups a shift cannot tell apart: the same shift (within 1e-3 ppm) and proton count, each
// matched. Toluene's H2, H4 and H6 at 7.17 ppm form one class of three; an AA'BB' two of two.
std::vector<std::vector<std::size_t>> equalShiftClasses(const SpinSystem& truth,
                                                        const std::vector<int>& match) {
    std::vector<std::vector<std::size_t>> classes;
    std::vector<bool> used(truth.size(), false);
    for (std::size_t a = 0; a < truth.size(); ++a) {
        if (used[a] || match[a] < 0) continue;
        std::vector<std::size_t> members{a};
        for (std::size_t b = a + 1; b < truth.size(); ++b)
            if (!used[b] && match[b] >= 0 &&
                std::abs(truth.group(a).shiftPpm - truth.group(b).shiftPpm) <= 1e-3 &&
                truth.group(a).protonCount == truth.group(b).protonCount) {
                members.push_back(b);
                used[b] = true;
            }
        if (members.size() > 1) classes.push_back(members);
    }
    return classes;
}

// The members of one class keep their found groups but take them in the order that agrees best
// with the couplings, the other classes fixed.
bool bestPermutationOfClass(const SpinSystem& found, const SpinSystem& truth,
                            const std::vector<std::size_t>& members, std::vector<int>& match,
                            double coupledFromHz) {
    std::vector<int> foundGroups;
    for (std::size_t t : members)
        foundGroups.push_back(match[t]);
    std::sort(foundGroups.begin(), foundGroups.end());
    std::vector<int> best = match;
    double bestError = couplingError(found, truth, match, coupledFromHz);
    do {
        std::vector<int> trial = match;
        for (std::size_t k = 0; k < members.size(); ++k)
            trial[members[k]] = foundGroups[k];
        const double error = couplingError(found, truth, trial, coupledFromHz);
        if (error < bestError - 1e-9) {
            bestError = error;
            best = trial;
        }
    } while (std::next_permutation(foundGroups.begin(), foundGroups.end()));
    const bool improved = best != match;
    match = best;
    return improved;
}

// Equal-shift groups cannot be told apart by shift, only by their couplings: each class's order
// is chosen by the couplings, class by class until nothing improves. Shift errors and proton
// counts do not change (the members share both). Classes of more than 7 are left as matched
// (8! orders).
void matchEqualShiftsByCouplings(const SpinSystem& found, const SpinSystem& truth,
                                 std::vector<int>& match, double coupledFromHz) {
    constexpr std::size_t kMaxClass = 7;
    constexpr int kMaxSweeps = 8;
    const std::vector<std::vector<std::size_t>> classes = equalShiftClasses(truth, match);
    for (int sweep = 0; sweep < kMaxSweeps; ++sweep) {
        bool improved = false;
        for (const std::vector<std::size_t>& members : classes)
            if (members.size() <= kMaxClass)
                improved =
                    bestPermutationOfClass(found, truth, members, match, coupledFromHz) || improved;
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
    matchEqualShiftsByCouplings(found, truth, score.truthToFound, tolerances.coupledFromHz);
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

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

// Equal-shift partners (A/A' of an AA'BB') cannot be told apart by shift: every combination of
// swapping their matches is tried (pairs are few) and the one whose couplings agree best is kept.
void swapEquivalentPartners(const SpinSystem& found, const SpinSystem& truth,
                            std::vector<int>& match, double coupledFromHz) {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;
    std::vector<bool> used(truth.size(), false);
    for (std::size_t a = 0; a < truth.size(); ++a)
        for (std::size_t b = a + 1; b < truth.size() && !used[a]; ++b)
            if (!used[b] && match[a] >= 0 && match[b] >= 0 &&
                std::abs(truth.group(a).shiftPpm - truth.group(b).shiftPpm) <= 1e-3) {
                pairs.push_back({a, b});
                used[a] = used[b] = true;
            }
    if (pairs.empty() || pairs.size() > 12) return;
    std::vector<int> best = match;
    double bestError = couplingError(found, truth, match, coupledFromHz);
    for (unsigned mask = 1; mask < (1u << pairs.size()); ++mask) {
        std::vector<int> trial = match;
        for (std::size_t k = 0; k < pairs.size(); ++k)
            if (mask & (1u << k)) std::swap(trial[pairs[k].first], trial[pairs[k].second]);
        const double error = couplingError(found, truth, trial, coupledFromHz);
        if (error < bestError - 1e-9) {
            bestError = error;
            best = trial;
        }
    }
    match = best;
}

} // namespace

AnswerScore scoreAnswer(const SpinSystem& found, const SpinSystem& truth,
                        const SolvedTolerances& tolerances) {
    AnswerScore score;
    score.truthGroups = int(truth.size());
    score.foundGroups = int(found.size());
    score.groupCountRight = truth.size() == found.size();
    score.truthToFound = matchByShift(found, truth);
    swapEquivalentPartners(found, truth, score.truthToFound, tolerances.coupledFromHz);
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

#pragma once

#include "spin/spinsystem.h"

namespace spinhance::analysis {

/// Tolerances of "solved" (design/analysis.md): every shift within 0.01 ppm, every truly coupled
/// J (|J| ≥ 0.5 Hz) within 0.3 Hz, every proton count right, the group count right.
struct SolvedTolerances {
    double shiftPpm = 0.01;
    double couplingHz = 0.3;
    double coupledFromHz = 0.5;
};

/// How an answer compares with the true system, groups matched by the assignment that minimises
/// the total shift error; truth groups of equal shift and proton count (AA'BB' partners, the
/// ortho and para protons of toluene) are told apart by their couplings.
struct AnswerScore {
    bool groupCountRight = false;
    bool protonCountsRight = false; ///< every matched group's count right, none unmatched
    bool solved = false;
    int truthGroups = 0;
    int foundGroups = 0;
    int matchedGroups = 0;
    int degeneracyRight = 0;          ///< matched groups whose proton count is right
    double shiftAbsErrorSumPpm = 0.0; ///< over matched groups
    double maxShiftErrorPpm = 0.0;
    int coupledPairs = 0; ///< truly coupled pairs whose both groups are matched
    double couplingAbsErrorSumHz = 0.0;
    double maxCouplingErrorHz = 0.0;
    std::vector<int> truthToFound; ///< per truth group, the matched found group or -1
};

AnswerScore scoreAnswer(const SpinSystem& found, const SpinSystem& truth,
                        const SolvedTolerances& tolerances = {});

/// Whether found group `g` is right: matched, its shift within tolerance and its proton count
/// right (what a per-group confidence claims).
bool groupRight(const AnswerScore& score, const SpinSystem& found, const SpinSystem& truth,
                std::size_t g, const SolvedTolerances& tolerances = {});

} // namespace spinhance::analysis

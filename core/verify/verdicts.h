#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance::verify {

/// Tolerances of a verdict (ppm). Increment-rule shifts are good to about 0.1–0.2 ppm; a signal
/// further than kShiftedLimitPpm from its prediction is not taken as that group.
constexpr double kFoundLimitPpm = 0.15;
constexpr double kShiftedLimitPpm = 0.6;

enum class Verdict { Found, Shifted, Missing };
std::string toString(Verdict verdict);

/// What became of one predicted group in the analysis answer.
struct GroupVerdict {
    std::string label; ///< the predicted group's label ("H5", "H9a")
    double predictedPpm = 0.0;
    int protons = 0;
    Verdict verdict = Verdict::Missing;
    std::vector<std::string> answerLabels; ///< the answer groups it was matched with
    double foundPpm = 0.0;                 ///< their shift (Found/Shifted)
    double deltaPpm = 0.0;                 ///< foundPpm − predictedPpm
    int signalProtons = 0; ///< protons of the predicted signal it belongs to (partners summed)
    int foundProtons = 0;  ///< protons of the answer signal it was matched with
};

/// A signal of the answer no predicted group accounts for.
struct UnexplainedSignal {
    std::vector<std::string> answerLabels;
    double shiftPpm = 0.0;
    int protons = 0;
};

struct Verdicts {
    std::vector<GroupVerdict> groups; ///< one per predicted group, in its order
    std::vector<UnexplainedSignal> unexplained;
    /// Σ protons · agreement(Δ) · min(n, m)/max(n, m) over the predicted groups / (predicted +
    /// unexplained protons), n and m the proton counts of the matched predicted and answer
    /// signals; agreement is 1 up to 0.15 ppm, falls linearly to 0 at 0.6 ppm, 0 when missing.
    double protonAgreement = 0.0;
};

/// Matches predicted signals with answer signals one to one: groups of one system within 0.01 ppm
/// are one signal (AA'BB' partners, diastereotopic pairs); a match needs |Δ| ≤ 0.6 ppm and a
/// proton count off by at most a third of the predicted one (at least 1: benchtop integrals of
/// overlapping multiplets); the lowest |Δ| + 0.05 ppm per proton of difference is taken first.
Verdicts compareGroups(const SpinSystem& predicted, const SpinSystem& answer);

/// Weight of a shift difference in the proton agreement (see Verdicts::protonAgreement).
double shiftAgreement(double deltaPpm);

} // namespace spinhance::verify

#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"
#include "analysis/search.h"

#include <array>
#include <vector>

namespace spinhance::analysis {

/// What the fits say about one group of the answer: the numbers its confidence is computed from.
struct GroupEvidence {
    /// BIC of the best fitted competitor that changes this group, minus the answer's (capped at
    /// kRivalCap when no competitor touched it).
    double rivalDeltaBic = 0.0;
    /// Mean squared residual in noise units, (r/σ)², over the group's multiplet: 1 when the fit
    /// explains it to the noise.
    double localChi2 = 0.0;
    double shiftErrorHz = 0.0; ///< the fit's standard error of the shift
    /// 1 − cosine of measured vs re-simulated over the whole fit (the same for every group).
    double globalMisfit = 0.0;
    int groupsInMultiplet = 1; ///< groups of the answer sharing this group's multiplet region
    /// |protons the answer puts in the group's multiplet − what its integral says| (H).
    double integralMismatch = 0.0;
    /// Competitors that change this group but were never fitted (the work budget ran out first):
    /// its rival ΔBIC is then a bound from the fitted ones only.
    int rivalsUnfitted = 0;
    static constexpr double kRivalCap = 1000.0;
};

/// Evidence for every group of the answer, in the final fit's order (descending shift, as
/// relabelByShift orders `best`): `trials`/`moves` are the last search round around `best`, `fit`
/// the answer's final fit on `context`'s grid.
std::vector<GroupEvidence> groupEvidence(const Hypothesis& best,
                                         const std::vector<Hypothesis>& trials,
                                         const std::vector<Move>& moves, const FitResult& fit,
                                         const ScoringContext& context, const Evidence& evidence,
                                         double cosine);

/// Whether `a` and `b` would score as the same answer: with groups merged that are magnetically
/// equivalent up to `equalShiftPpm` (their spectra cannot differ by more than a line's fraction),
/// each would count as solved against the other (every shift within 0.01 ppm, every J of 0.5 Hz
/// or more within 0.3 Hz, proton counts equal). A runner-up that splits a group into two at one
/// shift, reads a singlet as a deceptively simple AA'BB' 0.3 Hz apart, or adds a 0.2 Hz J is no
/// different answer.
bool materiallySame(const SpinSystem& a, const SpinSystem& b, double equalShiftPpm = 0.002);

/// Mean (r/σ)² of `fit` over the multiplet region holding `shiftPpm` (unmasked points); 0 when
/// no region holds it.
double multipletChi2(double shiftPpm, const FitResult& fit, const ScoringContext& context,
                     const Evidence& evidence);

/// The inputs of the logistic calibration, in its coefficient order: 1, ln(1 + rivalΔBIC),
/// ln(max(χ², 0.1)), ln(shift error/Hz + 0.001), ln(1 − cosine + 1e-5), ln(groups in the
/// multiplet), integral mismatch (H).
std::vector<double> confidenceFeatures(const GroupEvidence& evidence);

/// The probability that a group is right (shift within 0.01 ppm, proton count right), from its
/// evidence by a logistic model whose coefficients were fitted on spectra the analysis did not
/// make itself (tools/evaluation/calibrate.py; docs/analysis.md gives the sets and the figures).
double calibratedConfidence(const GroupEvidence& evidence);

} // namespace spinhance::analysis

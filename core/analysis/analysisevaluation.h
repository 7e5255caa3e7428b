#pragma once

#include "analysis/analysisscore.h"
#include "analysis/spectrumanalysis.h"

#include <cmath>
#include <string>
#include <vector>

namespace spinhance::analysis {

/// One evaluation case: a spectrum file and the spin system that made it.
struct EvaluationCase {
    std::string spectrumPath;
    SpinSystem truth;
    int protons = 0; ///< the molecule's protons (given to the analysis when asked)
    double fieldMHz = 0.0;
};

/// Cases of a folder: every `X.jdx` (or other spectrum) with a `X.truth.json` beside it
/// (interchange record plus optional "protons" and "field_mhz"), sorted by name.
std::vector<EvaluationCase> loadEvaluationFolder(const std::string& folder);

struct CaseOutcome {
    EvaluationCase evaluationCase;
    AnswerScore score;
    std::vector<double> groupConfidence;
    std::vector<std::vector<double>> groupFeatures; ///< confidenceFeatures of each group
    std::vector<bool> groupRight;
    bool confident = false;
    std::vector<std::string> flags; ///< the answer's flag codes ("coupling-undetermined", …)
    double seconds = 0.0;
    std::string error; ///< the analysis refused or failed (message)
    /// BIC of the truth fitted to the same data minus BIC of the answer (NaN: not scored).
    /// Below minus a move's margin the search missed a better explanation; above it the spectrum
    /// itself does not prefer the truth (an identifiability limit, not a search failure).
    double truthDeltaBic = std::nan("");
};

/// Figures over a set of outcomes (design/analysis.md): solved rate, group-count and degeneracy
/// accuracy, shift and J mean errors, expected calibration error of the group confidences,
/// seconds per spectrum.
struct EvaluationSummary {
    int cases = 0;
    int failed = 0;
    double solvedRate = 0.0;
    double groupCountAccuracy = 0.0;
    double degeneracyAccuracy = 0.0; ///< matched groups with the right proton count
    double shiftMaePpm = 0.0;
    double couplingMaeHz = 0.0; ///< over truly coupled pairs
    double medianSeconds = 0.0;
    double calibrationError = 0.0; ///< expected calibration error over 10 confidence bins
    int confidentCases = 0;        ///< answers the analysis called confident
    int confidentSolved = 0;       ///< of those, how many were solved (the claim held)
    int unsolvedTruthScored = 0;   ///< unsolved cases whose truth was fitted (`scoreTruth`)
    /// of those, how many the truth fits better than the answer by more than a search move's
    /// margin: the search missed it (the rest the evidence does not decide for the truth)
    int unsolvedTruthFitsBetter = 0;
    std::vector<double> binConfidence, binAccuracy;
    std::vector<int> binCount;
};

EvaluationSummary summarise(const std::vector<CaseOutcome>& outcomes);

struct EvaluationRequest {
    bool giveProtons = false; ///< tell the analysis the molecule's proton count
    /// fit the truth to the same data beside the answer (one full fit more per case): tells a
    /// search that missed a better explanation from a spectrum that does not show the truth
    bool scoreTruth = false;
};

/// Runs the analysis on one case as `request` asks and scores it.
CaseOutcome evaluateCase(const EvaluationCase& evaluationCase, const EvaluationRequest& request,
                         AnalysisOptions options, Predictor* predictor, const CancelFlag* cancel);

} // namespace spinhance::analysis

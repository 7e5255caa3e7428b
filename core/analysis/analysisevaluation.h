#pragma once

#include "analysis/analysisscore.h"
#include "analysis/spectrumanalysis.h"

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
    std::vector<double> binConfidence, binAccuracy;
    std::vector<int> binCount;
};

EvaluationSummary summarise(const std::vector<CaseOutcome>& outcomes);

/// Runs the analysis on one case (with the case's proton count when `giveProtons`) and scores it.
CaseOutcome evaluateCase(const EvaluationCase& evaluationCase, bool giveProtons,
                         AnalysisOptions options, Predictor* predictor, const CancelFlag* cancel);

} // namespace spinhance::analysis

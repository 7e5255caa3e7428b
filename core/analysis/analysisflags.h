#pragma once

#include "analysis/hypothesis.h"
#include "analysis/spectrumanalysis.h"

namespace spinhance::analysis {

/// A coupling whose standard error passes this is not measured: two standard errors would reach
/// past the 0.3 Hz within which the evaluation calls a J right (docs/analysis.md, "solved").
constexpr double kDeterminedCouplingErrorHz = 0.15;

/// Flags the input before any fit (no signal, mostly solvent, too many groups, field outside what
/// the model was trained on). Returns false when the search must not start: the result then says
/// "no confident answer" with the reason.
bool inputFlags(AnalysisResult& result, int maxGroups, const Predictor* predictor);

/// Flags the answer (unexplained signal, couplings on their bound, no convergence, low confidence,
/// a materially different runner-up within `decisiveDeltaBic`) and sets `result.confident`.
void resultFlags(AnalysisResult& result, const ScoringContext& context, double decisiveDeltaBic);

/// A coupling on the edge of the allowed range: the fit explains lines the topology does not.
bool couplingAtBound(double couplingHz, double maxAbsCouplingHz);

} // namespace spinhance::analysis

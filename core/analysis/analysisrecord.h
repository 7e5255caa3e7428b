#pragma once

#include "analysis/spectrumanalysis.h"
#include "fit/fitproblem.h"

#include <string>

namespace spinhance::analysis {

/// The interchange record of the fitted system plus a "fit" object (per-group shift errors,
/// per-pair J errors marked "ok", "held", "at_bound" or "undetermined" — an error the data
/// leave infinite is written as null —, parameters with units, line model, rms, iterations,
/// convergence, region). The same record for the CLI `fit` verb and GUI exports.
std::string fittedSystemJson(const FitResult& fit, double maxAbsCouplingHz, int indent = 1);

/// The interchange record of the chosen system plus "fit", "group_confidence", "alternatives",
/// "evidence" (σ, regions with integrals and proton counts, known lines), "flags", "confident",
/// "seconds" — what `analyze --json` prints.
std::string analysisResultJson(const AnalysisResult& result, double maxAbsCouplingHz,
                               int indent = 1);

/// Measured, fitted and residual columns ("# ppm\tmeasured\tfitted\tresidual").
std::string fitCurvesTsv(const FitResult& fit);

} // namespace spinhance::analysis

#pragma once

#include "model/predictor.h"

#include <string>
#include <vector>

namespace spinhance {

/// Any readable spectrum file (or TSV) → processAuto → the model grid (unit integral).
/// `fieldMHz` receives the recorded spectrometer frequency (0 when the file gives none).
std::vector<double> modelInputFromFile(const std::string& path, double* fieldMHz = nullptr);

/// The predicted system as an interchange record plus "group_confidence" (per label) and
/// "pair_confidence" ([labelA, labelB, p] for each pair), pretty-printed when `indent` ≥ 0.
std::string predictionToJson(const Prediction& prediction, int indent = -1);

} // namespace spinhance

#pragma once

#include "model/predictor.h"

#include <string>
#include <vector>

namespace spinhance {

/// The predicted system as an interchange record plus "group_confidence" (per label) and
/// "pair_confidence" ([labelA, labelB, p] for each pair), pretty-printed when `indent` ≥ 0.
std::string predictionToJson(const Prediction& prediction, int indent = -1);

} // namespace spinhance

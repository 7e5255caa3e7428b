#pragma once

#include "model/predictor.h"
#include "model/targets.h"

#include <array>
#include <vector>

namespace spinhance::model {

/// Head outputs of one spectrum in physical units (after un-standardising), slot order.
struct RawPrediction {
    std::array<double, kMaxGroups> shiftPpm{};
    std::array<double, kMaxGroups> existProbability{};
    std::vector<double> degeneracyProbability; ///< kMaxGroups × vocabulary size, row-major
    std::array<double, kPairSlots> couplingHz{};
    std::array<double, kPairSlots> coupledProbability{};
    std::array<double, kPairSlots> equivalentProbability{};
};

/// Keeps the slots whose existence probability is ≥ 0.5, averages the shifts of groups flagged
/// equivalent (when `softEquivalence`), zeroes couplings judged uncoupled, sorts by shift ↓ then
/// degeneracy ↓ and labels A, B, ... The J matrix of the result is exactly symmetric.
Prediction decodePrediction(const RawPrediction& raw, bool softEquivalence);

} // namespace spinhance::model

#pragma once

#include "model/modelconfig.h"
#include "model/predictor.h"

#include <memory>
#include <string>

namespace spinhance::model {

/// Loads a model file, refusing with Error{Mismatch} a file whose format version, grid or (when
/// `sameRecipe`) recipe differs from `expected`. Predictor::load expects the model grid and any
/// recipe.
std::unique_ptr<Predictor> loadPredictor(const std::string& path, const ModelConfig& expected,
                                         ComputeDevice device = ComputeDevice::Cpu,
                                         bool sameRecipe = true);

} // namespace spinhance::model

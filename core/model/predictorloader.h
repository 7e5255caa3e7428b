#pragma once

#include "model/modelconfig.h"
#include "model/predictor.h"

#include <memory>
#include <string>

namespace spinhance::model {

/// Loads a model file, refusing with Error{Mismatch} a file whose format version, grid or (when
/// `expected.recipe` is non-empty) recipe differs from `expected`. Predictor::load expects the
/// model grid and any recipe.
std::unique_ptr<Predictor> loadPredictor(const std::string& path, const ModelConfig& expected,
                                         ComputeDevice device = ComputeDevice::Cpu);

} // namespace spinhance::model

#pragma once

#include "model/predictor.h"

#include <string>
#include <vector>

namespace spinhance {

/// The model an application loads when the user picked none: $SPINHANCE_MODEL, else
/// <executable dir>/../share/spinhance/models/default.spinmodel, else the source tree's
/// resources/models/default.spinmodel; an empty string when none exists.
std::string defaultModelPath();

namespace model {
struct ModelConfig;
}

/// The identity a loaded model's config gives (no file access; `path` is recorded as is).
ModelInfo modelInfoFromConfig(const std::string& path, const model::ModelConfig& config);

/// "025/desk", or "025/desk/peaks" for a peak-list model: how logs and the CLI name a model.
std::string modelShapeName(const ModelInfo& model);

/// Identity of a model file from its config alone (no weights are read). Throws like
/// Predictor::load.
ModelInfo readModelInfo(const std::string& path);

/// Every readable *.spinmodel in `dir`, sorted by recipe then size then path; unreadable files
/// are skipped.
std::vector<ModelInfo> listModels(const std::string& dir);

} // namespace spinhance

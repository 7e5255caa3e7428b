#pragma once

#include "model/modelconfig.h"

#include <string>

namespace spinhance::model {

/// A .spinmodel file: the magic line "SPINMODEL\n", the config JSON length as 8 little-endian
/// bytes, the config JSON, then a LibTorch archive of the weights. The config is read without
/// touching the weights, so listing models is cheap.
struct ModelFileContents {
    ModelConfig config;
    std::string weights; ///< serialised LibTorch archive
};

/// Reads only the config. Throws NotFound, Io, or Mismatch (not a model file / other format version).
ModelConfig readModelConfig(const std::string& path);
ModelFileContents readModelFile(const std::string& path);
/// Writes atomically (temporary file + rename).
void writeModelFile(const std::string& path, const ModelConfig& config, const std::string& weights);

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a crash
/// never leaves a half-written file under the final name.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace spinhance::model

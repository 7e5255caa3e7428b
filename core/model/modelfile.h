#pragma once

#include "common/atomicfile.h" // writeFileAtomically: model files and checkpoints
#include "model/modelconfig.h"

#include <cstdint>
#include <string>

namespace spinhance::model {

/// A .spinmodel file: the magic line "SPINMODEL2\n", then four 8-byte little-endian numbers (config
/// JSON length, weights length, FNV-1a 64 of the config, FNV-1a 64 of the weights), the config
/// JSON, then a LibTorch archive of the weights. The config is read (and its checksum checked)
/// without touching the weights, so listing models is cheap. Legacy files ("SPINMODEL\n", config
/// length, config, weights; no checksums) are still read.
struct ModelFileContents {
    ModelConfig config;
    std::string weights; ///< serialised LibTorch archive
};

/// Reads only the config. Throws NotFound, Io, Mismatch (not a model file / other format version),
/// or InvalidInput whose message says "truncated" (shorter than its header announces) or
/// "corrupted" (a checksum or a length that does not match).
ModelConfig readModelConfig(const std::string& path);
/// Reads config and weights, checking both checksums; throws as readModelConfig.
ModelFileContents readModelFile(const std::string& path);
/// The bytes of a model file holding `configJson` and `weights` (current format, with checksums).
std::string modelFileBytes(const std::string& configJson, const std::string& weights);
/// FNV-1a 64-bit hash of `bytes` (the model file's checksum).
std::uint64_t fnv1a64(const std::string& bytes);
/// Writes atomically (temporary file + rename).
void writeModelFile(const std::string& path, const ModelConfig& config, const std::string& weights);


} // namespace spinhance::model

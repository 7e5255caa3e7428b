#pragma once
// Private to core/model (includes LibTorch through network.h).

#include "model/network.h"

#include <string>

namespace spinhance::model {

/// Serialises module weights to bytes (a LibTorch archive) and back.
std::string weightsToBytes(torch::nn::Module& module);
void weightsFromBytes(torch::nn::Module& module, const std::string& bytes,
                      const std::string& source);

/// Writes a .spinmodel file with `net`'s weights.
void saveModel(const std::string& path, const ModelConfig& config, SpinGraphNet& net);

struct LoadedModel {
    ModelConfig config;
    SpinGraphNet net{nullptr};
};
/// Loads a .spinmodel file. Throws Error{Mismatch} for another format version, grid or vocabulary.
LoadedModel loadModel(const std::string& path);

/// torch::set_num_threads honouring OMP_NUM_THREADS; `threads` ≤ 0 means min(2, cores). Also
/// singleThreadedBlas().
void configureTorchThreads(int threads);

/// OpenBLAS (Debian's LibTorch's BLAS) runs on the thread that calls it, without its own thread
/// pool: LibTorch parallelises over its ops itself, and the two pools together oversubscribed the
/// cores (a desk training step on two threads at half the speed of one). No effect with another
/// BLAS. loadModel and configureTorchThreads call it.
void singleThreadedBlas();

} // namespace spinhance::model

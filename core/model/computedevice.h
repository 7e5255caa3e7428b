#pragma once

#include <string>

namespace spinhance {

/// Where the network runs. Auto picks CUDA when this LibTorch build sees a CUDA device, else the
/// CPU. The Debian LibTorch is CPU-only; a build against PyTorch's CUDA LibTorch
/// (tools/build-gpu.sh) can use the GPU.
enum class ComputeDevice { Cpu, Cuda, Auto };

/// "cpu", "cuda" or "auto"; throws Error{InvalidArgument} naming `option` for anything else.
ComputeDevice parseComputeDevice(const std::string& name, const std::string& option = "--device");
std::string computeDeviceName(ComputeDevice device);

/// True when this build can run the network on a CUDA device now.
bool cudaAvailable();

/// Auto → Cuda or Cpu. Throws Error{Unsupported} when Cuda is asked for and none is available.
ComputeDevice resolveComputeDevice(ComputeDevice device);

/// The device Predictor::load uses unless told otherwise: the CLI's --device and the GUI's
/// Settings → Compute device set it once per process. Cpu until set.
ComputeDevice preferredComputeDevice();
void setPreferredComputeDevice(ComputeDevice device);

} // namespace spinhance

#include "model/computedevice.h"

#include "common/error.h"

#include <atomic>
#include <torch/cuda.h>

namespace spinhance {

namespace {
std::atomic<ComputeDevice> g_preferred{ComputeDevice::Cpu};
}

ComputeDevice parseComputeDevice(const std::string& name, const std::string& option) {
    if (name == "cpu") return ComputeDevice::Cpu;
    if (name == "cuda") return ComputeDevice::Cuda;
    if (name == "auto") return ComputeDevice::Auto;
    throw Error(ErrorCode::InvalidArgument,
                "expected a device cpu, cuda or auto, found '" + name + "'",
                ErrorContext{{}, 0, option});
}

std::string computeDeviceName(ComputeDevice device) {
    switch (device) {
    case ComputeDevice::Cpu:
        return "cpu";
    case ComputeDevice::Cuda:
        return "cuda";
    case ComputeDevice::Auto:
        return "auto";
    }
    return "cpu";
}

bool cudaAvailable() {
    return torch::cuda::is_available();
}

ComputeDevice resolveComputeDevice(ComputeDevice device) {
    if (device == ComputeDevice::Auto)
        return cudaAvailable() ? ComputeDevice::Cuda : ComputeDevice::Cpu;
    if (device == ComputeDevice::Cuda && !cudaAvailable())
        throw Error(ErrorCode::Unsupported,
                    "CUDA was requested but this LibTorch build sees no CUDA device (the Debian "
                    "LibTorch is CPU-only; build with tools/build-gpu.sh on a CUDA machine)",
                    ErrorContext{{}, 0, "device"});
    return device;
}

ComputeDevice preferredComputeDevice() {
    return g_preferred.load();
}
void setPreferredComputeDevice(ComputeDevice device) {
    g_preferred.store(device);
}

} // namespace spinhance

// The compute device: names parsed once at the boundaries (CLI --device, Settings), Auto resolved
// against what this LibTorch build sees, and a clear refusal when CUDA is asked for and absent.
#include "model/computedevice.h"

#include "common/error.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

TEST(ComputeDevice, NamesRoundTrip) {
    for (ComputeDevice device : {ComputeDevice::Cpu, ComputeDevice::Cuda, ComputeDevice::Auto})
        EXPECT_EQ(parseComputeDevice(computeDeviceName(device)), device);
}

TEST(ComputeDevice, AnUnknownNameIsInvalidInputNamingTheOption) {
    try {
        parseComputeDevice("gpu", "Settings → Compute device");
        FAIL() << "gpu was accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidArgument);
        const std::string text = e.what();
        EXPECT_NE(text.find("'gpu'"), std::string::npos) << text;
        EXPECT_NE(text.find("cpu, cuda or auto"), std::string::npos) << text;
        EXPECT_EQ(e.context().field, "Settings → Compute device");
    }
}

TEST(ComputeDevice, AutoIsCudaExactlyWhenThisBuildSeesOne) {
    EXPECT_EQ(resolveComputeDevice(ComputeDevice::Auto),
              cudaAvailable() ? ComputeDevice::Cuda : ComputeDevice::Cpu);
    EXPECT_EQ(resolveComputeDevice(ComputeDevice::Cpu), ComputeDevice::Cpu);
}

TEST(ComputeDevice, CudaWithoutADeviceIsRefusedWithAReason) {
    if (cudaAvailable()) GTEST_SKIP() << "this build sees a CUDA device";
    try {
        resolveComputeDevice(ComputeDevice::Cuda);
        FAIL() << "CUDA was accepted on a build that sees none";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Unsupported);
        EXPECT_NE(std::string(e.what()).find("no CUDA device"), std::string::npos) << e.what();
    }
}

TEST(ComputeDevice, ThePreferredDeviceKeepsWhatIsSet) {
    const ComputeDevice before = preferredComputeDevice();
    setPreferredComputeDevice(ComputeDevice::Auto);
    EXPECT_EQ(preferredComputeDevice(), ComputeDevice::Auto);
    setPreferredComputeDevice(before);
    EXPECT_EQ(preferredComputeDevice(), before);
}

} // namespace
} // namespace spinhance

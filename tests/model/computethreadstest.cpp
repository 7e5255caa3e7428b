// CPU threads: LibTorch's own pool does the parallel work, and OpenBLAS (Debian's LibTorch's BLAS)
// runs on the thread that calls it. The two pools together had oversubscribed the cores: a desk
// training step on two threads ran at half the speed of one thread (modelbench).
#include "model/modelio.h"

#include <dlfcn.h>
#include <gtest/gtest.h>

namespace spinhance::model {
namespace {

TEST(ComputeThreads, OpenBlasRunsOnTheCallingThreadOnceTorchThreadsAreSet) {
    using GetThreads = int (*)();
    auto* blasThreads =
        reinterpret_cast<GetThreads>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    if (!blasThreads) GTEST_SKIP() << "this LibTorch's BLAS is not OpenBLAS";
    configureTorchThreads(2);
    EXPECT_EQ(torch::get_num_threads(), 2);
    EXPECT_EQ(blasThreads(), 1);
}

} // namespace
} // namespace spinhance::model

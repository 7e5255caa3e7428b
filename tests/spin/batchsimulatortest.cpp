#include "spin/batchsimulator.h"

#include "common/error.h"

#include <gtest/gtest.h>
#include <numeric>

using namespace spinhance;

namespace {

std::vector<SpinSystem> someSystems(int count) {
    std::vector<SpinSystem> systems;
    for (int k = 0; k < count; ++k) {
        SpinSystem s;
        s.id = "s" + std::to_string(k);
        s.addGroup(1.0 + 0.03 * k, 3);
        s.addGroup(1.3 + 0.01 * k, 2);
        s.addGroup(7.2, 1 + k % 3);
        s.setCouplingHz(0, 1, 7.0 + 0.1 * k);
        s.setCouplingHz(1, 2, k % 2 ? 0.0 : 1.5);
        systems.push_back(s);
    }
    return systems;
}

} // namespace

TEST(BatchSimulator, SameOutputWhateverTheThreadCount) {
    const std::vector<SpinSystem> systems = someSystems(12);
    BatchSimulationOptions options;
    options.grid = {0.0, 10.0, 4096};
    options.threads = 1;
    const std::vector<BatchSpectrum> serial = simulateBatch(systems, options);
    options.threads = 4;
    const std::vector<BatchSpectrum> parallel = simulateBatch(systems, options);
    ASSERT_EQ(serial.size(), systems.size());
    for (std::size_t i = 0; i < systems.size(); ++i) {
        ASSERT_TRUE(serial[i].ok()) << serial[i].error;
        EXPECT_EQ(serial[i].intensity, parallel[i].intensity) << "system " << i; // bit-identical
        EXPECT_EQ(serial[i].intensity, simulateSpectrum(systems[i], options.grid));
    }
}

TEST(BatchSimulator, NormalisesToUnitAreaAndReportsProgress) {
    BatchSimulationOptions options;
    options.normaliseToUnitArea = true;
    options.threads = 3;
    long long calls = 0, lastTotal = 0;
    const auto results = simulateBatch(someSystems(5), options, [&](const Progress& p) {
        ++calls;
        lastTotal = p.total;
    });
    EXPECT_EQ(calls, 5);
    EXPECT_EQ(lastTotal, 5);
    for (const BatchSpectrum& r : results)
        EXPECT_NEAR(std::accumulate(r.intensity.begin(), r.intensity.end(), 0.0) *
                        options.grid.stepPpm(),
                    1.0, 1e-9);
}

TEST(BatchSimulator, AFailingSystemDoesNotStopTheBatch) {
    std::vector<SpinSystem> systems = someSystems(3);
    systems[1].group(0).protonCount = 0;
    const auto results = simulateBatch(systems, {});
    EXPECT_TRUE(results[0].ok());
    EXPECT_FALSE(results[1].ok());
    EXPECT_NE(results[1].error.find("spin_groups[0] n"), std::string::npos) << results[1].error;
    EXPECT_TRUE(results[2].ok());
}

TEST(BatchSimulator, CancelThrowsCancelled) {
    CancelFlag cancel{true};
    try {
        simulateBatch(someSystems(4), {}, {}, &cancel);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
}

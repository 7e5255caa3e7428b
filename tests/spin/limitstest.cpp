// The limits of spinlimits.h (issue 14): absurd systems are refused at once with a message naming
// the limit and the input, sizes never overflow, and the documented passing cases still pass.
#include "common/error.h"
#include "spin/simulator.h"
#include "spin/spinlimits.h"
#include "spin/spinsystemjson.h"

#include <chrono>
#include <cstdint>
#include <gtest/gtest.h>
#include <limits>
#include <string>

namespace spinhance {
namespace {

constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();

// n one-proton groups, neighbours coupled by 7 Hz, shifts 0.5 ppm apart (weak at 90 MHz: each
// link is its own sub-cluster, only the product basis grows).
SpinSystem chain(int groups, int protonsPerGroup = 1) {
    SpinSystem s;
    for (int k = 0; k < groups; ++k)
        s.addGroup(0.5 + 0.25 * k, protonsPerGroup);
    for (std::size_t k = 0; k + 1 < std::size_t(groups); ++k)
        s.setCouplingHz(k, k + 1, 7.0);
    return s;
}

SpinSystem fullyCoupled(int groups) {
    SpinSystem s;
    for (int k = 0; k < groups; ++k)
        s.addGroup(2.0 + 0.02 * k, 1);
    for (std::size_t i = 0; i < std::size_t(groups); ++i)
        for (std::size_t j = i + 1; j < std::size_t(groups); ++j)
            s.setCouplingHz(i, j, 3.0 + 0.5 * double(j - i));
    return s;
}

// Runs `call`, expects Error{code} whose message contains every one of `parts`.
template <typename Call>
void expectError(Call call, ErrorCode code, std::initializer_list<std::string> parts) {
    try {
        call();
        FAIL() << "expected Error{" << errorCodeName(code) << "}";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), code) << e.what();
        for (const std::string& part : parts)
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
    }
}

TEST(Saturation, ProductsAndSumsStopAtTheTop) {
    EXPECT_EQ(saturatingMultiply(std::uint64_t(1) << 32, std::uint64_t(1) << 32), kMax);
    EXPECT_EQ(saturatingMultiply(3, 5), 15u);
    EXPECT_EQ(saturatingMultiply(0, kMax), 0u);
    EXPECT_EQ(saturatingAdd(kMax - 1, 2), kMax);
    EXPECT_EQ(saturatingAdd(2, 3), 5u);
}

TEST(ClusterSizes, CountTheDocumentedCases) {
    // 12 coupled 1H: 4096 states, largest block C(12,6) = 924, Σ d² = C(24,12).
    const ClusterSize twelve = simulationClusterSize(std::vector<int>(12, 1));
    EXPECT_EQ(twelve.basisStates, 4096u);
    EXPECT_EQ(twelve.largestBlock, 924u);
    EXPECT_EQ(twelve.blockSquares, 2704156u);
    // Σ d³ = Σ C(12,k)³, the Franel number for 12 (OEIS A000172).
    EXPECT_EQ(twelve.blockCubes, 2046924400u);
    // 8 CH2: 3^8 states, block 1107.
    EXPECT_EQ(simulationClusterSize(std::vector<int>(8, 2)).largestBlock, 1107u);
    // 64 one-proton groups: 2^64 states saturate instead of wrapping to 0.
    const ClusterSize huge = simulationClusterSize(std::vector<int>(64, 1));
    EXPECT_EQ(huge.basisStates, kMax);
    EXPECT_EQ(huge.largestBlock, kMax);
}

TEST(ClusterSizes, WeakLinksSplitTheBlocks) {
    // Two independent AB halves: blocks are products of each half's (2 x 2 at most).
    const ClusterSize split = simulationClusterSize({1, 1, 1, 1}, {0, 0, 1, 1});
    EXPECT_EQ(split.basisStates, 16u);
    EXPECT_EQ(split.largestBlock, 4u);
    EXPECT_EQ(simulationClusterSize({1, 1, 1, 1}).largestBlock, 6u);
}

TEST(ClusterSizes, FitMemoryGrowsWithItsDerivativeColumns) {
    // 12 fully coupled protons with every shift and J free (12 + 66 columns): gigabytes, refused.
    const ClusterSize fit = fitClusterSize(std::vector<int>(12, 1), 66, 78);
    EXPECT_GT(fit.estimatedBytes, limits::kMaxClusterBytes);
    expectError([&] { checkClusterSize(fit, "the test cluster"); }, ErrorCode::Unsupported,
                {"the test cluster", "MiB of memory", "1024 MiB"});
    EXPECT_LT(fitClusterSize({1, 1, 1}, 3, 6).estimatedBytes, std::uint64_t(1) << 20);
}

TEST(SimulateLimits, ChainOf31GroupsIsRefusedNamingTheStates) {
    const auto start = std::chrono::steady_clock::now();
    expectError([] { simulateSticks(chain(31), {90.0}); }, ErrorCode::Unsupported,
                {"31 groups", "2147483648 product states", "1048576"});
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(SimulateLimits, ChainOf150ProtonsIsRefused) {
    expectError([] { simulateSticks(chain(150), {90.0}); }, ErrorCode::Unsupported,
                {"150 groups", "150 coupled protons", "128 protons per coupled cluster"});
}

TEST(SimulateLimits, TwelveCoupledProtonsStillSimulate) {
    EXPECT_FALSE(simulateSticks(fullyCoupled(12), {90.0}).empty());
}

TEST(SimulateLimits, ThirteenCoupledProtonsNameTheBlock) {
    expectError([] { simulateSticks(fullyCoupled(13), {90.0}); }, ErrorCode::Unsupported,
                {"13 groups", "Fz block of dimension 1716", "1200"});
}

TEST(Validate, AGroupOfAMillionProtonsIsRefusedAtOnce) {
    SpinSystem s;
    s.addGroup(1.0, 1000000);
    s.addGroup(2.0, 1);
    s.setCouplingHz(0, 1, 7.0);
    const auto start = std::chrono::steady_clock::now();
    expectError([&] { simulateSticks(s, {90.0}); }, ErrorCode::InvalidInput,
                {"spin_groups[0] n", "1 to 64 equivalent protons", "found 1000000"});
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(Validate, AHugeShiftIsRefusedInAShortMessage) {
    SpinSystem s;
    s.addGroup(1e308, 1);
    expectError([&] { validate(s); }, ErrorCode::InvalidInput,
                {"spin_groups[0] ppm", "-50..100 ppm", "found 1e+308"});
    try {
        validate(s);
    } catch (const Error& e) {
        EXPECT_LT(std::string(e.what()).size(), 200u) << e.what();
    }
}

TEST(Validate, ShiftsAndCouplingsOutsideTheirRangeAreRefused) {
    SpinSystem s;
    s.addGroup(-60.0, 1);
    expectError([&] { validate(s); }, ErrorCode::InvalidInput, {"found -60"});
    s.group(0).shiftPpm = 99.0;
    validate(s);
    s.addGroup(1.0, 1);
    s.setCouplingHz(0, 1, 1e6);
    expectError([&] { validate(s); }, ErrorCode::InvalidInput,
                {"couplings A-B", "±500 Hz", "found 1e+06"});
    s.setCouplingHz(0, 1, std::numeric_limits<double>::quiet_NaN());
    expectError([&] { validate(s); }, ErrorCode::InvalidInput, {"found nan"});
}

TEST(Validate, TooManyGroupsAreRefusedBeforeTheyAreBuilt) {
    std::string json = "{\"id\": \"many\", \"spin_groups\": [";
    for (int k = 0; k < 5000; ++k)
        json += (k ? ",[1.0, 1]" : "[1.0, 1]");
    json += "]}";
    const auto start = std::chrono::steady_clock::now();
    expectError([&] { parseSpinSystems(json, "many.json"); }, ErrorCode::InvalidInput,
                {"many.json", "at most 256 groups", "found 5000"});
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(Validate, NumberOverflowInJsonNamesTheFile) {
    expectError(
        [] { parseSpinSystems(R"({"id": "x", "spin_groups": [[1e400, 1]]})", "overflow.json"); },
        ErrorCode::InvalidInput, {"overflow.json", "not valid JSON"});
}

} // namespace
} // namespace spinhance

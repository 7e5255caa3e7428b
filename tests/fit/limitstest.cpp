// The fit enforces the same limits as the simulator (issue 14): a start system beyond them is
// refused with a clean Error before anything large is allocated, never a crash, a hang or a bogus
// result.
#include "common/error.h"
#include "fit/fitproblem.h"
#include "spin/spinlimits.h"

#include <chrono>
#include <gtest/gtest.h>
#include <string>
#include <vector>

namespace spinhance {
namespace {

constexpr double kFieldMHz = 90.0;

FitData flatSpectrum() {
    const PpmGrid grid{0.0, 10.0, 2048};
    std::vector<double> intensity(std::size_t(grid.points), 0.0);
    for (std::size_t i = 0; i < intensity.size(); ++i)
        intensity[i] = 1e-3 * double(i % 7);
    return {grid, kFieldMHz, intensity, {}};
}

SpinSystem chain(int groups) {
    SpinSystem s;
    for (int k = 0; k < groups; ++k)
        s.addGroup(0.5 + 0.25 * k, 1);
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

// The fit of `start` must end in Error{code} whose message holds every one of `parts`, within a
// second.
void expectRefused(const SpinSystem& start, ErrorCode code,
                   std::initializer_list<std::string> parts) {
    const auto began = std::chrono::steady_clock::now();
    try {
        LineModel line;
        line.linewidthHz = 1.0;
        fitSpinSystem(flatSpectrum(), start, line, FitOptions{});
        FAIL() << "expected Error{" << errorCodeName(code) << "}";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), code) << e.what();
        for (const std::string& part : parts)
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - began, std::chrono::seconds(1));
}

TEST(FitLimits, ChainOf31GroupsIsRefusedNotACrash) {
    expectRefused(chain(31), ErrorCode::Unsupported, {"31 groups", "2147483648 product states"});
}

TEST(FitLimits, ChainOf30GroupsIsRefused) {
    expectRefused(chain(30), ErrorCode::Unsupported, {"30 groups", "1073741824 product states"});
}

TEST(FitLimits, TwelveFullyCoupledProtonsAreRefusedByTheMemoryEstimate) {
    expectRefused(fullyCoupled(12), ErrorCode::Unsupported,
                  {"12 groups", "MiB of memory", "1024 MiB"});
}

TEST(FitLimits, AGroupOfAMillionProtonsIsRefused) {
    SpinSystem s;
    s.addGroup(1.0, 1000000);
    expectRefused(s, ErrorCode::InvalidInput, {"found 1000000"});
}

TEST(FitLimits, AShiftOf1e308IsRefused) {
    SpinSystem s;
    s.addGroup(1e308, 1);
    s.addGroup(2.0, 1);
    expectRefused(s, ErrorCode::InvalidInput, {"spin_groups[0] ppm", "found 1e+308"});
}

TEST(FitLimits, AnEmptySystemIsRefused) {
    expectRefused(SpinSystem{}, ErrorCode::InvalidArgument, {"no groups"});
}

} // namespace
} // namespace spinhance

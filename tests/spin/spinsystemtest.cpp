// SpinSystem's own bookkeeping: the coupling matrix as groups come and go, against a plain map of
// the couplings that were set.
#include "spin/spinsystem.h"

#include <gtest/gtest.h>
#include <map>
#include <random>
#include <utility>

using namespace spinhance;

// Groups added one at a time (as the journal reader and the samplers build systems), each coupled
// to a few earlier ones, then one removed: every J is the one set, every other is 0, the matrix
// stays symmetric with a zero diagonal, and labels follow positions.
TEST(SpinSystem, CouplingsSurviveGroupsAddedOneByOneAndARemoval) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> hz(-20.0, 20.0);
    SpinSystem s;
    std::map<std::pair<std::size_t, std::size_t>, double> expected;
    for (std::size_t g = 0; g < 40; ++g) {
        EXPECT_EQ(s.addGroup(0.1 * double(g), 1), g);
        for (std::size_t k = 0; k < 3 && k < g; ++k) {
            const std::size_t other = random() % g;
            const double j = hz(random);
            s.setCouplingHz(g, other, j);
            expected[{other, g}] = j;
        }
    }
    const auto check = [&](const SpinSystem& system, std::size_t removed) {
        const auto original = [removed](std::size_t i) { return i < removed ? i : i + 1; };
        for (std::size_t i = 0; i < system.size(); ++i)
            for (std::size_t j = 0; j < system.size(); ++j) {
                const auto a = std::min(original(i), original(j)),
                           b = std::max(original(i), original(j));
                const auto found = expected.find({a, b});
                const double want = i == j || found == expected.end() ? 0.0 : found->second;
                ASSERT_EQ(system.couplingHz(i, j), want) << i << ", " << j;
            }
    };
    ASSERT_EQ(s.couplingMatrixHz().size(), 40u * 40u);
    check(s, 40);
    EXPECT_EQ(s.group(26).label, "A1"); // "A".."Z", then "A1"...
    s.removeGroup(13);
    ASSERT_EQ(s.size(), 39u);
    check(s, 13);
    EXPECT_DOUBLE_EQ(s.group(13).shiftPpm, 1.4);
}

#include "analysis/analysisscore.h"

#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

SpinSystem ethyl(double shiftA, double shiftB, double couplingHz, int protonsB = 3) {
    SpinSystem s;
    s.addGroup(shiftA, 2);
    s.addGroup(shiftB, protonsB);
    s.setCouplingHz(0, 1, couplingHz);
    return s;
}

TEST(Score, IdenticalSystemsAreSolvedWhateverTheGroupOrder) {
    SpinSystem swapped;
    swapped.addGroup(1.2, 3);
    swapped.addGroup(4.1, 2);
    swapped.setCouplingHz(0, 1, -7.1); // relative sign invisible: magnitudes compared
    const AnswerScore s = scoreAnswer(swapped, ethyl(4.1, 1.2, 7.1));
    EXPECT_TRUE(s.solved);
    EXPECT_EQ(s.coupledPairs, 1);
    EXPECT_DOUBLE_EQ(s.maxShiftErrorPpm, 0.0);
}

TEST(Score, ToleranceEdgesDecideSolved) {
    EXPECT_TRUE(scoreAnswer(ethyl(4.109, 1.2, 7.35), ethyl(4.1, 1.2, 7.1)).solved);
    EXPECT_FALSE(scoreAnswer(ethyl(4.112, 1.2, 7.1), ethyl(4.1, 1.2, 7.1)).solved);
    EXPECT_FALSE(scoreAnswer(ethyl(4.1, 1.2, 7.45), ethyl(4.1, 1.2, 7.1)).solved);
    EXPECT_FALSE(scoreAnswer(ethyl(4.1, 1.2, 7.1, 2), ethyl(4.1, 1.2, 7.1)).solved);
}

TEST(Score, AaBbPartnersAreMatchedByTheirCouplings) {
    auto ring = [](bool swapped) { // A, A' at 8.2, B, B' at 6.9; ortho A-B and A'-B'
        SpinSystem s;
        for (double ppm : {8.2, 8.2, 6.9, 6.9})
            s.addGroup(ppm, 1);
        const std::size_t b = swapped ? 3 : 2, b2 = swapped ? 2 : 3;
        s.setCouplingHz(0, b, 9.0);
        s.setCouplingHz(1, b2, 9.0);
        s.setCouplingHz(0, 1, 2.3);
        s.setCouplingHz(2, 3, 2.3);
        s.setCouplingHz(0, b2, 0.4);
        s.setCouplingHz(1, b, 0.4);
        return s;
    };
    EXPECT_TRUE(scoreAnswer(ring(true), ring(false)).solved);
}

TEST(Score, AMissingGroupFailsCountAndCouplings) {
    SpinSystem one;
    one.addGroup(4.1, 2);
    const AnswerScore s = scoreAnswer(one, ethyl(4.1, 1.2, 7.1));
    EXPECT_FALSE(s.groupCountRight);
    EXPECT_FALSE(s.solved);
    EXPECT_EQ(s.matchedGroups, 1);
    EXPECT_EQ(s.coupledPairs, 0);
}

} // namespace
} // namespace spinhance::analysis

#include "analysis/analysisscore.h"
#include "analysis/groupevidence.h"

#include <algorithm>
#include <cstdlib>
#include <gtest/gtest.h>
#include <vector>

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

// Toluene's ring (Gottlieb 1997 shifts, typical J): H2, H4 and H6 share 7.17 ppm, H3 and H5 7.25.
// `order` lists which proton each group is; the couplings follow the protons, not the groups.
SpinSystem tolueneRing(const std::vector<int>& order) {
    const double shiftOf[] = {0.0, 0.0, 7.17, 7.25, 7.17, 7.25, 7.17}; // by ring position
    auto j = [](int a, int b) {
        const int gap = std::min(std::abs(a - b), 6 - std::abs(a - b));
        return gap == 1 ? 7.5 : gap == 2 ? 1.5 : 0.6;
    };
    SpinSystem s;
    for (int position : order)
        s.addGroup(shiftOf[position], 1);
    for (std::size_t a = 0; a < order.size(); ++a)
        for (std::size_t b = a + 1; b < order.size(); ++b)
            s.setCouplingHz(a, b, j(order[a], order[b]));
    return s;
}

TEST(Score, ThreeEqualShiftGroupsAreMatchedByTheirCouplings) {
    const SpinSystem truth = tolueneRing({2, 6, 3, 5, 4});
    // The same ring listed para first: matched by shift alone, H4's couplings would be compared
    // with H2's (7.5 against 1.5 Hz).
    const AnswerScore s = scoreAnswer(tolueneRing({4, 2, 6, 3, 5}), truth);
    EXPECT_TRUE(s.solved);
    EXPECT_NEAR(s.maxCouplingErrorHz, 0.0, 1e-12);
    EXPECT_EQ(s.coupledPairs, 10); // 4 ortho, 4 meta, 2 para

    // No order of equal-shift groups hides a wrong J: one ortho J 1 Hz off stays 1 Hz off.
    SpinSystem wrong = tolueneRing({4, 2, 6, 3, 5});
    wrong.setCouplingHz(0, 3, 6.5); // H4-H3
    const AnswerScore w = scoreAnswer(wrong, truth);
    EXPECT_FALSE(w.solved);
    EXPECT_NEAR(w.maxCouplingErrorHz, 1.0, 1e-9);
}

// An answer that ties two protons 0.003 ppm apart in the truth (one shift for both) labels them
// in no particular order: either pairing gives the same shift errors, so the couplings decide
// (a phenyl's two ortho protons, each coupled 8 Hz to its own meta neighbour).
TEST(Score, AnAnswersTiedPairIsMatchedByItsCouplings) {
    SpinSystem truth;
    for (double ppm : {7.32, 6.9211, 6.918})
        truth.addGroup(ppm, 1);
    truth.setCouplingHz(0, 1, 8.1);
    truth.setCouplingHz(0, 2, 0.5);
    SpinSystem found;
    for (double ppm : {7.32, 6.9196, 6.9196})
        found.addGroup(ppm, 1);
    found.setCouplingHz(0, 1, 0.5);
    found.setCouplingHz(0, 2, 8.1);
    const AnswerScore s = scoreAnswer(found, truth);
    EXPECT_TRUE(s.solved);
    EXPECT_NEAR(s.maxCouplingErrorHz, 0.0, 1e-12);
    // Found 0.003 ppm apart like the truth, the labels mean something: the swap stays wrong.
    found.group(1).shiftPpm = 6.9211;
    found.group(2).shiftPpm = 6.918;
    EXPECT_FALSE(scoreAnswer(found, truth).solved);
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

// A runner-up is a different answer only when it would be scored differently: a group split
// into two at one shift (the same spectrum) or a 0.2 Hz J more is the same answer; a 1 Hz J
// more, a shift 0.02 ppm away or another proton count is not.
TEST(Score, MateriallySameIgnoresWhatNoScoreSees) {
    SpinSystem answer;
    answer.addGroup(7.20, 1);
    answer.addGroup(3.52, 2);
    SpinSystem split;
    split.addGroup(7.20, 1);
    split.addGroup(3.5205, 1);
    split.addGroup(3.5195, 1);
    split.setCouplingHz(1, 2, -12.4);
    EXPECT_TRUE(materiallySame(split, answer));
    SpinSystem tiny = answer;
    tiny.setCouplingHz(0, 1, 0.2);
    EXPECT_TRUE(materiallySame(tiny, answer));
    SpinSystem longRange = split;
    longRange.setCouplingHz(0, 2, 1.0);
    EXPECT_FALSE(materiallySame(longRange, answer));
    SpinSystem moved = answer;
    moved.group(1).shiftPpm = 3.54;
    EXPECT_FALSE(materiallySame(moved, answer));
    SpinSystem recounted = answer;
    recounted.group(1).protonCount = 3;
    EXPECT_FALSE(materiallySame(recounted, answer));
    // A 4 H singlet read as a thiophene-like AA'BB' whose pairs are 0.35 Hz apart at 90 MHz:
    // one line within half a 1 Hz line width, a different answer at a 0.002 ppm resolution.
    SpinSystem singlet;
    singlet.addGroup(7.05, 4);
    SpinSystem ring;
    for (double ppm : {7.0519, 7.0519, 7.0480, 7.0480})
        ring.addGroup(ppm, 1);
    ring.setCouplingHz(0, 2, 4.9);
    ring.setCouplingHz(1, 3, 4.9);
    ring.setCouplingHz(0, 1, 2.8);
    ring.setCouplingHz(2, 3, 3.5);
    ring.setCouplingHz(0, 3, 1.0);
    ring.setCouplingHz(1, 2, 1.0);
    EXPECT_TRUE(materiallySame(ring, singlet, 0.5 / 90.0));
    EXPECT_FALSE(materiallySame(ring, singlet));
}

} // namespace
} // namespace spinhance::analysis

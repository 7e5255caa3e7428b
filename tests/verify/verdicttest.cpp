// Verdicts of predicted groups against an answer, on hand-made systems whose right verdicts are
// read off the shifts by eye.
#include "verify/verdicts.h"

#include <gtest/gtest.h>

namespace spinhance::verify {
namespace {

SpinSystem systemOf(const std::vector<std::pair<double, int>>& groups) {
    SpinSystem s;
    for (const auto& [ppm, protons] : groups)
        s.addGroup(ppm, protons);
    return s;
}

TEST(Verdicts, FoundShiftedAndMissing) {
    const SpinSystem predicted = systemOf({{4.10, 2}, {2.05, 3}, {1.25, 3}});
    const SpinSystem answer = systemOf({{4.12, 2}, {2.40, 3}});
    const Verdicts v = compareGroups(predicted, answer);
    ASSERT_EQ(v.groups.size(), 3u);
    EXPECT_EQ(v.groups[0].verdict, Verdict::Found);
    EXPECT_NEAR(v.groups[0].deltaPpm, 0.02, 1e-9);
    EXPECT_EQ(v.groups[1].verdict, Verdict::Shifted);
    EXPECT_NEAR(v.groups[1].deltaPpm, 0.35, 1e-9);
    EXPECT_EQ(v.groups[2].verdict, Verdict::Missing);
    EXPECT_TRUE(v.unexplained.empty());
    // (2·1 + 3·(0.6−0.35)/0.45 + 0) / 8
    EXPECT_NEAR(v.protonAgreement, (2.0 + 3.0 * 0.25 / 0.45) / 8.0, 1e-9);
}

TEST(Verdicts, ProtonCountMustAgreeAndLeftoversAreUnexplained) {
    const SpinSystem predicted = systemOf({{3.70, 3}});
    const SpinSystem answer = systemOf({{3.72, 1}, {6.90, 1}}); // 1H cannot be a 3H signal
    const Verdicts v = compareGroups(predicted, answer);
    EXPECT_EQ(v.groups[0].verdict, Verdict::Missing);
    ASSERT_EQ(v.unexplained.size(), 2u);
    EXPECT_DOUBLE_EQ(v.protonAgreement, 0.0);
}

TEST(Verdicts, PartnersWithOneShiftAreOneSignal) {
    // AA'BB' partners predicted as four 1H groups; the answer gives two 2H groups.
    const SpinSystem predicted = systemOf({{7.20, 1}, {7.20, 1}, {7.05, 1}, {7.05, 1}});
    const SpinSystem answer = systemOf({{7.22, 2}, {7.10, 2}});
    const Verdicts v = compareGroups(predicted, answer);
    for (const GroupVerdict& g : v.groups)
        EXPECT_EQ(g.verdict, Verdict::Found) << g.label;
    EXPECT_DOUBLE_EQ(v.protonAgreement, 1.0);
}

// Overlap either way: AA'BB' halves predicted 0.04 ppm apart are one 4H multiplet in the answer,
// and a 6H doublet the answer reads as two groups (3H + 2H) is still that doublet. Merged
// neighbours are matched only after the one-to-one pass, and never across a matched signal.
TEST(Verdicts, CloseLeftoversAreMergedOnEitherSide) {
    const SpinSystem predicted =
        systemOf({{7.07, 1}, {7.07, 1}, {7.03, 1}, {7.03, 1}, {2.45, 2}, {1.00, 6}});
    const SpinSystem answer = systemOf({{7.16, 4}, {2.46, 2}, {0.94, 2}, {0.88, 3}});
    const Verdicts v = compareGroups(predicted, answer);
    for (const GroupVerdict& g : v.groups)
        EXPECT_EQ(g.verdict, Verdict::Found) << g.label;
    EXPECT_NEAR(v.groups[0].foundPpm, 7.16, 1e-9);
    EXPECT_EQ(v.groups[0].signalProtons, 4);
    EXPECT_EQ(v.groups[5].foundProtons, 5);
    EXPECT_NEAR(v.groups[5].foundPpm, (0.94 * 2 + 0.88 * 3) / 5.0, 1e-9);
    EXPECT_TRUE(v.unexplained.empty());
    // 4 + 2 + 6·5/6 agreed protons of 12
    EXPECT_NEAR(v.protonAgreement, 11.0 / 12.0, 1e-9);
    // A matched signal between two leftovers keeps them apart.
    // (Merged, 1.10 and 1.28 would be a 4H signal the 4H answer at 1.19 explains.)
    const Verdicts apart = compareGroups(systemOf({{1.10, 2}, {1.20, 3}, {1.28, 2}}),
                                         systemOf({{1.20, 3}, {1.19, 4}}));
    EXPECT_EQ(apart.groups[1].verdict, Verdict::Found);
    EXPECT_EQ(apart.groups[0].verdict, Verdict::Missing);
    EXPECT_EQ(apart.groups[2].verdict, Verdict::Missing);
    ASSERT_EQ(apart.unexplained.size(), 1u);
    EXPECT_EQ(apart.unexplained[0].protons, 4);
}

TEST(Verdicts, ClosestPairsAreTakenFirst) {
    const SpinSystem predicted = systemOf({{1.00, 3}, {1.30, 3}});
    const SpinSystem answer = systemOf({{1.28, 3}, {0.95, 3}});
    const Verdicts v = compareGroups(predicted, answer);
    EXPECT_NEAR(v.groups[0].foundPpm, 0.95, 1e-9);
    EXPECT_NEAR(v.groups[1].foundPpm, 1.28, 1e-9);
}

TEST(Verdicts, AgreementFallsLinearly) {
    EXPECT_DOUBLE_EQ(shiftAgreement(0.15), 1.0);
    EXPECT_NEAR(shiftAgreement(-0.375), 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(shiftAgreement(0.6), 0.0);
}

} // namespace
} // namespace spinhance::verify

#include "structuretesthelpers.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

using test::groupIndex;
using test::sortedCounts;

TEST(Symmetry, EthylAcetateHasThreeGroups) {
    const StructureSpin spin = spinFromSmiles("CCOC(C)=O");
    EXPECT_EQ(sortedCounts(spin.system), (std::vector<int>{2, 3, 3}));
}

TEST(Symmetry, ParaDisubstitutedRingGivesAaBbGroups) {
    // 4-chloroanisole: two chemical classes of two ring protons each, each split into two
    // magnetically inequivalent groups (H2 couples 8 Hz to H3, 0.7 Hz to H5).
    const StructureSpin spin = spinFromSmiles("COc1ccc(Cl)cc1");
    EXPECT_EQ(sortedCounts(spin.system), (std::vector<int>{1, 1, 1, 1, 3}));
    const int h4 = groupIndex(spin, "H4"), h9 = groupIndex(spin, "H9"); // ortho to OCH3
    ASSERT_GE(h4, 0);
    ASSERT_GE(h9, 0);
    EXPECT_EQ(spin.info[std::size_t(h4)].chemicalClass, spin.info[std::size_t(h9)].chemicalClass);
    EXPECT_DOUBLE_EQ(spin.system.group(std::size_t(h4)).shiftPpm,
                     spin.system.group(std::size_t(h9)).shiftPpm);
}

TEST(Symmetry, IsopropylMethylsFormOneSixProtonDoublet) {
    const StructureSpin spin = spinFromSmiles("CC(C)c1ccccc1");
    const int methyls = groupIndex(spin, "H1"), methine = groupIndex(spin, "H2");
    ASSERT_GE(methyls, 0);
    ASSERT_GE(methine, 0);
    EXPECT_EQ(spin.system.group(std::size_t(methyls)).protonCount, 6);
    EXPECT_EQ(spin.info[std::size_t(methyls)].atomIndices, (std::vector<int>{0, 2}));
    EXPECT_NEAR(spin.system.couplingHz(std::size_t(methyls), std::size_t(methine)), 7.0, 0.01);
}

TEST(Symmetry, Ch2NextToStereocentreSplitsIntoTwoGroups) {
    const StructureSpin spin = spinFromSmiles("CC[C@@H](C)O"); // (R)-2-butanol
    const int a = groupIndex(spin, "H2a"), b = groupIndex(spin, "H2b");
    ASSERT_GE(a, 0);
    ASSERT_GE(b, 0);
    EXPECT_EQ(spin.system.group(std::size_t(a)).protonCount, 1);
    EXPECT_LT(spin.system.couplingHz(std::size_t(a), std::size_t(b)), -10.0); // ²J sp3
}

TEST(Symmetry, EnantiotopicAndHomotopicProtonsStayTogether) {
    // Ethanol's CH2 protons are enantiotopic (no stereocentre): one 2H group.
    const StructureSpin spin = spinFromSmiles("CCO");
    const int ch2 = groupIndex(spin, "H2");
    ASSERT_GE(ch2, 0);
    EXPECT_EQ(spin.system.group(std::size_t(ch2)).protonCount, 2);
    // 2,2-dimethylpropane: twelve homotopic-equivalent protons in one group.
    EXPECT_EQ(sortedCounts(spinFromSmiles("CC(C)(C)C").system), (std::vector<int>{12}));
}

TEST(Symmetry, UncoupledEthylsOfDiethylEtherAreSeparateSpinSystems) {
    // The two CH2 are chemically equivalent but each couples to one CH3 only: merging them into
    // a 4H group would make a wrong septet, so they stay apart (magnetic equivalence).
    const StructureSpin spin = spinFromSmiles("CCOCC");
    EXPECT_EQ(sortedCounts(spin.system), (std::vector<int>{2, 2, 3, 3}));
}

TEST(Symmetry, ExchangeableProtonsAreMarkedAndUncoupled) {
    const StructureSpin spin = spinFromSmiles("CCO");
    const int oh = groupIndex(spin, "OH3");
    ASSERT_GE(oh, 0);
    EXPECT_TRUE(spin.info[std::size_t(oh)].exchangeable);
    for (std::size_t g = 0; g < spin.system.size(); ++g)
        if (int(g) != oh) EXPECT_EQ(spin.system.couplingHz(std::size_t(oh), g), 0.0);
    EXPECT_EQ(withoutExchangeable(spin).size(), spin.system.size() - 1);
}

TEST(Symmetry, TerminalVinylProtonsAreCisAndTrans) {
    const StructureSpin spin = spinFromSmiles("C=Cc1ccccc1");
    EXPECT_GE(groupIndex(spin, "H1a"), 0);
    EXPECT_GE(groupIndex(spin, "H1b"), 0);
}

} // namespace
} // namespace spinhance

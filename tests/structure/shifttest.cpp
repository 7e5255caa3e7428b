// Predicted shifts against literature values (CDCl3; Gottlieb, Kotlyar & Nudelman, J. Org. Chem.
// 1997, 62, 7512, and the records of tests/data/analysis/literature-systems.json). Additive
// increment rules are good to about 0.2–0.3 ppm (Pretsch et al.), hence the 0.25 ppm tolerance.
#include "structuretesthelpers.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

constexpr double kIncrementRuleTolerancePpm = 0.25;

double shiftOf(const StructureSpin& spin, const std::string& label) {
    const int g = test::groupIndex(spin, label);
    EXPECT_GE(g, 0) << label;
    return g >= 0 ? spin.system.group(std::size_t(g)).shiftPpm : 0.0;
}

TEST(Shifts, EthylAcetate) {
    const StructureSpin spin = spinFromSmiles("CCOC(C)=O");
    EXPECT_NEAR(shiftOf(spin, "H2"), 4.12, kIncrementRuleTolerancePpm); // OCH2
    EXPECT_NEAR(shiftOf(spin, "H5"), 2.05, kIncrementRuleTolerancePpm); // COCH3
    EXPECT_NEAR(shiftOf(spin, "H1"), 1.26, kIncrementRuleTolerancePpm); // CH3
}

TEST(Shifts, Nitrobenzene) {
    const StructureSpin spin = spinFromSmiles("O=[N+]([O-])c1ccccc1");
    EXPECT_NEAR(shiftOf(spin, "H5"), 8.23, kIncrementRuleTolerancePpm); // ortho
    EXPECT_NEAR(shiftOf(spin, "H6"), 7.55, kIncrementRuleTolerancePpm); // meta
    EXPECT_NEAR(shiftOf(spin, "H7"), 7.70, kIncrementRuleTolerancePpm); // para
}

TEST(Shifts, MethylAcrylate) {
    const StructureSpin spin = spinFromSmiles("COC(=O)C=C");
    EXPECT_NEAR(shiftOf(spin, "H5"), 6.13, kIncrementRuleTolerancePpm); // =CH
    EXPECT_NEAR(shiftOf(spin, "H1"), 3.76, kIncrementRuleTolerancePpm); // OCH3
    // =CH2: cis to the ester 6.40, trans 5.82 (either label order).
    const double a = shiftOf(spin, "H6a"), b = shiftOf(spin, "H6b");
    EXPECT_NEAR(std::max(a, b), 6.40, kIncrementRuleTolerancePpm);
    EXPECT_NEAR(std::min(a, b), 5.82, kIncrementRuleTolerancePpm);
}

TEST(Shifts, AldehydeAndHeteroaromatic) {
    EXPECT_NEAR(shiftOf(spinFromSmiles("O=Cc1ccccc1"), "H2"), 10.02, kIncrementRuleTolerancePpm);
    EXPECT_NEAR(shiftOf(spinFromSmiles("c1ccncc1"), "H5"), 8.62, kIncrementRuleTolerancePpm);
}

// An aliphatic ring fused to benzene is two alkyl substituents (tetralin's ring protons 7.06 ppm,
// SDBS, CDCl3); only an aromatic fused ring is part of the base value.
TEST(Shifts, AliphaticFusedRingCountsAsAlkylSubstituents) {
    const StructureSpin tetralin = spinFromSmiles("c1ccc2c(c1)CCCC2");
    EXPECT_NEAR(shiftOf(tetralin, "H1"), 7.06, 0.1);
    EXPECT_NEAR(shiftOf(tetralin, "H2"), 7.06, 0.1);
}

// The peri carbonyl: 1-acetonaphthone's H8 at 8.75 ppm (one of the reference compounds of
// periincrement); 2-acetonaphthone has no peri carbonyl, its H1 (8.46 ppm, SDBS, CDCl3) takes the
// ortho increment only.
TEST(Shifts, PeriCarbonylDeshieldsNaphthaleneH8Only) {
    EXPECT_NEAR(shiftOf(spinFromSmiles("CC(=O)c1cccc2ccccc12"), "H12"), 8.75, 0.25);
    EXPECT_NEAR(shiftOf(spinFromSmiles("CC(=O)c1ccc2ccccc2c1"), "H13"), 8.46, 0.25);
}

// 2-Pyridone is not a pyridine with an OH: its ring takes the lactam's own base values, checked
// on the N–H parent (CDCl3: H3 6.60, H4 7.42, H5 6.28, H6 7.35 ppm; Roberts & Von Ostwalden,
// J. Org. Chem. 1971, 36, 3792), while the values are those of the N-methyl compound.
TEST(Shifts, TwoPyridoneRingProtons) {
    const StructureSpin spin = spinFromSmiles("O=c1cccc[nH]1");
    EXPECT_NEAR(shiftOf(spin, "H3"), 6.60, kIncrementRuleTolerancePpm);
    EXPECT_NEAR(shiftOf(spin, "H4"), 7.42, kIncrementRuleTolerancePpm);
    EXPECT_NEAR(shiftOf(spin, "H5"), 6.28, kIncrementRuleTolerancePpm);
    EXPECT_NEAR(shiftOf(spin, "H6"), 7.35, kIncrementRuleTolerancePpm);
}

} // namespace
} // namespace spinhance

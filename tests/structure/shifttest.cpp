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

} // namespace
} // namespace spinhance

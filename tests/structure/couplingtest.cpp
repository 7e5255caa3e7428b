#include "structure/couplingrules.h"
#include "structuretesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>

namespace spinhance {
namespace {

double couplingOf(const StructureSpin& spin, const std::string& a, const std::string& b) {
    const int i = test::groupIndex(spin, a), j = test::groupIndex(spin, b);
    EXPECT_GE(i, 0) << a;
    EXPECT_GE(j, 0) << b;
    return i >= 0 && j >= 0 ? spin.system.couplingHz(std::size_t(i), std::size_t(j)) : 0.0;
}

TEST(Couplings, VinylTransExceedsCisExceedsGeminal) {
    const StructureSpin spin = spinFromSmiles("C=Cc1ccccc1"); // styrene
    const double first = couplingOf(spin, "H2", "H1a"), second = couplingOf(spin, "H2", "H1b");
    const double transHz = std::max(first, second), cisHz = std::min(first, second);
    const double gemHz = std::abs(couplingOf(spin, "H1a", "H1b"));
    EXPECT_GT(transHz, cisHz);
    EXPECT_GT(cisHz, gemHz);
    EXPECT_NEAR(transHz, 17.6, 1.0); // literature: 17.6, 10.9, 0.9 Hz
    EXPECT_NEAR(cisHz, 10.9, 1.0);
}

TEST(Couplings, AromaticOrthoMetaPara) {
    const StructureSpin spin = spinFromSmiles("O=[N+]([O-])c1ccccc1"); // nitrobenzene
    const std::size_t n = spin.system.size();
    double orthoHz = 0, metaHz = 0, paraHz = 0;
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const int bonds = spin.bondsBetween[i * n + j];
            const double jHz = spin.system.couplingHz(i, j);
            (bonds == 3   ? orthoHz
             : bonds == 4 ? metaHz
                          : paraHz) = std::max(bonds == 3   ? orthoHz
                                               : bonds == 4 ? metaHz
                                                            : paraHz,
                                               jHz);
        }
    EXPECT_GT(orthoHz, 6.0);
    EXPECT_GT(metaHz, 1.0);
    EXPECT_LT(metaHz, 3.0);
    EXPECT_LT(paraHz, metaHz);
}

TEST(Couplings, RotationAveragedOpenChainVicinal) {
    EXPECT_NEAR(couplingOf(spinFromSmiles("CCBr"), "H1", "H2"), 7.3,
                1.0); // literature 7.3 Hz
}

TEST(Couplings, AllylicAndBenzylicFourBondCouplingsAreSmallAndNegative) {
    const StructureSpin crotonate = spinFromSmiles("C/C=C/C(=O)OCC");
    const double allylicHz = couplingOf(crotonate, "H1", "H3");
    EXPECT_LT(allylicHz, 0.0);
    EXPECT_GT(allylicHz, -3.0);
    const StructureSpin toluene = spinFromSmiles("Cc1ccccc1");
    const double benzylicHz = couplingOf(toluene, "H1", "H3");
    EXPECT_LT(benzylicHz, 0.0);
    EXPECT_GT(benzylicHz, -1.5);
}

TEST(Couplings, VinylCouplingsFollowTheDrawnStereo) {
    const double transHz = couplingOf(spinFromSmiles("C/C=C/C"), "H2", "H3");
    const double cisHz = couplingOf(spinFromSmiles("C/C=C\\C"), "H2", "H3");
    EXPECT_GT(transHz, cisHz + 3.0);
}

} // namespace
} // namespace spinhance

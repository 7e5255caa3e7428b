// Exchangeable protons follow the solvent: OH shifts in DMSO-d6 against Gottlieb, Kotlyar &
// Nudelman (J. Org. Chem. 1997, 62, 7512, DMSO-d6 column: ethanol OH 4.63, methanol OH 4.01);
// in D2O and CD3OD the OH, NH and SH protons are exchanged for deuterium and leave the system.
#include "structuretesthelpers.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

// Exchangeable shifts move with concentration and temperature by a few tenths of a ppm.
constexpr double kExchangeableTolerancePpm = 0.5;

StructureSpin inSolvent(const std::string& smiles, const std::string& solvent) {
    StructureOptions options;
    options.solvent = structureSolventOf(solvent);
    return spinFromSmiles(smiles, options);
}

double shiftOf(const StructureSpin& spin, const std::string& label) {
    const int g = test::groupIndex(spin, label);
    EXPECT_GE(g, 0) << label;
    return g >= 0 ? spin.system.group(std::size_t(g)).shiftPpm : 0.0;
}

TEST(Solvent, NamesAsFilesWriteThem) {
    for (const char* dmso : {"DMSO-d6", "DMSO", "dmso-D6", "(CD3)2SO"})
        EXPECT_EQ(structureSolventOf(dmso), StructureSolvent::Dmso) << dmso;
    for (const char* protic : {"D2O", "CD3OD", "MeOD", "methanol-d4", "MeOD-d4"})
        EXPECT_EQ(structureSolventOf(protic), StructureSolvent::Exchanging) << protic;
    for (const char* aprotic : {"CDCl3", "", "C6D6", "acetone-d6", "CD2Cl2", "chloroform-d"})
        EXPECT_EQ(structureSolventOf(aprotic), StructureSolvent::Aprotic) << aprotic;
}

TEST(Solvent, AlcoholOhMovesDownfieldInDmso) {
    EXPECT_NEAR(shiftOf(inSolvent("CCO", "DMSO-d6"), "OH3"), 4.63, kExchangeableTolerancePpm);
    EXPECT_NEAR(shiftOf(inSolvent("CO", "DMSO-d6"), "OH2"), 4.01, kExchangeableTolerancePpm);
    // The C–H protons do not follow: the increment tables are for any common solvent.
    EXPECT_DOUBLE_EQ(shiftOf(inSolvent("CCO", "DMSO-d6"), "H2"),
                     shiftOf(inSolvent("CCO", "CDCl3"), "H2"));
    EXPECT_LT(shiftOf(inSolvent("CCO", "CDCl3"), "OH3"), 3.0);
}

TEST(Solvent, D2oExchangesOhNhAndShAwayWithAWarning) {
    const StructureSpin glycine = inSolvent("NCC(=O)O", "D2O");
    ASSERT_EQ(glycine.system.size(), 1u); // only the CH2 is left
    EXPECT_EQ(glycine.system.group(0).protonCount, 2);
    EXPECT_FALSE(glycine.info[0].exchangeable);
    bool warned = false;
    for (const auto& w : glycine.warnings)
        warned = warned || w.find("exchanges OH, NH and SH") != std::string::npos;
    EXPECT_TRUE(warned);
    EXPECT_EQ(inSolvent("NCC(=O)O", "CDCl3").system.size(), 3u);
}

} // namespace
} // namespace spinhance

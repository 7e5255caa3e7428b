// Input the structure room refuses or adapts to: each gives a clear message or a documented
// choice (docs/structure.md), never a crash.
#include "common/error.h"
#include "structuretesthelpers.h"

#include <gtest/gtest.h>

namespace spinhance {
namespace {

ErrorCode codeOf(const std::function<void()>& body, std::string* message = nullptr) {
    try {
        body();
    } catch (const Error& e) {
        if (message) *message = e.what();
        return e.code();
    }
    ADD_FAILURE() << "no Error thrown";
    return ErrorCode::Io;
}

TEST(BadInput, InvalidSmilesIsInvalidInputNamingTheSmiles) {
    std::string message;
    EXPECT_EQ(codeOf([] { (void)spinFromSmiles("C1CC(C"); }, &message), ErrorCode::InvalidInput);
    EXPECT_NE(message.find("C1CC(C"), std::string::npos) << message;
    EXPECT_EQ(codeOf([] { (void)spinFromSmiles("C(C)(C)(C)(C)C"); }), ErrorCode::InvalidInput);
    EXPECT_EQ(codeOf([] { (void)spinFromSmiles(""); }), ErrorCode::InvalidInput);
}

TEST(BadInput, MolWithoutHydrogensGetsThemFromValencesWithAWarning) {
    const std::string ethanol =
        "ethanol\n  test\n\n"
        "  3  2  0  0  0  0  0  0  0  0999 V2000\n"
        "    0.0000    0.0000    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
        "    1.2990    0.7500    0.0000 C   0  0  0  0  0  0  0  0  0  0  0  0\n"
        "    2.5981    0.0000    0.0000 O   0  0  0  0  0  0  0  0  0  0  0  0\n"
        "  1  2  1  0\n  2  3  1  0\nM  END\n";
    const StructureSpin spin = spinFromMolText(ethanol, "ethanol.mol");
    EXPECT_EQ(test::sortedCounts(spin.system), (std::vector<int>{1, 2, 3}));
    ASSERT_FALSE(spin.warnings.empty());
    EXPECT_NE(spin.warnings.front().find("no hydrogens"), std::string::npos);
}

TEST(BadInput, BrokenMolBlockIsInvalidInput) {
    EXPECT_EQ(codeOf([] { (void)spinFromMolText("not a molfile\n", "x.mol"); }),
              ErrorCode::InvalidInput);
    EXPECT_EQ(codeOf([] { (void)structureToSpin("/nonexistent/x.mol"); }), ErrorCode::Io);
}

TEST(BadInput, TwoHundredAtomMoleculeIsRefused) {
    std::string message;
    EXPECT_EQ(codeOf([] { (void)spinFromSmiles(std::string(200, 'C')); }, &message),
              ErrorCode::Unsupported);
    EXPECT_NE(message.find("150"), std::string::npos) << message;
}

TEST(BadInput, TooManyProtonGroupsIsRefused) {
    // A 100-carbon chain ending in OH: every CH2 is distinct.
    EXPECT_EQ(codeOf([] { (void)spinFromSmiles(std::string(100, 'C') + "O"); }),
              ErrorCode::Unsupported);
}

TEST(BadInput, SaltKeepsTheLargestOrganicFragmentWithAWarning) {
    const StructureSpin spin = spinFromSmiles("[Na+].CC(=O)[O-]");
    EXPECT_EQ(test::sortedCounts(spin.system), (std::vector<int>{3}));
    ASSERT_FALSE(spin.warnings.empty());
    EXPECT_NE(spin.warnings.front().find("largest organic"), std::string::npos);
}

TEST(BadInput, MoleculeWithoutProtonsGivesAnEmptySystem) {
    const StructureSpin spin = spinFromSmiles("ClC(Cl)(Cl)Cl");
    EXPECT_TRUE(spin.system.empty());
    EXPECT_FALSE(spin.warnings.empty());
}

} // namespace
} // namespace spinhance

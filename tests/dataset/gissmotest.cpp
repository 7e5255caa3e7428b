#include "dataset/gissmo.h"

#include "common/error.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

std::string testFile(const std::string& name) {
    return std::string(SPINHANCE_TEST_DATA_DIR) + "/dataset/" + name;
}

void expectGroup(const SpinSystem& s, std::size_t i, double shiftPpm, int protons) {
    EXPECT_DOUBLE_EQ(s.group(i).shiftPpm, shiftPpm) << "group " << i;
    EXPECT_EQ(s.group(i).protonCount, protons) << "group " << i;
}

} // namespace

// Valine (Govindaraju 2000): two diastereotopic methyl doublets, Hβ and Hα. Checked by hand
// against the file: atoms 41–43 (1.029 ppm, 6.971 Hz to atom 3), 51–53 (0.9793 ppm, 7.071 Hz).
TEST(Gissmo, ValineMethylsBecomeTwoGroupsOfThree) {
    const SpinSystem s = readGissmoFile(testFile("Valine_Govindaraju_2000.json"));
    EXPECT_EQ(s.id, "Valine_Govindaraju_2000");
    ASSERT_EQ(s.size(), 4u);
    expectGroup(s, 0, 3.5954, 1); // Hα
    expectGroup(s, 1, 2.2622, 1); // Hβ
    expectGroup(s, 2, 1.029, 3);
    expectGroup(s, 3, 0.9793, 3);
    EXPECT_DOUBLE_EQ(s.couplingHz(0, 1), 4.405);
    EXPECT_DOUBLE_EQ(s.couplingHz(1, 2), 6.971);
    EXPECT_DOUBLE_EQ(s.couplingHz(1, 3), 7.071);
    EXPECT_EQ(s.couplingHz(2, 3), 0.0);
}

// Maybridge Ro3 01_A02: an ethyl (CH3 1.306 ppm, CH2 2.896 ppm, 8.18 Hz), an aryl CH3 singlet and
// one aromatic singlet; the −14 Hz couplings inside each CH3/CH2 disappear into the groups.
TEST(Gissmo, EthylAndMethylSingletsFromAMaybridgeFragment) {
    const SpinSystem s =
        readGissmoFile(testFile("Maybridge_Ro3_Fragment_01_A02_simulation_1.json"));
    ASSERT_EQ(s.size(), 4u);
    expectGroup(s, 0, 6.9436, 1);
    expectGroup(s, 1, 2.89561, 2);
    expectGroup(s, 2, 2.24832, 3);
    expectGroup(s, 3, 1.3063, 3);
    EXPECT_DOUBLE_EQ(s.couplingHz(1, 3), 8.182691);
    EXPECT_EQ(s.couplingHz(2, 3), 0.0);
    EXPECT_EQ(s.couplingHz(0, 1), 0.0);
}

// Choline: N(CH3)3 is one 9H group; the OCH2–CH2N protons have equal shifts in pairs but unequal
// couplings (3.14 vs 7.01 Hz to atom 21), so they stay four 1H groups (AA'XX').
TEST(Gissmo, CholineKeepsMagneticallyInequivalentProtonsApart) {
    const SpinSystem s = readGissmoFile(testFile("Choline_Govindaraju_2000.json"));
    ASSERT_EQ(s.size(), 5u);
    expectGroup(s, 0, 4.05, 1);
    expectGroup(s, 1, 4.05, 1);
    expectGroup(s, 2, 3.506, 1);
    expectGroup(s, 3, 3.506, 1);
    expectGroup(s, 4, 3.189, 9);
    for (std::size_t i = 0; i < 4; ++i)
        EXPECT_EQ(s.couplingHz(i, 4), 0.0);
}

TEST(Gissmo, FolderImportKeepsFitSystemsAndSaysWhyOthersWereSkipped) {
    const GissmoFolder folder =
        readGissmoFolder(std::string(SPINHANCE_TEST_DATA_DIR) + "/dataset", 4);
    ASSERT_EQ(folder.systems.size(), 2u); // choline has 5 groups > 4
    ASSERT_EQ(folder.skipped.size(), 1u);
    EXPECT_EQ(folder.skipped[0].rfind("Choline_Govindaraju_2000.json: 5 groups", 0), 0u)
        << folder.skipped[0];
}

TEST(Gissmo, MalformedFileNamesTheFile) {
    const auto path = std::filesystem::temp_directory_path() / "spinhance-gissmo-bad.json";
    { std::ofstream(path) << R"({"J-coupling": []})"; }
    try {
        readGissmoFile(path.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().file, path.string());
    }
    std::filesystem::remove(path);
}

// fuzz_gissmo: an atom ID of 9.2e20 was converted to long (undefined behaviour, UBSan
// float-cast-overflow); IDs must now be JSON integers.
TEST(Gissmo, AFloatAtomIdIsAnErrorNamingTheField) {
    const auto path = std::filesystem::temp_directory_path() / "spinhance-gissmo-float-id.json";
    { std::ofstream(path) << R"({"chemical shift": [{"ID": 9.2e20, "value": 1.2}]})"; }
    try {
        readGissmoFile(path.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, "chemical shift");
        EXPECT_NE(std::string(e.what()).find("expected an integer atom ID"), std::string::npos)
            << e.what();
    }
    std::filesystem::remove(path);
}

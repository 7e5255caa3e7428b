// NMReDATA (nmredata.org, format 1.1) in and out: the NMREDATA_1D_1H tag as a spin system.
#include "common/error.h"
#include "spin/spinsystemjson.h"
#include "spin/spinsystemnmredata.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

SpinSystem ethylVinylEther() {
    SpinSystem s;
    s.id = "ethyl vinyl ether";
    s.addGroup(6.47, 1, "H1");
    s.addGroup(4.17, 1, "H2t");
    s.addGroup(3.97, 1, "H2c");
    s.addGroup(3.73, 2, "OCH2");
    s.addGroup(1.29, 3, "CH3");
    s.setCouplingHz(0, 1, 14.3);
    s.setCouplingHz(0, 2, 6.8);
    s.setCouplingHz(1, 2, 1.9);
    s.setCouplingHz(3, 4, 7.0);
    return s;
}

double coupling(const SpinSystem& s, const std::string& a, const std::string& b) {
    return s.couplingHz(std::size_t(s.indexOfLabel(a)), std::size_t(s.indexOfLabel(b)));
}

} // namespace

TEST(Nmredata, OurRecordReadsBackToTheSameSystem) {
    const SpinSystem original = ethylVinylEther();
    const std::string sdf = nmredataOf(original, 400.13, "CDCl3");
    EXPECT_NE(sdf.find(">  <NMREDATA_VERSION>\n1.1\\\n"), std::string::npos);
    EXPECT_NE(sdf.find("$$$$"), std::string::npos);
    NmredataInfo info;
    const SpinSystem back = parseNmredata(sdf, "mem.sdf", &info);
    EXPECT_DOUBLE_EQ(info.larmorMHz, 400.13);
    EXPECT_EQ(info.solvent, "CDCl3");
    EXPECT_TRUE(info.warnings.empty());
    ASSERT_EQ(back.size(), original.size());
    for (std::size_t i = 0; i < back.size(); ++i) {
        EXPECT_EQ(back.group(i).label, original.group(i).label);
        EXPECT_DOUBLE_EQ(back.group(i).shiftPpm, original.group(i).shiftPpm);
        EXPECT_EQ(back.group(i).protonCount, original.group(i).protonCount);
    }
    EXPECT_EQ(back.couplingMatrixHz(), original.couplingMatrixHz());
}

TEST(Nmredata, SdfPathsAreWrittenAndReadAsNmredata) {
    const fs::path path = fs::temp_directory_path() / "spinhance-nmredata-test.sdf";
    writeSpinSystems(path.string(), {ethylVinylEther()});
    EXPECT_TRUE(isNmredata(readText(path.string())));
    const std::vector<SpinSystem> back = readSpinSystems(path.string());
    ASSERT_EQ(back.size(), 1u);
    EXPECT_DOUBLE_EQ(coupling(back.front(), "H1", "H2t"), 14.3);
    fs::remove(path);
}

// Menthol from cheminfo/nmredata-data-test (written by others): 14 signals with J to partners.
TEST(Nmredata, ReadsThePublishedMentholRecord) {
    const std::string path = SPINHANCE_TEST_DATA_DIR "/nmredata/menthol.nmredata.sdf";
    NmredataInfo info;
    const SpinSystem s = parseNmredata(readText(path), path, &info);
    EXPECT_NEAR(info.larmorMHz, 500.133088507, 1e-9);
    EXPECT_EQ(s.size(), 14u);
    EXPECT_DOUBLE_EQ(s.group(std::size_t(s.indexOfLabel("H4"))).shiftPpm, 3.4302);
    EXPECT_DOUBLE_EQ(coupling(s, "H4", "H3"), 9.90);
    EXPECT_DOUBLE_EQ(coupling(s, "H4", "OH"), 4.80);
    EXPECT_DOUBLE_EQ(coupling(s, "H6", "Me7"), 6.58);
    EXPECT_DOUBLE_EQ(coupling(s, "H1eq", "1Hax"), 12.80);             // listed by 1Hax itself
    EXPECT_DOUBLE_EQ(coupling(s, "H9", "Me10"), 0.5 * (7.00 + 7.90)); // both sides, averaged
    // H1eq, H2eq, H2ax and H6 name a partner "H1ax", which no signal is called: reported.
    EXPECT_EQ(info.warnings.size(), 4u);
    EXPECT_NO_THROW(validate(s, path));
}

TEST(Nmredata, AFileWithoutThe1HTagIsAClearError) {
    try {
        parseNmredata("mol\n\n\nM  END\n>  <NMREDATA_VERSION>\n1.1\\\n\n$$$$\n", "x.sdf");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_NE(std::string(e.what()).find("x.sdf"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("NMREDATA_1D_1H"), std::string::npos) << e.what();
    }
    EXPECT_THROW(parseNmredata(">  <NMREDATA_1D_1H>\n7.2x5, N=1\\\n\n", "y.sdf"), Error);
}

// Found by fuzzing: a label holding "(" swallowed the rest of its line when written and read back.
// Labels that cannot be written ("a(b", "H 1", a number, a repeat) are renamed, with a warning.
TEST(Nmredata, LabelsThatCannotRoundTripAreRenamed) {
    NmredataInfo info;
    const SpinSystem s = parseNmredata(">  <NMREDATA_1D_1H>\n"
                                       "4.12, N=2, L=a(b, J=7.1(B)\\\n"
                                       "1.26, N=3, L=B, J=7.1(S1)\\\n"
                                       "2.05, N=3, L=S1\\\n"
                                       "3.50, N=1, L=7.5\\\n\n",
                                       "labels.sdf", &info);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_EQ(s.group(0).label, "S1");
    EXPECT_EQ(s.group(2).label, "S3"); // its own "S1" was taken by the renamed first signal
    EXPECT_EQ(s.group(3).label, "S4");
    EXPECT_EQ(info.warnings.size(), 3u);
    const SpinSystem back = parseNmredata(nmredataOf(s, 400.0, {}), "back.sdf");
    ASSERT_EQ(back.size(), s.size());
    for (std::size_t i = 0; i < s.size(); ++i)
        EXPECT_EQ(back.group(i).label, s.group(i).label);
    EXPECT_EQ(back.couplingMatrixHz(), s.couplingMatrixHz());
}

// NMReDATA (nmredata.org, format 1.1) in and out: the NMREDATA_1D_1H tag as a spin system.
#include "common/error.h"
#include "io/ziparchive.h"
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

// The published menthol record written back by us and read again is the same system: every
// shift, proton count and coupling (rounded as written: 0.0001 ppm, 0.01 Hz).
TEST(Nmredata, ThePublishedMentholRecordRoundTrips) {
    const std::string path = SPINHANCE_TEST_DATA_DIR "/nmredata/menthol.nmredata.sdf";
    NmredataInfo info;
    const SpinSystem original = parseNmredata(readText(path), path, &info);
    const SpinSystem back =
        parseNmredata(nmredataOf(original, info.larmorMHz, "CDCl3"), "written back");
    ASSERT_EQ(back.size(), original.size());
    for (std::size_t g = 0; g < original.size(); ++g) {
        const std::string& label = original.group(g).label;
        const int k = back.indexOfLabel(label);
        ASSERT_GE(k, 0) << label;
        EXPECT_NEAR(back.group(std::size_t(k)).shiftPpm, original.group(g).shiftPpm, 5e-5);
        EXPECT_EQ(back.group(std::size_t(k)).protonCount, original.group(g).protonCount);
        for (std::size_t h = 0; h < original.size(); ++h)
            EXPECT_NEAR(coupling(back, label, original.group(h).label), original.couplingHz(g, h),
                        0.005)
                << label << "-" << original.group(h).label;
    }
}

// Arborinine (cheminfo/nmredata-data-test, shared data, read from its zip): the record gives no
// N= and lists its J without partner labels. Counts come from the integrals E= (the N-CH3 and
// two OCH3 singlets 3 H, the rest 1 H); the J are linked by value as a chemist links multiplets
// (the acridone ring: ortho 8.0, 7.0, 8.7 Hz, meta 1.8 Hz); the 0.96 Hz without a match is
// reported.
TEST(Nmredata, ReadsThePublishedArborinineRecordFromItsZip) {
    const fs::path zip = fs::path(SPINHANCE_SHARED_DATA_DIR) / "nmredata-data-test" / "data" /
                         "arborinine_1D_assignments.zip";
    if (!fs::exists(zip)) GTEST_SKIP() << "absent: " << zip;
    const io::ExtractedZip files(zip.string());
    const std::string sdf = files.folder() + "/compound1.nmredata.sdf";
    NmredataInfo info;
    const SpinSystem s = parseNmredata(readText(sdf), sdf, &info);
    ASSERT_EQ(s.size(), 9u);
    // C16H15NO4: the N-CH3 and two OCH3 singlets 3 H each; five ring protons and the OH 1 H.
    EXPECT_EQ(s.protonCount(), 15);
    for (const char* methoxy : {"H17", "H19", "H21"})
        EXPECT_EQ(s.group(std::size_t(s.indexOfLabel(methoxy))).protonCount, 3) << methoxy;
    EXPECT_NEAR(coupling(s, "H6", "H1"), 0.5 * (8.05 + 7.98), 1e-9);
    EXPECT_NEAR(coupling(s, "H1", "H2"), 0.5 * (6.95 + 7.02), 1e-9);
    EXPECT_NEAR(coupling(s, "H2", "H3"), 0.5 * (8.67 + 8.80), 1e-9);
    EXPECT_NEAR(coupling(s, "H2", "H6"), 0.5 * (1.79 + 1.72), 1e-9);
    std::string warnings;
    for (const std::string& w : info.warnings)
        warnings += w + "\n";
    EXPECT_NE(warnings.find("integrals E="), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("J=0.96 Hz names no partner"), std::string::npos) << warnings;
    EXPECT_NO_THROW(validate(s, sdf));
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

#include "common/error.h"
#include "io/jcampreader.h"
#include "io/jcamptree.h"
#include "io/textfile.h"
#include "shareddata.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

const char* kSmall = R"(##TITLE= tiny
##JCAMP-DX= 5.01
##DATA TYPE= NMR SPECTRUM
##.OBSERVE FREQUENCY= 100.0
##.OBSERVE NUCLEUS= ^1H
##XUNITS= PPM
##YUNITS= ARBITRARY UNITS
##FIRSTX= 10.0
##LASTX= 1.0
##YFACTOR= 2
##NPOINTS= %d
##XYDATA= (X++(Y..Y))
10 1 2 3 4 5
5 6 7 8 9 10
##END=
)";

std::string smallJcamp(int npoints) {
    char buffer[1024];
    std::snprintf(buffer, sizeof buffer, kSmall, npoints);
    return buffer;
}

} // namespace

TEST(Jcamp, LabelsComparedWithoutBlanksDashesUnderscoresOrCase) {
    EXPECT_EQ(io::normaliseJcampLabel("VAR_NAME"), io::normaliseJcampLabel("varname"));
    EXPECT_EQ(io::normaliseJcampLabel(".OBSERVE FREQUENCY"),
              io::normaliseJcampLabel(".ObserveFrequency"));
    EXPECT_EQ(io::normaliseJcampLabel("JCAMP-DX"), "JCAMPDX");
}

TEST(Jcamp, SmallXyDataAxisAndFactor) {
    const Spectrum s = readJcampText(smallJcamp(10), "tiny.jdx");
    ASSERT_EQ(s.size(), 10u);
    EXPECT_DOUBLE_EQ(s.ppm.front(), 10.0);
    EXPECT_DOUBLE_EQ(s.ppm.back(), 1.0);
    EXPECT_DOUBLE_EQ(s.real[0], 2.0);
    EXPECT_DOUBLE_EQ(s.real[9], 20.0);
    EXPECT_DOUBLE_EQ(s.fieldMHz, 100.0);
    EXPECT_EQ(s.nucleus, "1H");
}

TEST(Jcamp, NpointsDisagreeingWithDataNamesFileLineAndLabel) {
    try {
        readJcampText(smallJcamp(16), "tiny.jdx");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().file, "tiny.jdx");
        EXPECT_EQ(e.context().line, 11);
        EXPECT_EQ(e.context().field, "##NPOINTS");
        EXPECT_NE(e.reason().find("expected 16 points, found 10"), std::string::npos) << e.what();
    }
}

TEST(Jcamp, GarbageAndEmptyInputAreErrors) {
    EXPECT_THROW(readJcampText("", "empty.jdx"), Error);
    EXPECT_THROW(readJcampText(std::string("\x01\x02garbage\xff", 11), "bin.jdx"), Error);
    EXPECT_THROW(readJcampText("##TITLE= x\n##DATA TYPE= INFRARED SPECTRUM\n##END=\n", "ir.jdx"),
                 Error);
}

// jcampconverter ships one 2-chloroethanol spectrum written in four ASDF encodings.
TEST(JcampShared, FourEncodingsOfChloroethanolDecodeIdentically) {
    REQUIRE_SHARED_DATA();
    const std::string dir = sharedData("jcampconverter/__tests__/data/compression/");
    const Spectrum reference = JcampReader().read(dir + "jcamp-fix.dx");
    ASSERT_EQ(reference.size(), 16384u);
    for (const char* name : {"jcamp-packed.dx", "jcamp-squeezed.dx", "jcamp-difdup.dx"}) {
        const Spectrum other = JcampReader().read(dir + name);
        ASSERT_EQ(other.size(), reference.size()) << name;
        EXPECT_EQ(other.real, reference.real) << name;
        EXPECT_EQ(other.ppm, reference.ppm) << name;
    }
}

TEST(JcampShared, TruncatedFileNamesTheCountLabel) {
    REQUIRE_SHARED_DATA();
    std::string text =
        io::readFileBytes(sharedData("jcampconverter/__tests__/data/compression/jcamp-difdup.dx"));
    text.resize(text.size() / 2);
    try {
        readJcampText(text, "half.dx");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().file, "half.dx");
        EXPECT_GT(e.context().line, 0);
    }
}

// The aspirin spectrum and FID exported by XWIN-NMR as NTUPLES (real + imaginary pages).
TEST(JcampShared, NtuplesSpectrumHasRealAndImaginaryPagesAndBrukerAxis) {
    REQUIRE_SHARED_DATA();
    const Spectrum s = JcampReader().read(sharedData("jcamp-data-test/data/nmr/aspirin/1h.dx"));
    ASSERT_EQ(s.size(), 32768u);
    ASSERT_EQ(s.imag.size(), 32768u);
    // ##$OFFSET / .SHIFT REFERENCE: the first point is at 15.47866 ppm, the step SW_p/SI/SF.
    EXPECT_NEAR(s.ppm.front(), 15.47866, 1e-6);
    EXPECT_NEAR(s.ppm.front() - s.ppm[1], 4789.27203065133 / 32768 / 300.13, 1e-6);
    EXPECT_EQ(s.solvent, "CDCl3");
}

TEST(JcampShared, LinkFileYieldsProtonSpectrumAndFid) {
    REQUIRE_SHARED_DATA();
    const Spectrum s =
        JcampReader().read(sharedData("jcampconverter/__tests__/data/bruker_fid_ft.jdx"));
    EXPECT_EQ(s.size(), 65536u);
    ASSERT_TRUE(s.fid.has_value());
    EXPECT_EQ(s.fid->points.size(), 32768u);
    EXPECT_NEAR(s.fid->spectralWidthHz, 12019.2307692307, 1e-3);
    EXPECT_GT(s.fid->groupDelayPoints, 60.0);
}

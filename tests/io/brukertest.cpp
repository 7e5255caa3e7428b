#include "common/error.h"
#include "io/brukerparams.h"
#include "io/brukerreader.h"
#include "io/digitalfilter.h"
#include "io/jcampreader.h"
#include "io/nmrmlreader.h"
#include "io/ziparchive.h"
#include "shareddata.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

// A scratch copy of a Bruker experiment that the test may damage.
struct ScratchCopy {
    fs::path folder;
    explicit ScratchCopy(const fs::path& source) {
        folder = fs::temp_directory_path() / ("spinhance-io-test-" + std::to_string(::getpid()) +
                                              "-" + source.filename().string());
        fs::remove_all(folder);
        fs::copy(source, folder, fs::copy_options::recursive);
    }
    ~ScratchCopy() { fs::remove_all(folder); }
};

const char* kGabaFolder = "nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA/1H";

double correlation(const std::vector<double>& a, const std::vector<double>& b) {
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        ma += a[i], mb += b[i];
    ma /= double(a.size()), mb /= double(b.size());
    double ab = 0, aa = 0, bb = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        ab += (a[i] - ma) * (b[i] - mb), aa += (a[i] - ma) * (a[i] - ma),
            bb += (b[i] - mb) * (b[i] - mb);
    return ab / std::sqrt(aa * bb);
}

} // namespace

TEST(BrukerParams, ParsesNumbersStringsAndArrays) {
    const auto p = io::BrukerParameters::parse("##TITLE= Parameter file\n##$TD= 65536\n##$SOLVENT= "
                                               "<CDCl3>\n##$P= (0..3)\n1 10.5 2\n3\n##END=\n",
                                               "acqus");
    EXPECT_EQ(p.number("TD"), 65536);
    EXPECT_EQ(p.text("SOLVENT"), "CDCl3");
    EXPECT_EQ(p.array("P"), (std::vector<double>{1, 10.5, 2, 3}));
    try {
        p.number("SW_H");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "SW_H");
        EXPECT_EQ(e.context().file, "acqus");
    }
    EXPECT_THROW(io::BrukerParameters::parse("not a parameter file", "x"), Error);
}

TEST(BrukerParams, BadNumberNamesLineAndParameter) {
    const auto p = io::BrukerParameters::parse("##TITLE= x\n##$SW_h= abc\n", "acqus");
    try {
        p.number("SW_H");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.context().line, 2);
        EXPECT_EQ(e.context().field, "SW_H");
    }
}

// Published group delays (NMRPipe/nmrglue table) for two common firmware settings.
TEST(BrukerDigitalFilter, TableValues) {
    EXPECT_DOUBLE_EQ(io::brukerGroupDelayFromTable(10, 24), 61.020833333333333);
    EXPECT_DOUBLE_EQ(io::brukerGroupDelayFromTable(12, 16), 71.625);
    EXPECT_DOUBLE_EQ(io::brukerGroupDelay(76.0, 20, 1680), 76.0);
    EXPECT_EQ(io::brukerGroupDelayFromTable(9, 24), 0.0);
}

// The same aspirin acquisition as a Bruker zip (big-endian int32 fid) and as a JCAMP FID export.
TEST(BrukerShared, AspirinZipFidEqualsJcampFid) {
    REQUIRE_SHARED_DATA();
    const Spectrum bruker =
        BrukerReader().read(sharedData("bruker-data-test/data/zipped/aspirin-1h.zip"));
    const Spectrum jcamp =
        JcampReader().read(sharedData("jcamp-data-test/data/nmr/aspirin/1h.fid.dx"));
    ASSERT_TRUE(bruker.fid && jcamp.fid);
    ASSERT_EQ(bruker.fid->points.size(), jcamp.fid->points.size());
    // The JCAMP export holds the raw integers; the Bruker reader applies 2^NC (NC = -2 in acqus).
    for (std::size_t i = 0; i < bruker.fid->points.size(); ++i)
        ASSERT_EQ(bruker.fid->points[i] * 4.0, jcamp.fid->points[i]) << "point " << i;
    EXPECT_NEAR(bruker.fid->spectralWidthHz, jcamp.fid->spectralWidthHz, 1e-3);
    EXPECT_NEAR(bruker.fid->carrierPpm, jcamp.fid->carrierPpm, 1e-6);
    EXPECT_DOUBLE_EQ(bruker.fid->groupDelayPoints, jcamp.fid->groupDelayPoints);
    EXPECT_NEAR(bruker.fieldMHz, 300.132250975, 1e-6);
}

// GABA as a TopSpin folder (pdata/1/1r) and as nmrML written from it by other software.
TEST(BrukerShared, ProcessedSpectrumMatchesNmrmlExportOfTheSameData) {
    REQUIRE_SHARED_DATA();
    const Spectrum bruker = BrukerReader().read(sharedData(kGabaFolder));
    const Spectrum nmrml = NmrmlReader().read(sharedData(
        "nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA_1H.nmrML"));
    ASSERT_EQ(bruker.size(), nmrml.size());
    const double stepPpm = std::abs(bruker.ppm[1] - bruker.ppm[0]);
    EXPECT_NEAR(bruker.ppm.front(), nmrml.ppm.front(), 1.5 * stepPpm);
    EXPECT_NEAR(bruker.ppm.back(), nmrml.ppm.back(), 1.5 * stepPpm);
    EXPECT_GT(correlation(bruker.real, nmrml.real), 0.999);
}

TEST(BrukerShared, AnyFileInsideTheExperimentOpensIt) {
    REQUIRE_SHARED_DATA();
    const Spectrum folder = BrukerReader().read(sharedData(kGabaFolder));
    for (const char* inner : {"/fid", "/acqus", "/pdata/1/1r", "/pdata/1"}) {
        const Spectrum s = BrukerReader().read(sharedData(std::string(kGabaFolder) + inner));
        EXPECT_EQ(s.real, folder.real) << inner;
    }
    EXPECT_GE(BrukerReader().confidence(sharedData(std::string(kGabaFolder) + "/pdata/1/1r")), 0.9);
}

TEST(BrukerShared, ParentFolderOpensTheProtonExperiment) {
    REQUIRE_SHARED_DATA();
    // The arborinine zip holds 1H (10), 13C (11) and DEPT (12) experiments.
    const Spectrum s =
        BrukerReader().read(sharedData("nmredata-data-test/data/arborinine_1D_assignments.zip"));
    EXPECT_EQ(s.nucleus, "1H");
    EXPECT_NEAR(s.fieldMHz, 500.13, 0.01);
}

TEST(BrukerShared, FolderWithoutAcqusNamesTheParameterFile) {
    REQUIRE_SHARED_DATA();
    ScratchCopy copy(sharedData(kGabaFolder));
    fs::remove(copy.folder / "acqus");
    fs::remove(copy.folder / "acqu");
    try {
        BrukerReader().read(copy.folder.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "acqus");
        EXPECT_EQ(e.code(), ErrorCode::NotFound);
        EXPECT_NE(e.context().file.find(copy.folder.filename().string()), std::string::npos);
    }
}

TEST(BrukerShared, TruncatedFidNamesTd) {
    REQUIRE_SHARED_DATA();
    ScratchCopy copy(sharedData(kGabaFolder));
    fs::resize_file(copy.folder / "fid", 1000);
    try {
        BrukerReader().read(copy.folder.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "TD");
        EXPECT_NE(e.context().file.find("fid"), std::string::npos);
    }
}

TEST(BrukerShared, TruncatedProcessedSpectrumNamesSi) {
    REQUIRE_SHARED_DATA();
    ScratchCopy copy(sharedData(kGabaFolder));
    fs::resize_file(copy.folder / "pdata/1/1r", 4096);
    try {
        BrukerReader().read(copy.folder.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().field, "SI");
    }
}

#include "common/error.h"
#include "io/readerregistry.h"
#include "shareddata.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

fs::path writeTemp(const std::string& name, const std::string& content) {
    const fs::path path = fs::temp_directory_path() /
                          ("spinhance-readers-" + std::to_string(::getpid()) + "-" + name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

std::string bestId(const std::string& path) {
    const SpectrumReader* reader = ReaderRegistry::defaultRegistry().best(path);
    return reader ? reader->id() : "";
}

} // namespace

TEST(Readers, FiltersListEveryDefaultReader) {
    const auto filters = readerFileFilters();
    EXPECT_EQ(filters.size(), ReaderRegistry::defaultRegistry().readers().size());
    for (const auto& [description, extensions] : filters) {
        EXPECT_FALSE(description.empty());
        EXPECT_FALSE(extensions.empty());
    }
}

TEST(Readers, ChosenByContentNotExtension) {
    // JCAMP text saved as .txt is still JCAMP; CSV numbers saved as .dat are still CSV.
    const fs::path jcamp =
        writeTemp("spectrum.txt", "##TITLE= t\n##JCAMP-DX= 5.0\n##DATA TYPE= NMR SPECTRUM\n"
                                  "##XUNITS= PPM\n##FIRSTX= 2\n##LASTX= 0\n##NPOINTS= 3\n"
                                  "##XYDATA= (X++(Y..Y))\n2 1 5 1\n##END=\n");
    const fs::path csv = writeTemp("spectrum.dat", "ppm,intensity\n2.0,1\n1.0,5\n0.0,1\n");
    EXPECT_EQ(bestId(jcamp.string()), "jcamp");
    EXPECT_EQ(bestId(csv.string()), "csv");
    const Spectrum s = openSpectrum(csv.string());
    EXPECT_EQ(s.real, (std::vector<double>{1, 5, 1}));
    fs::remove(jcamp), fs::remove(csv);
}

TEST(Readers, GarbageIsAnErrorNamingTheFile) {
    static const char kGarbage[] = "\x00\x01\x02\xff\xfe random bytes";
    const fs::path garbage =
        // sizeof - 1: the bytes of the literal without its terminating NUL (ASan caught a read of
        // one byte past it when the length was written out by hand).
        writeTemp("noise.bin", std::string(kGarbage, sizeof kGarbage - 1));
    try {
        openSpectrum(garbage.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().file, garbage.string());
        EXPECT_EQ(e.code(), ErrorCode::Unsupported);
    }
    fs::remove(garbage);
    EXPECT_THROW(openSpectrum("/no/such/file.jdx"), Error);
}

TEST(Readers, CsvBadRowNamesTheLine) {
    const fs::path csv = writeTemp("bad.csv", "ppm,intensity\n2.0,1\n1.0,5\n0.0,1\n-1.0,oops\n");
    try {
        openSpectrum(csv.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().line, 5);
    }
    fs::remove(csv);
}

TEST(ReadersShared, RegistryPicksTheRightReaderForEachFormat) {
    REQUIRE_SHARED_DATA();
    EXPECT_EQ(bestId(sharedData("jcamp-data-test/data/nmr/jeol/1h.dx")), "jcamp");
    EXPECT_EQ(bestId(sharedData("bruker-data-test/data/zipped/aspirin-1h.zip")), "bruker");
    EXPECT_EQ(bestId(sharedData("nmrML/examples/reference_spectra_examples/hmdb/HMDB00005.fid")),
              "varian");
    EXPECT_EQ(
        bestId(sharedData("nmrML/examples/reference_spectra_examples/hmdb/HMDB00005.fid/fid")),
        "varian");
    EXPECT_EQ(bestId(sharedData("nmrML/examples/reference_spectra_examples/bmrb/bmse000325.nmrML")),
              "nmrml");
    EXPECT_EQ(
        bestId(sharedData("spinsolveproc/examples/data/230213-131158 Proton (lyogel)/data.1d")),
        "spinsolve");
    EXPECT_EQ(bestId(sharedData("PublicNMRData/experiments_1D1H/NRC/misc/glucose_2018/pdata/1/1r")),
              "bruker");
}

// Issue 16 item 5: the spectrometer as each format names it, for the report and the exports
// (Bruker acqus ##$INSTRUM, Spinsolve acqu.par specType/specID, Varian procpar console, JCAMP
// ##SPECTROMETER/DATA SYSTEM, nmrML's instrument configuration term).
TEST(Readers, EachFormatNamesItsInstrument) {
    const std::string data = SPINHANCE_TEST_DATA_DIR "/spectra/";
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"aspirin-bruker", "Bruker spect"},
        {"lyogel-spinsolve", "Magritek Spinsolve C80Ultra (SPA3402)"},
        {"hmdb00005-varian.fid", "Varian inova"},
        {"bmse000325.nmrML", "Bruker NMR instrument"}};
    for (const auto& [file, instrument] : expected)
        EXPECT_EQ(openSpectrum(data + file).instrument, instrument) << file;
    const fs::path nanalysis = fs::path(SPINHANCE_TEST_DATA_DIR) / ".." / ".." / "resources" /
                               "examples" / "ibuprofen-60mhz-nanalysis.jdx";
    EXPECT_EQ(openSpectrum(nanalysis.string()).instrument, "NMReady 60/nanalysis-X812");
    const fs::path csv = writeTemp("no-instrument.dat", "ppm,intensity\n2.0,1\n1.0,5\n0.0,1\n");
    EXPECT_EQ(openSpectrum(csv.string()).instrument, "");
    fs::remove(csv);
}

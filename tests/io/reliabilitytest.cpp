// Finite or refused (issue 14): whatever a reader returns passes one gate (checkSpectrum, called by
// the registry), so NaN/Inf, absurd magnitudes, a collapsed ppm axis or a nonsense header end as an
// Error naming the file and the first bad value; malformed headers never hang a reader.
#include "common/error.h"
#include "io/brukerparams.h"
#include "io/readerregistry.h"
#include "io/spectrumcheck.h"
#include "shareddata.h"

#include <chrono>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <limits>
#include <sstream>
#include <string>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    return fs::temp_directory_path() /
           ("spinhance-reliability-" + std::to_string(::getpid()) + "-" + name);
}

fs::path writeTemp(const std::string& name, const std::string& content) {
    const fs::path path = scratch(name);
    std::ofstream(path, std::ios::binary) << content;
    return path;
}

// Opens `path` and expects Error{InvalidInput} naming it, with every one of `parts` in the message.
void expectRefused(const fs::path& path, std::initializer_list<std::string> parts) {
    try {
        openSpectrum(path.string());
        FAIL() << "expected Error{invalid input} for " << path;
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
        EXPECT_NE(std::string(e.what()).find(path.filename().string()), std::string::npos)
            << e.what();
        for (const std::string& part : parts)
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what();
        EXPECT_LT(std::string(e.what()).size(), 400u) << e.what();
    }
}

Spectrum tinySpectrum() {
    Spectrum s;
    s.ppm = {3.0, 2.0, 1.0};
    s.real = {1.0, 5.0, 1.0};
    s.fieldMHz = 90.0;
    return s;
}

template <typename Call> std::string errorOf(Call call) {
    try {
        call();
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

// The procpar of a VNMR folder: "name subtype basictype max min step Ggroup Dgroup protection
// active intptr", then "count values...", then the enumeration line.
const char* kProcparHead = "sfrq 1 1 1e9 0 0 2 1 11 1 64\n1 90.0\n0\n";

} // namespace

TEST(Finite, CsvWithAHugeIntensityNamesItsIndex) {
    const fs::path csv = writeTemp("huge.csv", "ppm,intensity\n3.0,1\n2.0,1e308\n1.0,1\n");
    expectRefused(csv, {"intensity", "found 1e+308 at index 1"});
    fs::remove(csv);
}

TEST(Finite, CsvWithNanIsALineError) {
    const fs::path csv =
        writeTemp("nan.csv", "ppm,intensity\n4.0,1\n3.0,1\n2.0,nan\n1.0,1\n0.0,1\n");
    try {
        openSpectrum(csv.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().line, 4);
    }
    fs::remove(csv);
}

TEST(Finite, CsvWithACollapsedAxisIsRefused) {
    const fs::path csv = writeTemp("flat.csv", "ppm,intensity\n2.0,1\n2.0,5\n2.0,1\n");
    expectRefused(csv, {"ppm", "every point at 2"});
    fs::remove(csv);
}

TEST(Finite, CsvWithAnAbsurdFieldIsRefused) {
    const fs::path csv =
        writeTemp("field.csv", "# field MHz: 1e308\nppm,intensity\n3.0,1\n2.0,5\n1.0,1\n");
    expectRefused(csv, {"field", "1 to 2000 MHz", "found 1e+308"});
    fs::remove(csv);
}

TEST(Finite, CheckSpectrumNamesTheFirstBadValue) {
    Spectrum s = tinySpectrum();
    EXPECT_EQ(errorOf([&] { checkSpectrum(s, "ok.csv"); }), "");
    s.real[2] = std::numeric_limits<double>::quiet_NaN();
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "x.csv"); }).find("found nan at index 2"),
              std::string::npos);
    s = tinySpectrum();
    s.ppm[0] = std::numeric_limits<double>::infinity();
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "x.csv"); }).find("found inf at index 0"),
              std::string::npos);
    s = tinySpectrum();
    s.real.resize(1), s.ppm.resize(1);
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "x.csv"); }).find("found 1"), std::string::npos);
}

TEST(Finite, CheckSpectrumChecksTheFidAndItsHeader) {
    Spectrum s;
    s.fieldMHz = 90.0;
    s.fid = Fid{};
    s.fid->points.assign(16, {1.0, 0.0});
    s.fid->spectralWidthHz = 1000.0;
    EXPECT_EQ(errorOf([&] { checkSpectrum(s, "fid"); }), "");
    s.fid->points[5] = {std::nan(""), 0.0};
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "fid"); }).find("(nan, 0) at index 5"),
              std::string::npos);
    s.fid->points[5] = {1.0, 0.0};
    s.fid->spectralWidthHz = 0.0;
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "fid"); }).find("spectral width"), std::string::npos);
    s.fid->spectralWidthHz = 1000.0;
    s.fieldMHz = 0.5;
    EXPECT_NE(errorOf([&] { checkSpectrum(s, "fid"); }).find("found 0.5"), std::string::npos);
    s.fieldMHz = 0.0; // unknown is allowed
    EXPECT_EQ(errorOf([&] { checkSpectrum(s, "fid"); }), "");
}

TEST(VarianProcpar, AHugeValueCountIsAnErrorNotAnEndlessLoop) {
    const fs::path folder = scratch("huge-count.fid");
    fs::create_directories(folder);
    std::ofstream(folder / "procpar") << kProcparHead << "samplename 2 2 8 0 0 2 1 9 1 64\n"
                                      << "18446744073709549568 \"aspirin\"\n0\n"
                                      << "sw 1 1 1e9 0 0 2 1 11 1 64\n1 1000\n0\n";
    const auto start = std::chrono::steady_clock::now();
    try {
        openSpectrum(folder.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
        EXPECT_EQ(e.context().field, "samplename");
        EXPECT_EQ(e.context().line, 5);
        EXPECT_NE(std::string(e.what()).find("found 1.84467e+19"), std::string::npos) << e.what();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
    fs::remove_all(folder);
}

TEST(VarianProcpar, NegativeAndFractionalCountsAreErrors) {
    for (const char* count : {"-3", "2.5"}) {
        const fs::path folder = scratch(std::string("bad-count-") + count + ".fid");
        fs::create_directories(folder);
        std::ofstream(folder / "procpar") << kProcparHead << "samplename 2 2 8 0 0 2 1 9 1 64\n"
                                          << count << " \"aspirin\"\n0\n";
        EXPECT_NE(errorOf([&] { openSpectrum(folder.string()); }).find("value count"),
                  std::string::npos)
            << count;
        fs::remove_all(folder);
    }
}

namespace {

// A scratch copy of the GABA Bruker experiment (shared data) whose parameter files a test edits.
struct BrukerScratch {
    fs::path folder;
    BrukerScratch() {
        folder = scratch("bruker-gaba");
        fs::remove_all(folder);
        fs::copy(
            sharedData("nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA/1H"),
            folder, fs::copy_options::recursive);
    }
    ~BrukerScratch() { fs::remove_all(folder); }

    void replaceParameter(const std::string& file, const std::string& key,
                          const std::string& value) const {
        std::ifstream in(folder / file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()),
            out, line;
        std::istringstream lines(text);
        while (std::getline(lines, line))
            out +=
                (line.rfind("##$" + key + "=", 0) == 0 ? "##$" + key + "= " + value : line) + "\n";
        std::ofstream(folder / file, std::ios::binary | std::ios::trunc) << out;
    }
};

} // namespace

TEST(FiniteShared, BrukerWithSfZeroIsRefused) {
    REQUIRE_SHARED_DATA();
    BrukerScratch copy;
    copy.replaceParameter("pdata/1/procs", "SF", "0");
    expectRefused(copy.folder, {"ppm"});
}

TEST(FiniteShared, BrukerFloat64FidWithNanIsRefused) {
    REQUIRE_SHARED_DATA();
    BrukerScratch copy;
    const auto acqus = io::BrukerParameters::read((copy.folder / "acqus").string());
    const auto td = std::size_t(acqus.number("TD"));
    copy.replaceParameter("acqus", "DTYPA", "2");
    std::vector<double> values(td, 1.0);
    values[7] = std::numeric_limits<double>::quiet_NaN();
    std::ofstream(copy.folder / "fid", std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(values.data()),
               std::streamsize(values.size() * sizeof(double)));
    expectRefused(copy.folder, {"fid", "at index 3"});
}

// Issue 14: a cut download of a Bruker zip used to be "no reader recognises the content".
TEST(Zip, ATruncatedZipIsCalledDamagedNotUnrecognised) {
    std::ifstream in(std::string(SPINHANCE_TEST_DATA_DIR) + "/spectra/aspirin-1h.zip",
                     std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    ASSERT_GT(bytes.str().size(), 1000u);
    const fs::path cut = writeTemp("cut.zip", bytes.str().substr(0, bytes.str().size() / 2));
    expectRefused(cut, {"damaged or truncated", "download it again"});
    fs::remove(cut);
}

// Issue 16: an empty file used to be "no reader recognises the content".
TEST(Messages, AnEmptyFileIsCalledEmpty) {
    const fs::path empty = writeTemp("empty.jdx", "");
    expectRefused(empty, {"empty file (0 bytes)"});
    fs::remove(empty);
}

// Issue 16: a folder that holds no spectrum says what it does hold, or that it is empty.
TEST(Messages, AFolderWithoutASpectrumNamesWhatItHolds) {
    const fs::path folder = fs::temp_directory_path() / "spinhance-not-a-spectrum-folder";
    fs::remove_all(folder);
    fs::create_directories(folder);
    expectRefused(folder, {"empty folder"});
    std::ofstream(folder / "notes.txt") << "lab notes";
    std::ofstream(folder / "photo.jpg") << "not a spectrum";
    expectRefused(folder, {"found none; it holds notes.txt, photo.jpg", "Bruker acqus"});
    fs::remove_all(folder);
}

// Issue 16: a JCAMP file cut inside its header said "expected ... NMR FID block, found: NMR FID".
TEST(Messages, AJcampCutBeforeItsDataSaysSo) {
    const std::string header = "##TITLE= cut\n##JCAMP-DX= 5.01\n##DATA TYPE= NMR FID\n"
                               "##.OBSERVE FREQUENCY= 60.0\n##.OBSERVE NUCLEUS= ^1H\n";
    const fs::path cut = writeTemp("cut.jdx", header);
    expectRefused(cut, {"NMR FID (1H, no data table)", "may be truncated"});
    fs::remove(cut);
}

// Issue 16: opening an experiment's acqus (JCAMP-DX text) opens the experiment, as opening its
// fid does; the JCAMP reader used to take it and fail on "Parameter Values".
TEST(Readers, AnAcqusFileOpensItsBrukerExperiment) {
    const std::string folder = std::string(SPINHANCE_TEST_DATA_DIR) + "/spectra/aspirin-bruker/1";
    const Spectrum viaAcqus = openSpectrum(folder + "/acqus");
    const Spectrum viaFid = openSpectrum(folder + "/fid");
    EXPECT_EQ(viaAcqus.origin.readerId, "bruker");
    ASSERT_TRUE(viaAcqus.fid.has_value());
    EXPECT_EQ(viaAcqus.fid->points.size(), viaFid.fid->points.size());
    EXPECT_DOUBLE_EQ(viaAcqus.fieldMHz, viaFid.fieldMHz);
}

// Issue 14: a Spinsolve data.1d holding NaN was covered only by the mutation sweep. A scratch copy
// of the lyogel experiment with one complex point made NaN must be refused, naming the file.
TEST(FiniteShared, SpinsolveDataWithNanIsRefused) {
    REQUIRE_SHARED_DATA();
    const fs::path folder = scratch("spinsolve-nan");
    fs::remove_all(folder);
    fs::copy(sharedData("spinsolveproc/examples/data/230213-131158 Proton (lyogel)"), folder,
             fs::copy_options::recursive);
    std::fstream data(folder / "data.1d", std::ios::in | std::ios::out | std::ios::binary);
    std::int32_t points = 0;
    data.seekg(16);
    data.read(reinterpret_cast<char*>(&points), 4);
    ASSERT_GT(points, 10);
    // Header (32 bytes), then `points` axis floats, then complex floats: point 3, real part.
    const float nan = std::numeric_limits<float>::quiet_NaN();
    data.seekp(std::streamoff(32 + 4 * points + 8 * 3));
    data.write(reinterpret_cast<const char*>(&nan), 4);
    data.close();
    expectRefused(folder / "data.1d", {"nan"});
    fs::remove_all(folder);
}

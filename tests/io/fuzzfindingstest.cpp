// Inputs the libFuzzer targets (tests/fuzz, docs/reliability.md "Fuzzing") and their seeds turned
// up, kept as regression tests: each was a crash, a sanitizer report or a wrong refusal.
#include "common/error.h"
#include "io/readerregistry.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <string>
#include <unistd.h>
#include <utility>
#include <vector>
#include <zip.h>

using namespace spinhance;
namespace fs = std::filesystem;

namespace {

fs::path scratchFolder(const std::string& name) {
    const fs::path folder = fs::temp_directory_path() /
                            ("spinhance-fuzzfindings-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(folder);
    fs::create_directories(folder);
    return folder;
}

void appendBigEndian(std::string& out, std::uint64_t value, int bytes) {
    for (int k = bytes - 1; k >= 0; --k)
        out.push_back(char((value >> (8 * k)) & 0xff));
}

// A VNMR fid: the 32-byte file header (nblocks, ntraces, np, ebytes, tbytes, bbytes, vers_id,
// status, nbheaders), one 28-byte block header, then `values` as big-endian int16.
std::string varianInt16Fid(const std::vector<std::int16_t>& values, std::uint16_t status) {
    const auto bbytes = std::uint32_t(2 * values.size() + 28);
    std::string out;
    for (std::uint32_t word :
         {1u, 1u, std::uint32_t(values.size()), 2u, std::uint32_t(2 * values.size()), bbytes})
        appendBigEndian(out, word, 4);
    appendBigEndian(out, 0, 2);      // vers_id
    appendBigEndian(out, status, 2); // status
    appendBigEndian(out, 1, 4);      // nbheaders
    out.append(28, '\0');
    for (std::int16_t value : values)
        appendBigEndian(out, std::uint16_t(value), 2);
    return out;
}

const char* kProcpar = "sfrq 1 1 1e9 0 0 2 1 11 1 64\n1 90.0\n0\n"
                       "sw 1 1 1e9 0 0 2 1 11 1 64\n1 1000\n0\n";

fs::path varianFolder(const std::string& name, const std::string& fid,
                      const std::string& procparTail = "") {
    const fs::path folder = scratchFolder(name + ".fid");
    std::ofstream(folder / "procpar") << kProcpar << procparTail;
    std::ofstream(folder / "fid", std::ios::binary) << fid;
    return folder;
}

// Writes a zip holding `entries` (name, content) with libzip, in order, stored uncompressed.
fs::path writeZip(const fs::path& path,
                  const std::vector<std::pair<std::string, std::string>>& entries) {
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    for (const auto& [name, content] : entries) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    zip_close(archive);
    return path;
}

} // namespace

// fuzz_varian, on its own int16 seed: the status word was read at byte 22 (the low half of
// bbytes) instead of 26, so a bbytes with bit 0x8 set (here 44 = 0x2c) made 2-byte elements read as
// 4-byte floats, past the end of the file (AddressSanitizer: heap-buffer-overflow).
TEST(FuzzFindings, VarianInt16FidReadsItsStatusAtByte26) {
    const std::vector<std::int16_t> values = {1000, -200, 500, 300, -50, 25, 10, -5};
    const fs::path folder = varianFolder("int16", varianInt16Fid(values, 0));
    const Spectrum s = openSpectrum(folder.string());
    ASSERT_TRUE(s.fid);
    ASSERT_EQ(s.fid->points.size(), 4u);
    // The conjugate of (re, im): VNMR's sense of rotation (varianreader.cpp).
    EXPECT_EQ(s.fid->points[0], std::complex<double>(1000, 200));
    EXPECT_EQ(s.fid->points[3], std::complex<double>(10, 5));
    fs::remove_all(folder);
}

TEST(FuzzFindings, VarianFloatStatusWithTwoByteElementsIsRefused) {
    const fs::path folder = varianFolder("float-ebytes2", varianInt16Fid({1, 2, 3, 4}, 0x8));
    try {
        openSpectrum(folder.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
        EXPECT_EQ(e.context().field, "ebytes") << e.what();
        EXPECT_EQ(e.context().file, (folder / "fid").string());
    }
    fs::remove_all(folder);
}

// make-seeds.py's synthetic procpar: a real-valued array as the last parameter was refused
// because its value count (all on one line) was compared with the lines left in the file.
TEST(FuzzFindings, VarianRealArrayLastInProcparIsRead) {
    const fs::path folder = varianFolder("array-last", varianInt16Fid({1, 2, 3, 4}, 0),
                                         "array 1 1 1e9 0 0 2 1 11 1 64\n5 1 2 3 4 5\n0\n");
    EXPECT_NO_THROW(openSpectrum(folder.string()));
    fs::remove_all(folder);
}

// fuzz_brukerzip: an entry below a path that an earlier entry made a file ("exp/1/acqus", then
// "exp/1/acqus/1/1i") threw std::filesystem::filesystem_error out of ExtractedZip.
TEST(FuzzFindings, ZipEntriesThatClashAreAnErrorNamingTheEntry) {
    const std::string acqus = "##TITLE= x\n##$TD= 4\n##$SW_h= 1000\n##$BF1= 90\n##END=\n";
    const fs::path zip = writeZip(scratchFolder("clash") / "clash.zip",
                                  {{"exp/1/acqus", acqus}, {"exp/1/acqus/1/1i", "data"}});
    try {
        openSpectrum(zip.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
        EXPECT_EQ(e.context().file, zip.string());
        EXPECT_EQ(e.context().field, "exp/1/acqus/1/1i");
        EXPECT_NE(std::string(e.what()).find("clashes with an earlier entry"), std::string::npos)
            << e.what();
    }
    fs::remove_all(zip.parent_path());
}

// Found while fixing the above: a damaged entry (here a flipped byte, so the CRC fails) ended the
// read loop silently and left a short file behind; it is now named as damaged.
TEST(FuzzFindings, ADamagedZipEntryIsNamedNotCutShort) {
    const std::string acqus = "##TITLE= x\n##$TD= 4\n##$SW_h= 1000\n##$BF1= 90\n##END=\n";
    const std::string fid = "0123456789abcdef-fid-payload-0123456789abcdef";
    const fs::path zip = writeZip(scratchFolder("damaged") / "damaged.zip",
                                  {{"exp/1/acqus", acqus}, {"exp/1/fid", fid}});
    std::string bytes;
    {
        std::ifstream in(zip, std::ios::binary);
        bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    const std::size_t at = bytes.find("fid-payload");
    ASSERT_NE(at, std::string::npos);
    bytes[at] = 'F';
    std::ofstream(zip, std::ios::binary | std::ios::trunc) << bytes;
    try {
        openSpectrum(zip.string());
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
        EXPECT_EQ(e.context().field, "exp/1/fid") << e.what();
        EXPECT_NE(std::string(e.what()).find("damaged"), std::string::npos) << e.what();
    }
    fs::remove_all(zip.parent_path());
}

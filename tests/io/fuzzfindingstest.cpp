// Inputs the libFuzzer targets (tests/fuzz, docs/reliability.md "Fuzzing") and their seeds turned
// up, kept as regression tests: each was a crash, a sanitizer report or a wrong refusal.
#include "common/error.h"
#include "io/readerregistry.h"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>
#include <vector>

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

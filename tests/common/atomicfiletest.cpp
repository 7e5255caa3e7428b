// writeFileAtomically: the target is either untouched or complete, even when the write fails
// part-way (a file-size limit stands in for a full disk).
#include "common/atomicfile.h"

#include "common/error.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

namespace fs = std::filesystem;
using spinhance::Error;
using spinhance::ErrorCode;
using spinhance::writeFileAtomically;

namespace {

std::string readAll(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

class AtomicFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir = fs::temp_directory_path() / ("spinhance-atomic-" + std::to_string(::getpid()));
        fs::create_directories(dir);
    }
    void TearDown() override { fs::remove_all(dir); }
    fs::path dir;
};

} // namespace

TEST_F(AtomicFile, WritesAndReplacesWholeContent) {
    const fs::path path = dir / "out.tsv";
    writeFileAtomically(path.string(), "first version, longer than the second\n");
    writeFileAtomically(path.string(), "second\n");
    EXPECT_EQ(readAll(path), "second\n");
    EXPECT_FALSE(fs::exists(spinhance::temporaryPathFor(path.string())));
}

TEST_F(AtomicFile, AMissingFolderIsAnIoErrorNamingThePathAndOption) {
    const std::string path = (dir / "missing" / "out.tsv").string();
    try {
        writeFileAtomically(path, "x", "--out");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Io);
        EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("--out"), std::string::npos) << e.what();
    }
}

// A write that fails part-way (EFBIG under RLIMIT_FSIZE, as ENOSPC on a full disk) must leave the
// good file as it was and no temporary file behind.
TEST_F(AtomicFile, AFailedWriteLeavesTheOldFileIntact) {
    const fs::path path = dir / "good.json";
    writeFileAtomically(path.string(), "{\"good\": true}\n");
    rlimit saved{};
    ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 4096;
    ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
    bool threw = false;
    try {
        writeFileAtomically(path.string(), std::string(1 << 20, 'x'));
    } catch (const Error& e) {
        threw = e.code() == ErrorCode::Io;
    }
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);
    EXPECT_TRUE(threw);
    EXPECT_EQ(readAll(path), "{\"good\": true}\n");
    EXPECT_FALSE(fs::exists(spinhance::temporaryPathFor(path.string())));
}

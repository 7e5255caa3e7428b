// The mutation sweep of issue 14: every file in tests/data/spectra (one real file per reader)
// is damaged in fixed-seed ways (truncated, bytes flipped, chunks zeroed, numbers made huge or
// non-finite, lines duplicated or deleted, emptied). Each damaged input must end, within a time
// limit, as a spinhance::Error naming the file or as a finite, sane spectrum that processing
// keeps finite: never a crash, a hang, a foreign exception or NaN in the result.
#include "common/error.h"
#include "io/readerregistry.h"
#include "mutations.h"
#include "processing/autoprocess.h"

#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <ostream>
#include <sstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace spinhance;

namespace {

// Generous: a healthy case takes milliseconds (seconds under ASan); the limit only catches hangs.
constexpr auto kTimeLimit = std::chrono::seconds(60);
constexpr std::uint64_t kSeed = 14;

// One test per damaged file, so CTest runs them in parallel and each stays short.
struct Input {
    std::string base;      ///< file or folder under tests/data/spectra
    std::string damage;    ///< the file inside `base` to damage ("" = base itself)
    bool optional = false; ///< the reader does without it (Bruker procs, Spinsolve proc.par)
};

void PrintTo(const Input& input, std::ostream* out) {
    *out << input.base << (input.damage.empty() ? "" : "/" + input.damage);
}

const std::vector<Input>& inputs() {
    static const std::vector<Input> list{
        {"jcamp-difdup.dx", ""},
        {"jcamp-difdup-every8th.csv", ""},
        {"bmse000325.nmrML", ""},
        {"aspirin-1h.zip", ""},
        {"aspirin-bruker", "1/acqus"},
        {"aspirin-bruker", "1/fid"},
        {"aspirin-bruker", "1/pdata/1/procs", true},
        {"hmdb00005-varian.fid", "procpar"},
        {"hmdb00005-varian.fid", "fid"},
        {"lyogel-spinsolve", "acqu.par"},
        {"lyogel-spinsolve", "proc.par", true},
        {"lyogel-spinsolve", "data.1d"},
    };
    return list;
}

std::string readBytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void writeBytes(const fs::path& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary | std::ios::trunc) << bytes;
}

bool allFinite(const std::vector<double>& values) {
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

// Independent of checkSpectrum (the readers' own gate): what "sane" means to a consumer.
std::string insanity(const Spectrum& s) {
    if (s.fid) {
        for (const auto& z : s.fid->points)
            if (!std::isfinite(z.real()) || !std::isfinite(z.imag())) return "non-finite FID";
        if (!(s.fid->spectralWidthHz > 0) || !std::isfinite(s.fid->spectralWidthHz))
            return "spectral width not positive";
    }
    if (s.fid && s.real.empty()) return {};
    if (s.real.size() < 2 || s.ppm.size() != s.real.size()) return "fewer than 2 points";
    if (!allFinite(s.real) || !allFinite(s.ppm)) return "non-finite spectrum";
    if (!(s.fieldMHz == 0.0 || (s.fieldMHz >= 1.0 && s.fieldMHz <= 2000.0))) return "field";
    return {};
}

enum class Outcome { Refused, Accepted };

// Runs the reader and automatic processing; returns the outcome or a failure description.
std::pair<Outcome, std::string> openAndProcess(const fs::path& path) {
    try {
        const Spectrum raw = openSpectrum(path.string());
        if (const std::string why = insanity(raw); !why.empty()) return {Outcome::Accepted, why};
        const Spectrum processed = processAuto(raw);
        return {Outcome::Accepted, insanity(processed)};
    } catch (const Error& e) {
        if (e.context().file.empty())
            return {Outcome::Refused, std::string("error without a file: ") + e.what()};
        return {Outcome::Refused, {}};
    } catch (const std::exception& e) {
        return {Outcome::Refused, std::string("foreign exception: ") + e.what()};
    }
}

std::string testName(const ::testing::TestParamInfo<Input>& info) {
    std::string name;
    for (char c : info.param.base + "_" + info.param.damage)
        name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    return name;
}

class MutationSweep : public ::testing::TestWithParam<Input> {
protected:
    void SetUp() override {
        work = fs::temp_directory_path() /
               ("spinhance-sweep-" + std::to_string(::getpid()) + "-" + testName({GetParam(), 0}));
        fs::remove_all(work);
        fs::create_directories(work);
    }
    void TearDown() override { fs::remove_all(work); }
    fs::path work;
};

struct Tally {
    int refused = 0;
    int accepted = 0;
    double slowestSeconds = 0.0;
};

// Damages `target` (inside the copy at `input`) in every way, one at a time, restoring it after.
void sweepFile(const fs::path& input, const fs::path& target, const std::string& label,
               std::mt19937_64& random, Tally& tally) {
    const std::string original = readBytes(target);
    for (const sweep::Mutation& mutation : sweep::allMutations()) {
        writeBytes(target, mutation.apply(original, random));
        const std::string name = label + ", " + mutation.name;
        const auto start = std::chrono::steady_clock::now();
        auto run = std::async(std::launch::async, openAndProcess, input);
        if (run.wait_for(kTimeLimit) != std::future_status::ready) {
            // The reader cannot be stopped; report and leave rather than hang CTest.
            std::fprintf(stderr, "HANG: %s ran past the time limit\n", name.c_str());
            std::_Exit(1);
        }
        const auto [outcome, failure] = run.get();
        const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
        tally.slowestSeconds = std::max(tally.slowestSeconds, took.count());
        EXPECT_TRUE(failure.empty()) << name << ": " << failure;
        (outcome == Outcome::Refused ? tally.refused : tally.accepted) += 1;
    }
    writeBytes(target, original);
}

} // namespace

TEST_P(MutationSweep, EveryDamagedInputEndsAsACleanErrorOrAFiniteSpectrum) {
    const Input& input = GetParam();
    const fs::path copy = work / input.base;
    fs::copy(fs::path(SPINHANCE_TEST_DATA_DIR) / "spectra" / input.base, copy,
             fs::copy_options::recursive);
    ASSERT_NO_THROW(openSpectrum(copy.string())) << input.base << " must open undamaged";
    std::mt19937_64 random(kSeed);
    Tally tally;
    const std::string label = input.base + (input.damage.empty() ? "" : "/" + input.damage);
    sweepFile(copy, input.damage.empty() ? copy : copy / input.damage, label, random, tally);
    std::printf(
        "%s: %d damaged inputs refused with a message, %d accepted finite; slowest %.2f s\n",
        label.c_str(), tally.refused, tally.accepted, tally.slowestSeconds);
    // Emptying the one essential file or truncating it to one byte leaves nothing readable.
    if (!input.optional) {
        EXPECT_GE(tally.refused, 2);
    }
}

INSTANTIATE_TEST_SUITE_P(TestData, MutationSweep, ::testing::ValuesIn(inputs()), testName);

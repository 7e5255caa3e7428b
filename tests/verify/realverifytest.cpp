// The verification on two real benchtop spectra: the structure that was measured must score
// above close candidates. Truth: the sample's stated identity (the file's title and source).
#include "verify/verify.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>

namespace spinhance::verify {
namespace {

namespace fs = std::filesystem;

// Oxford Instruments X-Pulse, 59.69 MHz, ethyl crotonate in CDCl3 (a FID; see
// ../shared/data/MANIFEST.md, jcamp-data-test J_oxford; 1 MB, so it is not copied here).
const fs::path kCrotonate =
    fs::path(SPINHANCE_SHARED_DATA_DIR) / "jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx";
// Nanalysis 60 MHz ibuprofen, bundled with the application (resources/examples/SOURCES.md).
const fs::path kIbuprofen =
    fs::path(SPINHANCE_SOURCE_DIR) / "resources/examples/ibuprofen-60mhz-nanalysis.jdx";

// Each file takes three full analyses (about 1–4 min on two cores): an evaluation, run on request,
// not in every CI. (The search's budget is counted work, so the margins no longer depend on load.)
bool slowTestsWanted() {
    return std::getenv("SPINHANCE_SLOW_TESTS") != nullptr;
}

struct Candidate {
    const char* name;
    const char* smiles;
};

// Scores of every candidate, printed so a failure shows the whole ranking.
std::vector<double> scoresOf(const fs::path& file, const std::vector<Candidate>& candidates) {
    VerifyOptions options;
    options.searchSeconds = 20.0;
    std::vector<double> scores;
    for (const Candidate& c : candidates) {
        const Verification v = verifyFile(file.string(), c.smiles, options);
        std::cout << file.filename() << " " << c.name << ": score " << v.score << " (agreement "
                  << v.verdicts.protonAgreement << ", cosine " << v.fit.fittedCosine << ")\n";
        scores.push_back(v.score);
    }
    return scores;
}

TEST(RealVerify, EthylCrotonateBeatsEthylAcetateAndMethylCrotonate) {
    if (!slowTestsWanted())
        GTEST_SKIP() << "slow real-spectrum verification: SPINHANCE_SLOW_TESTS=1";
    if (!fs::exists(kCrotonate)) GTEST_SKIP() << "absent: " << kCrotonate;
    const std::vector<double> s = scoresOf(kCrotonate, {{"ethyl crotonate", "CCOC(=O)/C=C/C"},
                                                        {"ethyl acetate", "CCOC(C)=O"},
                                                        {"methyl crotonate", "COC(=O)/C=C/C"}});
    EXPECT_GT(s[0], s[1] + 0.05);
    EXPECT_GT(s[0], s[2] + 0.05);
}

TEST(RealVerify, IbuprofenBeatsTwoCloseIsomers) {
    if (!slowTestsWanted())
        GTEST_SKIP() << "slow real-spectrum verification: SPINHANCE_SLOW_TESTS=1";
    if (!fs::exists(kIbuprofen)) GTEST_SKIP() << "absent: " << kIbuprofen;
    const std::vector<double> s =
        scoresOf(kIbuprofen, {{"ibuprofen", "CC(C)Cc1ccc(cc1)C(C)C(=O)O"},
                              {"3-(4-isobutylphenyl)propanoic acid", "CC(C)Cc1ccc(CCC(=O)O)cc1"},
                              {"2-(4-butylphenyl)propanoic acid", "CCCCc1ccc(cc1)C(C)C(=O)O"}});
    // Since close leftovers are merged before the second matching (docs/verify.md) the margin is
    // 0.23 (0.918 against 0.684 and 0.683, 2026-12-01); the analysis of this file reaches the
    // search's budget, so only 0.05 is asserted, as for ethyl crotonate.
    EXPECT_GT(s[0], s[1] + 0.05);
    EXPECT_GT(s[0], s[2] + 0.05);
}

} // namespace
} // namespace spinhance::verify

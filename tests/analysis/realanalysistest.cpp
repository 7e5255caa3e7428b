// The analysis by synthesis on two real 60 MHz benchtop FIDs, against the literature (SDBS, CDCl3):
// every group within 0.03 ppm with its proton count, every J within 0.5 Hz, cosine >= 0.95 (the
// targets of issue 13). About a minute in all on two cores (the search's budget is counted work,
// so the outcome no longer depends on the load): run on request (SPINHANCE_SLOW_TESTS=1), not in
// every CI.
#include "analysis/pipeline.h"

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

namespace fs = std::filesystem;

bool slowTestsWanted() {
    return std::getenv("SPINHANCE_SLOW_TESTS") != nullptr;
}

struct LiteratureGroup {
    double shiftPpm;
    int protons;
};

struct LiteratureCoupling {
    double shiftAPpm, shiftBPpm, couplingHz;
};

// Groups at one shift (an AA'BB' ring's AA' pair) counted as one literature group.
struct Found {
    double shiftPpm = 0.0;
    int protons = 0;
    std::vector<std::size_t> members;
};

std::vector<Found> mergedByShift(const SpinSystem& s) {
    std::vector<Found> out;
    for (std::size_t g = 0; g < s.size(); ++g) {
        auto same = std::find_if(out.begin(), out.end(), [&](const Found& f) {
            return std::abs(f.shiftPpm - s.group(g).shiftPpm) < 0.005;
        });
        if (same == out.end()) same = out.insert(out.end(), Found{s.group(g).shiftPpm, 0, {}});
        same->protons += s.group(g).protonCount;
        same->members.push_back(g);
    }
    return out;
}

const Found* nearest(const std::vector<Found>& found, double shiftPpm) {
    const Found* best = nullptr;
    for (const Found& f : found)
        if (!best || std::abs(f.shiftPpm - shiftPpm) < std::abs(best->shiftPpm - shiftPpm))
            best = &f;
    return best;
}

void expectLiterature(const std::string& file, int protons,
                      const std::vector<LiteratureGroup>& groups,
                      const std::vector<LiteratureCoupling>& couplings) {
    AnalysisOptions options;
    options.totalProtons = protons;
    const FileAnalysis run = analyzeFile(file, options, nullptr);
    const SpinSystem& s = run.result.system;
    const std::vector<Found> found = mergedByShift(s);
    EXPECT_EQ(found.size(), groups.size());
    for (const LiteratureGroup& g : groups) {
        const Found* f = nearest(found, g.shiftPpm);
        ASSERT_NE(f, nullptr);
        EXPECT_NEAR(f->shiftPpm, g.shiftPpm, 0.03) << "group at " << g.shiftPpm << " ppm";
        EXPECT_EQ(f->protons, g.protons) << "group at " << g.shiftPpm << " ppm";
    }
    for (const LiteratureCoupling& c : couplings) {
        const Found* a = nearest(found, c.shiftAPpm);
        const Found* b = nearest(found, c.shiftBPpm);
        double largest = 0.0; // between the members (an AA'BB' ring's ortho J)
        for (std::size_t i : a->members)
            for (std::size_t j : b->members)
                largest = std::max(largest, std::abs(s.couplingHz(i, j)));
        EXPECT_NEAR(largest, c.couplingHz, 0.5) << c.shiftAPpm << "-" << c.shiftBPpm << " ppm";
    }
    EXPECT_GE(run.result.cosine, 0.95);
}

TEST(RealAnalysis, BundledIbuprofenGivesTheLiteratureSystem) {
    if (!slowTestsWanted()) GTEST_SKIP() << "slow real-spectrum analysis: SPINHANCE_SLOW_TESTS=1";
    // Nanalysis 60 MHz, resources/examples/SOURCES.md. The COOH line moves with concentration:
    // only its count is checked (its shift, 10.5 ppm here, is far from the others).
    expectLiterature(SPINHANCE_SOURCE_DIR "/resources/examples/ibuprofen-60mhz-nanalysis.jdx", 18,
                     {{7.21, 2}, {7.10, 2}, {3.70, 1}, {2.44, 2}, {1.84, 1}, {1.49, 3}, {0.89, 6},
                      {10.5, 1}},
                     {{7.21, 7.10, 8.0}, {3.70, 1.49, 7.2}, {2.44, 1.84, 7.2}, {1.84, 0.89, 6.6}});
}

TEST(RealAnalysis, OxfordEthylCrotonateGivesTheLiteratureSystem) {
    if (!slowTestsWanted()) GTEST_SKIP() << "slow real-spectrum analysis: SPINHANCE_SLOW_TESTS=1";
    // Oxford Instruments X-Pulse 59.69 MHz FID (../shared/data/MANIFEST.md, J_oxford).
    const fs::path file =
        fs::path(SPINHANCE_SHARED_DATA_DIR) / "jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx";
    if (!fs::exists(file)) GTEST_SKIP() << "absent: " << file;
    expectLiterature(file.string(), 10, {{6.97, 1}, {5.84, 1}, {4.18, 2}, {1.88, 3}, {1.28, 3}},
                     {{6.97, 5.84, 15.6}, {6.97, 1.88, 6.9}, {5.84, 1.88, 1.7}, {4.18, 1.28, 7.1}});
}

// Cocaine at 700 MHz in CDCl3 (../shared/data/nmr-dataset1, 50-36-2: 21 H in 17 signal regions
// with the impurities'). Once refused as too many groups for one analysis (16 at most then), it
// now gets an answer: every 1H shift of its NMReDATA (ChiuZ_Cocaine_Luc.nmredata.sdf) has a group
// within 0.03 ppm. The counts and couplings are not checked: the search ends at its budget long
// before it links 14 groups at this field.
TEST(RealAnalysis, CocaineAt700MHzHasAGroupAtEveryNmredataShift) {
    if (!slowTestsWanted()) GTEST_SKIP() << "slow real-spectrum analysis: SPINHANCE_SLOW_TESTS=1";
    const fs::path file = fs::path(SPINHANCE_SHARED_DATA_DIR) / "nmr-dataset1/data/50-36-2/1h.dx";
    if (!fs::exists(file)) GTEST_SKIP() << "absent: " << file;
    AnalysisOptions options;
    options.totalProtons = 21; // C17H21NO4
    const FileAnalysis run = analyzeFile(file.string(), options, nullptr);
    const std::vector<Found> found = mergedByShift(run.result.system);
    ASSERT_FALSE(found.empty());
    for (double shiftPpm : {8.02700, 7.53685, 7.41875, 5.25196, 3.72859, 3.57233, 3.30259, 3.03058,
                            2.44804, 2.23724, 2.18191, 2.11436, 1.87683, 1.73373})
        EXPECT_NEAR(nearest(found, shiftPpm)->shiftPpm, shiftPpm, 0.03) << shiftPpm << " ppm";
}

} // namespace
} // namespace spinhance::analysis

// The journal parser on real published 1H lines with expected parses written by others
// (tests/data/journal/chemdataextractor-1h-lines.json, see SOURCES.md): the share of entries
// recovered exactly — shift or range, proton count, multiplicity and every J.
#include "report/journalparse.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace spinhance;

namespace {

bool sameShifts(const JournalEntry& e, std::vector<double> expected) {
    std::sort(expected.begin(), expected.end());
    if (expected.size() == 1) expected.push_back(expected.front());
    return expected.size() == 2 && std::abs(expected[0] - e.lowPpm) < 1e-9 &&
           std::abs(expected[1] - e.highPpm) < 1e-9;
}

bool sameCouplings(const std::vector<double>& found, const std::vector<double>& expected) {
    if (found.size() != expected.size()) return false;
    for (std::size_t k = 0; k < found.size(); ++k)
        if (std::abs(found[k] - expected[k]) > 0.05) return false;
    return true;
}

// Where the expected parse names no multiplicity (CDE leaves it out), ours must say "m".
std::string expectedMultiplicity(const nlohmann::json& entry) {
    if (entry["multiplicity"].is_null()) return "m";
    std::string m = entry["multiplicity"].get<std::string>();
    if (m == "d of d") return "dd";
    return m;
}

std::string exactnessOf(const JournalEntry& e, const nlohmann::json& x) {
    if (!sameShifts(e, x["shifts_ppm"].get<std::vector<double>>())) return "shift";
    if (!x["protons"].is_null() && e.protonCount != x["protons"].get<int>()) return "protons";
    if (e.multiplicity != expectedMultiplicity(x)) return "multiplicity " + e.multiplicity;
    if (!sameCouplings(e.couplingsHz, x["couplings_hz"].get<std::vector<double>>())) return "J";
    return {};
}

} // namespace

TEST(JournalReal, RecoversPublishedEntriesExactly) {
    std::ifstream in(SPINHANCE_TEST_DATA_DIR "/journal/chemdataextractor-1h-lines.json");
    ASSERT_TRUE(in) << "tests/data/journal/chemdataextractor-1h-lines.json missing";
    const nlohmann::json doc = nlohmann::json::parse(in);
    int entries = 0, exact = 0;
    for (const auto& line : doc["lines"]) {
        const ParsedJournal p = parseJournalString(line["line"].get<std::string>());
        const auto& expected = line["entries"];
        EXPECT_EQ(p.entries.size(), expected.size()) << line["case"];
        for (std::size_t k = 0; k < std::min(p.entries.size(), expected.size()); ++k) {
            const std::string miss = exactnessOf(p.entries[k], expected[k]);
            ++entries;
            exact += miss.empty();
            if (!miss.empty())
                std::printf("%s entry %zu: %s differs\n", line["case"].get<std::string>().c_str(),
                            k + 1, miss.c_str());
        }
    }
    std::printf("journal lines: %zu, entries %d, exact %d (%.1f %%)\n", doc["lines"].size(),
                entries, exact, 100.0 * exact / std::max(entries, 1));
    EXPECT_EQ(entries, 68);
    EXPECT_GE(exact, int(std::ceil(0.95 * entries)));
}

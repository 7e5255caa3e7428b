// Journal-line parsing speed on the 68 real published 1H lines of tests/data/journal/ (sources in
// tests/data/SOURCES.md): lines per second through parseJournalString, the call the CLI `journal`
// verb, the GUI's paste box and the journal fuzzer make.
#include "report/journalparse.h"

#include <benchmark/benchmark.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> realLines() {
    const std::filesystem::path folder = SPINHANCE_TEST_DATA_DIR "/journal";
    std::vector<std::string> lines;
    for (const char* name : {"chemdataextractor-1h-lines.json", "literature-1h-lines.json"}) {
        std::ifstream in(folder / name);
        if (!in) continue;
        const nlohmann::json file = nlohmann::json::parse(in);
        for (const auto& line : file.at("lines"))
            lines.push_back(line.at("line").get<std::string>());
    }
    return lines;
}

void parseRealLines(benchmark::State& state) {
    const std::vector<std::string> lines = realLines();
    if (lines.empty()) return state.SkipWithError("tests/data/journal not found");
    std::size_t entries = 0;
    for (auto _ : state)
        for (const std::string& line : lines)
            entries += spinhance::parseJournalString(line).entries.size();
    benchmark::DoNotOptimize(entries);
    state.SetItemsProcessed(std::int64_t(state.iterations() * lines.size())); // lines/s
}
BENCHMARK(parseRealLines)->Unit(benchmark::kMicrosecond);

// The longest line the parser accepts, 256 entries (ethyl groups: a quartet and a triplet each,
// J-matched pairwise): the cost of building a large system group by group.
void parseLongestLine(benchmark::State& state) {
    std::string line = "1H NMR (400 MHz, CDCl3) δ ";
    for (int k = 0; k < 128; ++k) {
        const double jHz = 5.0 + 0.02 * k; // distinct J, so each quartet has one partner
        line += std::to_string(4.0 + 0.001 * k) + " (q, J = " + std::to_string(jHz) + " Hz, 2H), ";
        line += std::to_string(1.0 + 0.001 * k) + " (t, J = " + std::to_string(jHz) + " Hz, 3H), ";
    }
    std::size_t groups = 0;
    for (auto _ : state)
        groups += spinhance::parseJournalString(line).system.size();
    benchmark::DoNotOptimize(groups);
}
BENCHMARK(parseLongestLine)->Unit(benchmark::kMillisecond);

// 255 septets with one J: every septet can take any six of the others as its partners, the worst
// case of the J matching's subset search.
void parseSeptetsWithOneJ(benchmark::State& state) {
    std::string line;
    for (int k = 0; k < 255; ++k)
        line += std::to_string(1.0 + 0.001 * k) + " (sept, J = 7.0 Hz, 1H), ";
    std::size_t groups = 0;
    for (auto _ : state)
        groups += spinhance::parseJournalString(line).system.size();
    benchmark::DoNotOptimize(groups);
}
BENCHMARK(parseSeptetsWithOneJ)->Unit(benchmark::kMillisecond);

} // namespace

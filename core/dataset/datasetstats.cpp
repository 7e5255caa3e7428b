#include "dataset/datasetstats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <vector>

namespace spinhance {

namespace {

void countSystem(const SpinSystem& s, DatasetStatistics& st) {
    ++st.groupCounts[std::min<std::size_t>(s.size(), 8)];
    int coupled = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        ++st.degeneracies[s.group(i).protonCount];
        const int ppm = std::clamp(int(std::floor(s.group(i).shiftPpm)), 0, 11);
        ++st.shiftPerPpm[std::size_t(ppm)];
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double magnitude = std::abs(s.couplingHz(i, j));
            if (magnitude == 0.0) continue;
            ++coupled;
            std::size_t bin = 0;
            while (bin < 6 && magnitude >= kCouplingBinEdgesHz[bin])
                ++bin;
            ++st.couplingMagnitudes[bin];
        }
    }
    ++st.couplingsPerSystem[coupled];
    for (const std::string& f : s.fragments)
        ++st.fragments[f.substr(0, f.find(':'))];
}

std::string bar(std::size_t value, std::size_t maximum) {
    const std::size_t width = maximum ? (value * 40 + maximum - 1) / maximum : 0;
    return std::string(width, '#');
}

template <typename Rows>
void printBlock(std::ostream& out, const std::string& title, const Rows& rows) {
    std::size_t maximum = 0, total = 0;
    for (const auto& row : rows) {
        maximum = std::max(maximum, row.second);
        total += row.second;
    }
    out << title << "\n";
    for (const auto& row : rows) {
        char line[96];
        std::snprintf(line, sizeof line, "  %-14s %9zu %6.2f%%  ", row.first.c_str(), row.second,
                      total ? 100.0 * double(row.second) / double(total) : 0.0);
        out << line << bar(row.second, maximum) << "\n";
    }
}

using Rows = std::vector<std::pair<std::string, std::size_t>>;

Rows shiftRows(const DatasetStatistics& st) {
    Rows rows;
    for (int k = 11; k >= 0; --k)
        rows.push_back({std::to_string(k) + "-" + std::to_string(k + 1) + " ppm",
                        st.shiftPerPpm[std::size_t(k)]});
    return rows;
}

Rows couplingRows(const DatasetStatistics& st) {
    static const char* names[7] = {"<1 Hz",   "1-3 Hz",   "3-6 Hz", "6-9 Hz",
                                   "9-12 Hz", "12-18 Hz", ">=18 Hz"};
    Rows rows;
    for (std::size_t b = 0; b < 7; ++b)
        rows.push_back({names[b], st.couplingMagnitudes[b]});
    return rows;
}

Rows fragmentRows(const DatasetStatistics& st) {
    Rows rows(st.fragments.begin(), st.fragments.end());
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (rows.size() > 20) rows.resize(20);
    return rows;
}

} // namespace

DatasetStatistics computeStatistics(const DatasetReader& reader) {
    DatasetStatistics st;
    st.count = reader.size();
    for (std::size_t i = 0; i < reader.size(); ++i) {
        ++st.splitCounts[std::size_t(reader.splitOf(i))];
        countSystem(reader.target(i), st);
    }
    return st;
}

std::string formatStatistics(const DatasetReader& reader, const DatasetStatistics& st) {
    std::ostringstream out;
    const PpmGrid g = reader.grid();
    out << reader.path() << ": " << st.count << " spectra, grid " << g.fromPpm << "-" << g.toPpm
        << " ppm x " << g.points << " points, " << reader.fieldMHz() << " MHz\n"
        << "generator " << reader.generatorVersion() << ", seed " << reader.seed()
        << ", content hash " << reader.contentHash() << "\n\n";
    printBlock(out, "split",
               Rows{{"train", st.splitCounts[0]},
                    {"validation", st.splitCounts[1]},
                    {"test", st.splitCounts[2]}});
    Rows groups;
    for (std::size_t n = 1; n <= 8; ++n)
        groups.push_back({std::to_string(n), st.groupCounts[n]});
    printBlock(out, "groups per system", groups);
    Rows degeneracy;
    for (const auto& [n, c] : st.degeneracies)
        degeneracy.push_back({std::to_string(n) + "H", c});
    printBlock(out, "degeneracy classes (groups)", degeneracy);
    Rows couplings;
    for (const auto& [n, c] : st.couplingsPerSystem)
        couplings.push_back({std::to_string(n), c});
    printBlock(out, "non-zero couplings per system", couplings);
    printBlock(out, "|J| distribution (coupled pairs)", couplingRows(st));
    printBlock(out, "shift distribution (groups)", shiftRows(st));
    printBlock(out, "most used fragments", fragmentRows(st));
    return out.str();
}

} // namespace spinhance

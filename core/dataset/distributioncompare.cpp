#include "dataset/distributioncompare.h"

#include "dataset/datasetstats.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

namespace spinhance {

namespace {

struct Counter {
    std::string section;
    std::vector<std::string> bins;
    std::vector<double> counts;

    void add(std::size_t bin) { counts[std::min(bin, counts.size() - 1)] += 1.0; }
    void rows(std::vector<DistributionRow>& out) const {
        double total = 0.0;
        for (double c : counts)
            total += c;
        for (std::size_t k = 0; k < bins.size(); ++k)
            out.push_back({section, bins[k], total > 0 ? 100.0 * counts[k] / total : 0.0});
    }
};

Counter counter(const std::string& section, std::vector<std::string> bins) {
    Counter c{section, std::move(bins), {}};
    c.counts.assign(c.bins.size(), 0.0);
    return c;
}

std::size_t degeneracyBin(int protons) {
    static const int kClasses[] = {1, 2, 3, 4, 6, 9};
    for (std::size_t k = 0; k < 6; ++k)
        if (protons == kClasses[k]) return k;
    return 6;
}

std::size_t couplingBin(double magnitudeHz) {
    std::size_t bin = 0;
    while (bin < 6 && magnitudeHz >= kCouplingBinEdgesHz[bin])
        ++bin;
    return bin;
}

// Second order where the chemical-shift difference in Hz is under three times the coupling.
constexpr double kStrongRatio = 3.0;

} // namespace

std::vector<DistributionRow> distributionOf(const std::vector<SpinSystem>& systems,
                                            double fieldMHz) {
    Counter groups = counter("groups per system", {"1", "2", "3", "4", "5", "6", "7", "8+"});
    Counter protons = counter("protons per group", {"1", "2", "3", "4", "6", "9", "other"});
    Counter coupled = counter("systems", {"with no coupling", "with couplings"});
    Counter magnitudes =
        counter("J magnitude of coupled pairs",
                {"<1 Hz", "1-3 Hz", "3-6 Hz", "6-9 Hz", "9-12 Hz", "12-18 Hz", ">=18 Hz"});
    Counter shifts = counter("group shift",
                             {"0-1 ppm", "1-2 ppm", "2-3 ppm", "3-4 ppm", "4-5 ppm", "5-6 ppm",
                              "6-7 ppm", "7-8 ppm", "8-9 ppm", "9-10 ppm", "10-11 ppm", "11+ ppm"});
    Counter strongPairs = counter("coupled pairs at " + std::to_string(int(fieldMHz)) + " MHz",
                                  {"strong (shift difference < 3 J)", "weak"});
    Counter strongSystems = counter("systems at " + std::to_string(int(fieldMHz)) + " MHz",
                                    {"with a strong pair", "without"});
    for (const SpinSystem& s : systems) {
        groups.add(s.size() == 0 ? 0 : s.size() - 1);
        bool anyCoupling = false, anyStrong = false;
        for (std::size_t i = 0; i < s.size(); ++i) {
            protons.add(degeneracyBin(s.group(i).protonCount));
            shifts.add(std::size_t(std::max(0.0, std::floor(s.group(i).shiftPpm))));
            for (std::size_t j = i + 1; j < s.size(); ++j) {
                const double jHz = std::abs(s.couplingHz(i, j));
                if (jHz == 0.0) continue;
                anyCoupling = true;
                magnitudes.add(couplingBin(jHz));
                const double deltaHz =
                    std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) * fieldMHz;
                const bool strong = deltaHz < kStrongRatio * jHz;
                anyStrong = anyStrong || strong;
                strongPairs.add(strong ? 0 : 1);
            }
        }
        coupled.add(anyCoupling ? 1 : 0);
        strongSystems.add(anyStrong ? 0 : 1);
    }
    std::vector<DistributionRow> rows;
    for (const Counter* c :
         {&groups, &protons, &coupled, &magnitudes, &shifts, &strongPairs, &strongSystems})
        c->rows(rows);
    return rows;
}

std::string formatComparison(const std::vector<DistributionRow>& a,
                             const std::vector<DistributionRow>& b, const std::string& nameA,
                             const std::string& nameB) {
    std::string out = "| quantity | bin | " + nameA + " % | " + nameB +
                      " % | difference (points) |\n"
                      "|---|---|---:|---:|---:|\n";
    double largest = 0.0;
    std::string largestRow;
    char line[256];
    for (std::size_t k = 0; k < std::min(a.size(), b.size()); ++k) {
        const double difference = a[k].percent - b[k].percent;
        std::snprintf(line, sizeof line, "| %s | %s | %.1f | %.1f | %+.1f |\n",
                      a[k].section.c_str(), a[k].bin.c_str(), a[k].percent, b[k].percent,
                      difference);
        out += line;
        if (std::abs(difference) > largest)
            largest = std::abs(difference), largestRow = a[k].section + ", " + a[k].bin;
    }
    std::snprintf(line, sizeof line, "\nlargest difference: %.1f points (%s)\n", largest,
                  largestRow.c_str());
    return out + line;
}

} // namespace spinhance

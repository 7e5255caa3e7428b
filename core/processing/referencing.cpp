#include "processing/referencing.h"

#include "io/textfile.h"
#include "processing/baseline.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace spinhance {

namespace {

struct SolventLine {
    const char* key; // lower-case fragment of the solvent name
    const char* compound;
    double ppm;      // Fulmer et al., Organometallics 29 (2010) 2176
};

constexpr SolventLine kSolvents[] = {
    {"cdcl3", "CHCl3 (CDCl3)", 7.26},      {"chloroform", "CHCl3 (CDCl3)", 7.26},
    {"dmso", "DMSO-d5 (DMSO-d6)", 2.50},   {"cd3od", "CHD2OD (CD3OD)", 3.31},
    {"methanol", "CHD2OD (CD3OD)", 3.31},  {"meod", "CHD2OD (CD3OD)", 3.31},
    {"acetone", "acetone-d5", 2.05},       {"c6d6", "C6D5H (C6D6)", 7.16},
    {"benzene", "C6D5H (C6D6)", 7.16},     {"cd2cl2", "CHDCl2 (CD2Cl2)", 5.32},
    {"dichloromethane", "CHDCl2 (CD2Cl2)", 5.32}, {"cd3cn", "CHD2CN (CD3CN)", 1.94},
    {"acetonitrile", "CHD2CN (CD3CN)", 1.94},
};

bool isAqueous(const std::string& solvent) {
    const std::string s = io::toLower(solvent);
    return s.find("d2o") != std::string::npos || s.find("h2o") != std::string::npos;
}

// The line must stand clearly out of the noise to be trusted as a reference.
bool standsOut(const Spectrum& s, double ppm, double noise) {
    const auto it = std::min_element(s.ppm.begin(), s.ppm.end(),
                                     [&](double a, double b) { return std::abs(a - ppm) < std::abs(b - ppm); });
    return noise > 0 && s.real[std::size_t(it - s.ppm.begin())] > 20.0 * noise;
}

} // namespace

std::optional<double> peakPositionPpm(const Spectrum& s, double fromPpm, double toPpm) {
    std::size_t best = 0;
    bool found = false;
    for (std::size_t i = 1; i + 1 < s.real.size(); ++i) {
        if (s.ppm[i] < fromPpm || s.ppm[i] > toPpm) continue;
        if (s.real[i] < s.real[i - 1] || s.real[i] < s.real[i + 1]) continue;
        if (!found || s.real[i] > s.real[best]) best = i, found = true;
    }
    if (!found) return std::nullopt;
    const double a = s.real[best - 1], b = s.real[best], c = s.real[best + 1];
    const double denominator = a - 2 * b + c;
    const double offset = denominator != 0 ? 0.5 * (a - c) / denominator : 0.0;
    return s.ppm[best] + offset * (s.ppm[best + 1] - s.ppm[best - 1]) / 2.0;
}

void referenceTo(Spectrum& s, double observedPpm, double truePpm, const std::string& compound) {
    const double shift = truePpm - observedPpm;
    for (double& ppm : s.ppm) ppm += shift;
    std::ostringstream text;
    text << "referenced " << (compound.empty() ? "line" : compound) << " at " << observedPpm << " to "
         << truePpm << " ppm (shift " << shift << " ppm)";
    s.history.push_back(text.str());
}

std::optional<double> residualSolventPpm(const std::string& solvent, std::string* compound) {
    const std::string name = io::toLower(solvent);
    for (const SolventLine& line : kSolvents) {
        if (name.find(line.key) == std::string::npos) continue;
        if (compound) *compound = line.compound;
        return line.ppm;
    }
    return std::nullopt;
}

std::optional<ReferenceMatch> referenceAuto(Spectrum& s, double windowPpm) {
    if (s.real.size() < 3) return std::nullopt;
    const double noise = noiseLevel(s.real);
    std::vector<std::pair<std::string, double>> candidates = {{isAqueous(s.solvent) ? "DSS/TSP" : "TMS", 0.0}};
    std::string compound;
    if (auto ppm = residualSolventPpm(s.solvent, &compound)) candidates.emplace_back(compound, *ppm);
    for (const auto& [name, expected] : candidates) {
        const auto found = peakPositionPpm(s, expected - windowPpm, expected + windowPpm);
        if (!found || !standsOut(s, *found, noise)) continue;
        referenceTo(s, *found, expected, name);
        return ReferenceMatch{name, expected, *found, expected - *found};
    }
    return std::nullopt;
}

} // namespace spinhance

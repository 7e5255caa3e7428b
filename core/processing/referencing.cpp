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
    double ppm; // Fulmer et al., Organometallics 29 (2010) 2176
};

constexpr SolventLine kSolvents[] = {
    {"cdcl3", "CHCl3 (CDCl3)", 7.26},
    {"chloroform", "CHCl3 (CDCl3)", 7.26},
    {"dmso", "DMSO-d5 (DMSO-d6)", 2.50},
    {"cd3od", "CHD2OD (CD3OD)", 3.31},
    {"methanol", "CHD2OD (CD3OD)", 3.31},
    {"meod", "CHD2OD (CD3OD)", 3.31},
    {"acetone", "acetone-d5", 2.05},
    {"c6d6", "C6D5H (C6D6)", 7.16},
    {"benzene", "C6D5H (C6D6)", 7.16},
    {"cd2cl2", "CHDCl2 (CD2Cl2)", 5.32},
    {"dichloromethane", "CHDCl2 (CD2Cl2)", 5.32},
    {"cd3cn", "CHD2CN (CD3CN)", 1.94},
    {"acetonitrile", "CHD2CN (CD3CN)", 1.94},
};

constexpr double kDominancePpm = 0.3;
constexpr double kMinimumSignalToNoise = 50.0;
// A reference standard is dosed to give a clearly visible line; one under 0.1 % of the tallest
// line is an impurity or an artefact (seen at 500 MHz: a 60 σ bump at 0 ppm under a 150,000 σ
// spectrum whose vendor processing shows no line there at all).
constexpr double kMinimumShareOfTallest = 1e-3;
// Sharp: half-height width under 0.02 ppm, or 3 Hz at low field (benchtop shims give ~1 Hz).
constexpr double kMaximumWidthPpm = 0.02, kMaximumWidthHz = 3.0;
// Benchtop magnets (permanent, mostly without a deuterium lock) drift; their files' axes are
// often 0.1-0.5 ppm off, where a high-field spectrometer's are within a few hundredths.
constexpr double kBenchtopMaxFieldMHz = 150.0;
constexpr double kBenchtopWindowPpm = 0.5, kDefaultWindowPpm = 0.05;
constexpr double kProtonLowPpm = -1.0, kProtonHighPpm = 14.0, kMinimumShareInRange = 0.5;

bool isAqueous(const std::string& solvent) {
    const std::string s = io::toLower(solvent);
    return s.find("d2o") != std::string::npos || s.find("h2o") != std::string::npos;
}

// A reference line must be unmistakable: far above the noise, the tallest point within
// kDominancePpm (so a multiplet leg or baseline wiggle is never taken for TMS), sharp, and alone:
// no other line within kDominancePpm reaches half its height (a doublet's legs are equal).
bool isReferenceLine(const Spectrum& s, double ppm, double noise) {
    std::size_t top = 0;
    double nearest = 1e300, tallestAround = 0.0, tallest = 0.0;
    for (std::size_t i = 0; i < s.ppm.size(); ++i) {
        const double distance = std::abs(s.ppm[i] - ppm);
        if (distance < nearest) nearest = distance, top = i;
        if (distance < kDominancePpm) tallestAround = std::max(tallestAround, s.real[i]);
        tallest = std::max(tallest, s.real[i]);
    }
    const double height = s.real[top];
    if (!(height > kMinimumSignalToNoise * noise) || height < tallestAround) return false;
    if (height < kMinimumShareOfTallest * tallest) return false;
    std::size_t left = top, right = top;
    while (left > 0 && s.real[left] > height / 2)
        --left;
    while (right + 1 < s.real.size() && s.real[right] > height / 2)
        ++right;
    const double maximumWidthPpm =
        std::max(kMaximumWidthPpm, s.fieldMHz > 0 ? kMaximumWidthHz / s.fieldMHz : 0.0);
    if (std::abs(s.ppm[right] - s.ppm[left]) >= maximumWidthPpm) return false;
    for (std::size_t i = 1; i + 1 < s.real.size(); ++i) {
        const bool outside = i < left || i > right, near = std::abs(s.ppm[i] - ppm) < kDominancePpm;
        const bool maximum = s.real[i] > s.real[i - 1] && s.real[i] >= s.real[i + 1];
        if (outside && near && maximum && s.real[i] > height / 2) return false;
    }
    return true;
}

// Share of the positive intensity inside the range where 1H lines can be.
double shareInProtonRange(const Spectrum& s) {
    double inside = 0.0, total = 0.0;
    for (std::size_t i = 0; i < s.real.size(); ++i) {
        if (s.real[i] <= 0) continue;
        total += s.real[i];
        if (s.ppm[i] >= kProtonLowPpm && s.ppm[i] <= kProtonHighPpm) inside += s.real[i];
    }
    return total > 0 ? inside / total : 1.0;
}

// The lowest-ppm line that passes isReferenceLine: TMS is upfield of every organic 1H line.
std::optional<double> lowestReferenceLine(const Spectrum& s, double noise) {
    std::optional<double> lowest;
    for (std::size_t i = 1; i + 1 < s.real.size(); ++i) {
        if (s.real[i] < kMinimumSignalToNoise * noise || s.real[i] < s.real[i - 1] ||
            s.real[i] < s.real[i + 1])
            continue;
        if (lowest && s.ppm[i] >= *lowest) continue;
        if (isReferenceLine(s, s.ppm[i], noise)) lowest = s.ppm[i];
    }
    return lowest;
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
    for (double& ppm : s.ppm)
        ppm += shift;
    std::ostringstream text;
    text << "referenced " << (compound.empty() ? "line" : compound) << " at " << observedPpm
         << " to " << truePpm << " ppm (shift " << shift << " ppm)";
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

double referenceWindowPpm(double fieldMHz) {
    return fieldMHz > 0 && fieldMHz < kBenchtopMaxFieldMHz ? kBenchtopWindowPpm : kDefaultWindowPpm;
}

std::optional<ReferenceMatch> referenceAuto(Spectrum& s) {
    return referenceAuto(s, referenceWindowPpm(s.fieldMHz));
}

namespace {

// Some files' axes are wrong by many ppm (Q Magnetics: a .SHIFT REFERENCE that puts 0 ppm at the
// carrier). When most of the signal lies outside -1..14 ppm no 1H sample can be meant; an internal
// standard is then the lowest sharp singlet, taken as TMS (DSS in water).
std::optional<ReferenceMatch> referenceGrossOffset(Spectrum& s, double noise) {
    if (shareInProtonRange(s) > kMinimumShareInRange) return std::nullopt;
    const auto found = lowestReferenceLine(s, noise);
    if (!found) return std::nullopt;
    const std::string name =
        std::string(isAqueous(s.solvent) ? "DSS/TSP" : "TMS") + " (axis outside the 1H range)";
    referenceTo(s, *found, 0.0, name);
    return ReferenceMatch{name, 0.0, *found, -*found};
}

} // namespace

std::optional<ReferenceMatch> referenceAuto(Spectrum& s, double windowPpm) {
    if (s.real.size() < 3) return std::nullopt;
    const double noise = noiseLevel(s.real);
    std::vector<std::pair<std::string, double>> candidates = {
        {isAqueous(s.solvent) ? "DSS/TSP" : "TMS", 0.0}};
    std::string compound;
    if (auto ppm = residualSolventPpm(s.solvent, &compound))
        candidates.emplace_back(compound, *ppm);
    for (const auto& [name, expected] : candidates) {
        const auto found = peakPositionPpm(s, expected - windowPpm, expected + windowPpm);
        if (!found || !isReferenceLine(s, *found, noise)) continue;
        referenceTo(s, *found, expected, name);
        return ReferenceMatch{name, expected, *found, expected - *found};
    }
    return referenceGrossOffset(s, noise);
}

} // namespace spinhance

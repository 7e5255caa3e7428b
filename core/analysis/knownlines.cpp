#include "analysis/knownlines.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace spinhance::analysis {

namespace {

std::string lowerAlnum(const std::string& text) {
    std::string out;
    for (char c : text)
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += char(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool startsWith(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

// ¹J(¹³C,¹H) of the residual solvent proton; satellites sit at ± half of it (0.55 % each).
double carbonCouplingHz(const std::string& canonical) {
    if (canonical == "CDCl3") return 209.0;
    if (canonical == "CD2Cl2") return 178.0;
    if (canonical == "C6D6") return 159.0;
    return 0.0;
}

KnownLine line(std::string name, double shiftPpm, KnownLineKind kind, double halfSpanHz = 0.0,
               double tolerancePpm = 0.03) {
    return {std::move(name), shiftPpm, kind, halfSpanHz, tolerancePpm, {}, 0.0};
}

// The two lines of `parent` split by a rare spin-1/2 isotope's J: at ± J/2, each `share` of the
// parent's height.
KnownLine satelliteOf(const KnownLine& parent, const std::string& isotope, double couplingHz,
                      double share) {
    return {isotope + " satellite of " + parent.name,
            parent.shiftPpm,
            KnownLineKind::Satellite,
            couplingHz / 2.0,
            parent.tolerancePpm,
            parent.name,
            share};
}

// Full width at half height in Hz, walking down both flanks; 0 when the two half-widths differ by
// more than 2× (a point on the flank of another line, not a line of its own).
double fwhmHzAt(const FitData& data, int index) {
    const double half = 0.5 * data.intensity[std::size_t(index)];
    int left = index, right = index;
    while (left > 0 && data.intensity[std::size_t(left)] > half)
        --left;
    while (right + 1 < data.grid.points && data.intensity[std::size_t(right)] > half)
        ++right;
    const double a = index - left, b = right - index;
    if (std::max(a, b) > 2.0 * std::min(a, b) + 1.0) return 0.0;
    return double(right - left) * data.grid.stepPpm() * data.fieldMHz;
}

// Whether nothing but the line's own Lorentzian flank rises above `level` between 2.5 line widths
// (where the flank is below 4 % of the top) and `offsetPpm` on both sides of `ppm`.
bool quietBeside(const FitData& data, double ppm, double fwhmPpm, double offsetPpm, double level) {
    const double step = data.grid.stepPpm();
    for (double side : {-1.0, 1.0})
        for (double d = 2.5 * fwhmPpm; d <= offsetPpm; d += step) {
            const long i = std::lround((ppm + side * d - data.grid.fromPpm) / step);
            if (i >= 0 && i < long(data.grid.points) && data.intensity[std::size_t(i)] > level)
                return false;
        }
    return true;
}

// The line must be the tallest point within ± `hz` (noise makes small maxima on flanks).
bool tallestAround(const FitData& data, int index, double hz) {
    const long reach = std::max(1L, long(hz / (data.grid.stepPpm() * data.fieldMHz)));
    for (long i = std::max(0L, index - reach);
         i <= std::min(long(data.grid.points) - 1, index + reach); ++i)
        if (data.intensity[std::size_t(i)] > data.intensity[std::size_t(index)]) return false;
    return true;
}

// The local maximum within the tolerance that is the known line. A molecule's line there may be
// taller than the solvent's (a 2 H singlet at 4.70 ppm beside HDO at 4.79 in D2O), so of the
// maxima that are lines of their own — the tallest point within ± 2 Hz, at least a quarter as
// tall as the tallest (noise on a flank is not a line) — the one nearest the literature value
// wins. A line on a multiplet's flank is no line of its own: with none of those, the tallest
// (as before: a solvent line inside a multiplet then reads as buried).
int peakIndexNear(const FitData& data, double ppm, double tolerancePpm) {
    const double step = data.grid.stepPpm();
    const long first =
        std::max(1L, long(std::ceil((ppm - tolerancePpm - data.grid.fromPpm) / step)));
    const long last = std::min(long(data.grid.points) - 2,
                               long(std::floor((ppm + tolerancePpm - data.grid.fromPpm) / step)));
    std::vector<long> maxima;
    long tallest = -1;
    for (long i = first; i <= last; ++i) {
        const double y = data.intensity[std::size_t(i)];
        if (y < data.intensity[std::size_t(i - 1)] || y < data.intensity[std::size_t(i + 1)])
            continue;
        maxima.push_back(i);
        if (tallest < 0 || y > data.intensity[std::size_t(tallest)]) tallest = i;
    }
    if (tallest < 0) return -1;
    long nearest = -1;
    for (long i : maxima)
        if (data.intensity[std::size_t(i)] >= 0.25 * data.intensity[std::size_t(tallest)] &&
            tallestAround(data, int(i), 2.0) &&
            (nearest < 0 || std::abs(data.grid.ppmAt(std::size_t(i)) - ppm) <
                                std::abs(data.grid.ppmAt(std::size_t(nearest)) - ppm)))
            nearest = i;
    return int(nearest >= 0 ? nearest : tallest);
}

} // namespace

const char* knownLineKindName(KnownLineKind kind) {
    switch (kind) {
    case KnownLineKind::Reference:
        return "reference";
    case KnownLineKind::Solvent:
        return "solvent";
    case KnownLineKind::Water:
        return "water";
    case KnownLineKind::Satellite:
        return "satellite";
    case KnownLineKind::Impurity:
        return "impurity";
    }
    return "?";
}

std::string canonicalSolvent(const std::string& fileSolvent) {
    const std::string s = lowerAlnum(fileSolvent);
    if (s.empty()) return {};
    if (startsWith(s, "cdcl3") || startsWith(s, "chloroform")) return "CDCl3";
    if (startsWith(s, "dmso") || startsWith(s, "dimethylsulfoxide") ||
        startsWith(s, "dimethylsulphoxide"))
        return "DMSO-d6";
    if (startsWith(s, "d2o") || startsWith(s, "deuteriumoxide") || startsWith(s, "h2od2o") ||
        s == "water")
        return "D2O";
    if (startsWith(s, "cd3od") || startsWith(s, "methanol") || startsWith(s, "meod"))
        return "CD3OD";
    if (startsWith(s, "acetone") || startsWith(s, "cd3cocd3")) return "acetone-d6";
    if (startsWith(s, "c6d6") || startsWith(s, "benzene")) return "C6D6";
    if (startsWith(s, "cd3cn") || startsWith(s, "acetonitrile")) return "CD3CN";
    if (startsWith(s, "cd2cl2") || startsWith(s, "dichloromethane") ||
        startsWith(s, "methylenechloride"))
        return "CD2Cl2";
    return {};
}

std::vector<KnownLine> knownLinesForSolvent(const std::string& canonical) {
    // Fulmer et al. 2010, Table 1 (¹H residual solvent and H2O/HOD, 298 K).
    std::vector<KnownLine> lines = {
        line(canonical == "D2O" ? "DSS" : "TMS", 0.0, KnownLineKind::Reference, 0.0, 0.05)};
    const double quintetHz = 3.8; // CHD2 groups: a 1:2:3:2:1 quintet, J(H,D) ≈ 1.9 Hz
    if (canonical == "CDCl3") {
        lines.push_back(line("CHCl3", 7.26, KnownLineKind::Solvent));
        lines.push_back(line("H2O", 1.56, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "DMSO-d6") {
        lines.push_back(line("DMSO-d5", 2.50, KnownLineKind::Solvent, quintetHz));
        lines.push_back(line("H2O", 3.33, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "D2O") {
        lines.push_back(line("HDO", 4.79, KnownLineKind::Solvent, 0.0, 0.1));
    } else if (canonical == "CD3OD") {
        lines.push_back(line("CHD2OD", 3.31, KnownLineKind::Solvent, quintetHz));
        lines.push_back(line("HOD", 4.87, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "acetone-d6") {
        lines.push_back(line("acetone-d5", 2.05, KnownLineKind::Solvent, quintetHz));
        lines.push_back(line("H2O", 2.84, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "C6D6") {
        lines.push_back(line("C6D5H", 7.16, KnownLineKind::Solvent));
        lines.push_back(line("H2O", 0.40, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "CD3CN") {
        lines.push_back(line("CHD2CN", 1.94, KnownLineKind::Solvent, quintetHz));
        lines.push_back(line("H2O", 2.13, KnownLineKind::Water, 0.0, 0.15));
    } else if (canonical == "CD2Cl2") {
        lines.push_back(line("CHDCl2", 5.32, KnownLineKind::Solvent, 1.0));
        lines.push_back(line("H2O", 1.52, KnownLineKind::Water, 0.0, 0.15));
    }
    const double jch = carbonCouplingHz(canonical);
    if (jch > 0.0 && lines.size() > 1) lines.push_back(satelliteOf(lines[1], "13C", jch, 0.0055));
    // A strong TMS (DSS) line keeps its 29Si satellites, 2J(Si,H) = 6.6 Hz, 2.34 % each, beside
    // its masked core: a region of their own, a third of a proton in nmr-dataset1 492-62-6 at
    // 600 MHz, which without a given count set the scale and read every proton as 3 H.
    lines.push_back(satelliteOf(lines[0], "29Si", 6.6, 0.0234));
    return lines;
}

std::vector<FoundLine> findKnownLines(const FitData& data, double sigma,
                                      const std::vector<KnownLine>& expected,
                                      double typicalFwhmHz) {
    std::vector<FoundLine> found;
    const double mhz = data.fieldMHz;
    for (const KnownLine& known : expected) {
        if (known.kind == KnownLineKind::Satellite) continue;
        const int index = peakIndexNear(data, known.shiftPpm, known.tolerancePpm);
        if (index < 0 || data.intensity[std::size_t(index)] < 5.0 * sigma) continue;
        const double widthHz = fwhmHzAt(data, index);
        if (widthHz == 0.0 || !tallestAround(data, index, std::max(2.0, 2.0 * widthHz))) {
            // Buried in a multiplet (CHCl3 in an aromatic ring's lines): the sample still holds it,
            // so its expected position loses its core points rather than become a molecule line.
            if (known.kind == KnownLineKind::Solvent && known.halfSpanHz == 0.0) {
                const double halfMaskHz = 0.8 * typicalFwhmHz + 0.2;
                found.push_back({known, known.shiftPpm, 0.0, 0.0, false,
                                 known.shiftPpm - halfMaskHz / mhz,
                                 known.shiftPpm + halfMaskHz / mhz});
            }
            continue;
        }
        const bool broad = widthHz > 2.5 * typicalFwhmHz + 0.5;
        // Water is the only one allowed to be broad; and a broad line is only taken for water when
        // it is clearly broader than the molecule's lines (a CH2 multiplet at 1.56 ppm is not
        // water).
        if (known.kind == KnownLineKind::Water ? !broad : (broad && known.halfSpanHz == 0.0))
            continue;
        const double ppm = data.grid.ppmAt(std::size_t(index));
        const double height = data.intensity[std::size_t(index)];
        const bool isolated =
            quietBeside(data, ppm, widthHz / mhz, (known.halfSpanHz + 4.0 * widthHz + 3.0) / mhz,
                        0.05 * height + 3.0 * sigma);
        // On top of a multiplet only the line's core is masked: the multiplet keeps its other
        // points.
        const double halfMaskHz = known.halfSpanHz + 1.5 * std::max(widthHz, typicalFwhmHz) + 0.3;
        const FoundLine line{
            known, ppm, height, widthHz, true, ppm - halfMaskHz / mhz, ppm + halfMaskHz / mhz};
        found.push_back(isolated ? line : asBuried(line, mhz));
    }
    for (const KnownLine& known : expected) {
        if (known.kind != KnownLineKind::Satellite) continue;
        for (const FoundLine& parent : std::vector<FoundLine>(found)) {
            if (parent.line.name != known.parentName ||
                parent.height * known.parentShare < 5.0 * sigma)
                continue;
            for (double sign : {-1.0, 1.0}) {
                const double ppm = parent.foundPpm + sign * known.halfSpanHz / mhz;
                const double halfMaskHz = 2.0 * typicalFwhmHz + 1.0;
                found.push_back({known, ppm, parent.height * known.parentShare, parent.fwhmHz,
                                 false, ppm - halfMaskHz / mhz, ppm + halfMaskHz / mhz});
            }
        }
    }
    return found;
}

FoundLine asBuried(FoundLine line, double fieldMHz) {
    const double halfMaskHz = line.line.halfSpanHz + 0.8 * line.fwhmHz + 0.2;
    line.isolated = false;
    line.maskFromPpm = line.foundPpm - halfMaskHz / fieldMHz;
    line.maskToPpm = line.foundPpm + halfMaskHz / fieldMHz;
    return line;
}

void setMaskWeight(const FoundLine& line, FitData& data, double weight) {
    if (data.weight.size() != data.intensity.size()) data.weight.assign(data.intensity.size(), 1.0);
    const double step = data.grid.stepPpm();
    const long first =
        std::max(0L, long(std::floor((line.maskFromPpm - data.grid.fromPpm) / step)));
    const long last = std::min(long(data.grid.points) - 1,
                               long(std::ceil((line.maskToPpm - data.grid.fromPpm) / step)));
    for (long i = first; i <= last; ++i)
        data.weight[std::size_t(i)] = weight;
}

void maskFoundLine(const FoundLine& line, FitData& data) {
    setMaskWeight(line, data, 0.0);
    if (!line.isolated || line.line.halfSpanHz > 0.0 || line.fwhmHz <= 0.0)
        return; // no single clean Lorentzian
    const double hwhmPpm = 0.5 * line.fwhmHz / data.fieldMHz;
    for (std::size_t i = 0; i < data.intensity.size(); ++i) {
        if (data.weight[i] == 0.0) continue;
        const double x = (data.grid.ppmAt(i) - line.foundPpm) / hwhmPpm;
        data.intensity[i] -= line.height / (1.0 + x * x);
    }
}

void maskFoundLines(const std::vector<FoundLine>& lines, FitData& data) {
    data.weight.assign(std::size_t(data.grid.points), 1.0);
    for (const FoundLine& line : lines)
        maskFoundLine(line, data);
}

} // namespace spinhance::analysis

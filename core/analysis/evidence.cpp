#include "analysis/evidence.h"

#include "analysis/broadsinglets.h"
#include "analysis/noiseestimate.h"
#include "analysis/signalregions.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <optional>

namespace spinhance::analysis {

namespace {

// Half-height width (Hz) of the tallest isolated peaks: the molecule's natural line width.
double typicalFwhmHz(const FitData& data, double sigma) {
    const std::vector<Peak> peaks =
        pickPeaks(data, 0, data.intensity.size() - 1, 20.0 * sigma, 10.0 * sigma);
    std::vector<double> widths;
    for (const Peak& p : peaks) {
        const long centre = std::lround((p.ppm - data.grid.fromPpm) / data.grid.stepPpm());
        const double half = 0.5 * p.height;
        long left = centre, right = centre;
        while (left > 0 && data.intensity[std::size_t(left)] > half)
            --left;
        while (right + 1 < long(data.intensity.size()) && data.intensity[std::size_t(right)] > half)
            ++right;
        widths.push_back(double(right - left) * data.grid.stepPpm() * data.fieldMHz);
    }
    if (widths.empty()) return 1.0;
    // The narrowest quarter: overlapping lines only ever look broader than they are.
    std::sort(widths.begin(), widths.end());
    return std::clamp(widths[widths.size() / 4], 0.2, 10.0);
}

double maskedArea(const FitData& data) {
    double area = 0.0;
    for (std::size_t i = 0; i < data.weight.size(); ++i)
        if (data.weight[i] == 0.0) area += std::max(0.0, data.intensity[i]) * data.grid.stepPpm();
    return area;
}

// Whether the masked stretch [from, to] of points holds a solvent line read as buried.
bool holdsBuriedSolvent(const FitData& data, std::size_t from, std::size_t to,
                        const std::vector<FoundLine>& lines) {
    const double fromPpm = data.grid.ppmAt(from), toPpm = data.grid.ppmAt(to);
    for (const FoundLine& line : lines)
        if (line.line.kind == KnownLineKind::Solvent && !line.isolated &&
            line.foundPpm >= std::min(fromPpm, toPpm) && line.foundPpm <= std::max(fromPpm, toPpm))
            return true;
    return false;
}

// The data with every masked stretch bridged by a straight line between its unmasked ends: a
// multiplet under the CHCl3 line keeps its area (the mask only keeps the line out of the fit).
// The stretches of buried solvent lines in `keepBuried` stay as measured (see gatherEvidence).
FitData bridgedOverMasks(const FitData& data, const std::vector<FoundLine>& keepBuried = {}) {
    FitData out = data;
    const std::size_t n = data.intensity.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (data.weight[i] != 0.0) continue;
        std::size_t j = i;
        while (j < n && data.weight[j] == 0.0)
            ++j;
        if (holdsBuriedSolvent(data, i, j - 1, keepBuried)) {
            i = j;
            continue;
        }
        const double left = i > 0 ? data.intensity[i - 1] : (j < n ? data.intensity[j] : 0.0);
        const double right = j < n ? data.intensity[j] : left;
        for (std::size_t k = i; k < j; ++k)
            out.intensity[k] = left + (right - left) * double(k - i + 1) / double(j - i + 1);
        i = j;
    }
    out.weight.assign(n, 1.0);
    return out;
}

// Half-height width (Hz) of the line whose top is at `ppm`.
double lineWidthHz(const FitData& data, double ppm) {
    const double step = data.grid.stepPpm();
    const long n = long(data.intensity.size());
    const long centre = std::clamp(long(std::lround((ppm - data.grid.fromPpm) / step)), 0L, n - 1);
    const double half = 0.5 * data.intensity[std::size_t(centre)];
    long left = centre, right = centre;
    while (left > 0 && data.intensity[std::size_t(left)] > half)
        --left;
    while (right + 1 < n && data.intensity[std::size_t(right)] > half)
        ++right;
    return double(right - left) * step * data.fieldMHz;
}

// A Lorentzian one half-height width w from its top stands at a fifth of its height; a Gaussian
// at 1/16, and an unresolved multiplet of sharper lines falls as fast. A neighbour's lines raise
// the flanks: a lone line is only read so between these bounds (mean of both flanks / height).
constexpr double kLorentzianFlankFrom = 0.14, kLorentzianFlankTo = 0.3;

double intensityAt(const FitData& data, double ppm) {
    const long n = long(data.intensity.size());
    const long i = long(std::lround((ppm - data.grid.fromPpm) / data.grid.stepPpm()));
    return i < 0 || i >= n ? 0.0 : data.intensity[std::size_t(i)];
}

// The half-height width (Hz) of the line at `ppm` when its flanks fall as a Lorentzian's, else 0:
// exchange broadening (an NH, OH) keeps a line Lorentzian; an unresolved multiplet is not.
double lorentzianWidthHz(const FitData& data, double ppm) {
    const double widthHz = lineWidthHz(data, ppm);
    const double height = intensityAt(data, ppm);
    if (!(widthHz > 0.0 && height > 0.0)) return 0.0;
    const double widthPpm = widthHz / data.fieldMHz;
    const double flank =
        0.5 * (intensityAt(data, ppm - widthPpm) + intensityAt(data, ppm + widthPpm)) / height;
    return flank >= kLorentzianFlankFrom && flank <= kLorentzianFlankTo ? widthHz : 0.0;
}

MultipletReading readRegion(const FitData& data, const SignalRegion& region, double sigma) {
    const double floor = std::max(5.0 * sigma, 0.02 * region.maxHeight);
    const std::vector<Peak> peaks =
        pickPeaks(data, region.firstIndex, region.lastIndex, floor, 4.0 * sigma);
    MultipletReading reading = readMultiplet(peaks, data.fieldMHz);
    if (peaks.empty()) return reading;
    const Peak& tallest =
        *std::max_element(peaks.begin(), peaks.end(),
                          [](const Peak& a, const Peak& b) { return a.height < b.height; });
    reading.tallestLorentzianWidthHz = lorentzianWidthHz(data, tallest.ppm);
    if (region.integral > 0.0)
        reading.tallestLorentzianShare = 0.5 * M_PI * intensityAt(data, tallest.ppm) *
                                         reading.tallestLorentzianWidthHz / data.fieldMHz /
                                         region.integral;
    if (peaks.size() == 1) reading.lorentzianWidthHz = reading.tallestLorentzianWidthHz;
    return reading;
}

// A sharp singlet that holds well under one proton on the scale the rest of the molecule sets
// is no part of it (grease, ethanol, an unnamed impurity): it is masked like a solvent line, so
// it neither takes a proton from the given count nor becomes a group. Without a given count,
// only on the scale the multiplets set (countsOnMultipletScale).
constexpr double kImpurityMaxProtons = 0.7;
// No other line within this of it: the outer leg of a multiplet has its siblings within a J.
constexpr double kImpurityLonelyHz = 10.0;

// Whether a line at least 20 % as tall (and 5 σ) peaks within kImpurityLonelyHz of the line at
// `ppm` (its own top, within one width, excluded).
bool hasNeighbourLine(const FitData& data, double ppm, double widthHz, double sigma) {
    const double step = data.grid.stepPpm();
    const long n = long(data.intensity.size());
    const long centre = std::clamp(long(std::lround((ppm - data.grid.fromPpm) / step)), 0L, n - 1);
    const double floor = std::max(5.0 * sigma, 0.2 * data.intensity[std::size_t(centre)]);
    const long reach = long(kImpurityLonelyHz / data.fieldMHz / step);
    const long own = long(std::max(widthHz, 0.5) / data.fieldMHz / step) + 1;
    for (long i = std::max(1L, centre - reach); i <= std::min(n - 2, centre + reach); ++i) {
        if (std::abs(i - centre) <= own || data.weight[std::size_t(i)] == 0.0) continue;
        const double y = data.intensity[std::size_t(i)];
        if (y > floor && y >= data.intensity[std::size_t(i - 1)] &&
            y >= data.intensity[std::size_t(i + 1)])
            return true;
    }
    return false;
}
constexpr double kImpurityMaxWidthFactor = 2.0; // × the typical line width: no broad OH/NH

// A faint lone line no peak stands out of (a TMS line at 5 σ that the smoothed region detection
// sees and the peak picking does not: 4-tert-butyltoluene at 90 MHz, SNR 110, whose 0.35 H there
// took a proton of the given 16 from the ring) in a region no wider than one line's: a broad OH
// or NH hump spreads over more.
bool faintLoneLine(const SignalRegion& r, const MultipletReading& m, double fieldMHz,
                   double typicalFwhmHz) {
    const double widthHz = std::abs(r.toPpm - r.fromPpm) * fieldMHz;
    return m.lines == 0 && widthHz <= 2.0 * RegionOptions{}.dilationHz +
                                          kImpurityMaxWidthFactor * typicalFwhmHz +
                                          RegionOptions{}.mergeGapHz;
}

constexpr const char* kUnassignedSingletName = "unassigned singlet";

// What a chemist calls a line set aside: a known line's name where it stands within that line's
// tolerance (a TMS line too faint for findKnownLines' 5 σ), else an unassigned singlet.
std::string impurityName(const std::string& solvent, double ppm) {
    for (const KnownLine& known : knownLinesForSolvent(solvent))
        if (known.kind != KnownLineKind::Satellite && known.halfSpanHz == 0.0 &&
            std::abs(known.shiftPpm - ppm) <= known.tolerancePpm)
            return known.name;
    return kUnassignedSingletName;
}

// Whether a lone line is what the mask of a solvent line left of it: its top within one of the
// solvent line's widths of the masked stretch. A solvent line beside a multiplet loses only its
// core (its tails are not subtracted), and its wings can stand as a region of their own (CHCl3
// 17 Hz from propionanilide's meta triplet at 500 MHz: 0.58 H, 7.9 Hz wide, counted as 1 H
// without a given count, and no phenyl template then fitted the aromatic regions' 7 H).
bool solventRemains(const Evidence& evidence, const MultipletReading& m, double fieldMHz) {
    if (m.lines != 1) return false;
    for (const FoundLine& known : evidence.knownLines) {
        if (known.line.kind != KnownLineKind::Solvent) continue;
        const double reachPpm = known.fwhmHz / fieldMHz;
        if (m.centrePpm > known.maskFromPpm - reachPpm && m.centrePpm < known.maskToPpm + reachPpm)
            return true;
    }
    return false;
}

// Whether region i's multiplet is one sharp line with no other line near it (an impurity's or
// water's singlet; a multiplet's outer leg has its siblings within a J). Its width in `widthHz`.
bool sharpLoneLine(const Evidence& evidence, const FitData& data, std::size_t i, double& widthHz) {
    const MultipletReading& m = evidence.multiplets[i];
    widthHz = m.lines == 1 ? lineWidthHz(data, m.centrePpm) : 0.0;
    return m.lines == 1 && widthHz <= kImpurityMaxWidthFactor * evidence.typicalFwhmHz &&
           !hasNeighbourLine(data, m.centrePpm, widthHz, evidence.sigma);
}

// Masks region i like a known line and takes it out of the evidence.
void setAside(Evidence& evidence, std::vector<double>& integrals, FitData& data, std::size_t i,
              double widthHz) {
    const SignalRegion& r = evidence.regions[i];
    const MultipletReading& m = evidence.multiplets[i];
    FoundLine line;
    line.line = {impurityName(evidence.solvent, m.centrePpm),
                 m.centrePpm,
                 KnownLineKind::Impurity,
                 0.0,
                 0.0,
                 {},
                 0.0};
    line.foundPpm = m.centrePpm;
    line.height = r.maxHeight;
    line.fwhmHz = widthHz;
    line.maskFromPpm = r.fromPpm;
    line.maskToPpm = r.toPpm;
    maskFoundLine(line, data);
    evidence.knownLines.push_back(line);
    evidence.moleculeArea -= r.integral;
    evidence.regions.erase(evidence.regions.begin() + long(i));
    evidence.multiplets.erase(evidence.multiplets.begin() + long(i));
    integrals.erase(integrals.begin() + long(i));
}

void setAsideImpurities(Evidence& evidence, std::vector<double>& integrals, FitData& data) {
    if (evidence.totalProtons <= 0) return;
    const double total = std::accumulate(integrals.begin(), integrals.end(), 0.0);
    for (std::size_t i = 0; i < evidence.regions.size();) {
        const SignalRegion& r = evidence.regions[i];
        const MultipletReading& m = evidence.multiplets[i];
        const double perProton = (total - r.integral) / evidence.totalProtons;
        double widthHz = 0.0;
        const bool sharpLine = sharpLoneLine(evidence, data, i, widthHz);
        const bool impurity =
            r.integral < kImpurityMaxProtons * perProton &&
            (sharpLine || faintLoneLine(r, m, data.fieldMHz, evidence.typicalFwhmHz) ||
             solventRemains(evidence, m, data.fieldMHz));
        if (impurity)
            setAside(evidence, integrals, data, i, widthHz);
        else
            ++i;
    }
}

// More regions than the given count has protons, each holding at least one: some are no part of
// the molecule. Sharp lone singlets are set aside until the regions fit the count, one at a known
// line's place first (water in DMSO-d6 at 3.33 ppm is sharp in a dry sample, and knownlines
// takes only a broad line for water: α-D-glucose at 600 MHz, 13 regions for its 12 H, read 13 H
// with the count given), then the smallest.
void setAsideBeyondTheCount(Evidence& evidence, std::vector<double>& integrals, FitData& data,
                            int givenProtons) {
    while (givenProtons > 0 && evidence.regions.size() > std::size_t(givenProtons)) {
        std::optional<std::size_t> pick;
        double pickWidthHz = 0.0;
        bool pickKnown = false;
        for (std::size_t i = 0; i < evidence.regions.size(); ++i) {
            double widthHz = 0.0;
            if (!sharpLoneLine(evidence, data, i, widthHz)) continue;
            const bool known = impurityName(evidence.solvent, evidence.multiplets[i].centrePpm) !=
                               kUnassignedSingletName;
            if (pick && (pickKnown && !known)) continue;
            if (pick && known == pickKnown && integrals[i] >= integrals[*pick]) continue;
            pick = i;
            pickWidthHz = widthHz;
            pickKnown = known;
        }
        if (!pick) return;
        setAside(evidence, integrals, data, *pick, pickWidthHz);
    }
}

// Without a given count the scale is set by multiplets of two lines or more, and not by a broad
// hump, whatever sharp lines stand on it: exchanging water or OH holds any share of a proton
// (propionanilide at 500 MHz in CDCl3: a 50 Hz water hump of 0.57 H with a 13C satellite triplet
// on its flank read the molecule as 24 H instead of 11). Nor by a multiplet under a twentieth of
// the largest one: no multiplet of a molecule holds 20 protons to its one, but satellites and
// impurities stand anywhere (nmr-dataset1 403-40-7 at 500 MHz: two such, of 2.5 and 4.5 %,
// read the molecule as 75 H). `skip` marks regions left out besides (empty: none).
std::vector<double> scaleSettingIntegrals(const Evidence& e, const std::vector<double>& integrals,
                                          const std::vector<bool>& skip = {}) {
    constexpr double kSmallestShareOfLargest = 0.05;
    std::vector<double> candidates;
    for (std::size_t r = 0; r < integrals.size(); ++r) {
        const MultipletReading& m = e.multiplets[r];
        if ((r < skip.size() && skip[r]) || m.lines < 2 ||
            isBroadLine(e, m.tallestLorentzianWidthHz))
            continue;
        candidates.push_back(integrals[r]);
    }
    if (candidates.empty()) return candidates;
    const double largest = *std::max_element(candidates.begin(), candidates.end());
    candidates.erase(
        std::remove_if(candidates.begin(), candidates.end(),
                       [&](double a) { return a < kSmallestShareOfLargest * largest; }),
        candidates.end());
    return candidates;
}

// Without a given count the scale is unknown, and a lone sharp singlet well under a proton (an
// impurity, grease) pulls the choice to a finer one: the real 60 MHz ibuprofen, a 0.6 H singlet
// at 1.27 ppm beside it, was read as 53 H and refused as too many groups. An impurity is one
// line: with two multiplets of two lines or more, the scale is theirs and every region is counted
// on it (none below 1). Empty otherwise.
std::vector<int> countsOnMultipletScale(const Evidence& e, const std::vector<double>& integrals) {
    const std::vector<double> structured = scaleSettingIntegrals(e, integrals);
    if (structured.size() < 2) return {};
    const std::vector<int> counts = protonCountsFromIntegrals(structured);
    const double perProton = std::accumulate(structured.begin(), structured.end(), 0.0) /
                             std::accumulate(counts.begin(), counts.end(), 0);
    std::vector<int> out;
    for (double integral : integrals)
        out.push_back(std::max(1, int(std::lround(integral / perProton))));
    return out;
}

// The reading must improve by this much (in protons, summed over the regions) before a line the
// solvent table expects is read as part of a multiplet instead.
constexpr double kBuriedLineMinGainH = 0.5;

// Regions holding a solvent line read as buried in them (CHCl3 inside a benzene ring's lump).
std::vector<bool> regionsWithBuriedSolvent(const Evidence& e) {
    std::vector<bool> holds(e.regions.size(), false);
    for (const FoundLine& line : e.knownLines)
        if (line.line.kind == KnownLineKind::Solvent && !line.isolated)
            for (std::size_t r = 0; r < e.regions.size(); ++r)
                holds[r] = holds[r] || (line.foundPpm >= e.regions[r].fromPpm &&
                                        line.foundPpm <= e.regions[r].toPpm);
    return holds;
}

// How far `integrals` are from the whole `counts` on the scale the counts set (H); ∞ without any.
double misfitOnOneScale(const std::vector<double>& integrals, const std::vector<int>& counts) {
    const double area = std::accumulate(integrals.begin(), integrals.end(), 0.0);
    const int protons = std::accumulate(counts.begin(), counts.end(), 0);
    if (protons <= 0 || !(area > 0.0)) return std::numeric_limits<double>::infinity();
    double misfit = 0.0;
    for (std::size_t r = 0; r < integrals.size(); ++r)
        misfit += std::abs(integrals[r] * protons / area - counts[r]);
    return misfit;
}

// How many of the given protons the regions holding a buried solvent line get (`k`) and the
// scale the clean regions then set: the clean regions' rounding error plus 0.1 per proton of
// solvent excess is least; a region may hold more than its protons (the solvent's flanks), never
// clearly less.
struct SolventSplit {
    int contaminatedProtons = 0;
    double protonArea = 0.0;
    double cost = HUGE_VAL;
};

// A region holding a buried solvent line may come out this much short of its whole protons
// (H): the bridge over the line takes a little of the multiplet's own area with it.
constexpr double kBuriedRegionDeficitAllowedH = 0.3;

// `rank` 0 is the best split, 1 the runner-up (none: cost ∞).
SolventSplit bestSolventSplit(const std::vector<double>& clean, double contaminatedArea,
                              int contaminatedRegions, int totalProtons, int rank = 0) {
    constexpr double kExcessCostPerProton = 0.1, kDeficitAllowedH = kBuriedRegionDeficitAllowedH;
    const double cleanArea = std::accumulate(clean.begin(), clean.end(), 0.0);
    SolventSplit best, second;
    for (int k = contaminatedRegions; k <= totalProtons - int(clean.size()); ++k) {
        const std::vector<int> counts = protonCountsFromIntegrals(clean, totalProtons - k);
        const double protonArea = cleanArea / (totalProtons - k);
        const double excessH = contaminatedArea / protonArea - k;
        if (excessH < -kDeficitAllowedH) continue;
        // A region holds at least its protons: a shortfall within the allowance costs in full.
        double cost = excessH >= 0.0 ? kExcessCostPerProton * excessH : -excessH;
        for (std::size_t r = 0; r < clean.size(); ++r)
            cost += std::abs(clean[r] / protonArea - counts[r]);
        if (cost < best.cost) {
            second = best;
            best = {k, protonArea, cost};
        } else if (cost < second.cost) {
            second = {k, protonArea, cost};
        }
    }
    return rank == 0 ? best : second;
}

// Without a given count a buried solvent line's flanks (see takeOutBuriedSolvent) still sit in
// its region's integral, and the one scale that rounds them as well is a finer one (ethyl crotonate
// at 60 MHz with CHCl3 a whole proton 3.6 Hz beside H3's multiplet: 1.45 H there, so every count
// was doubled, 21 H in 11 groups). With two clean multiplets of two lines or more, their scale
// counts every region; a region holding the line keeps the whole protons its integral holds (up to
// the allowance short) and gives the rest up as the solvent's.
void takeOutBuriedSolventOnCleanScale(Evidence& e, std::vector<double>& integrals,
                                      const std::vector<bool>& holds) {
    const std::vector<double> structured = scaleSettingIntegrals(e, integrals, holds);
    if (structured.size() < 2 || std::find(holds.begin(), holds.end(), true) == holds.end()) return;
    const std::vector<int> counts = protonCountsFromIntegrals(structured);
    const double protonArea = std::accumulate(structured.begin(), structured.end(), 0.0) /
                              std::accumulate(counts.begin(), counts.end(), 0);
    for (std::size_t r = 0; r < integrals.size(); ++r) {
        const double protons = integrals[r] / protonArea;
        if (!holds[r]) {
            e.regionProtons[r] = std::max(1, int(std::lround(protons)));
            continue;
        }
        e.regionProtons[r] = std::max(1, int(std::floor(protons + kBuriedRegionDeficitAllowedH)));
        const double excess = std::max(0.0, integrals[r] - e.regionProtons[r] * protonArea);
        integrals[r] -= excess;
        e.regions[r].integral -= excess;
        e.moleculeArea -= excess;
    }
    e.wholeProtonMisfitH = misfitOnOneScale(integrals, e.regionProtons);
}

// A solvent line buried in a multiplet keeps its flanks in that region's integral (ethylbenzene's
// ring at 60 MHz: 7.1 H on the scale its CH2 and CH3 set, so 6 H of the given 10 and the CH3 2).
// With the proton count given, counts that leave the clean regions whole replace the one-scale
// reading when they fit the integrals by half a proton better; the excess is taken out of the
// region's integral so that every later step (search, confidences) sees the molecule's own. It
// takes two clean regions: one alone is whole on any scale, and would say nothing. (One solvent
// line per solvent, so one region holds it.)
// `rank` 1 takes the runner-up split instead (how many protons the solvent's region holds is what
// the integrals decide least: the line's own area is unknown), judged by its own misfit.
void takeOutBuriedSolvent(Evidence& e, std::vector<double>& integrals, int totalProtons, int rank) {
    e.wholeProtonMisfitH = misfitOnOneScale(integrals, e.regionProtons);
    const std::vector<bool> holds = regionsWithBuriedSolvent(e);
    if (totalProtons <= 0) {
        takeOutBuriedSolventOnCleanScale(e, integrals, holds);
        return;
    }
    std::vector<double> clean, dirty;
    for (std::size_t r = 0; r < integrals.size(); ++r)
        (holds[r] ? dirty : clean).push_back(integrals[r]);
    if (clean.size() < 2 || dirty.empty()) return;
    const double dirtyArea = std::accumulate(dirty.begin(), dirty.end(), 0.0);
    const SolventSplit split =
        bestSolventSplit(clean, dirtyArea, int(dirty.size()), totalProtons, rank);
    if (!(split.cost + kBuriedLineMinGainH < e.wholeProtonMisfitH)) return;
    // The reading is judged by the misfit it was chosen on (gatherEvidence compares readings).
    e.wholeProtonMisfitH = split.cost;
    const std::vector<int> cleanCounts =
        protonCountsFromIntegrals(clean, totalProtons - split.contaminatedProtons);
    const std::vector<int> dirtyCounts =
        protonCountsFromIntegrals(dirty, split.contaminatedProtons);
    std::size_t c = 0, d = 0;
    for (std::size_t r = 0; r < integrals.size(); ++r) {
        e.regionProtons[r] = holds[r] ? dirtyCounts[d++] : cleanCounts[c++];
        if (!holds[r]) continue;
        const double excess = std::max(0.0, integrals[r] - e.regionProtons[r] * split.protonArea);
        integrals[r] -= excess;
        e.regions[r].integral -= excess;
        e.moleculeArea -= excess;
    }
}

// A cut between multiplets can slice the outer lines off a strongly coupled one (an ABC ring
// at 60 MHz, whose lines dip to the baseline between its clusters): a segment holding less than
// half a proton on the spans' scale is then no multiplet of its own, and read alone it takes a
// whole proton from the rounding (a 2 H singlet elsewhere was read as 1 H). It joins its larger
// neighbour within the same span (an impurity's lone line stands in a span of its own).
std::vector<std::pair<std::size_t, std::size_t>>
withSliversJoined(const FitData& data, std::vector<std::pair<std::size_t, std::size_t>> segments,
                  const std::vector<SignalRegion>& spans, double protonArea) {
    constexpr double kSliverH = 0.5;
    const auto area = [&](const std::pair<std::size_t, std::size_t>& s) {
        return measureRegion(data, data.intensity, s.first, s.second).integral;
    };
    const auto spanOf = [&](std::size_t index) {
        for (std::size_t k = 0; k < spans.size(); ++k)
            if (index >= spans[k].firstIndex && index <= spans[k].lastIndex) return int(k);
        return -1;
    };
    // The span a segment's signal lies in (-1 when it holds none or straddles two).
    const auto segmentSpan = [&](const std::pair<std::size_t, std::size_t>& s) {
        int span = -1;
        for (std::size_t i = s.first; i <= s.second; ++i) {
            const int k = spanOf(i);
            if (k < 0) continue;
            if (span >= 0 && k != span) return -1;
            span = k;
        }
        return span;
    };
    const auto together = [&](std::size_t k) {
        const int span = segmentSpan(segments[k]);
        return span >= 0 && span == segmentSpan(segments[k + 1]);
    };
    for (std::size_t k = 0; k < segments.size();) {
        const bool withBefore = k > 0 && together(k - 1);
        const bool withAfter = k + 1 < segments.size() && together(k);
        if (area(segments[k]) >= kSliverH * protonArea || (!withBefore && !withAfter)) {
            ++k;
            continue;
        }
        const bool intoBefore =
            withBefore && (!withAfter || area(segments[k - 1]) >= area(segments[k + 1]));
        const std::size_t into = intoBefore ? k - 1 : k + 1;
        segments[into] = {std::min(segments[into].first, segments[k].first),
                          std::max(segments[into].second, segments[k].second)};
        segments.erase(segments.begin() + long(k));
        if (intoBefore) --k; // the joined segment is judged again
    }
    return segments;
}

// The best of `readings` (least misfit) whose region counts differ from the chosen one's, when
// the chosen one would not have been taken over it (it is not kBuriedLineMinGainH better).
std::optional<EvidenceReading> otherCounts(const std::vector<EvidenceReading>& readings,
                                           std::size_t chosen) {
    const Evidence& answer = readings[chosen].evidence;
    std::optional<std::size_t> best;
    for (std::size_t k = 0; k < readings.size(); ++k) {
        const Evidence& e = readings[k].evidence;
        if (k == chosen || e.regionProtons == answer.regionProtons ||
            !(e.wholeProtonMisfitH < answer.wholeProtonMisfitH + kBuriedLineMinGainH))
            continue;
        if (!best || e.wholeProtonMisfitH < readings[*best].evidence.wholeProtonMisfitH) best = k;
    }
    if (!best) return std::nullopt;
    return readings[*best];
}

// A strongly coupled multiplet's outer lines are weak and stand apart from its inner ones (an AB
// quartet's outer lines are (1 - J/D)/(1 + J/D) of the inner: a fifth for a geminal 21 Hz CH2
// 28 Hz wide, GISSMO Maybridge 09_A08 at 60 MHz). Such a line, too small to be a span of its own
// but within a large J (kOuterLineGapHz) of a span, is joined to that span, gap and all: dropped,
// the fit would never see the line the AB needs, and a lone 2 H singlet on one inner line scored
// as well. Returns the area added.
double withOuterLinesJoined(const FitData& data, const std::vector<SignalRegion>& kept,
                            double spanFromArea, std::vector<SignalRegion>& spans) {
    constexpr double kOuterLineGapHz = 25.0;
    const double gapPpm = kOuterLineGapHz / data.fieldMHz;
    double added = 0.0;
    for (const SignalRegion& small : kept) {
        if (small.integral > spanFromArea) continue;
        SignalRegion* nearest = nullptr;
        double nearestGapPpm = gapPpm;
        for (SignalRegion& span : spans) {
            const double gap = std::max(span.fromPpm - small.toPpm, small.fromPpm - span.toPpm);
            if (gap >= 0.0 && gap <= nearestGapPpm) nearest = &span, nearestGapPpm = gap;
        }
        if (!nearest) continue;
        const std::size_t first = std::min(nearest->firstIndex, small.firstIndex);
        const std::size_t last = std::max(nearest->lastIndex, small.lastIndex);
        *nearest = measureRegion(data, data.intensity, first, last);
        added += small.integral;
    }
    return added;
}

Evidence readEvidence(FitData& data, const std::string& solvent, int totalProtons,
                      std::optional<std::size_t> buriedLine, bool buriedAsMeasured = false,
                      int splitRank = 0) {
    Evidence evidence;
    evidence.solvent = canonicalSolvent(solvent);
    evidence.fieldMHz = data.fieldMHz;
    data.weight.assign(data.intensity.size(), 1.0);
    const double roughSigma = noiseSigmaFromDifferences(data.intensity);
    evidence.typicalFwhmHz = typicalFwhmHz(data, std::max(roughSigma, 1e-300));
    evidence.knownLines = findKnownLines(data, roughSigma, knownLinesForSolvent(evidence.solvent),
                                         evidence.typicalFwhmHz);
    if (buriedLine && *buriedLine < evidence.knownLines.size())
        evidence.knownLines[*buriedLine] =
            asBuried(evidence.knownLines[*buriedLine], data.fieldMHz);
    maskFoundLines(evidence.knownLines, data);
    std::vector<SignalRegion> regions = detectRegions(data, roughSigma);
    // Refine σ on what the regions leave (the differences underestimate it when points are
    // correlated).
    std::vector<bool> baseline(data.intensity.size(), true);
    for (const SignalRegion& r : regions)
        for (std::size_t i = r.firstIndex; i <= r.lastIndex; ++i)
            baseline[i] = false;
    for (std::size_t i = 0; i < baseline.size(); ++i)
        baseline[i] = baseline[i] && data.weight[i] > 0.0;
    const double baselineSigma = noiseSigmaOfMasked(data.intensity, baseline);
    // Correlated noise (apodised, zero-filled) fools the differences; otherwise they are the better
    // estimate because line tails outside the regions inflate the baseline spread.
    evidence.sigma = baselineSigma > 1.3 * roughSigma ? baselineSigma
                     : baselineSigma > 0.0            ? std::min(baselineSigma, roughSigma)
                                                      : roughSigma;
    if (evidence.sigma > 1.5 * roughSigma) regions = detectRegions(data, evidence.sigma);
    // Tiny regions next to huge ones are tails or artefacts: a region must hold at least 30 % of a
    // proton on the scale the others set (estimated twice: tiny regions first distort the scale).
    double largest = 0.0;
    for (const SignalRegion& r : regions)
        largest = std::max(largest, r.integral);
    std::vector<SignalRegion> kept;
    for (const SignalRegion& r : regions)
        if (r.integral > 0.02 * largest) kept.push_back(r);
    std::vector<double> integrals;
    for (const SignalRegion& r : kept)
        integrals.push_back(r.integral);
    const std::vector<int> firstCounts = protonCountsFromIntegrals(integrals, totalProtons);
    const double protonArea =
        std::accumulate(integrals.begin(), integrals.end(), 0.0) /
        std::max(1, std::accumulate(firstCounts.begin(), firstCounts.end(), 0));
    integrals.clear();
    for (const SignalRegion& span : kept)
        if (span.integral > 0.3 * protonArea) {
            evidence.spans.push_back(span);
            evidence.moleculeArea += span.integral;
        }
    if (evidence.spans.empty()) return evidence;
    evidence.moleculeArea += withOuterLinesJoined(data, kept, 0.3 * protonArea, evidence.spans);
    // Multiplets are cut across the spans: the two halves of a large doublet can sit in two spans.
    FitData spanned =
        bridgedOverMasks(data, buriedAsMeasured ? evidence.knownLines : std::vector<FoundLine>{});
    spanned.weight = regionWeights(spanned, evidence.spans);
    FitData peaksOnly = spanned; // peaks are read on measured points only
    for (std::size_t i = 0; i < data.weight.size(); ++i)
        peaksOnly.weight[i] *= data.weight[i];
    std::vector<std::pair<std::size_t, std::size_t>> spanRanges;
    for (const SignalRegion& span : evidence.spans)
        spanRanges.push_back({span.firstIndex, span.lastIndex});
    for (auto [a, b] : withSliversJoined(
             spanned,
             multipletSegments(spanned, evidence.spans.front().firstIndex,
                               evidence.spans.back().lastIndex, evidence.sigma, spanRanges),
             evidence.spans, protonArea)) {
        while (a < b && spanned.weight[a] == 0.0)
            ++a;
        while (b > a && spanned.weight[b] == 0.0)
            --b;
        const SignalRegion r = measureRegion(spanned, spanned.intensity, a, b);
        if (r.integral <= 0.2 * protonArea) continue; // a tail cut off its multiplet
        evidence.regions.push_back(r);
        integrals.push_back(r.integral);
        evidence.multiplets.push_back(readRegion(peaksOnly, r, evidence.sigma));
    }
    evidence.totalProtons = totalProtons;
    if (totalProtons <= 0) {
        const std::vector<int> counts = countsOnMultipletScale(evidence, integrals);
        evidence.totalProtons = std::accumulate(counts.begin(), counts.end(), 0);
    }
    setAsideImpurities(evidence, integrals, data);
    setAsideBeyondTheCount(evidence, integrals, data, totalProtons);
    evidence.regionProtons = protonCountsFromIntegrals(integrals, totalProtons);
    if (totalProtons <= 0)
        if (std::vector<int> counts = countsOnMultipletScale(evidence, integrals); !counts.empty())
            evidence.regionProtons = std::move(counts);
    takeOutBuriedSolvent(evidence, integrals, totalProtons, splitRank);
    evidence.protonsGiven = totalProtons > 0;
    evidence.totalProtons =
        std::accumulate(evidence.regionProtons.begin(), evidence.regionProtons.end(), 0);
    evidence.knownLineArea = maskedArea(data);
    return evidence;
}

} // namespace

Evidence gatherEvidence(FitData& data, const std::string& solvent, int totalProtons,
                        std::optional<EvidenceReading>* otherReading) {
    const FitData original = data;
    Evidence evidence = readEvidence(data, solvent, totalProtons, std::nullopt);
    if (otherReading) otherReading->reset();
    if (totalProtons <= 0) return evidence;
    // A multiplet whose lines collapse into one narrow lump at the solvent's position (a
    // monosubstituted benzene at 60 MHz, 7.2-7.3 ppm in CDCl3) looks like the lone solvent line;
    // subtracted as one, it takes protons the given count then misses. The reading whose
    // integrals come out as whole protons on one scale is the one the evidence supports.
    // A line found already buried in a multiplet (CHCl3 on top of cumene's ring lump at 90 MHz,
    // not the tallest point there) is bridged in the first reading, which cut 1.7 H of the ring's
    // off with the line's own; read as measured, only the line's own area is taken out.
    std::vector<std::size_t> loneSolventLines, buriedSolventLines;
    for (std::size_t k = 0; k < evidence.knownLines.size(); ++k)
        if (evidence.knownLines[k].line.kind == KnownLineKind::Solvent &&
            evidence.knownLines[k].line.halfSpanHz == 0.0)
            (evidence.knownLines[k].isolated ? loneSolventLines : buriedSolventLines).push_back(k);
    // Read as buried, the line's stretch is bridged by a straight line, which keeps a multiplet
    // beside it whole; but where the lines collapse into one lump the bridge cuts the lump's top
    // off with the line (cumene's ring at 60 MHz, 5 H in one 2 Hz lump with CHCl3 at its top,
    // lost 4 H that way). Read as measured instead, the stretch keeps the line's own area too,
    // which takeOutBuriedSolvent takes out on the scale the clean regions set.
    std::vector<EvidenceReading> readings, runnersUp;
    readings.push_back({std::move(evidence), data});
    std::size_t chosen = 0;
    std::vector<std::pair<std::size_t, bool>> alternatives; // (line, read as measured)
    for (std::size_t k : loneSolventLines)
        alternatives.insert(alternatives.end(), {{k, false}, {k, true}});
    for (std::size_t k : buriedSolventLines)
        alternatives.push_back({k, true});
    for (const auto& [k, asMeasured] : alternatives) {
        // findKnownLines reads the same original data each time: index k is the same line.
        FitData trial = original;
        Evidence buried = readEvidence(trial, solvent, totalProtons, k, asMeasured);
        readings.push_back({std::move(buried), std::move(trial)});
        if (readings.back().evidence.wholeProtonMisfitH + kBuriedLineMinGainH <
            readings[chosen].evidence.wholeProtonMisfitH)
            chosen = readings.size() - 1;
        if (!otherReading) continue;
        FitData second = original;
        Evidence runnerUp = readEvidence(second, solvent, totalProtons, k, asMeasured, 1);
        runnersUp.push_back({std::move(runnerUp), std::move(second)});
    }
    if (otherReading) {
        const std::size_t first = readings.size();
        for (EvidenceReading& r : runnersUp)
            readings.push_back(std::move(r));
        *otherReading = otherCounts(readings, chosen);
        readings.resize(first);
    }
    data = std::move(readings[chosen].data);
    return std::move(readings[chosen].evidence);
}

} // namespace spinhance::analysis

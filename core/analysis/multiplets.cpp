#include "analysis/multiplets.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::analysis {

namespace {

constexpr double kMaxCouplingHz = 25.0;
constexpr double kDistinctHz = 0.3;
const int kVocabulary[] = {18, 12, 9, 6, 4, 3, 2, 1};

void addCandidate(std::vector<double>& candidates, double hz) {
    if (hz < 0.4 || hz > kMaxCouplingHz) return;
    for (double c : candidates)
        if (std::abs(c - hz) < kDistinctHz) return;
    candidates.push_back(hz);
}

double roundingCost(const std::vector<double>& integrals, double scale) {
    double cost = 0.0;
    for (double integral : integrals) {
        const double units = integral / scale;
        const double nearest = std::max(1.0, std::round(units));
        cost += (units - nearest) * (units - nearest) / nearest;
    }
    return cost;
}

std::vector<int> roundToTotal(const std::vector<double>& integrals, int totalProtons) {
    const double sum = std::accumulate(integrals.begin(), integrals.end(), 0.0);
    std::vector<int> counts(integrals.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    int assigned = 0;
    for (std::size_t i = 0; i < integrals.size(); ++i) {
        const double units = sum > 0 ? integrals[i] / sum * totalProtons : 1.0;
        counts[i] = std::max(1, int(std::floor(units)));
        assigned += counts[i];
        remainders.push_back(
            {units - counts[i], i}); // a count raised to 1 has a negative remainder
    }
    std::sort(remainders.rbegin(), remainders.rend());
    for (std::size_t k = 0; assigned < totalProtons && k < remainders.size(); ++k, ++assigned)
        ++counts[remainders[k].second];
    return counts;
}

} // namespace

namespace {

// Topographic prominence: how far a maximum stands above the lowest point one must pass on each
// side before reaching a higher point (or `reach` points). Noise wiggles on a line's tail are
// maxima too, but with a prominence of a few σ.
double prominence(const std::vector<double>& y, std::size_t i, std::size_t reach) {
    double leftMin = y[i], rightMin = y[i];
    for (std::size_t k = 1; k <= reach && k <= i && y[i - k] <= y[i]; ++k)
        leftMin = std::min(leftMin, y[i - k]);
    for (std::size_t k = 1; k <= reach && i + k < y.size() && y[i + k] <= y[i]; ++k)
        rightMin = std::min(rightMin, y[i + k]);
    return y[i] - std::max(leftMin, rightMin);
}

} // namespace

std::vector<Peak> pickPeaks(const FitData& data, std::size_t first, std::size_t last,
                            double minimumHeight, double minimumProminence) {
    std::vector<Peak> peaks;
    const std::vector<double>& y = data.intensity;
    for (std::size_t i = std::max<std::size_t>(first, 1); i <= last && i + 1 < y.size(); ++i) {
        if (!(y[i] > y[i - 1] && y[i] >= y[i + 1] && y[i] > minimumHeight)) continue;
        if (!data.weight.empty() && data.weight[i] == 0.0) continue;
        const std::size_t reach =
            std::size_t(20.0 / (data.grid.stepPpm() * data.fieldMHz)) + 2; // 20 Hz
        if (minimumProminence > 0.0 && prominence(y, i, reach) < minimumProminence) continue;
        const double curvature = y[i - 1] - 2.0 * y[i] + y[i + 1];
        const double offset = curvature < 0.0 ? 0.5 * (y[i - 1] - y[i + 1]) / curvature : 0.0;
        peaks.push_back({data.grid.ppmAt(i) + offset * data.grid.stepPpm(),
                         y[i] - 0.25 * (y[i - 1] - y[i + 1]) * offset});
    }
    return peaks;
}

MultipletReading readMultiplet(const std::vector<Peak>& peaks, double fieldMHz) {
    MultipletReading reading;
    reading.lines = int(peaks.size());
    if (peaks.empty()) return reading;
    double moment = 0.0, total = 0.0;
    for (const Peak& p : peaks) {
        moment += p.height * p.ppm;
        total += p.height;
    }
    reading.centrePpm = moment / total;
    reading.widthHz = (peaks.back().ppm - peaks.front().ppm) * fieldMHz;
    for (std::size_t k = 1; k < peaks.size() && k <= 8; ++k) {
        addCandidate(reading.splittingCandidatesHz, (peaks[k].ppm - peaks.front().ppm) * fieldMHz);
        addCandidate(reading.splittingCandidatesHz,
                     (peaks.back().ppm - peaks[peaks.size() - 1 - k].ppm) * fieldMHz);
    }
    for (std::size_t k = 1; k < peaks.size(); ++k)
        addCandidate(reading.splittingCandidatesHz, (peaks[k].ppm - peaks[k - 1].ppm) * fieldMHz);
    std::sort(reading.splittingCandidatesHz.begin(), reading.splittingCandidatesHz.end());
    return reading;
}

std::vector<int> protonCountsFromIntegrals(const std::vector<double>& integrals, int totalProtons) {
    if (integrals.empty()) return {};
    if (totalProtons > 0) return roundToTotal(integrals, totalProtons);
    // Every region may be the one that holds 1, 2 or 3 protons; a finer scale always rounds better,
    // so each proton it adds costs a little (a chemist prefers the simplest consistent counts).
    constexpr double kCostPerProton = 0.005;
    double bestScale = integrals.front(), bestCost = HUGE_VAL;
    for (double reference : integrals)
        for (int units = 1; units <= 3; ++units) {
            const double scale = reference / units;
            double protons = 0.0;
            for (double integral : integrals)
                protons += std::max(1.0, std::round(integral / scale));
            const double cost = roundingCost(integrals, scale) + kCostPerProton * protons;
            if (scale > 0.0 && cost < bestCost) {
                bestCost = cost;
                bestScale = scale;
            }
        }
    std::vector<int> counts;
    for (double integral : integrals)
        counts.push_back(std::max(1, int(std::lround(integral / bestScale))));
    return counts;
}

std::vector<int> splitIntoGroups(int protons) {
    for (int size : kVocabulary)
        if (size == protons) return {size};
    // Overlapping aliphatic multiplets are mostly CH3 and CH2: threes first, then twos.
    std::vector<int> groups;
    while (protons > 4 || protons == 3) { // 5 → {3, 2}, 7 → {3, 2, 2}
        groups.push_back(3);
        protons -= 3;
    }
    while (protons >= 2) {
        groups.push_back(2);
        protons -= 2;
    }
    if (protons == 1) groups.push_back(1);
    return groups;
}

} // namespace spinhance::analysis

namespace spinhance::analysis {

namespace {

constexpr double kSameMultipletGapHz = 9.0;
constexpr double kDoubletHalvesGapHz = 20.0;

struct Cluster {
    std::size_t firstPeak = 0, lastPeak = 0; // indices into the peak list
    double area = 0.0;                       // sum of peak heights (same line width throughout)
};

std::size_t indexOf(const FitData& data, double ppm) {
    return std::size_t(std::clamp(std::lround((ppm - data.grid.fromPpm) / data.grid.stepPpm()), 0L,
                                  long(data.grid.points) - 1));
}

bool alike(const Cluster& a, const Cluster& b) {
    const double larger = std::max(a.area, b.area);
    const long linesA = long(a.lastPeak - a.firstPeak), linesB = long(b.lastPeak - b.firstPeak);
    // Roofing makes the inner half twice the outer one at Δν/J 3 and three times at Δν/J 1.7;
    // steep roofs are checked for their partner (roofPartnerSeen).
    return std::min(a.area, b.area) >= 0.3 * larger && std::abs(linesA - linesB) <= 2;
}

// Roofing leans a doublet's halves towards its partner: unequal halves are one doublet only when
// some line sits on the taller side near where their height ratio puts the partner (an AB's
// intensity ratio (1 - J/D) / (1 + J/D), D² = Δν² + J²). Two singlets 15 Hz apart holding
// 2 H and 4 H pass `alike` but have no partner (a Maybridge fragment's two CH2 singlets at
// 90 MHz, read as one 6 H doublet). Halves within 20 % of each other need no partner: other
// splittings and overlap move heights that much.
bool roofPartnerSeen(const std::vector<Peak>& peaks, const Cluster& low, const Cluster& high,
                     double fieldMHz) {
    const double ratio = std::min(low.area, high.area) / std::max(low.area, high.area);
    if (ratio >= 0.8) return true;
    const double lowPpm = 0.5 * (peaks[low.firstPeak].ppm + peaks[low.lastPeak].ppm);
    const double highPpm = 0.5 * (peaks[high.firstPeak].ppm + peaks[high.lastPeak].ppm);
    const double couplingHz = (highPpm - lowPpm) * fieldMHz;
    const double dOverJ = (1.0 + ratio) / (1.0 - ratio);
    const double partnerHz = couplingHz * std::sqrt(dOverJ * dOverJ - 1.0);
    const double centrePpm = 0.5 * (lowPpm + highPpm);
    const double side = high.area > low.area ? 1.0 : -1.0;
    for (std::size_t p = 0; p < peaks.size(); ++p) {
        if (p >= low.firstPeak && p <= high.lastPeak) continue;
        const double awayHz = side * (peaks[p].ppm - centrePpm) * fieldMHz;
        if (awayHz >= 0.3 * partnerHz && awayHz <= 3.0 * partnerHz) return true;
    }
    return false;
}

// How far a run of peaks is from a first-order multiplet's mirror symmetry: per mirrored pair,
// the centre offset in units of 0.6 Hz and the height ratio in units of ln 2.5 (roofing), squared;
// the worst pair counts. A run ≤ 1 is symmetric; a single line always is.
double asymmetry(const std::vector<Peak>& peaks, std::size_t first, std::size_t last,
                 double fieldMHz) {
    double worst = 0.0;
    const double centre = 0.5 * (peaks[first].ppm + peaks[last].ppm);
    for (std::size_t a = first, b = last; a < b; ++a, --b) {
        const double offsetHz = (0.5 * (peaks[a].ppm + peaks[b].ppm) - centre) * fieldMHz;
        const double ratio = std::log(peaks[a].height / peaks[b].height);
        worst = std::max({worst, std::pow(offsetHz / 0.6, 2), std::pow(ratio / std::log(2.5), 2)});
    }
    return worst;
}

// A cluster's peaks with tops closer than 1.5 Hz joined (noise splits the top of a weak line at
// SNR of a few hundred; no line that close is resolved at benchtop widths), each remembering the
// peaks it joins.
struct Top {
    Peak peak;
    std::size_t firstPeak = 0, lastPeak = 0;
};

std::vector<Top> joinedTops(const std::vector<Peak>& peaks, const Cluster& cluster,
                            double fieldMHz) {
    constexpr double kJoinHz = 1.5;
    std::vector<Top> tops;
    for (std::size_t p = cluster.firstPeak; p <= cluster.lastPeak; ++p) {
        if (!tops.empty() &&
            (peaks[p].ppm - peaks[tops.back().lastPeak].ppm) * fieldMHz < kJoinHz) {
            Top& top = tops.back();
            const double h = top.peak.height + peaks[p].height;
            top.peak.ppm = (top.peak.ppm * top.peak.height + peaks[p].ppm * peaks[p].height) / h;
            top.peak.height = std::max(top.peak.height, peaks[p].height);
            top.lastPeak = p;
        } else {
            tops.push_back({peaks[p], p, p});
        }
    }
    return tops;
}

// An asymmetric cluster that splits into at most three symmetric runs is that many multiplets
// (the methyl singlet 8 Hz from the quartet of 2-butanone); one that does not stays whole (its
// groups are placed by area later).
std::vector<Cluster> symmetricRuns(const std::vector<Peak>& peaks, const Cluster& cluster,
                                   double fieldMHz) {
    const std::vector<Top> tops = joinedTops(peaks, cluster, fieldMHz);
    std::vector<Peak> top;
    for (const Top& t : tops)
        top.push_back(t.peak);
    const std::size_t n = top.size();
    if (n < 3 || asymmetry(top, 0, n - 1, fieldMHz) <= 1.0) return {cluster};
    constexpr std::size_t kMaxRuns = 3, kNone = std::size_t(-1);
    // fewest[k]: fewest symmetric runs covering the first k tops; from[k]: where the last starts.
    std::vector<std::size_t> fewest(n + 1, kNone), from(n + 1, 0);
    fewest[0] = 0;
    // A cut needs a gap of 3 Hz (no cut inside a multiplet of small splittings, whose overlapping
    // lines pull each other out of symmetry) and leaves each run a tenth of the area at least.
    double clusterArea = 0.0;
    for (const Peak& p : top)
        clusterArea += p.height;
    auto cutAllowed = [&](std::size_t j) {
        return j == 0 || (top[j].ppm - top[j - 1].ppm) * fieldMHz >= 3.0;
    };
    auto runAllowed = [&](std::size_t j, std::size_t k) { // tops j … k-1
        double area = 0.0;
        for (std::size_t p = j; p < k; ++p)
            area += top[p].height;
        return area >= 0.1 * clusterArea && asymmetry(top, j, k - 1, fieldMHz) <= 1.0;
    };
    for (std::size_t k = 1; k <= n; ++k)
        for (std::size_t j = 0; j < k; ++j)
            if (fewest[j] != kNone && fewest[j] + 1 < fewest[k] && cutAllowed(j) &&
                (k == n || cutAllowed(k)) && runAllowed(j, k)) {
                fewest[k] = fewest[j] + 1;
                from[k] = j;
            }
    if (fewest[n] == kNone || fewest[n] > kMaxRuns) return {cluster};
    std::vector<Cluster> runs;
    for (std::size_t k = n; k > 0; k = from[k]) {
        Cluster run{tops[from[k]].firstPeak, tops[k - 1].lastPeak, 0.0};
        for (std::size_t p = run.firstPeak; p <= run.lastPeak; ++p)
            run.area += peaks[p].height;
        runs.insert(runs.begin(), run);
    }
    return runs;
}

using IndexRange = std::pair<std::size_t, std::size_t>;

// A span where no line stands out above the peak picking's threshold (a faint TMS line at 5 σ
// that the smoothed region detection still sees, a broad OH) holds no line of a neighbouring
// multiplet, yet a segment cut between clusters runs over it to the next cut: its area then
// joined that multiplet's integral (4-tert-butyltoluene at 90 MHz: the TMS span 1.3 ppm away
// and the 9 H singlet read as one multiplet from -0.04 to 1.39 ppm). Such spans, when the
// segment holds them whole, become segments of their own; the spans holding the segment's lines
// stay one segment (a large doublet's halves may sit in two spans).
std::vector<IndexRange> withPeaklessSpansApart(const std::vector<IndexRange>& segments,
                                               const std::vector<IndexRange>& spans,
                                               const std::vector<std::size_t>& peakIndices) {
    std::vector<IndexRange> out;
    for (const IndexRange& segment : segments) {
        std::vector<IndexRange> pieces;
        std::vector<bool> peaked;
        for (const IndexRange& span : spans) {
            const std::size_t a = std::max(segment.first, span.first),
                              b = std::min(segment.second, span.second);
            if (a > b) continue;
            pieces.push_back({a, b});
            // Part of a span another segment's lines stand in is a flank of this one's lines
            // (cut at the lowest point between them): it stays.
            const bool wholeSpan = a == span.first && b == span.second;
            peaked.push_back(!wholeSpan ||
                             std::any_of(peakIndices.begin(), peakIndices.end(),
                                         [&](std::size_t i) { return i >= a && i <= b; }));
        }
        const auto firstPeaked = std::find(peaked.begin(), peaked.end(), true);
        if (pieces.size() < 2 || firstPeaked == peaked.end()) {
            out.push_back(segment);
            continue;
        }
        const std::size_t from = std::size_t(firstPeaked - peaked.begin());
        const std::size_t to =
            peaked.size() - 1 -
            std::size_t(std::find(peaked.rbegin(), peaked.rend(), true) - peaked.rbegin());
        for (std::size_t k = 0; k < from; ++k)
            out.push_back(pieces[k]);
        out.push_back({from == 0 ? segment.first : pieces[from].first,
                       to + 1 == pieces.size() ? segment.second : pieces[to].second});
        for (std::size_t k = to + 1; k < pieces.size(); ++k)
            out.push_back(pieces[k]);
    }
    return out;
}

// The multiplets' index ranges: cuts at the lowest point between clusters of `peaks`.
std::vector<IndexRange> cutBetweenClusters(const FitData& data, std::size_t first, std::size_t last,
                                           const std::vector<Peak>& peaks) {
    if (peaks.size() < 2) return {{first, last}};
    const double hz = data.fieldMHz;
    std::vector<Cluster> clusters = {{0, 0, peaks[0].height}};
    for (std::size_t k = 1; k < peaks.size(); ++k) {
        if ((peaks[k].ppm - peaks[k - 1].ppm) * hz <= kSameMultipletGapHz) {
            clusters.back().lastPeak = k;
            clusters.back().area += peaks[k].height;
        } else {
            clusters.push_back({k, k, peaks[k].height});
        }
    }
    std::vector<Cluster> runs;
    for (const Cluster& cluster : clusters)
        for (const Cluster& run : symmetricRuns(peaks, cluster, hz))
            runs.push_back(run);
    clusters = std::move(runs);
    std::vector<Cluster> merged;
    for (std::size_t c = 0; c < clusters.size(); ++c) {
        // Halves of one doublet sit J apart centre to centre (J ≤ 20 Hz between protons).
        auto centre = [&](const Cluster& k) {
            return 0.5 * (peaks[k.firstPeak].ppm + peaks[k.lastPeak].ppm);
        };
        const bool pair =
            c + 1 < clusters.size() &&
            (centre(clusters[c + 1]) - centre(clusters[c])) * hz <= kDoubletHalvesGapHz &&
            alike(clusters[c], clusters[c + 1]) &&
            roofPartnerSeen(peaks, clusters[c], clusters[c + 1], hz);
        if (pair) {
            merged.push_back({clusters[c].firstPeak, clusters[c + 1].lastPeak,
                              clusters[c].area + clusters[c + 1].area});
            ++c;
        } else {
            merged.push_back(clusters[c]);
        }
    }
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    std::size_t start = first;
    for (std::size_t c = 0; c + 1 < merged.size(); ++c) {
        const std::size_t a = indexOf(data, peaks[merged[c].lastPeak].ppm),
                          b = indexOf(data, peaks[merged[c + 1].firstPeak].ppm);
        std::size_t cut = a;
        for (std::size_t i = a; i <= b; ++i)
            if (data.intensity[i] < data.intensity[cut]) cut = i;
        segments.push_back({start, cut});
        start = cut + 1;
    }
    segments.push_back({start, last});
    return segments;
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>>
multipletSegments(const FitData& data, std::size_t first, std::size_t last, double sigma,
                  const std::vector<std::pair<std::size_t, std::size_t>>& spans) {
    double maxHeight = 0.0;
    for (std::size_t i = first; i <= last; ++i)
        maxHeight = std::max(maxHeight, data.intensity[i]);
    const std::vector<Peak> peaks =
        pickPeaks(data, first, last, std::max(5.0 * sigma, 0.01 * maxHeight), 4.0 * sigma);
    std::vector<std::size_t> peakIndices;
    for (const Peak& p : peaks)
        peakIndices.push_back(indexOf(data, p.ppm));
    return withPeaklessSpansApart(cutBetweenClusters(data, first, last, peaks), spans, peakIndices);
}

} // namespace spinhance::analysis

#include "analysis/proposals.h"

#include "analysis/broadsinglets.h"
#include "analysis/identicalcopies.h"
#include "analysis/multiplets.h"
#include "analysis/oddregions.h"
#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>
#include <optional>

namespace spinhance::analysis {

namespace {

constexpr double kAromaticFromPpm = 6.0;
constexpr double kAromaticToPpm = 9.0; // beyond: aldehydes, acids (9.5–12 ppm)
constexpr int kPhenylProtons = 5;
// A lump holding a phenyl may hold up to three protons of another ring (a thiophene's, a furan's)
// besides: more are read plainly (a lump of 9 H or more holds rings the templates do not cover).
constexpr int kMostOtherRingProtons = 3;
// A para-disubstituted ring's ortho J to start from (Pretsch, Structure Determination of Organic
// Compounds, 1H tables: 7.5-9 Hz).
constexpr double kParaRingOrthoHz = 8.4;
constexpr double kVicinalHz = 7.0; // freely rotating CH2-CH2 / CH2-CH3 (Pretsch, 1H tables)
// A vinyl group -CH=CH2 (Pretsch, 1H tables, alkenes): trans 17, cis 10.5, geminal 1.5 Hz; its
// three protons overlap at low field between these shifts.
constexpr double kVinylFromPpm = 4.5, kVinylToPpm = 7.2;
constexpr double kTransHz = 17.0, kCisHz = 10.5, kGeminalHz = 1.5;
// Benzene ring couplings (Pretsch, 1H tables, aromatics): ortho 6-9.4, meta 0.9-3, para 0-0.9 Hz.
constexpr double kRingOrthoHz = 8.0, kRingMetaHz = 1.8;
// A CH2 next to a CH (Pretsch, 1H tables, alkanes): geminal kSp3GeminalHz; the two vicinal J of a
// preferred rotamer differ, anti 8-10 and gauche 3-5 Hz.
constexpr double kAntiHz = 8.0, kGaucheHz = 4.5;

// ppm at which the cumulative positive area of `regions` (ascending ppm) reaches `fraction` of
// their total.
double quantilePpm(const FitData& data, const std::vector<SignalRegion>& regions, double fraction) {
    double total = 0.0;
    for (const SignalRegion& region : regions)
        for (std::size_t i = region.firstIndex; i <= region.lastIndex; ++i)
            total += std::max(0.0, data.intensity[i]) * data.weight[i];
    double running = 0.0;
    for (const SignalRegion& region : regions)
        for (std::size_t i = region.firstIndex; i <= region.lastIndex; ++i) {
            running += std::max(0.0, data.intensity[i]) * data.weight[i];
            if (running >= fraction * total) return data.grid.ppmAt(i);
        }
    return regions.back().toPpm;
}

double quantilePpm(const FitData& data, const SignalRegion& region, double fraction) {
    return quantilePpm(data, std::vector<SignalRegion>{region}, fraction);
}

// One place per rank, highest ppm first: the midpoints of N equal shares of the regions' area
// (N one-proton groups of a template spread over them).
template <std::size_t N>
std::array<double, N> equalSharePpm(const FitData& data, const std::vector<SignalRegion>& regions) {
    std::array<double, N> rankPpm{};
    for (std::size_t k = 0; k < N; ++k)
        rankPpm[k] = quantilePpm(data, regions, 1.0 - (double(k) + 0.5) / double(N));
    return rankPpm;
}

LineModel startLine(const Evidence& evidence) {
    LineModel line;
    line.linewidthHz = evidence.typicalFwhmHz;
    return line;
}

Hypothesis startFrom(const TemplateStart& start, const Evidence& evidence,
                     const std::string& origin) {
    Hypothesis h;
    h.system = withBroadSingletsMarked(relabelByShift(start.system), evidence);
    h.heldCouplings = relabelledHeld(start.system, heldLabels(start));
    h.line = startLine(evidence);
    h.origin = origin;
    return h;
}

Hypothesis startFrom(const SpinSystem& system, const Evidence& evidence,
                     const std::string& origin) {
    return startFrom(TemplateStart{system, {}}, evidence, origin);
}

// Groups of one region at its quantiles; returns their indices in `system`.
std::vector<std::size_t> addRegionGroups(SpinSystem& system, const FitData& data,
                                         const Evidence& evidence, std::size_t r,
                                         const std::vector<int>& sizes) {
    std::vector<std::size_t> added;
    const int total = std::accumulate(sizes.begin(), sizes.end(), 0);
    int before = 0;
    for (int size : sizes) {
        // Descending shift inside the region: the first group takes the high-ppm end.
        const double fraction = 1.0 - (before + 0.5 * size) / double(total);
        const double ppm = sizes.size() == 1 ? evidence.multiplets[r].centrePpm
                                             : quantilePpm(data, evidence.regions[r], fraction);
        added.push_back(system.addGroup(ppm, size));
        before += size;
    }
    return added;
}

// Three one-proton groups at the regions' sixths, X coupled to the other two by `largerHz` and
// `smallerHz` and those two to each other by `pairHz`: once for each choice of X and of which
// partner takes the larger J.
std::vector<TemplateStart> threeSpinVariants(const TemplateStart& base,
                                             const std::array<double, 3>& ppm, double largerHz,
                                             double smallerHz, double pairHz) {
    std::vector<TemplateStart> out;
    for (int x = 0; x < 3; ++x)
        for (int flip = 0; flip < 2; ++flip) {
            const int large = (x + 1 + flip) % 3, small = (x + 2 - flip) % 3;
            TemplateStart start = base;
            SpinSystem& s = start.system;
            const std::size_t first = s.size();
            for (double p : ppm)
                s.addGroup(p, 1);
            s.setCouplingHz(first + std::size_t(x), first + std::size_t(large), largerHz);
            s.setCouplingHz(first + std::size_t(x), first + std::size_t(small), smallerHz);
            s.setCouplingHz(first + std::size_t(large), first + std::size_t(small), pairHz);
            out.push_back(std::move(start));
        }
    return out;
}

std::vector<TemplateStart> threeSpinVariants(const TemplateStart& base, const FitData& data,
                                             const std::vector<SignalRegion>& regions,
                                             double largerHz, double smallerHz, double pairHz) {
    const std::array<double, 3> ppm = {quantilePpm(data, regions, 5.0 / 6.0),
                                       quantilePpm(data, regions, 0.5),
                                       quantilePpm(data, regions, 1.0 / 6.0)};
    return threeSpinVariants(base, ppm, largerHz, smallerHz, pairHz);
}

// A vinyl group: the CH, and which =CH2 proton is trans to it.
std::vector<TemplateStart> vinylVariants(const TemplateStart& base, const FitData& data,
                                         const std::vector<SignalRegion>& regions) {
    return threeSpinVariants(base, data, regions, kTransHz, kCisHz, kGeminalHz);
}

// A CH2-CH: the CH, and which CH2 proton is anti to it.
std::vector<TemplateStart> methyneMethyleneVariants(const TemplateStart& base, const FitData& data,
                                                    const std::vector<SignalRegion>& regions) {
    return threeSpinVariants(base, data, regions, kAntiHz, kGaucheHz, kSp3GeminalHz);
}

// Three ring protons in one aromatic multiplet: three adjacent ones (a 1,2,3-trisubstituted
// benzene, a 2,6-disubstituted pyridine's H3-H5: X in the middle, ortho to both, the outer two
// meta), or an ortho pair and a proton meta to one of them (1,2,4-trisubstituted: para J left at
// 0).
std::vector<TemplateStart> threeRingProtonVariants(const TemplateStart& base,
                                                   const std::array<double, 3>& ppm) {
    std::vector<TemplateStart> out;
    const std::vector<TemplateStart> adjacent =
        threeSpinVariants(base, ppm, kRingOrthoHz, kRingOrthoHz, kRingMetaHz);
    // Both partners take the same J: each X's flipped order repeats it (they come in pairs).
    for (std::size_t k = 0; k < adjacent.size(); k += 2)
        out.push_back(adjacent[k]);
    for (TemplateStart& v : threeSpinVariants(base, ppm, kRingOrthoHz, kRingMetaHz, 0.0))
        out.push_back(std::move(v));
    return out;
}

std::vector<TemplateStart> threeRingProtonVariants(const TemplateStart& base, const FitData& data,
                                                   const SignalRegion& region) {
    return threeRingProtonVariants(base, {quantilePpm(data, {region}, 5.0 / 6.0),
                                          quantilePpm(data, {region}, 0.5),
                                          quantilePpm(data, {region}, 1.0 / 6.0)});
}

// Four adjacent ring protons at these ppm (one per rank), once for each order of them along the
// chain (a chain read backwards is the same).
std::vector<TemplateStart> chainOrders(const TemplateStart& base,
                                       const std::array<double, 4>& rankPpm) {
    std::array<std::size_t, 4> order = {0, 1, 2, 3};
    std::vector<TemplateStart> out;
    do {
        if (order[0] > order[3]) continue;
        std::array<double, 4> chainPpm{};
        for (std::size_t k = 0; k < 4; ++k)
            chainPpm[k] = rankPpm[order[k]];
        TemplateStart start = base;
        addFourAdjacentRingProtons(start, chainPpm);
        out.push_back(std::move(start));
    } while (std::next_permutation(order.begin(), order.end()));
    return out;
}

// Four adjacent ring protons (an ortho-disubstituted benzene) at the quarters' midpoints of the
// regions, in every order along the chain.
std::vector<TemplateStart> adjacentRingVariants(const TemplateStart& base, const FitData& data,
                                                const std::vector<SignalRegion>& regions) {
    const std::array<double, 4> rankPpm = equalSharePpm<4>(data, regions);
    return chainOrders(base, rankPpm);
}

// Five aromatic protons that are no phenyl: a lone ring CH without ring neighbours (a singlet:
// the N=CH-N of a benzimidazole or a quinazoline, usually the lowest field) beside a fused
// benzene's four adjacent protons. The singlet at the top or the bottom fifth of the regions'
// area, the chain at the other fifths in every order.
std::vector<TemplateStart> singletBesideChainVariants(const TemplateStart& base,
                                                      const FitData& data,
                                                      const std::vector<SignalRegion>& regions) {
    const std::array<double, 5> rankPpm = equalSharePpm<5>(data, regions);
    std::vector<TemplateStart> out;
    for (std::size_t singlet : {std::size_t(0), std::size_t(4)}) {
        TemplateStart start = base;
        start.system.addGroup(rankPpm[singlet], 1);
        std::array<double, 4> chainPpm{};
        for (std::size_t k = 0, n = 0; k < 5; ++k)
            if (k != singlet) chainPpm[n++] = rankPpm[k];
        for (TemplateStart& v : chainOrders(start, chainPpm))
            out.push_back(std::move(v));
    }
    return out;
}

// A meta-disubstituted benzene's four protons at the quarters' midpoints of the regions: each
// quarter in turn as H2 (between the substituents), each other as H5, the rest as H4/H6 (which
// are alike).
std::vector<TemplateStart> metaRingVariants(const TemplateStart& base, const FitData& data,
                                            const std::vector<SignalRegion>& regions) {
    const std::array<double, 4> rankPpm = equalSharePpm<4>(data, regions);
    std::vector<TemplateStart> out;
    for (std::size_t h2 = 0; h2 < 4; ++h2)
        for (std::size_t h5 = 0; h5 < 4; ++h5) {
            if (h5 == h2) continue;
            std::array<std::size_t, 2> flank{};
            std::size_t n = 0;
            for (std::size_t k = 0; k < 4; ++k)
                if (k != h2 && k != h5) flank[n++] = k;
            TemplateStart start = base;
            addMetaRingProtons(start,
                               {rankPpm[h2], rankPpm[flank[0]], rankPpm[h5], rankPpm[flank[1]]});
            out.push_back(std::move(start));
        }
    return out;
}

// Six to eight protons in one aromatic multiplet: a phenyl and one to three protons of another
// ring inside its lump (a 2-phenylthiophene's H3 among the phenyl's lines, GISSMO Maybridge
// 10_B07 at 90 MHz, read with a 6 H group and then 6 of its 8 H; at 60 MHz the thiophene's other
// two protons join the lump, 8 H). Each lone proton takes an equal share of the area at the top or
// the bottom (every split of them between the two ends), the phenyl's six orders the rest (12,
// 18 or 24 starts). Their couplings to the phenyl are left to the search's J-matching; two or
// three lone ones start coupled to each other (below).
std::vector<TemplateStart> phenylAndOthersVariants(const TemplateStart& base, const FitData& data,
                                                   const SignalRegion& region, int others) {
    // A five-membered ring's J: thiophene 3.5-5 Hz (H3-H4, H4-H5), furan 1.8-3.3 Hz (Pretsch).
    constexpr double kFiveRingStartHz = 4.0;
    const double share = 1.0 / double(kPhenylProtons + others);
    std::vector<TemplateStart> out;
    for (int onTop = others; onTop >= 0; --onTop) {
        const int below = others - onTop;
        TemplateStart withLone = base;
        std::vector<std::size_t> lone;
        for (int k = 0; k < onTop; ++k)
            lone.push_back(
                withLone.system.addGroup(quantilePpm(data, region, 1.0 - (k + 0.5) * share), 1));
        for (int k = 0; k < below; ++k)
            lone.push_back(
                withLone.system.addGroup(quantilePpm(data, region, (k + 0.5) * share), 1));
        // Protons of one ring in one multiplet: J-matching links different multiplets only.
        for (std::size_t a = 0; a < lone.size(); ++a)
            for (std::size_t b = a + 1; b < lone.size(); ++b)
                withLone.system.setCouplingHz(lone[a], lone[b], kFiveRingStartHz);
        for (TemplateStart& s : monosubstitutedRingOrders(withLone, data, {region}, below * share,
                                                          1.0 - onTop * share))
            out.push_back(std::move(s));
    }
    return out;
}

std::vector<TemplateStart> ringVariants(const TemplateStart& base, const FitData& data,
                                        const Evidence& evidence, std::size_t r) {
    std::vector<TemplateStart> out;
    const SignalRegion& region = evidence.regions[r];
    if (evidence.regionProtons[r] == 3) {
        if (region.centroidPpm < kVinylToPpm) out = vinylVariants(base, data, {region});
        if (region.centroidPpm > kAromaticFromPpm)
            for (TemplateStart& start : threeRingProtonVariants(base, data, region))
                out.push_back(std::move(start));
        return out;
    }
    if (evidence.regionProtons[r] == 4) {
        // A para-disubstituted benzene or a thiophene (its α protons H2/H5 above H3/H4): AA'BB'
        // with the two shift classes at the region's quartiles.
        for (const AaBbCouplings& j :
             {paraBenzeneCouplings(kParaRingOrthoHz), thiopheneCouplings()}) {
            TemplateStart start = base;
            addAaBbRing(start, quantilePpm(data, region, 0.75), quantilePpm(data, region, 0.25), j);
            out.push_back(std::move(start));
        }
        for (TemplateStart& start : adjacentRingVariants(base, data, {region}))
            out.push_back(std::move(start));
        for (TemplateStart& start : metaRingVariants(base, data, {region}))
            out.push_back(std::move(start));
        return out;
    }
    if (evidence.regionProtons[r] > kPhenylProtons)
        return phenylAndOthersVariants(base, data, region,
                                       evidence.regionProtons[r] - kPhenylProtons);
    return monosubstitutedRingOrders(base, data, {region});
}

} // namespace

std::vector<TemplateStart> monosubstitutedRingOrders(const TemplateStart& base, const FitData& data,
                                                     const std::vector<SignalRegion>& regions,
                                                     double fromShare, double toShare) {
    std::vector<TemplateStart> out;
    const std::array<std::array<int, 3>, 6> orders = {
        {{0, 1, 2}, {1, 0, 2}, {0, 2, 1}, {2, 0, 1}, {1, 2, 0}, {2, 1, 0}}};
    for (const std::array<int, 3>& order : orders) {
        std::array<int, 3> sizeAtRank{};
        sizeAtRank[std::size_t(order[0])] = 2;
        sizeAtRank[std::size_t(order[1])] = 2;
        sizeAtRank[std::size_t(order[2])] = 1;
        std::array<double, 3> rankPpm{};
        int before = 0;
        for (std::size_t rank = 0; rank < 3; ++rank) {
            const double share = 1.0 - (before + 0.5 * sizeAtRank[rank]) / 5.0;
            rankPpm[rank] = quantilePpm(data, regions, fromShare + share * (toShare - fromShare));
            before += sizeAtRank[rank];
        }
        TemplateStart start = base;
        addMonosubstitutedRing(start, rankPpm[std::size_t(order[0])],
                               rankPpm[std::size_t(order[1])], rankPpm[std::size_t(order[2])]);
        out.push_back(std::move(start));
    }
    return out;
}

// Four aromatic protons that are no ring of four: a lone heteroaromatic CH (a singlet: an
// indole's H2, an imidazole's) beside a trisubstituted benzene's three protons (serotonin's
// 5-hydroxyindole, GISSMO bmse000757). The singlet at each quarter of the regions' area in turn
// (a singlet's place in the lump is no rule), the three at the others in every ring assignment.
std::vector<TemplateStart> singletBesideThreeVariants(const TemplateStart& base,
                                                      const FitData& data,
                                                      const std::vector<SignalRegion>& regions) {
    const std::array<double, 4> rankPpm = equalSharePpm<4>(data, regions);
    std::vector<TemplateStart> out;
    for (std::size_t singlet = 0; singlet < 4; ++singlet) {
        TemplateStart start = base;
        start.system.addGroup(rankPpm[singlet], 1);
        std::array<double, 3> ringPpm{};
        for (std::size_t k = 0, n = 0; k < 4; ++k)
            if (k != singlet) ringPpm[n++] = rankPpm[k];
        for (TemplateStart& v : threeRingProtonVariants(start, ringPpm))
            out.push_back(std::move(v));
    }
    return out;
}

std::vector<std::size_t> shiftOrder(const SpinSystem& system) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return system.group(a).shiftPpm > system.group(b).shiftPpm;
    });
    return order;
}

SpinSystem relabelByShift(const SpinSystem& system) {
    const std::vector<std::size_t> order = shiftOrder(system);
    SpinSystem out;
    out.id = system.id;
    out.smiles = system.smiles;
    for (std::size_t k : order)
        out.group(out.addGroup(system.group(k).shiftPpm, system.group(k).protonCount))
            .extraWidthHz = system.group(k).extraWidthHz;
    for (std::size_t a = 0; a < order.size(); ++a)
        for (std::size_t b = a + 1; b < order.size(); ++b)
            if (system.couplingHz(order[a], order[b]) != 0.0)
                out.setCouplingHz(a, b, system.couplingHz(order[a], order[b]));
    return out;
}

SpinSystem withMostCouplingsPositive(const SpinSystem& system) {
    int balance = 0; // positive minus negative couplings
    for (std::size_t a = 0; a < system.size(); ++a)
        for (std::size_t b = a + 1; b < system.size(); ++b)
            balance += system.couplingHz(a, b) > 0.0 ? 1 : system.couplingHz(a, b) < 0.0 ? -1 : 0;
    if (balance >= 0) return system;
    SpinSystem out = system;
    for (std::size_t a = 0; a < system.size(); ++a)
        for (std::size_t b = a + 1; b < system.size(); ++b)
            if (system.couplingHz(a, b) != 0.0) out.setCouplingHz(a, b, -system.couplingHz(a, b));
    return out;
}

int regionOf(const Evidence& evidence, double shiftPpm) {
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (shiftPpm >= evidence.regions[r].fromPpm && shiftPpm <= evidence.regions[r].toPpm)
            return int(r);
    return -1;
}

std::size_t nearestRegion(const Evidence& evidence, double shiftPpm) {
    std::size_t nearest = 0;
    double distance = HUGE_VAL;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        const SignalRegion& region = evidence.regions[r];
        const double d = std::max({0.0, region.fromPpm - shiftPpm, shiftPpm - region.toPpm});
        if (d < distance) {
            distance = d;
            nearest = r;
        }
    }
    return nearest;
}

namespace {

bool templateRegion(const Evidence& evidence, std::size_t r) {
    const int protons = evidence.regionProtons[r];
    const double centroid = evidence.regions[r].centroidPpm;
    return (centroid > kAromaticFromPpm && centroid < kAromaticToPpm && protons >= 3 &&
            protons <= kPhenylProtons + kMostOtherRingProtons) ||
           (protons == 3 && centroid > kVinylFromPpm && centroid < kVinylToPpm);
}

// Groups of every region read as first-order multiplets; regions a template may fit instead are
// left out (and listed in `templates`) unless `templates` is null. With `aromaticHalves`, aromatic
// regions are read as `halves` reads them (the others stay whole).
// An aliphatic region of 4 or 6 H showing more lines than one CH2 or CH3 pattern explains (4):
// two overlapping multiplets of equal size (the CH3 triplets of ethyl propionate 7 Hz apart)
// rather than one group. Likewise an olefinic or aromatic 2 or 3 H region of more than two lines:
// ring or alkene protons close in shift (an AB, or two meta protons 4 Hz apart; at 60 MHz a
// furan's H5 beside a thiophene's AB, GISSMO Maybridge 07_F08), whose multiplet cut may have
// fallen inside one of them, rather than one group of them all: one group per proton.
bool overlappingHalves(const Evidence& evidence, std::size_t r) {
    const int protons = evidence.regionProtons[r];
    const double centroidPpm = evidence.regions[r].centroidPpm;
    const int lines = evidence.multiplets[r].lines;
    return ((protons == 4 || protons == 6) && centroidPpm < kVinylFromPpm && lines > 4) ||
           ((protons == 2 || protons == 3) && centroidPpm > kVinylFromPpm && lines > 2);
}

// An aliphatic region of 3 H showing more lines than a methyl can (a CH3 next to at most a CH2
// and a CH shows 1 to 4): a CH2 and its CH (the ABX of an amino acid's CH-CH2).
bool methyneAndMethylene(const Evidence& evidence, std::size_t r) {
    return evidence.regionProtons[r] == 3 && evidence.regions[r].centroidPpm < kVinylFromPpm &&
           evidence.multiplets[r].lines > 4;
}

// An aliphatic 6 H multiplet of more lines than one group shows may also be three CH2 of a chain
// (the inner methylenes of a pentyl: GISSMO bmse000394), besides one 6 H group and two CH3.
bool threeMethylenes(const Evidence& evidence, std::size_t r) {
    return evidence.regionProtons[r] == 6 && evidence.regions[r].centroidPpm < kVinylFromPpm &&
           evidence.multiplets[r].lines > 4;
}

SpinSystem plainGroups(const FitData& data, const Evidence& evidence,
                       std::vector<std::size_t>* templates,
                       const std::vector<std::size_t>& skipped = {}, bool halves = false,
                       bool methylenes = false, bool aromaticHalves = false) {
    SpinSystem base;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        const bool aromatic = evidence.regions[r].centroidPpm > kAromaticFromPpm;
        if (std::find(skipped.begin(), skipped.end(), r) != skipped.end()) continue;
        if (templates && templateRegion(evidence, r)) {
            templates->push_back(r);
            continue;
        }
        const int protons = evidence.regionProtons[r];
        const bool split =
            (halves || (aromaticHalves && aromatic)) && overlappingHalves(evidence, r);
        std::vector<int> sizes = split ? (protons <= 3 ? std::vector<int>(std::size_t(protons), 1)
                                                       : std::vector<int>{protons / 2, protons / 2})
                                 : methylenes && threeMethylenes(evidence, r)
                                     ? std::vector<int>{2, 2, 2}
                                     : splitIntoGroups(protons);
        // A methyl usually sits at the low-ppm end of an overlapping aliphatic stretch.
        std::sort(sizes.begin(), sizes.end());
        const std::vector<std::size_t> added = addRegionGroups(base, data, evidence, r, sizes);
        // Groups overlapping in one region are usually neighbours in a chain: a vicinal J to start.
        for (std::size_t k = 0; !aromatic && !halves && k + 1 < added.size(); ++k)
            base.setCouplingHz(added[k], added[k + 1], kVicinalHz);
    }
    return base;
}

// Whether one of the regions holds an odd number of protons: four ring protons split 2 + 2 are
// mostly a para ring's two AA'BB' halves, which the search's ring moves reach from the plain
// reading (twelve chain starts beside it would crowd it out of the searched few).
bool oddSplit(const Evidence& evidence, const std::vector<std::size_t>& regions) {
    return std::any_of(regions.begin(), regions.end(),
                       [&](std::size_t r) { return evidence.regionProtons[r] % 2 == 1; });
}

// Whether a region's integral is off its proton count by more than a quarter proton: a multiplet
// cut through one proton's lines (GISSMO Maybridge 07_B04 at 90 MHz: a meta-disubstituted ring's
// 3 + 1 H read as 2.3 + 1.7 H), so an even split says little about the ring.
bool countInDoubt(const Evidence& evidence, const std::vector<std::size_t>& regions) {
    constexpr double kDoubtH = 0.25;
    if (evidence.totalProtons <= 0 || !(evidence.moleculeArea > 0.0)) return false;
    const double perProton = evidence.moleculeArea / evidence.totalProtons;
    return std::any_of(regions.begin(), regions.end(), [&](std::size_t r) {
        return std::abs(evidence.regions[r].integral / perProton - evidence.regionProtons[r]) >
               kDoubtH;
    });
}

// The multiplet regions whose centres lie in the aromatic range (6-9 ppm), by shift; without
// `exchangeableToo`, not one that reads as an exchanging proton's broad line (an anilide's NH).
std::vector<std::size_t> aromaticRegions(const Evidence& evidence, bool exchangeableToo = true) {
    std::vector<std::size_t> aromatic;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (evidence.regions[r].centroidPpm > kAromaticFromPpm &&
            evidence.regions[r].centroidPpm < kAromaticToPpm &&
            (exchangeableToo || !readsAsExchangeableLine(evidence, r)))
            aromatic.push_back(r);
    return aromatic;
}

int protonsIn(const Evidence& evidence, const std::vector<std::size_t>& regions) {
    int protons = 0;
    for (std::size_t r : regions)
        protons += evidence.regionProtons[r];
    return protons;
}

// A monosubstituted ring whose five protons fall into two to four aromatic multiplets (the
// ortho doublet of nitrobenzene apart from the meta/para lines): AA'BB'C over those regions.
// Four protons so spread, unevenly: four adjacent ring protons.
std::vector<Hypothesis> spreadRingProposalsOver(const FitData& data, const Evidence& evidence,
                                                const std::vector<std::size_t>& aromatic) {
    const int protons = protonsIn(evidence, aromatic);
    std::vector<SignalRegion> regions;
    for (std::size_t r : aromatic)
        regions.push_back(evidence.regions[r]);
    std::vector<Hypothesis> out;
    if ((protons != 5 && protons != 4) || aromatic.empty() || aromatic.size() > 4) return out;
    const TemplateStart base{plainGroups(data, evidence, nullptr, aromatic), {}};
    // In one multiplet or several: these starts have their own origin (the search takes the best
    // of them besides its four places, so that they never crowd out a phenyl's orders).
    if (protons == 5)
        for (const TemplateStart& s : singletBesideChainVariants(base, data, regions))
            out.push_back(startFrom(s, evidence, kSingletBesideChainOrigin));
    if (aromatic.size() < 2 ||
        (protons == 4 && !oddSplit(evidence, aromatic) && !countInDoubt(evidence, aromatic)))
        return out;
    if (protons == 4) {
        for (const TemplateStart& s : adjacentRingVariants(base, data, regions))
            out.push_back(startFrom(s, evidence, kAdjacentRingOrigin));
        for (const TemplateStart& s : metaRingVariants(base, data, regions))
            out.push_back(startFrom(s, evidence, kMetaRingOrigin));
        return out;
    }
    for (const TemplateStart& s : monosubstitutedRingOrders(base, data, regions))
        out.push_back(startFrom(
            s, evidence, "multiplets + ring over " + std::to_string(aromatic.size()) + " regions"));
    return out;
}

// The ring templates over the aromatic multiplets, and again over them less an exchanging
// proton's broad line where one stands among them: an anilide's NH at 7.4 ppm in CDCl3, counted
// with the ring's, read propionanilide's phenyl (500 MHz, no count given) as 6 H, and no ring
// template was proposed. With the count given, the counts beside a solvent line can be a proton
// short (the meta triplet beside CHCl3 there read as 1 H), and the NH's proton then makes up the
// ring's five: the fits decide between the two.
std::vector<Hypothesis> spreadRingProposals(const FitData& data, const Evidence& evidence) {
    const std::vector<std::size_t> all = aromaticRegions(evidence);
    std::vector<Hypothesis> out = spreadRingProposalsOver(data, evidence, all);
    if (const std::vector<std::size_t> ring = aromaticRegions(evidence, false); ring != all)
        for (Hypothesis& h : spreadRingProposalsOver(data, evidence, ring))
            out.push_back(std::move(h));
    return out;
}

// Four adjacent ring protons (an ortho-disubstituted benzene) in two neighbouring aromatic
// multiplets of 4 H together, beside other aromatic multiplets (another ring's protons: GISSMO
// Maybridge 02_F03 at 90 MHz, whose ring falls into two 2 H multiplets beside a pyrrole's three
// protons). Only where the aromatic multiplets hold neither 4 nor 5 H (those read above); the
// other multiplets are read plainly.
std::vector<Hypothesis> adjacentRingBesideOthersProposals(const FitData& data,
                                                          const Evidence& evidence) {
    const std::vector<std::size_t> aromatic = aromaticRegions(evidence);
    const int protons = protonsIn(evidence, aromatic);
    std::vector<Hypothesis> out;
    if (protons == 4 || protons == 5) return out;
    for (std::size_t k = 0; k + 1 < aromatic.size(); ++k) {
        const std::vector<std::size_t> pair = {aromatic[k], aromatic[k + 1]};
        if (evidence.regionProtons[pair[0]] + evidence.regionProtons[pair[1]] != 4) continue;
        const TemplateStart base{plainGroups(data, evidence, nullptr, pair), {}};
        const std::vector<SignalRegion> regions = {evidence.regions[pair[0]],
                                                   evidence.regions[pair[1]]};
        for (const TemplateStart& s : adjacentRingVariants(base, data, regions))
            out.push_back(startFrom(s, evidence, kAdjacentRingBesideOthersOrigin));
    }
    return out;
}

// A CH2-CH whose protons fall into two neighbouring aliphatic multiplets, 2 H and 1 H (or 1 H
// and 2 H) whose centres lie within kAbxSpanHz: the geminal pair's AB apart from its CH, or the
// CH beside one CH2 proton (GISSMO bmse000413 at 90 MHz, read as a chain CH2-CH-CH2 else).
std::vector<Hypothesis> spreadMethyneMethyleneProposals(const FitData& data,
                                                        const Evidence& evidence) {
    // Strong coupling (which the first-order reading misses) needs Δν within a few J.
    constexpr double kAbxSpanHz = 40.0;
    std::vector<Hypothesis> out;
    for (std::size_t r = 0; r + 1 < evidence.regions.size(); ++r) {
        const SignalRegion& low = evidence.regions[r];
        const SignalRegion& high = evidence.regions[r + 1];
        const int a = evidence.regionProtons[r], b = evidence.regionProtons[r + 1];
        if (a + b != 3 || a == 0 || b == 0 || high.centroidPpm >= kVinylFromPpm ||
            (high.centroidPpm - low.centroidPpm) * evidence.fieldMHz > kAbxSpanHz)
            continue;
        const TemplateStart rest{plainGroups(data, evidence, nullptr, {r, r + 1}), {}};
        for (const TemplateStart& s : methyneMethyleneVariants(rest, data, {low, high}))
            out.push_back(startFrom(s, evidence, kMethyneMethyleneOrigin));
    }
    return out;
}

// How many groups of the chain `order` share group `g`'s signal region (`g` among them).
long chainGroupsInRegionOf(const SpinSystem& base, const Evidence& evidence,
                           const std::vector<std::size_t>& order, std::size_t g) {
    const std::size_t r = nearestRegion(evidence, base.group(g).shiftPpm);
    return std::count_if(order.begin(), order.end(), [&](std::size_t h) {
        return nearestRegion(evidence, base.group(h).shiftPpm) == r;
    });
}

// The chain `order` (CH2 groups of `base`) with diastereotopic protons: in a ring (a
// cyclopentanone, a pyrrolidine) each CH2's two protons are, and in an open chain the inner ones
// can be (GISSMO bmse000957: the two inner CH2 of four split, the ends each an A2), with a geminal
// J (sp3: -12 to -15 Hz) and unequal vicinal J to a split neighbour (cis and trans, or anti and
// gauche, differ: 4-10 Hz, Pretsch, 1H tables) that the A2X2 reading cannot hold. No move from
// the chain reaches that in a budget, as one proton at a time must be split off and every J
// re-linked (GISSMO bmse000424: four CH2 at two shifts, eight protons, sixteen J). The split
// protons start a hair apart (unequal offsets: no symmetry the fit cannot break), each pair of
// split neighbours' J crossed, two larger and two smaller about the chain's vicinal J; an A2 end
// has that J to both protons of its neighbour. The geminal J are held at the typical value until
// the spectrum pays for them (freeHeldMoves), so that the first fit settles the shifts: set free
// at once, a ring started 0.007 ppm from its shifts (a strongly coupled multiplet's centre is no
// better) settled 1400 BIC from its truth.
//
// With `spread`, each split CH2 starts its protons a quarter of its share of its multiplet's width
// either side of its shift instead, and the geminal J are free: a pair a hair apart is a saddle the
// fit cannot leave where the spectrum puts the two protons far apart (GISSMO bmse000419 at 60 MHz:
// the N-CH2's protons 17 Hz apart in a multiplet of their own; from a hair apart they stayed
// together, the start 3700 BIC from its truth, and the search merged them into one 2 H group).
// Only chains with a CH2 alone in its multiplet get this start: where every multiplet holds two
// CH2 (a ring's mirror-image pairs, an adipate) the spread is the multiplets', not a pair's.
TemplateStart diastereotopicChain(const SpinSystem& base, const Evidence& evidence,
                                  const std::vector<std::size_t>& order, bool endsSplit,
                                  bool spread) {
    constexpr double kVicinalSpreadHz = 1.5, kOffsetPpm = 0.002, kOffsetStepPpm = 0.0005;
    TemplateStart start{base, {}};
    SpinSystem& s = start.system;
    std::vector<std::vector<std::size_t>> protons; // each CH2: its one group, or its two
    const bool read = evidence.multiplets.size() == evidence.regions.size();
    const bool atCentre = endsSplit && read && !spread;
    // Half the distance between a split CH2's protons at the start, in ppm: a quarter of its
    // share of its multiplet's width.
    const auto halfSpreadPpm = [&](std::size_t g) {
        const std::size_t r = nearestRegion(evidence, base.group(g).shiftPpm);
        const double sharing = double(chainGroupsInRegionOf(base, evidence, order, g));
        return evidence.multiplets[r].widthHz / (4.0 * sharing * evidence.fieldMHz);
    };
    for (std::size_t k = 0; k < order.size(); ++k) {
        const std::size_t g = order[k];
        const bool end = k == 0 || k + 1 == order.size();
        if (end && !endsSplit) {
            protons.push_back({g});
            continue;
        }
        // A ring's mirror planes make its CH2 alike in pairs (a cyclopentanone's two beside the
        // carbonyl): those of one multiplet start at its centre, not at its quarters.
        const double shiftPpm =
            atCentre ? evidence.multiplets[nearestRegion(evidence, s.group(g).shiftPpm)].centrePpm
                     : s.group(g).shiftPpm;
        const double offsetPpm =
            kOffsetPpm - kOffsetStepPpm * double(k) + (spread && read ? halfSpreadPpm(g) : 0.0);
        s.group(g).protonCount = 1;
        s.group(g).shiftPpm = shiftPpm + offsetPpm;
        const std::size_t twin = s.addGroup(shiftPpm - offsetPpm, 1);
        s.setCouplingHz(g, twin, kSp3GeminalHz);
        if (!spread) start.held.push_back({g, twin});
        protons.push_back({g, twin});
    }
    for (std::size_t k = 0; k + 1 < protons.size(); ++k) {
        const bool crossed = protons[k].size() == 2 && protons[k + 1].size() == 2;
        for (std::size_t a = 0; a < protons[k].size(); ++a)
            for (std::size_t b = 0; b < protons[k + 1].size(); ++b) {
                const double spreadHz = !crossed ? 0.0
                                        : a == b ? kVicinalSpreadHz
                                                 : -kVicinalSpreadHz;
                s.setCouplingHz(protons[k][a], protons[k + 1][b], kVicinalHz + spreadHz);
            }
    }
    return start;
}

// A chain X-(CH2)n-Y of four or five methylenes: every aliphatic group a CH2 (the three-methylenes
// reading of a 6 H multiplet counted), the two at the lowest field the ends beside X and Y, the
// inner ones in every order between them (2 or 6 starts), each neighbour pair a vicinal J. Read
// by J-matching the two end triplets link to each other (their J alike) and the inner order is a
// guess (6-aminohexanoic acid's middle CH2 lies at the highest field, GISSMO bmse000394 at 90 MHz).
// Here: the aliphatic groups of `base` so chained; none where one of them is no CH2.
void addMethyleneChains(const SpinSystem& base, const Evidence& evidence,
                        std::vector<Hypothesis>& out) {
    std::vector<std::size_t> chain;
    for (std::size_t g = 0; g < base.size(); ++g) {
        if (base.group(g).shiftPpm >= kVinylFromPpm) continue;
        if (base.group(g).protonCount != 2) return;
        chain.push_back(g);
    }
    if (chain.size() < 4 || chain.size() > 5) return;
    std::sort(chain.begin(), chain.end(), [&](std::size_t a, std::size_t b) {
        return base.group(a).shiftPpm > base.group(b).shiftPpm;
    });
    std::vector<std::size_t> inner(chain.begin() + 2, chain.end());
    std::sort(inner.begin(), inner.end());
    do {
        std::vector<std::size_t> order = {chain[0]};
        order.insert(order.end(), inner.begin(), inner.end());
        order.push_back(chain[1]);
        TemplateStart start{base, {}};
        for (std::size_t k = 0; k + 1 < order.size(); ++k)
            start.system.setCouplingHz(order[k], order[k + 1], kVicinalHz);
        out.push_back(startFrom(start, evidence, kMethyleneChainOrigin));
        // Four CH2 (eight protons) only: five would be ten single protons, a fit too slow.
        if (order.size() == 4) {
            for (bool endsSplit : {true, false})
                out.push_back(
                    startFrom(diastereotopicChain(base, evidence, order, endsSplit, false),
                              evidence, kDiastereotopicChainOrigin));
            const bool someAlone = std::any_of(order.begin(), order.end(), [&](std::size_t g) {
                return chainGroupsInRegionOf(base, evidence, order, g) == 1;
            });
            if (someAlone && evidence.multiplets.size() == evidence.regions.size())
                out.push_back(startFrom(diastereotopicChain(base, evidence, order, true, true),
                                        evidence, kSpreadDiastereotopicChainOrigin));
        }
    } while (std::next_permutation(inner.begin(), inner.end()));
}

// Every aliphatic multiplet read as CH2 only (the three-methylenes reading of a 6 H one, a 4 H
// one as two: a symmetric X-CH2-CH2-CH2-CH2-X, adipic acid's two 4 H multiplets, GISSMO
// bmse000957), chained; none where an aliphatic multiplet holds an odd count.
std::vector<Hypothesis> methyleneChainProposals(const FitData& data, const Evidence& read) {
    std::vector<Hypothesis> out;
    const Evidence evidence = oddNeighboursJoined(read);
    std::vector<std::size_t> aliphatic;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        if (evidence.regions[r].centroidPpm >= kVinylFromPpm) continue;
        if (evidence.regionProtons[r] % 2 != 0) return out;
        aliphatic.push_back(r);
    }
    SpinSystem base = plainGroups(data, evidence, nullptr, aliphatic);
    for (std::size_t r : aliphatic)
        addRegionGroups(base, data, evidence, r,
                        std::vector<int>(std::size_t(evidence.regionProtons[r] / 2), 2));
    addMethyleneChains(base, evidence, out);
    return out;
}

// A vinyl group whose three protons fall into two or three neighbouring olefinic multiplets (the
// =CH2 lines of an acrylate apart from its CH): each such run of regions holding 3 H is tried.
std::vector<Hypothesis> spreadVinylProposals(const FitData& data, const Evidence& evidence) {
    std::vector<Hypothesis> out;
    const auto olefinic = [&](std::size_t r) {
        const double c = evidence.regions[r].centroidPpm;
        return c > kVinylFromPpm && c < kVinylToPpm;
    };
    for (std::size_t first = 0; first < evidence.regions.size(); ++first) {
        std::vector<std::size_t> run;
        std::vector<SignalRegion> regions;
        int protons = 0;
        for (std::size_t r = first; r < evidence.regions.size() && olefinic(r) && protons < 3;
             ++r) {
            run.push_back(r);
            regions.push_back(evidence.regions[r]);
            protons += evidence.regionProtons[r];
        }
        if (protons != 3 || run.size() < 2) continue;
        const TemplateStart base{plainGroups(data, evidence, nullptr, run), {}};
        for (const TemplateStart& s : vinylVariants(base, data, regions))
            out.push_back(startFrom(
                s, evidence, "multiplets + vinyl over " + std::to_string(run.size()) + " regions"));
    }
    return out;
}

// Starts from every combination of the ring regions' variants past this many would cost more
// fits than the search's whole budget (four 3 H olefinic regions: 3240 starts, 20 CPU minutes).
constexpr std::size_t kMostRingCombinations = 64;

// Each ring region: every order of its shift classes is a start (the fit cannot swap them), in
// every combination with the other regions' while they are few; past kMostRingCombinations each
// region's variants beside the other regions' first ones (the search's moves take it from there).
std::vector<TemplateStart> ringCombinations(const TemplateStart& base, const FitData& data,
                                            const Evidence& evidence,
                                            const std::vector<std::size_t>& rings) {
    std::size_t combinations = 1;
    for (std::size_t r : rings)
        combinations *= std::max<std::size_t>(1, ringVariants(base, data, evidence, r).size());
    const bool every = combinations <= kMostRingCombinations;
    std::vector<TemplateStart> out;
    for (std::size_t varied = 0; varied < (every ? 1 : rings.size()); ++varied) {
        std::vector<TemplateStart> systems = {base};
        for (std::size_t k = 0; k < rings.size(); ++k) {
            std::vector<TemplateStart> next;
            for (const TemplateStart& s : systems) {
                std::vector<TemplateStart> variants = ringVariants(s, data, evidence, rings[k]);
                // The combination of first variants comes once, with the first region varied.
                const std::size_t from = !every && k == varied && varied > 0 ? 1 : 0;
                const std::size_t to = every || k == varied ? variants.size() : 1;
                for (std::size_t v = from; v < std::min(to, variants.size()); ++v)
                    next.push_back(std::move(variants[v]));
            }
            systems = std::move(next);
        }
        for (TemplateStart& s : systems)
            out.push_back(std::move(s));
    }
    return out;
}

} // namespace

std::vector<Hypothesis> multipletProposals(const FitData& data, const Evidence& evidence) {
    // A 6-8 H aromatic multiplet read as a phenyl and protons of another ring: that ring's other
    // protons are in the other aromatic multiplets, read proton by proton where they show more
    // lines than one group (a thiophene's AB beside 2-phenylthiophene's phenyl lump). Other ring
    // starts keep them whole (a phenyl's meta pair, GISSMO Maybridge 06_H07 and bmse000290).
    const bool lumpWithAnotherRing = [&] {
        for (std::size_t r = 0; r < evidence.regions.size(); ++r)
            if (evidence.regionProtons[r] > kPhenylProtons && templateRegion(evidence, r))
                return true;
        return false;
    }();
    std::vector<std::size_t> rings;
    const TemplateStart base{
        plainGroups(data, evidence, &rings, {}, false, false, lumpWithAnotherRing), {}};
    const std::vector<TemplateStart> systems = ringCombinations(base, data, evidence, rings);
    std::vector<Hypothesis> out;
    for (const TemplateStart& s : systems)
        out.push_back(
            startFrom(s, evidence, rings.empty() ? kPlainReadingOrigin : "multiplets + ring"));
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (overlappingHalves(evidence, r)) {
            out.push_back(startFrom(plainGroups(data, evidence, nullptr, {}, true), evidence,
                                    "multiplets, overlapping halves"));
            break;
        }
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (threeMethylenes(evidence, r)) {
            out.push_back(startFrom(plainGroups(data, evidence, nullptr, {}, false, true), evidence,
                                    "multiplets, three methylenes"));
            break;
        }
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        if (!methyneAndMethylene(evidence, r)) continue;
        const TemplateStart rest{plainGroups(data, evidence, nullptr, {r}), {}};
        for (const TemplateStart& s : methyneMethyleneVariants(rest, data, {evidence.regions[r]}))
            out.push_back(startFrom(s, evidence, kMethyneMethyleneOrigin));
    }
    for (Hypothesis& h : spreadMethyneMethyleneProposals(data, evidence))
        out.push_back(std::move(h));
    for (Hypothesis& h : methyleneChainProposals(data, evidence))
        out.push_back(std::move(h));
    for (Hypothesis& h : spreadRingProposals(data, evidence))
        out.push_back(std::move(h));
    for (Hypothesis& h : spreadVinylProposals(data, evidence))
        out.push_back(std::move(h));
    for (Hypothesis& h : adjacentRingBesideOthersProposals(data, evidence))
        out.push_back(std::move(h));
    // A template is a guess too: the 4 H singlet of p-xylene is no AA'BB' the data can show, and
    // an unidentifiable template fit must compete with the plain reading.
    if (!rings.empty())
        out.push_back(
            startFrom(plainGroups(data, evidence, nullptr), evidence, kPlainReadingOrigin));
    return out;
}

std::optional<Evidence> halfMoleculeEvidence(const Evidence& evidence) {
    if (!evidence.protonsGiven || evidence.totalProtons % 2 != 0 || evidence.regions.empty() ||
        evidence.multiplets.size() != evidence.regions.size())
        return std::nullopt;
    Evidence half = oddNeighboursJoined(evidence);
    bool aromatic = false;
    half.totalProtons /= 2;
    for (std::size_t r = 0; r < half.regions.size(); ++r) {
        if (half.regionProtons[r] % 2 != 0) return std::nullopt;
        half.regionProtons[r] /= 2;
        const double centroid = half.regions[r].centroidPpm;
        aromatic = aromatic || (centroid > kAromaticFromPpm && centroid < kAromaticToPpm);
    }
    if (!aromatic) return std::nullopt;
    return half;
}

std::vector<Hypothesis> twinHalvesProposals(const FitData& data, const Evidence& evidence) {
    std::vector<Hypothesis> out;
    const std::optional<Evidence> half = halfMoleculeEvidence(evidence);
    if (!half) return out;
    // Only the halves' ring templates: a plain reading doubled is the plain reading again, and
    // the templates are what the whole molecule's counts (8 or 10 aromatic H) offer none of.
    for (const Hypothesis& h : multipletProposals(data, *half))
        if (!h.heldCouplings.empty())
            out.push_back(startFrom(identicalCopiesOf(h.system, h.heldCouplings, 2), evidence,
                                    h.origin + kTwinHalvesSuffix));
    return out;
}

std::vector<Hypothesis> givenProposals(const std::vector<SpinSystem>& systems,
                                       const Evidence& evidence, const std::string& origin) {
    std::vector<Hypothesis> out;
    for (const SpinSystem& s : systems)
        if (!s.empty()) out.push_back(startFrom(s, evidence, origin));
    return out;
}

namespace {

// The model's groups with their proton counts rescaled, region by region, to what the integrals
// say on the given total (each group keeps at least one proton, the model's ratios otherwise);
// regions holding more groups than protons, and groups outside every region, keep the model's.
SpinSystem countsFromIntegrals(const SpinSystem& system, const Evidence& evidence) {
    SpinSystem out = system;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        std::vector<std::size_t> members;
        std::vector<double> weights;
        for (std::size_t g = 0; g < system.size(); ++g)
            if (regionOf(evidence, system.group(g).shiftPpm) == int(r)) {
                members.push_back(g);
                weights.push_back(system.group(g).protonCount);
            }
        const int target = evidence.regionProtons[r];
        if (members.empty() || int(members.size()) > target) continue;
        const std::vector<int> counts = protonCountsFromIntegrals(weights, target);
        for (std::size_t k = 0; k < members.size(); ++k)
            out.group(members[k]).protonCount = counts[k];
    }
    return out;
}

// The model's start, and where the molecule's protons are given and the model's counts disagree
// with the integrals on that total, the same groups with the integrals' counts: a model trained
// on few spectra miscounts overlapping multiplets (GISSMO glutamate-like CH-CH2-CH2 at 60 and
// 90 MHz read as 8 H for 5), and the fit cannot change a count.
void pushModelStart(const SpinSystem& system, const Evidence& evidence, const std::string& origin,
                    std::vector<Hypothesis>& out) {
    out.push_back(startFrom(system, evidence, origin));
    if (!evidence.protonsGiven || system.protonCount() == evidence.totalProtons) return;
    const SpinSystem counted = countsFromIntegrals(system, evidence);
    bool changed = false;
    for (std::size_t g = 0; g < system.size(); ++g)
        changed = changed || counted.group(g).protonCount != system.group(g).protonCount;
    if (changed)
        out.push_back(startFrom(counted, evidence, origin + ", counts from the integrals"));
}

} // namespace

std::vector<Hypothesis> modelProposals(const Prediction& prediction, const Evidence& evidence) {
    std::vector<Hypothesis> out;
    if (prediction.system.empty()) return out;
    pushModelStart(prediction.system, evidence, "model", out);
    if (prediction.system.size() < 2) return out;
    const auto least =
        std::min_element(prediction.groupConfidence.begin(), prediction.groupConfidence.end());
    SpinSystem fewer = prediction.system;
    fewer.removeGroup(std::size_t(least - prediction.groupConfidence.begin()));
    pushModelStart(fewer, evidence, "model, least certain group dropped", out);
    return out;
}

} // namespace spinhance::analysis

#include "analysis/search.h"

#include "analysis/broadsinglets.h"
#include "analysis/combinedmoves.h"
#include "analysis/geminalpairing.h"
#include "analysis/groupevidence.h"
#include "analysis/proposals.h"
#include "analysis/textbookcouplings.h"
#include "fit/spinsensitivity.h"
#include "spin/couplinggraph.h"
#include "spin/spinlimits.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>
#include <sstream>
#include <tuple>

namespace spinhance::analysis {

namespace {

const int kSizes[] = {1, 2, 3, 4, 6, 9, 12, 18};
// Trial fits stay fast below this many dense states per Fz block and this Σ d³ over the blocks
// (what one evaluation's dense products cost); a move that couples beyond them is not worth its
// time in an automatic search. Nine coupled 1 H groups (Σ d³ 5.3e6) pass; four ring protons and
// two CH joined to two CH3 (block 196, Σ d³ 2.3e7: ibuprofen at 90 MHz, 7 s a trial of a 30 s
// budget) do not. No evaluation truth comes near: the largest is eight coupled 1 H groups (7.4e5).
constexpr std::uint64_t kMaxTrialBlock = 200;
constexpr std::uint64_t kMaxTrialCubes = 6'000'000;
// Held couplings above this (ortho, vicinal) are the first a move sets free: the spectrum shows
// them best.
constexpr double kFreedAboveHz = 3.0;
constexpr double kFreedRingBandHz = 2.0; // see freeHeldMoves
// AA' twins of a ring a free fit has pulled apart by less than this are still the ring's.
constexpr double kBrokenTwinPpm = 0.01;
// Multiplet regions closer than this were cut from one stretch of signal.
constexpr double kTouchingGapHz = 1.0;
// A ring's AA' whose J to B and to B' a fit left closer than this is A2B2 (see alikeTwins).
constexpr double kRingAlikeHz = 0.5;

} // namespace

bool affordable(const SpinSystem& system, double fieldMHz) {
    const WeakCouplingRule weak = FitOptions{}.weakCoupling;
    for (const std::vector<std::size_t>& component : couplingComponents(system)) {
        std::vector<int> counts;
        std::size_t pairs = 0;
        for (std::size_t a : component) {
            counts.push_back(system.group(a).protonCount);
            for (std::size_t b : component)
                if (a < b && system.couplingHz(a, b) != 0.0) ++pairs;
        }
        const std::vector<int> subclusters =
            fieldMHz > 0.0 ? fitSubclusters(system, component, fieldMHz, weak) : std::vector<int>{};
        const ClusterSize size =
            fitClusterSize(counts, pairs, component.size() + pairs, subclusters);
        if (size.largestBlock > kMaxTrialBlock || size.blockCubes > kMaxTrialCubes) return false;
    }
    return true;
}

namespace {

std::string formatPpm(double ppm) {
    std::ostringstream out;
    out.precision(3);
    out << std::fixed << ppm;
    return out.str();
}

Move moveFrom(const Hypothesis& best, SpinSystem system, const std::string& origin,
              std::vector<std::size_t> touched) {
    Move move;
    move.start.system = std::move(system);
    move.start.line = best.line;
    move.start.origin = origin;
    move.groupsTouched = std::move(touched);
    return move;
}

const MultipletReading* readingOf(const Evidence& evidence, double shiftPpm) {
    const int r = regionOf(evidence, shiftPpm);
    return r < 0 ? nullptr : &evidence.multiplets[std::size_t(r)];
}

// Whether the multiplet region at `shiftPpm` was cut from a neighbour's (no baseline between):
// its outer lines may then lie in the neighbour, and its read width is only a lower bound.
bool regionIsCut(const Evidence& evidence, double shiftPpm) {
    const int r = regionOf(evidence, shiftPpm);
    if (r < 0 || evidence.fieldMHz <= 0) return false;
    const double touchingPpm = kTouchingGapHz / evidence.fieldMHz;
    const auto& regions = evidence.regions;
    const std::size_t k = std::size_t(r);
    return (k > 0 && regions[k].fromPpm - regions[k - 1].toPpm < touchingPpm) ||
           (k + 1 < regions.size() && regions[k + 1].fromPpm - regions[k].toPpm < touchingPpm);
}

// A group of n protons split by J from the partner: its multiplet is at least n_partner·J wide,
// less the two outer lines of a septet or nonet, which often hide in the noise (1 : 6 : 15 …).
// A region cut from its neighbours may hide one more line pair in them (the isopropyl CH nonet
// of ibuprofen at 60 MHz spans 40 Hz across the regions of its neighbours).
// Lines too faint for the regions' detection rule (see faintLinesPerSide) hide too.
bool widthAllows(const MultipletReading& reading, bool cut, int partnerProtons, double couplingHz,
                 double slackHz, int faintPerSide = 0) {
    const int outerPerSide = std::max(partnerProtons >= 4 ? 1 : 0, faintPerSide);
    const double hiddenHz = 2.0 * outerPerSide + (cut ? 2.0 : 0.0);
    return partnerProtons * couplingHz <= reading.widthHz + hiddenHz * couplingHz + slackHz;
}

// How many outer lines on each side of a group of `protons` split by `partnerProtons` equal
// partners are fainter than the regions' detection rule (5σ; signalregions.h): binomial weights
// of the group's area on the integrals' scale, Lorentzian tops of the typical width. Cumene's CH
// at 60 MHz (SNR 170 on the CH3 doublet) shows only the middle four of its seven lines.
int faintLinesPerSide(const Evidence& e, int protons, int partnerProtons) {
    constexpr double kDetectedSigmas = 5.0;
    const double pi = std::acos(-1.0);
    if (e.totalProtons <= 0 || !(e.moleculeArea > 0.0) || !(e.sigma > 0.0)) return 0;
    const double areaPpm = protons * e.moleculeArea / e.totalProtons;
    const double widthPpm = e.typicalFwhmHz / e.fieldMHz;
    double weight = std::ldexp(1.0, -partnerProtons); // C(n, 0) / 2^n
    int faint = 0;
    for (int k = 0; 2 * k < partnerProtons; ++k) {
        const double heightOfLine = 2.0 * areaPpm * weight / (pi * widthPpm);
        if (heightOfLine >= kDetectedSigmas * e.sigma) break;
        ++faint;
        weight *= double(partnerProtons - k) / double(k + 1); // C(n, k+1) / 2^n
    }
    return faint;
}

// Splittings both multiplets show, best agreement first, at most `keep` of them.
std::vector<double> sharedSplittings(const MultipletReading& a, const MultipletReading& b,
                                     double toleranceHz, std::size_t keep) {
    std::vector<std::pair<double, double>> shared; // (disagreement, J)
    for (double x : a.splittingCandidatesHz)
        for (double y : b.splittingCandidatesHz)
            if (std::abs(x - y) <= toleranceHz) shared.push_back({std::abs(x - y), 0.5 * (x + y)});
    std::sort(shared.begin(), shared.end());
    std::vector<double> out;
    for (const auto& [disagreement, couplingHz] : shared) {
        bool distinct = true;
        for (double c : out)
            distinct = distinct && std::abs(c - couplingHz) > toleranceHz;
        if (distinct && out.size() < keep) out.push_back(couplingHz);
    }
    return out;
}

int neighbourSize(int protons, int direction) {
    const int* position = std::find(std::begin(kSizes), std::end(kSizes), protons);
    const std::ptrdiff_t k = (position - std::begin(kSizes)) + direction;
    if (position == std::end(kSizes) || k < 0 || k >= std::ptrdiff_t(std::size(kSizes))) return 0;
    return kSizes[k];
}

int nearestSize(double protons) {
    int best = 1;
    for (int size : kSizes)
        if (std::abs(size - protons) < std::abs(best - protons)) best = size;
    return best;
}

// Each group of `size` protons whose multiplet lies away from `toPpm` moved there, its couplings
// kept; where the region there reads as one broad line, also uncoupled and as broad as that line
// (an exchanging NH or OH: drawn sharp, the fit had put its proton where the spectrum is flat).
void relocateMoves(const Hypothesis& best, const Evidence& evidence, double toPpm, int size,
                   std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    const double broadExtraHz = broadLineExtraHz(evidence, toPpm);
    for (std::size_t g = 0; g < s.size(); ++g) {
        if (s.group(g).protonCount != size || std::abs(s.group(g).shiftPpm - toPpm) < 0.05)
            continue;
        SpinSystem system = s;
        system.group(g).shiftPpm = toPpm;
        const std::string origin = "move " + s.group(g).label + " to " + formatPpm(toPpm) + " ppm";
        moves.push_back(moveFrom(best, relabelByShift(system), origin, {g}));
        if (!(broadExtraHz > 0.0)) continue;
        for (std::size_t j = 0; j < system.size(); ++j)
            if (j != g) system.setCouplingHz(g, j, 0.0);
        system.group(g).extraWidthHz = broadExtraHz;
        moves.push_back(moveFrom(best, relabelByShift(system), origin + " as a broad line", {g}));
    }
}

// Adding a group (or, with the given protons all placed, moving one) where `area` of signal is
// unexplained, its tallest residual at `atPpm`.
void addGroupMovesAt(const Hypothesis& best, const Evidence& evidence, double area, double atPpm,
                     std::vector<Move>& moves) {
    const double protonArea = evidence.moleculeArea / evidence.totalProtons;
    // A given proton count is a fact: a group is added only while protons are missing; with all
    // of them placed, a group of the missing size moves there instead (a start that put the
    // aldehyde proton at 10.2 ppm where the spectrum is flat and its line is at 9.6: too far for
    // the fit's gradient to pull).
    if (evidence.protonsGiven && best.system.protonCount() >= evidence.totalProtons) {
        relocateMoves(best, evidence, atPpm, nearestSize(area / protonArea), moves);
        return;
    }
    for (int size : {nearestSize(area / protonArea), 1}) {
        SpinSystem system = best.system;
        system.group(system.addGroup(atPpm, size)).extraWidthHz = broadLineExtraHz(evidence, atPpm);
        moves.push_back(
            moveFrom(best, relabelByShift(system),
                     "add " + std::to_string(size) + " H near " + formatPpm(atPpm) + " ppm", {}));
        if (size == 1) break;
    }
}

// The contiguous stretch with the largest unexplained positive area; where to add a group. Also
// the next largest where its tallest residual is a broad line's (an exchanging NH beside a water
// hump: the hump's area is larger, the NH's misfit the deeper).
void addGroupMoves(const Hypothesis& best, const Evidence& evidence, const ScoringContext& context,
                   std::vector<Move>& moves) {
    const FitResult& fit = best.fit;
    if (fit.measured.empty() || evidence.totalProtons <= 0) return;
    const double protonArea = evidence.moleculeArea / evidence.totalProtons;
    std::vector<std::pair<double, double>> unexplained; // area, ppm of the tallest residual
    for (const SignalRegion& region : evidence.spans) {
        double area = 0.0, peak = 0.0, peakPpm = region.centroidPpm;
        for (std::size_t i = region.firstIndex; i <= region.lastIndex && i < fit.measured.size();
             ++i) {
            const double r = (fit.measured[i] - fit.fitted[i]) * context.data.weight[i];
            area += std::max(0.0, r) * context.data.grid.stepPpm();
            if (r > peak) {
                peak = r;
                peakPpm = context.data.grid.ppmAt(i);
            }
        }
        if (peak > 8.0 * context.sigma && area >= 0.3 * protonArea)
            unexplained.emplace_back(area, peakPpm);
    }
    std::sort(unexplained.rbegin(), unexplained.rend());
    for (std::size_t k = 0; k < unexplained.size() && k < 2; ++k)
        if (k == 0 || broadLineExtraHz(evidence, unexplained[k].second) > 0.0)
            addGroupMovesAt(best, evidence, unexplained[k].first, unexplained[k].second, moves);
}

// The ring template of `ring` as a move's start: relabelled by shift, its couplings held.
Move ringMove(const Hypothesis& best, const TemplateStart& ring, const std::string& origin,
              std::vector<std::size_t> touched) {
    Move move = moveFrom(best, relabelByShift(ring.system), origin, std::move(touched));
    move.start.heldCouplings = relabelledHeld(ring.system, heldLabels(ring));
    move.heldGiven = true;
    return move;
}

// Groups i and j (2 H each) replaced by an AA'BB' ring with these couplings; the other groups
// keep theirs.
Move aaBbRingMove(const Hypothesis& best, const SpinSystem& s, std::size_t i, std::size_t j,
                  const AaBbCouplings& couplings, const std::string& origin) {
    TemplateStart ring;
    std::vector<std::size_t> index(s.size(), 0);
    for (std::size_t k = 0; k < s.size(); ++k)
        if (k != i && k != j) {
            index[k] = ring.system.addGroup(s.group(k).shiftPpm, s.group(k).protonCount);
            ring.system.group(index[k]).extraWidthHz = s.group(k).extraWidthHz;
        }
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            if (a != i && a != j && b != i && b != j && s.couplingHz(a, b) != 0.0)
                ring.system.setCouplingHz(index[a], index[b], s.couplingHz(a, b));
    addAaBbRing(ring, s.group(i).shiftPpm, s.group(j).shiftPpm, couplings);
    return ringMove(best, ring, origin, {i, j});
}

// The ring held at its template couplings and, for a ring the template does not describe (a
// furan's couplings are not a thiophene's), the same ring free.
void pushAaBbRingMoves(const Hypothesis& best, const SpinSystem& s, std::size_t i, std::size_t j,
                       const std::vector<AaBbCouplings>& choices, const std::string& origin,
                       std::vector<Move>& moves) {
    for (const AaBbCouplings& couplings : choices) {
        Move held = aaBbRingMove(best, s, i, j, couplings, origin);
        Move free = held;
        free.start.heldCouplings.clear();
        free.start.origin += ", J free";
        moves.push_back(std::move(held));
        moves.push_back(std::move(free));
    }
}

// A benzene ring with this ortho J; below 6.5 Hz a five-membered heteroaromatic ring instead
// (a thiophene with this H2-H3 J, and a furan).
std::vector<AaBbCouplings> ringCouplings(double vicinalHz) {
    if (vicinalHz >= 6.5) return {paraBenzeneCouplings(vicinalHz)};
    AaBbCouplings thiophene = thiopheneCouplings();
    thiophene.abHz = vicinalHz;
    return {thiophene, furanCouplings()};
}

bool aromaticPair(const SpinSystem& s, std::size_t i, std::size_t j) {
    return s.group(i).protonCount == 2 && s.group(j).protonCount == 2 &&
           s.group(i).shiftPpm > 6.0 && s.group(j).shiftPpm > 6.0;
}

// Two 2 H aromatic groups as a para-disubstituted ring's AA'BB' (magnetically inequivalent):
// from the current shifts and J when they are ortho-coupled, and from the two multiplets' centres
// and the ring splitting both show, which a misfitted A2B2 may have drifted from.
void ringMoves(const Hypothesis& best, const Evidence& evidence, std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (!aromaticPair(s, i, j)) continue;
            const std::string origin = s.group(i).label + "/" + s.group(j).label + " as AA'BB'";
            if (std::abs(s.couplingHz(i, j)) >= 5.0)
                pushAaBbRingMoves(best, s, i, j, ringCouplings(std::abs(s.couplingHz(i, j))),
                                  origin, moves);
            const MultipletReading* a = readingOf(evidence, s.group(i).shiftPpm);
            const MultipletReading* b = readingOf(evidence, s.group(j).shiftPpm);
            if (!a || !b || a == b) continue;
            // Benzene ortho J is 6.5–10 Hz; a five-membered heteroaromatic ring's vicinal J is
            // smaller (furan 1.8 and 3.3, thiophene 4.9 Hz): the largest shared one then.
            double orthoHz = 0.0, ringHz = 0.0;
            for (double couplingHz : sharedSplittings(*a, *b, 0.8, 6)) {
                if (couplingHz >= 6.5 && couplingHz <= 10.0 && orthoHz == 0.0) orthoHz = couplingHz;
                if (couplingHz >= 1.5 && couplingHz < 6.5) ringHz = std::max(ringHz, couplingHz);
            }
            if (orthoHz == 0.0) orthoHz = ringHz;
            if (orthoHz == 0.0) continue;
            SpinSystem start = s;
            start.group(i).shiftPpm = a->centrePpm;
            start.group(j).shiftPpm = b->centrePpm;
            pushAaBbRingMoves(best, start, i, j, ringCouplings(orthoHz),
                              origin + " from the multiplets", moves);
        }
}

// `s` without the groups in `removed`, the others' couplings among themselves kept: the rest of
// the molecule a template is added to.
TemplateStart othersKept(const SpinSystem& s, const std::vector<std::size_t>& removed) {
    TemplateStart rest;
    std::vector<std::size_t> index(s.size(), s.size());
    for (std::size_t k = 0; k < s.size(); ++k)
        if (std::find(removed.begin(), removed.end(), k) == removed.end()) {
            index[k] = rest.system.addGroup(s.group(k).shiftPpm, s.group(k).protonCount);
            rest.system.group(index[k]).extraWidthHz = s.group(k).extraWidthHz;
        }
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            if (index[a] < s.size() && index[b] < s.size() && s.couplingHz(a, b) != 0.0)
                rest.system.setCouplingHz(index[a], index[b], s.couplingHz(a, b));
    return rest;
}

// Aromatic groups of one multiplet holding 5 H between them, read as fewer groups (a 3 H and a
// 2 H lump): a phenyl whose protons fall within a few Hz (GISSMO bmse000413 at 60 MHz, a
// phenylalanine-like ring at 7.39, 7.34 and 7.32 ppm), or as five with the ring's shift classes
// in the wrong order (ethylbenzene at 60 MHz: ortho above meta). The ring's templates start only
// from the proposals, ranked before the aliphatic chain's right reading was there; from the
// answer that holds it, the phenyl (textbook J held) over the multiplet in each order of its
// shift classes.
void phenylFromGroupsMoves(const Hypothesis& best, const Evidence& evidence,
                           const ScoringContext& context, std::vector<Move>& moves) {
    constexpr double kAromaticPpm = 6.5;
    const SpinSystem& s = best.system;
    const std::vector<bool> inTemplate = groupsWithHeldCouplings(s, best.heldCouplings);
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        std::vector<std::size_t> lump;
        int protons = 0;
        bool free = true;
        for (std::size_t g = 0; g < s.size(); ++g)
            if (regionOf(evidence, s.group(g).shiftPpm) == int(r)) {
                lump.push_back(g);
                protons += s.group(g).protonCount;
                free = free && !inTemplate[g] && s.group(g).shiftPpm > kAromaticPpm;
            }
        if (!free || protons != 5) continue;
        const TemplateStart base = othersKept(s, lump);
        for (const TemplateStart& ring :
             monosubstitutedRingOrders(base, context.data, {evidence.regions[r]}))
            moves.push_back(ringMove(
                best, ring,
                "phenyl over the " + formatPpm(evidence.regions[r].centroidPpm) + " ppm multiplet",
                lump));
    }
}

// Free aromatic one-proton groups holding 4 H over the aromatic multiplets, one of whose
// multiplets the fit leaves misfit: a lone heteroaromatic singlet beside a trisubstituted
// benzene's three protons, in every place and ring assignment (serotonin, GISSMO bmse000757 at
// 60 MHz: greedy J-matching wires the ring wrong, and its starts fitted without the CH2-CH2's
// vicinal J are ranked by that misfit, not by the ring's). From the answer, whose rest is right.
void singletBesideThreeMoves(const Hypothesis& best, const Evidence& evidence,
                             const ScoringContext& context, std::vector<Move>& moves) {
    constexpr double kAromaticFromPpm = 6.5, kAromaticToPpm = 9.0, kMisfitChi2 = 4.0;
    const SpinSystem& s = best.system;
    const std::vector<bool> inTemplate = groupsWithHeldCouplings(s, best.heldCouplings);
    std::vector<std::size_t> ring;
    std::vector<SignalRegion> regions;
    bool misfit = false;
    for (std::size_t g = 0; g < s.size(); ++g) {
        if (s.group(g).shiftPpm <= kAromaticFromPpm || s.group(g).shiftPpm >= kAromaticToPpm)
            continue;
        const int r = regionOf(evidence, s.group(g).shiftPpm);
        if (inTemplate[g] || s.group(g).protonCount != 1 || r < 0) return;
        ring.push_back(g);
        misfit =
            misfit || multipletChi2(s.group(g).shiftPpm, best.fit, context, evidence) > kMisfitChi2;
        const SignalRegion& region = evidence.regions[std::size_t(r)];
        if (std::none_of(regions.begin(), regions.end(),
                         [&](const SignalRegion& x) { return x.firstIndex == region.firstIndex; }))
            regions.push_back(region);
    }
    if (ring.size() != 4 || !misfit) return;
    std::sort(regions.begin(), regions.end(),
              [](const SignalRegion& a, const SignalRegion& b) { return a.fromPpm < b.fromPpm; });
    for (const TemplateStart& start :
         singletBesideThreeVariants(othersKept(s, ring), context.data, regions))
        moves.push_back(moveFrom(best, relabelByShift(start.system),
                                 "aromatic singlet beside three ring protons", ring));
}

// A CH2-CH2 (two coupled 2 H aliphatic groups) as AA'XX': in a chain the two vicinal J differ
// (the rotamers are not equally populated; Pretsch, 1H tables: 4-10 Hz), which adds lines to
// the two triplets of A2X2. The start parts them by kVicinalSpreadHz about the fitted J: at
// equal J the spectrum is even in their difference, so a fit starting there could not part them.
void methyleneChainMoves(const Hypothesis& best, std::vector<Move>& moves) {
    constexpr double kVicinalSpreadHz = 1.5, kGeminalHz = -13.0;
    const SpinSystem& s = best.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double couplingHz = s.couplingHz(i, j);
            if (s.group(i).protonCount != 2 || s.group(j).protonCount != 2 ||
                std::abs(couplingHz) < 3.0 || s.group(i).shiftPpm > 6.0 ||
                s.group(j).shiftPpm > 6.0)
                continue;
            const double sign = couplingHz > 0.0 ? 1.0 : -1.0;
            const AaBbCouplings chain{couplingHz + sign * kVicinalSpreadHz, kGeminalHz, kGeminalHz,
                                      couplingHz - sign * kVicinalSpreadHz};
            Move move = aaBbRingMove(best, s, i, j, chain,
                                     s.group(i).label + "-" + s.group(j).label + " as AA'XX'");
            // The geminal J show only in weak outer lines (K = J_AA' + J_XX'): held at the
            // typical value until the spectrum pays for them (freeHeldMoves); the rest's held
            // couplings stay held.
            std::vector<std::string> held =
                carriedHeld(best.system, best.heldCouplings, move.start.system);
            for (const std::string& pair : move.start.heldCouplings) {
                std::size_t a = 0, b = 0;
                if (indicesOf(move.start.system, pair, a, b) &&
                    move.start.system.couplingHz(a, b) == kGeminalHz)
                    held.push_back(pair);
            }
            move.start.heldCouplings = held;
            moves.push_back(std::move(move));
        }
}

// Half the difference of a CH2's two vicinal J beside a stereocentre: anti 8-12 and gauche 2-4 Hz
// (Pretsch 2009, 1H tables), about 3.5 Hz for a preferred rotamer.
constexpr double kDeceptiveSpreadHz = 3.5;

// A CH2 beside a stereocentre (a CH coupled to it) has two protons at different shifts, an AB
// whose geminal J (sp3: -12 to -15 Hz, Pretsch) and two unequal vicinal J make the lines one
// 2 H group cannot (2-butanol's, 3-hydroxybutanoate's CH2 next to CH-O). The twins start 6 or
// 16 Hz apart, the vicinal J parted by kVicinalSpreadHz (a fit starting at equal J cannot part
// them); the even split (splitMoves) lacks the geminal J that ties the AB together.
void diastereotopicMoves(const Hypothesis& best, const Evidence& evidence,
                         std::vector<Move>& moves) {
    constexpr double kVicinalSpreadHz = 1.5, kAliphaticToPpm = 4.5;
    const SpinSystem& s = best.system;
    for (std::size_t g = 0; g < s.size(); ++g) {
        if (s.group(g).protonCount != 2 || s.group(g).shiftPpm > kAliphaticToPpm) continue;
        bool besideMethine = false;
        for (std::size_t k = 0; k < s.size(); ++k)
            besideMethine = besideMethine || (k != g && s.group(k).protonCount == 1 &&
                                              std::abs(s.couplingHz(g, k)) >= 3.0);
        if (!besideMethine) continue;
        // Nearly isochronous too, the vicinal J parted widely: a deceptively simple ABX, whose X
        // shows a triplet at the mean J and whose AB one doublet (bmse000316's CH2 0.5 Hz apart
        // at 60 MHz, J 10.4 and 2.8 Hz read as 6.6 and 6.6); either proton the larger J.
        for (const auto& [apartHz, partHz] :
             {std::pair{6.0, kVicinalSpreadHz}, std::pair{16.0, kVicinalSpreadHz},
              std::pair{0.5, kDeceptiveSpreadHz}, std::pair{0.5, -kDeceptiveSpreadHz}}) {
            SpinSystem system = s;
            const double ppm = s.group(g).shiftPpm;
            system.group(g).protonCount = 1;
            system.group(g).shiftPpm = ppm + 0.5 * apartHz / evidence.fieldMHz;
            const std::size_t twin = system.addGroup(ppm - 0.5 * apartHz / evidence.fieldMHz, 1);
            system.setCouplingHz(g, twin, kSp3GeminalHz);
            for (std::size_t k = 0; k < s.size(); ++k) {
                const double couplingHz = s.couplingHz(g, k);
                if (k == g || couplingHz == 0.0) continue;
                const double spreadHz =
                    std::abs(couplingHz) >= 3.0 ? (couplingHz > 0.0 ? 1.0 : -1.0) * partHz : 0.0;
                system.setCouplingHz(g, k, couplingHz + spreadHz);
                system.setCouplingHz(twin, k, couplingHz - spreadHz);
            }
            moves.push_back(moveFrom(best, relabelByShift(system),
                                     "diastereotopic " + s.group(g).label +
                                         (apartHz < 1.0 ? ", nearly isochronous" : ""),
                                     {g}));
        }
    }
}

// A 2 H group whose multiplet shows four lines and nothing else is an isolated AB read as one
// group: the quartet's closed form gives both protons back. Outer spacing J = f1 - f2 = f3 - f4
// and width W = f1 - f4 give Δν = sqrt(W (W - 2J)) (any NMR text; the AB has no other solution).
// Each of the reading's splittings below W / 2 within the geminal range is tried as J (sp3 ²J
// -10 to -22 Hz, Pretsch 2009; smaller splittings of four lines are first-order couplings to
// other groups: a CH2 of an ABX before J-matching links it). The even split (splitMoves) has no
// J to tie the AB together, and two singlets at its inner lines gain too little to be accepted
// (GISSMO Maybridge 09_A08 at 60 MHz: a 2 H singlet on one inner line of a 21 Hz geminal AB).
void abQuartetMoves(const Hypothesis& best, const Evidence& evidence, std::vector<Move>& moves) {
    constexpr double kAliphaticToPpm = 4.5, kGeminalFromHz = 10.0, kGeminalToHz = 22.0;
    const SpinSystem& s = best.system;
    for (std::size_t g = 0; g < s.size(); ++g) {
        if (s.group(g).protonCount != 2 || s.group(g).shiftPpm > kAliphaticToPpm) continue;
        const MultipletReading* reading = readingOf(evidence, s.group(g).shiftPpm);
        if (!reading || reading->lines != 4) continue;
        bool coupled = false;
        for (std::size_t k = 0; k < s.size(); ++k)
            coupled = coupled || (k != g && s.couplingHz(g, k) != 0.0);
        if (coupled) continue;
        const double widthHz = reading->widthHz;
        for (double jHz : reading->splittingCandidatesHz) {
            if (jHz < kGeminalFromHz || jHz > kGeminalToHz || 2.0 * jHz >= widthHz) continue;
            const double deltaHz = std::sqrt(widthHz * (widthHz - 2.0 * jHz));
            SpinSystem system = s;
            system.group(g).protonCount = 1;
            system.group(g).shiftPpm = reading->centrePpm + 0.5 * deltaHz / evidence.fieldMHz;
            const std::size_t twin =
                system.addGroup(reading->centrePpm - 0.5 * deltaHz / evidence.fieldMHz, 1);
            system.setCouplingHz(g, twin, -jHz);
            moves.push_back(moveFrom(best, relabelByShift(system),
                                     s.group(g).label + " as an AB quartet, J " +
                                         std::to_string(int(std::lround(jHz))) + " Hz",
                                     {g}));
        }
    }
}

// With the molecule's proton count given, counts change only in pairs that keep the total: one
// group's proton moves to another, or two groups swap counts.
void protonTransferMoves(const Hypothesis& best, std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    auto valid = [](int n) {
        return n >= 1 && n <= 9 &&
               std::find(std::begin(kSizes), std::end(kSizes), n) != std::end(kSizes);
    };
    for (std::size_t g = 0; g < s.size(); ++g)
        for (std::size_t h = 0; h < s.size(); ++h) {
            if (g == h) continue;
            const int from = s.group(g).protonCount, to = s.group(h).protonCount;
            if (valid(from - 1) && valid(to + 1)) {
                SpinSystem system = s;
                system.group(g).protonCount = from - 1;
                system.group(h).protonCount = to + 1;
                moves.push_back(moveFrom(best, system,
                                         "1 H from " + s.group(g).label + " to " + s.group(h).label,
                                         {g, h}));
            }
            if (g < h && from != to) {
                SpinSystem system = s;
                system.group(g).protonCount = to;
                system.group(h).protonCount = from;
                moves.push_back(moveFrom(
                    best, system, s.group(g).label + " and " + s.group(h).label + " swap counts",
                    {g, h}));
            }
        }
}

// A coupled pair with even counts as two identical, independent fragments: the two ethyls of
// diethyl ether are A2X3 twice, not one A4X6 (whose CH2 would be a septet).
void twinFragmentMoves(const Hypothesis& best, std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    for (std::size_t g = 0; g < s.size(); ++g)
        for (std::size_t h = g + 1; h < s.size(); ++h) {
            const int a = s.group(g).protonCount, b = s.group(h).protonCount;
            if (s.couplingHz(g, h) == 0.0 || a % 2 != 0 || b % 2 != 0 || aromaticPair(s, g, h))
                continue; // rings: AA'BB'
            SpinSystem system = s;
            system.group(g).protonCount = a / 2;
            system.group(h).protonCount = b / 2;
            const std::size_t g2 = system.addGroup(s.group(g).shiftPpm, a / 2);
            const std::size_t h2 = system.addGroup(s.group(h).shiftPpm, b / 2);
            system.setCouplingHz(g2, h2, s.couplingHz(g, h));
            moves.push_back(moveFrom(
                best, relabelByShift(system),
                s.group(g).label + "-" + s.group(h).label + " as two identical fragments", {g, h}));
        }
}

// Halves 3 Hz apart either way, and at the outer lines of the group's multiplet when it is wider
// (two methyl singlets 10 Hz apart read as one doublet).
void splitMoves(const Hypothesis& best, const Evidence& evidence, std::vector<Move>& moves) {
    const double fieldMHz = evidence.fieldMHz;
    for (std::size_t g = 0; g < best.system.size(); ++g) {
        const int n = best.system.group(g).protonCount;
        if (n < 2 || n % 2 != 0) continue;
        std::vector<std::pair<double, double>> placesPpm; // (group, twin)
        const double ppm = best.system.group(g).shiftPpm;
        for (double offsetHz : {-3.0, 3.0})
            placesPpm.push_back({ppm, ppm + offsetHz / fieldMHz});
        const MultipletReading* reading = readingOf(evidence, ppm);
        if (reading && reading->widthHz > 6.0)
            placesPpm.push_back({reading->centrePpm + 0.5 * reading->widthHz / fieldMHz,
                                 reading->centrePpm - 0.5 * reading->widthHz / fieldMHz});
        for (const auto& [groupPpm, twinPpm] : placesPpm) {
            SpinSystem system = best.system;
            system.group(g).protonCount = n / 2;
            system.group(g).shiftPpm = groupPpm;
            const std::size_t twin = system.addGroup(twinPpm, n / 2);
            for (std::size_t k = 0; k < best.system.size(); ++k)
                if (k != g && best.system.couplingHz(g, k) != 0.0)
                    system.setCouplingHz(twin, k, best.system.couplingHz(g, k));
            moves.push_back(
                moveFrom(best, relabelByShift(system), "split " + best.system.group(g).label, {g}));
        }
    }
}

// Two groups within a few line widths as one: what a split or a template made of equivalent
// protons (the 4 H singlet of p-xylene fitted as AA'BB') goes back to the simpler reading; BIC
// decides. Couplings to the others are averaged by proton count.
SpinSystem mergedGroups(const SpinSystem& s, std::size_t g, std::size_t h) {
    SpinSystem system = s;
    const double ng = s.group(g).protonCount, nh = s.group(h).protonCount;
    system.group(g).protonCount = int(ng + nh);
    system.group(g).shiftPpm = (ng * s.group(g).shiftPpm + nh * s.group(h).shiftPpm) / (ng + nh);
    for (std::size_t k = 0; k < s.size(); ++k) {
        if (k == g || k == h) continue;
        const double jg = s.couplingHz(g, k), jh = s.couplingHz(h, k);
        const double weight = (jg != 0.0 ? ng : 0.0) + (jh != 0.0 ? nh : 0.0);
        system.setCouplingHz(g, k, weight > 0.0 ? (ng * jg + nh * jh) / weight : 0.0);
    }
    system.setCouplingHz(g, h, 0.0);
    system.removeGroup(h);
    return relabelByShift(system);
}

void mergeMoves(const Hypothesis& best, std::vector<Move>& moves, double fieldMHz) {
    constexpr double kMergeWithinHz = 12.0;
    const SpinSystem& s = best.system;
    for (std::size_t g = 0; g < s.size(); ++g)
        for (std::size_t h = g + 1; h < s.size(); ++h) {
            const int sum = s.group(g).protonCount + s.group(h).protonCount;
            if (std::abs(s.group(g).shiftPpm - s.group(h).shiftPpm) * fieldMHz > kMergeWithinHz ||
                std::find(std::begin(kSizes), std::end(kSizes), sum) == std::end(kSizes))
                continue;
            moves.push_back(moveFrom(best, mergedGroups(s, g, h),
                                     "merge " + s.group(g).label + "+" + s.group(h).label, {g, h}));
        }
}

// Groups a fit keeps tied (equal shift and proton count: the AA' of an AA'BB').
bool tiedGroups(const SpinSystem& s, std::size_t a, std::size_t b) {
    return s.group(a).protonCount == s.group(b).protonCount &&
           std::abs(s.group(a).shiftPpm - s.group(b).shiftPpm) < 1e-4;
}

// A fit keeps groups at one shift tied (one shift, mirrored J), and from a symmetric start the
// gradient never leaves the symmetry: two protons at one shift whose couplings differ (a
// monosubstituted ring whose meta protons see their para neighbour at 7.9 and 6.4 Hz, GISSMO
// bmse000290) stay averaged and misfit. Where their multiplet misfits, the tie is broken: the
// pair a fifth of a Hz apart, each partner's J 0.5 Hz up on one and down on the other. The BIC
// keeps the extra parameters only where the spectrum shows them (a true AA'BB' fits without).
void untieMoves(const Hypothesis& best, const std::vector<bool>& misfit, double fieldMHz,
                std::vector<Move>& moves) {
    constexpr double kApartHz = 0.2, kCouplingStepHz = 0.5;
    const SpinSystem& s = best.system;
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b) {
            if (!tiedGroups(s, a, b) || !misfit[a]) continue;
            SpinSystem system = s;
            system.group(a).shiftPpm += 0.5 * kApartHz / fieldMHz;
            system.group(b).shiftPpm -= 0.5 * kApartHz / fieldMHz;
            bool coupled = false;
            for (std::size_t x = 0; x < s.size(); ++x) {
                if (x == a || x == b || (s.couplingHz(a, x) == 0.0 && s.couplingHz(b, x) == 0.0))
                    continue;
                system.setCouplingHz(a, x, s.couplingHz(a, x) + kCouplingStepHz);
                system.setCouplingHz(b, x, s.couplingHz(b, x) - kCouplingStepHz);
                coupled = true;
            }
            if (!coupled) continue;
            moves.push_back(
                moveFrom(best, system, "untie " + s.group(a).label + "/" + s.group(b).label, {}));
        }
}

// Long-range couplings (allylic, geminal =CH2, meta) of 1–2 Hz barely split a 1 Hz line, so no
// multiplet reading offers them; where two uncoupled groups keep a misfit well above the noise, a
// small J between them is tried and the fit finds its value.
void smallCouplingMoves(const Hypothesis& best, const Evidence& evidence,
                        const ScoringContext& context, std::vector<Move>& moves) {
    constexpr double kMisfitChi2 = 4.0, kStartHz = 1.5;
    const SpinSystem& s = best.system;
    if (best.fit.measured.empty()) return;
    std::vector<bool> misfit(s.size());
    for (std::size_t g = 0; g < s.size(); ++g)
        misfit[g] = multipletChi2(s.group(g).shiftPpm, best.fit, context, evidence) > kMisfitChi2;
    untieMoves(best, misfit, evidence.fieldMHz, moves);
    // One misfit multiplet is enough: a 1.3 Hz J splits a sharp aldehyde doublet visibly but
    // only broadens its partner's septet lines.
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if ((!misfit[i] && !misfit[j]) || s.couplingHz(i, j) != 0.0) continue;
            const std::string pair = s.group(i).label + "-" + s.group(j).label;
            SpinSystem system = s;
            system.setCouplingHz(i, j, kStartHz);
            moves.push_back(moveFrom(best, system, "J " + pair + " long-range", {}));
        }
}

// Groups i and j as `copies` identical, independent fragments coupled by J (an AnXm that is
// really k × A(n/k)X(m/k)); the other groups keep their couplings to the first copy.
SpinSystem asIdenticalFragments(const SpinSystem& s, std::size_t i, std::size_t j, int copies,
                                double couplingHz) {
    SpinSystem system = s;
    const int ni = s.group(i).protonCount / copies, nj = s.group(j).protonCount / copies;
    system.group(i).protonCount = ni;
    system.group(j).protonCount = nj;
    system.setCouplingHz(i, j, couplingHz);
    for (int copy = 1; copy < copies; ++copy) {
        const std::size_t i2 = system.addGroup(s.group(i).shiftPpm, ni),
                          j2 = system.addGroup(s.group(j).shiftPpm, nj);
        system.setCouplingHz(i2, j2, couplingHz);
    }
    return relabelByShift(system);
}

// The fewest identical copies (2 or 3) whose multiplets fit the two readings' widths; 0 if none.
int identicalCopies(const MultipletReading& a, const MultipletReading& b, int ni, int nj,
                    double couplingHz, double slackHz) {
    for (int copies : {2, 3})
        if (ni % copies == 0 && nj % copies == 0 &&
            widthAllows(a, false, nj / copies, couplingHz, slackHz) &&
            widthAllows(b, false, ni / copies, couplingHz, slackHz))
            return copies;
    return 0;
}

// A move that changes J(i, j) of a symmetric system changes its mirror images too (J(i', j') that
// equalled it between the same tied groups), or the fit loses the symmetry: thiophene's AA'BB'
// with one para coupling dropped and its mirror kept.
void keepSymmetry(const SpinSystem& before, SpinSystem& after) {
    if (after.size() != before.size()) return;
    for (std::size_t g = 0; g < before.size(); ++g)
        if (after.group(g).shiftPpm != before.group(g).shiftPpm ||
            after.group(g).protonCount != before.group(g).protonCount)
            return;
    const SpinSystem changed = after;
    for (std::size_t i = 0; i < before.size(); ++i)
        for (std::size_t j = i + 1; j < before.size(); ++j) {
            const double was = before.couplingHz(i, j), now = changed.couplingHz(i, j);
            if (now == was) continue;
            for (std::size_t k = 0; k < before.size(); ++k)
                for (std::size_t l = k + 1; l < before.size(); ++l) {
                    const bool mirror = (tiedGroups(before, i, k) && tiedGroups(before, j, l)) ||
                                        (tiedGroups(before, i, l) && tiedGroups(before, j, k));
                    if (mirror && (k != i || l != j) && before.couplingHz(k, l) == was &&
                        changed.couplingHz(k, l) == was)
                        after.setCouplingHz(k, l, now);
                }
        }
}

// Two one-proton groups below 5 ppm (sp3) that may be a CH2's diastereotopic protons: 2J is
// -10 to -16 Hz there (Pretsch 2009), vicinal 3J positive.
bool geminalCandidates(const SpinSystem& s, std::size_t i, std::size_t j) {
    return s.group(i).protonCount == 1 && s.group(j).protonCount == 1 &&
           s.group(i).shiftPpm < 5.0 && s.group(j).shiftPpm < 5.0 &&
           std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) < 0.5;
}

bool geminalPair(const SpinSystem& s, std::size_t i, std::size_t j) {
    return geminalCandidates(s, i, j) && std::abs(s.couplingHz(i, j)) >= 10.0;
}

bool shareAPartner(const SpinSystem& s, std::size_t i, std::size_t j) {
    for (std::size_t k = 0; k < s.size(); ++k)
        if (k != i && k != j && s.couplingHz(i, k) != 0.0 && s.couplingHz(j, k) != 0.0) return true;
    return false;
}

// Whether group g has a partner coupled by a vicinal-sized J (3 Hz or more).
bool vicinallyCoupled(const SpinSystem& s, std::size_t g) {
    for (std::size_t k = 0; k < s.size(); ++k)
        if (k != g && std::abs(s.couplingHz(g, k)) >= 3.0) return true;
    return false;
}

// Two uncoupled one-proton groups that are the inner lines of a strongly coupled AB: a CH2's
// geminal 2J (-12 to -22 Hz next to a carbonyl or an aromatic ring; Pretsch 2009) about its Δν
// throws most intensity onto the two inner lines, its faint outer lines far outside (GISSMO
// Maybridge 09_A08 at 60 MHz: J -21.4 Hz, Δν 27.6 Hz, the inner lines 13.5 Hz apart read as
// two singlets, the outer ones 0.47 ppm out). From the AB's closed form (D = √(Δν² + J²),
// lines at ±(D ± |J|)/2) inner lines d apart mean D = d + |J|, so Δν = √(d² + 2d|J|) for a
// trial J. Only a pair with no vicinal partner: an isolated CH2 (between quaternary centres)
// shows nothing but its AB, and trials on every pair of a split multiplet cost the search its
// budget (Maybridge 10_C05 at 90 MHz lost).
void innerLineGeminalMoves(const Hypothesis& best, std::size_t i, std::size_t j, double fieldMHz,
                           std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    if (vicinallyCoupled(s, i) || vicinallyCoupled(s, j)) return;
    const double innerHz = std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) * fieldMHz;
    // Closer inner lines are the nearly isochronous pair geminalMoves starts at its shifts.
    if (fieldMHz <= 0.0 || innerHz < 2.0) return;
    const double centrePpm = 0.5 * (s.group(i).shiftPpm + s.group(j).shiftPpm);
    const double sign = s.group(i).shiftPpm > s.group(j).shiftPpm ? 1.0 : -1.0;
    for (double geminalHz : {-12.0, -16.0, -20.0}) {
        const double halfPpm =
            0.5 * std::sqrt(innerHz * innerHz + 2.0 * innerHz * std::abs(geminalHz)) / fieldMHz;
        SpinSystem system = s;
        system.group(i).shiftPpm = centrePpm + sign * halfPpm;
        system.group(j).shiftPpm = centrePpm - sign * halfPpm;
        system.setCouplingHz(i, j, geminalHz);
        moves.push_back(moveFrom(best, system,
                                 "J " + s.group(i).label + "-" + s.group(j).label + " geminal " +
                                     std::to_string(int(geminalHz)) + " Hz at the inner lines",
                                 {}));
    }
}

// Two nearly isochronous CH2 protons (under 3 Hz apart) coupled alike (within 1 Hz) to a
// partner: a deceptively simple ABX, the partner's triplet at their mean J. At equal J the
// spectrum is nearly even in their difference, and the search parts them only rounds later, when
// its budget allows (bmse000316 at 90 MHz: 6.69 and 6.51 Hz for 10.4 and 2.8 after 30 s, parted
// only with 60 s). `withGeminal` (the pair's 2J set) is also started with that partner's two J
// parted by kDeceptiveSpreadHz each way.
void deceptiveAbxMoves(const Hypothesis& best, std::size_t i, std::size_t j,
                       const SpinSystem& withGeminal, double fieldMHz, std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    if (std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) * fieldMHz > 3.0) return;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const double a = s.couplingHz(i, k), b = s.couplingHz(j, k);
        if (k == i || k == j || std::abs(a) < 3.0 || std::abs(a - b) > 1.0) continue;
        const double meanHz = 0.5 * (a + b);
        for (double partHz : {kDeceptiveSpreadHz, -kDeceptiveSpreadHz}) {
            SpinSystem system = withGeminal;
            system.setCouplingHz(i, k, meanHz + partHz);
            system.setCouplingHz(j, k, meanHz - partHz);
            moves.push_back(moveFrom(best, system,
                                     "J " + s.group(i).label + "-" + s.group(j).label +
                                         " geminal, " + s.group(k).label + "'s J to them parted",
                                     {}));
        }
    }
}

// Diastereotopic CH2 protons a few tenths of a Hz apart at 60 MHz show their -12 Hz 2J only in
// the second-order pattern their shared partners see (bmse000291's C3 protons: an A2-like pair
// fitted without it, its partners' J off by 0.4-0.8 Hz to make up): no multiplet reading shows
// it, so the pair is given a typical one to start from; pairs further apart also as an AB's
// inner lines (innerLineGeminalMoves).
void geminalMoves(const Hypothesis& best, double fieldMHz, std::vector<Move>& moves) {
    constexpr double kGeminalHz = -14.0;
    const SpinSystem& s = best.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (s.couplingHz(i, j) != 0.0 || !geminalCandidates(s, i, j)) continue;
            innerLineGeminalMoves(best, i, j, fieldMHz, moves);
            if (!shareAPartner(s, i, j)) continue;
            SpinSystem system = s;
            system.setCouplingHz(i, j, kGeminalHz);
            moves.push_back(moveFrom(
                best, system, "J " + s.group(i).label + "-" + s.group(j).label + " geminal", {}));
            deceptiveAbxMoves(best, i, j, system, fieldMHz, moves);
        }
}

// Meta and para J between aromatic protons are positive (Pretsch 2009); aromatic and =CH2
// protons part at about this shift.
constexpr double kAromaticFromPpm = 6.5;

bool bothAromatic(const SpinSystem& s, std::size_t i, std::size_t j) {
    return s.group(i).shiftPpm > kAromaticFromPpm && s.group(j).shiftPpm > kAromaticFromPpm;
}

// Long-range couplings (allylic 4J, =CH2 geminal) are often negative, vicinal ones positive. A
// first-order spectrum shows only |J|, but where the groups are strongly coupled the relative
// sign moves lines, and a fit started at the wrong sign stays there, its |J| off to compensate
// (crotonaldehyde's allylic -1.6 Hz fitted as +1.2 Hz at 60 MHz). So does a CH2's geminal 2J
// against its CH neighbour's vicinal 3J where that neighbour is not weakly coupled to the pair
// (an ABC more than an ABX: Δν/J about 10 at 60 MHz; with X truly weak only J_AX against J_BX
// shows): fitted with the vicinals' sign, the fit settles in another minimum, the vicinal J about
// 1 Hz off (bmse000327: 3.96 and 9.26 Hz for 4.79 and 8.47). Held couplings stay.
void signFlipMoves(const Hypothesis& best, std::vector<Move>& moves) {
    constexpr double kLongRangeHz = 3.0;
    const SpinSystem& s = best.system;
    const std::vector<std::string>& held = best.heldCouplings;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double couplingHz = s.couplingHz(i, j);
            const std::string pair = s.group(i).label + "-" + s.group(j).label;
            const bool aromatic = bothAromatic(s, i, j);
            // Meta and para J between aromatic protons are positive: only a negative one (the
            // fit's mirror of the right answer; aspirin's meta J at -2.3 Hz) is flipped.
            if (couplingHz == 0.0 || (aromatic && couplingHz > 0.0) ||
                (std::abs(couplingHz) >= kLongRangeHz && !geminalPair(s, i, j) && !aromatic) ||
                heldPair(held, s, i, j))
                continue;
            SpinSystem system = s;
            system.setCouplingHz(i, j, -couplingHz);
            moves.push_back(moveFrom(best, system, "J " + pair + " sign flipped", {}));
        }
    // A group's allylic 4J to both =CH2 protons share a sign, and against a strongly coupled
    // pair only the sign relative to the pair's other couplings shows: one flip alone fits worse
    // than neither (allyl alcohol's CH2O at 60 MHz: -1.6 and -1.4 Hz fitted as +1.2 and +1.3).
    for (std::size_t k = 0; k < s.size(); ++k) {
        SpinSystem system = s;
        int flipped = 0;
        for (std::size_t j = 0; j < s.size(); ++j) {
            const double couplingHz = s.couplingHz(k, j);
            if (j == k || couplingHz == 0.0 || std::abs(couplingHz) >= kLongRangeHz ||
                bothAromatic(s, k, j) || heldPair(held, s, k, j))
                continue;
            system.setCouplingHz(k, j, -couplingHz);
            ++flipped;
        }
        if (flipped >= 2)
            moves.push_back(moveFrom(best, system,
                                     "long-range J of " + s.group(k).label + " signs flipped", {}));
    }
}

// Which of two roofed olefinic CH protons a third group couples to is what greedy J-matching
// gets wrong (crotonaldehyde at 60 MHz: the CH3's 6.8 Hz put on H-2 and its 1.6 Hz on H-3, with
// J(H-2, H-3) read as 7.8 Hz). Each such third group's two couplings exchanged, with the pair's
// own J kept or set trans or cis in the same move: no one of these changes alone fits better.
void partnerSwapMoves(const Hypothesis& best, std::size_t i, std::size_t j,
                      std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    for (std::size_t k = 0; k < s.size(); ++k) {
        // The third group outside the olefinic range (a CH3, a CHO): swapping couplings among
        // the protons of one ring or vinyl would multiply the moves and is what the ring and
        // vinyl templates' orders are for.
        const double ppm = s.group(k).shiftPpm;
        if (k == i || k == j || (ppm > 4.5 && ppm < 8.0) ||
            std::abs(s.couplingHz(k, i) - s.couplingHz(k, j)) < 1.0)
            continue;
        SpinSystem swapped = s;
        swapped.setCouplingHz(k, i, s.couplingHz(k, j));
        swapped.setCouplingHz(k, j, s.couplingHz(k, i));
        const std::string origin = s.group(k).label + " couples to " + s.group(i).label + "/" +
                                   s.group(j).label + " the other way round";
        for (double couplingHz : {0.0, 15.5, 10.5}) {
            // Already trans (cis): the "kept" variant is that move.
            if (couplingHz > 0.0 && std::abs(std::abs(s.couplingHz(i, j)) - couplingHz) < 2.0)
                continue;
            SpinSystem system = swapped;
            if (couplingHz > 0.0) system.setCouplingHz(i, j, couplingHz);
            moves.push_back(moveFrom(best, system,
                                     couplingHz == 0.0   ? origin
                                     : couplingHz > 13.0 ? origin + ", trans alkene"
                                                         : origin + ", cis alkene",
                                     {}));
        }
    }
}

// Two olefinic CH protons sharing a partner may be a vinyl's =CH2 (geminal J about 1.5 Hz;
// Pretsch, 1H tables). Fitted from a vinyl template's quantile shifts, allyl alcohol's =CH2 at
// 60 MHz (0.14 ppm apart, under the CH's 17 and 10 Hz lines) settles as a strongly coupled AB
// 0.36 ppm apart with J 24 Hz, whose two intense inner lines sit where the true shifts are; a
// small J at the same shifts does not reach them in a quick fit. So the pair is tried with the
// small J both at its shifts and, where |J| exceeds Δν, at its inner lines: the centre
// ± (C − |J|)/2 with C = √(Δν² + J²), the AB quartet's closed form (the shifts' order
// kept, so no label changes). Only a pair already coupled by a J that is no geminal one is tried.
void vinylGeminalMoves(const Hypothesis& best, std::size_t i, std::size_t j, double fieldMHz,
                       std::vector<Move>& moves) {
    constexpr double kGeminalAlkeneHz = 1.5;
    const SpinSystem& s = best.system;
    const double couplingHz = std::abs(s.couplingHz(i, j));
    if (std::abs(couplingHz - kGeminalAlkeneHz) < 2.0) return;
    const std::string name = "J " + s.group(i).label + "-" + s.group(j).label + " geminal alkene";
    SpinSystem kept = s;
    kept.setCouplingHz(i, j, kGeminalAlkeneHz);
    moves.push_back(moveFrom(best, kept, name, {}));
    const double deltaHz = std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) * fieldMHz;
    if (fieldMHz <= 0.0 || couplingHz <= deltaHz) return;
    const double innerHalfPpm = 0.5 * (std::hypot(deltaHz, couplingHz) - couplingHz) / fieldMHz;
    const double centrePpm = 0.5 * (s.group(i).shiftPpm + s.group(j).shiftPpm);
    const bool iHigher = s.group(i).shiftPpm > s.group(j).shiftPpm;
    SpinSystem inner = kept;
    inner.group(i).shiftPpm = centrePpm + (iHigher ? innerHalfPpm : -innerHalfPpm);
    inner.group(j).shiftPpm = centrePpm - (iHigher ? innerHalfPpm : -innerHalfPpm);
    moves.push_back(moveFrom(best, inner, name + " at the inner lines", {}));
}

// Two olefinic CH protons (4.5–8 ppm) coupled trans (about 15.5 Hz) or cis (about 10.5 Hz;
// Pretsch, 1H tables): when their Δν is a few J, roofing hides the outer lines and no multiplet
// reading shows the large splitting (crotonaldehyde at 60 MHz), so both are tried; two that share
// a partner below the aromatic range also as a vinyl's =CH2 (vinylGeminalMoves).
// A ring template's protons (those with a held coupling) are aromatic, not olefinic. A proton
// with an ortho J (6-9.5 Hz, Pretsch) to another proton in the aromatic range is likely aromatic
// too once the template's J are set free (an alkene CH couples to its olefinic partners by
// 10-18 Hz): its pairs are still tried, as a large J the greedy search may need on its way, but
// last in the round. Trying every pair of a freed ring as an alkene first spent the budget of
// eight aromatic protons (GISSMO Maybridge 10_B07 at 90 MHz: about 60 such trials a round, the
// budget gone before the long-range J the answer lacked was tried).
void olefinicMoves(const Hypothesis& best, double fieldMHz, std::vector<Move>& moves) {
    constexpr double kOrthoFromHz = 6.0, kOrthoToHz = 9.5, kRingToPpm = 8.5;
    const SpinSystem& s = best.system;
    const std::vector<bool> inRing = groupsWithHeldCouplings(s, best.heldCouplings);
    const auto aromaticRange = [&](std::size_t g) {
        return s.group(g).shiftPpm > kAromaticFromPpm && s.group(g).shiftPpm < kRingToPpm;
    };
    std::vector<bool> orthoCoupled(s.size(), false);
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double couplingHz = std::abs(s.couplingHz(i, j));
            if (aromaticRange(i) && aromaticRange(j) && couplingHz >= kOrthoFromHz &&
                couplingHz <= kOrthoToHz)
                orthoCoupled[i] = orthoCoupled[j] = true;
        }
    auto olefinicCh = [&](std::size_t g) {
        return s.group(g).protonCount == 1 && s.group(g).shiftPpm > 4.5 &&
               s.group(g).shiftPpm < 8.0 && !inRing[g];
    };
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (!olefinicCh(i) || !olefinicCh(j)) continue;
            const std::string pair = s.group(i).label + "-" + s.group(j).label;
            for (double couplingHz : {15.5, 10.5}) {
                if (std::abs(std::abs(s.couplingHz(i, j)) - couplingHz) < 2.0) continue;
                SpinSystem system = s;
                system.setCouplingHz(i, j, couplingHz);
                moves.push_back(moveFrom(
                    best, system, "J " + pair + (couplingHz > 13.0 ? " trans" : " cis") + " alkene",
                    {}));
                moves.back().last = orthoCoupled[i] || orthoCoupled[j];
            }
            // =CH2 protons resonate below the aromatic range (4.5-6.5 ppm; Pretsch, 1H tables).
            if (shareAPartner(s, i, j) && s.group(i).shiftPpm < kAromaticFromPpm &&
                s.group(j).shiftPpm < kAromaticFromPpm)
                vinylGeminalMoves(best, i, j, fieldMHz, moves);
            partnerSwapMoves(best, i, j, moves);
        }
}

// The two AA' pairs (1 H groups at one shift each, above 6 ppm) of para-disubstituted rings,
// also where a free fit has pulled a pair a little apart (the search's J moves break the ring's
// symmetry, and a restart mends it).
std::vector<std::array<std::size_t, 4>> aaBbRings(const SpinSystem& s) {
    std::vector<std::pair<std::size_t, std::size_t>> twins;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.group(i).protonCount == 1 && s.group(j).protonCount == 1 &&
                s.group(i).shiftPpm > 6.0 &&
                std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) < kBrokenTwinPpm)
                twins.push_back({i, j});
    std::vector<std::array<std::size_t, 4>> rings;
    for (std::size_t p = 0; p < twins.size(); ++p)
        for (std::size_t q = p + 1; q < twins.size(); ++q) {
            const auto [a, a2] = twins[p];
            const auto [b, b2] = twins[q];
            if (s.couplingHz(a, b) != 0.0 || s.couplingHz(a, b2) != 0.0)
                rings.push_back({a, a2, b, b2});
        }
    return rings;
}

// An AA'BB' fit at Δν/J near 1 has several local optima with ortho, meta and para J traded
// against each other; these restart a ring from the textbook couplings (ortho 8.0, meta 2.3,
// para 0.4 Hz) at its fitted shifts and at closer and wider ones about their centre.
void ringRestartMoves(const Hypothesis& best, std::vector<Move>& moves) {
    const SpinSystem& s = best.system;
    for (const auto& ring : aaBbRings(s)) {
        const double shiftA = s.group(ring[0]).shiftPpm, shiftB = s.group(ring[2]).shiftPpm;
        const double centre = 0.5 * (shiftA + shiftB), sign = shiftA > shiftB ? 1.0 : -1.0;
        const TemplateStart rest = othersKept(s, {ring.begin(), ring.end()});
        for (double halfPpm : {-1.0, 0.03, 0.06, 0.1}) {
            TemplateStart start = rest;
            const double a = halfPpm < 0 ? shiftA : centre + sign * halfPpm;
            const double b = halfPpm < 0 ? shiftB : centre - sign * halfPpm;
            addAaBbRing(start, a, b, paraBenzeneCouplings(8.0));
            Move held =
                ringMove(best, start,
                         "ring " + s.group(ring[0]).label + "/" + s.group(ring[2]).label +
                             " from textbook J at " + formatPpm(a) + "/" + formatPpm(b) + " ppm",
                         {ring.begin(), ring.end()});
            // Its ortho J free as well: one move, as the greedy search would not take two.
            Move orthoFree = held;
            orthoFree.start.heldCouplings =
                heldBelow(held.start.system, held.start.heldCouplings, kFreedAboveHz);
            orthoFree.start.origin += ", ortho J free";
            moves.push_back(std::move(held));
            moves.push_back(std::move(orthoFree));
        }
    }
}

// A strongly coupled lump of diastereotopic CH2 protons (two geminal pairs or more in one
// multiplet, each pair's J below kGeminalBelowHz) has optima that trade its geminal and vicinal J
// against each other, as a ring's do (GISSMO bmse000419 at 60 MHz: four CH2 protons within 9 Hz,
// J up to 20 Hz, answered with a vicinal J of 14.8 Hz where the truth has 2.1 and one of -4.5
// for 18.1, rms 1 % above the truth's; from textbook J the fit reaches the truth). This restarts
// the lump from textbook values (sp3 geminal -14, vicinal 7 Hz; Pretsch 2009), all free: each
// pair's J geminal, each other J of a lump proton of 2 Hz or more vicinal; smaller long-range J
// are kept.
void methyleneLumpRestartMoves(const Hypothesis& best, const Evidence& evidence,
                               std::vector<Move>& moves) {
    constexpr double kGeminalBelowHz = -8.0, kGeminalHz = -14.0, kVicinalHz = 7.0;
    constexpr double kLongRangeHz = 2.0, kAliphaticToPpm = 4.5;
    const SpinSystem& s = best.system;
    std::vector<int> region(s.size());
    for (std::size_t g = 0; g < s.size(); ++g)
        region[g] = regionOf(evidence, s.group(g).shiftPpm);
    std::vector<std::tuple<double, std::size_t, std::size_t>> candidates;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.group(i).protonCount == 1 && s.group(j).protonCount == 1 &&
                s.group(i).shiftPpm < kAliphaticToPpm && s.group(j).shiftPpm < kAliphaticToPpm &&
                s.couplingHz(i, j) <= kGeminalBelowHz && region[i] >= 0 && region[i] == region[j])
                candidates.emplace_back(s.couplingHz(i, j), i, j);
    std::sort(candidates.begin(), candidates.end()); // the most negative first
    std::vector<std::size_t> partner(s.size(), s.size());
    std::map<int, std::vector<std::size_t>> lumps; // region -> its paired groups
    for (const auto& [couplingHz, i, j] : candidates) {
        if (partner[i] < s.size() || partner[j] < s.size()) continue;
        partner[i] = j;
        partner[j] = i;
        lumps[region[i]].insert(lumps[region[i]].end(), {i, j});
    }
    for (const auto& [r, lump] : lumps) {
        if (lump.size() < 4) continue;
        SpinSystem system = s;
        for (std::size_t g : lump)
            for (std::size_t k = 0; k < s.size(); ++k)
                if (k == partner[g])
                    system.setCouplingHz(g, k, kGeminalHz);
                else if (k != g && std::abs(s.couplingHz(g, k)) >= kLongRangeHz)
                    system.setCouplingHz(g, k, kVicinalHz);
        moves.push_back(moveFrom(best, system,
                                 "methylene lump at " +
                                     formatPpm(evidence.regions[std::size_t(r)].centroidPpm) +
                                     " ppm from textbook J",
                                 lump));
    }
}

// Held template couplings set free, the large (vicinal) ones first: kept only where the spectrum
// pays for the parameters, i.e. where it shows the molecule's own values. Each freed ortho J
// stays within kFreedRingBandHz of its textbook value: substituents move a benzene's ortho J over
// 6.5-9 Hz (Pretsch 2009). Where the ring is one lump the fit buys a slightly lower BIC with any
// J (toluene at 60 MHz: its 7.6 Hz ortho J fitted as 3.2 and 5.3 Hz); the textbook ring is then
// the better answer than an impossible one. Meta and para J are not held to a band: a quick fit
// passes through odd values of those on its way to the right ones (ethylbenzene at 90 MHz).
void freeHeldMoves(const Hypothesis& best, std::vector<Move>& moves) {
    if (best.heldCouplings.empty()) return;
    const std::vector<std::string> small =
        heldBelow(best.system, best.heldCouplings, kFreedAboveHz);
    const std::vector<std::vector<std::string>> choices =
        small.size() < best.heldCouplings.size() && !small.empty()
            ? std::vector<std::vector<std::string>>{small, {}}
            : std::vector<std::vector<std::string>>{{}};
    for (const std::vector<std::string>& held : choices) {
        Move move =
            moveFrom(best, best.system,
                     held.empty() ? "textbook J set free" : "vicinal textbook J set free", {});
        move.start.heldCouplings = held;
        move.heldGiven = true;
        for (const std::string& pair : best.heldCouplings) {
            std::size_t a = 0, b = 0;
            if (std::find(held.begin(), held.end(), pair) != held.end() ||
                !indicesOf(best.system, pair, a, b))
                continue;
            const double textbookHz = best.system.couplingHz(a, b);
            if (textbookHz < kFreedAboveHz) continue;
            move.bands.push_back(
                {a, b, textbookHz - kFreedRingBandHz, textbookHz + kFreedRingBandHz});
        }
        moves.push_back(std::move(move));
    }
}

// Groups i and j at one shift with as many protons, coupled alike to every other (hasAlikeTwins).
bool alikeTwins(const SpinSystem& s, std::size_t i, std::size_t j) {
    if (std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) >= kTwinShiftPpm ||
        s.group(i).protonCount != s.group(j).protonCount)
        return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
        if (k == i || k == j) continue;
        const double toI = std::abs(s.couplingHz(i, k)), toJ = std::abs(s.couplingHz(j, k));
        const double allowedHz = std::max(kRingAlikeHz, 0.25 * std::max(toI, toJ));
        if (std::abs(s.couplingHz(i, k) - s.couplingHz(j, k)) > allowedHz) return false;
    }
    return true;
}

// Chemistry the spectrum alone can hardly show: two ortho-coupled 2 H aromatic doublets are a
// para-disubstituted ring, whose AA'BB' differs from A2B2 only in weak lines at high Δν/J. And
// protons at one shift are mostly so by symmetry (kSymmetryPriorBic), or a symmetric answer's
// small misfit elsewhere buys an asymmetric one (thiophene at 90 MHz, its ring J one wrong,
// untied at ΔBIC -16).
double priorBonus(const Move& move, const Hypothesis& trial) {
    if (move.start.origin.rfind("untie ", 0) == 0) return -kSymmetryPriorBic;
    if (move.start.origin.find("AA'BB'") == std::string::npos) return 0.0;
    // A ring fit that came back with its AA' coupling alike to B and B' is A2B2 again with
    // more parameters, no para ring: no bonus for it (the literature set's ibuprofen at 90 MHz,
    // A2B2 by 20, took an AA'BB' at 8.27 and 7.63 Hz).
    return trial.fitted && hasAlikeTwins(trial.system) ? 0.0 : 60.0;
}

// Protons the system puts in each multiplet region against what the region's integral says,
// summed beyond a tolerance of 0.5 H plus 10 % (baseline and overlapping tails). A group between
// regions counts in the nearest one.
double integralExcess(const SpinSystem& s, const Evidence& e) {
    if (e.totalProtons <= 0 || !(e.moleculeArea > 0.0) || e.regions.empty()) return 0.0;
    const double perProton = e.moleculeArea / e.totalProtons;
    std::vector<double> model(e.regions.size(), 0.0);
    for (std::size_t g = 0; g < s.size(); ++g)
        model[nearestRegion(e, s.group(g).shiftPpm)] += s.group(g).protonCount;
    double excess = 0.0;
    for (std::size_t r = 0; r < e.regions.size(); ++r) {
        const double measured = e.regions[r].integral / perProton;
        excess += std::max(0.0, std::abs(model[r] - measured) - (0.5 + 0.1 * measured));
    }
    return excess;
}

} // namespace

bool hasAlikeTwins(const SpinSystem& s) {
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (alikeTwins(s, i, j)) return true;
    return false;
}

int implausibleCouplings(const SpinSystem& s) {
    constexpr double kLowestAromaticHz = -1.0; // below zero by more than a fit's error
    // |J| above 10 Hz is geminal, trans-olefinic or anti-vicinal: protons of one kind, never
    // 4 ppm apart (Pretsch 2009; the largest across 4 ppm in our literature set is ethyl
    // crotonate's H3-CH3, 6.9 Hz at 5.1 ppm, and an aldehyde's to its alpha CH is 1-3 Hz).
    constexpr double kFarApartPpm = 4.0, kLargestFarHz = 10.0;
    // Above 6.5 ppm only an alkene partner (cis or trans) is coupled by more than 11 Hz; ortho J
    // in benzenes stay under 10 (Pretsch 2009). A proton there has at most one such partner
    // there: so in every one of GISSMO's 1342 fitted systems (18 such pairs, none sharing a
    // proton), while a free ring fit at 60 MHz can trade its lines into 11-17 Hz J on one proton.
    constexpr double kLargestSecondSp2Hz = 11.0;
    // The largest J between two sp2 protons is ethylene's trans 19.1 Hz (Pretsch 2009); GISSMO's
    // largest above 6.5 ppm is 19.4 Hz (bmse000359). More is an AB the fit read from its inner
    // lines alone (Maybridge 02_F03 at 60 MHz: 24.8 Hz for 1.8 Hz).
    constexpr double kLargestSp2Hz = 20.0;
    // A vicinal J (5 Hz and more between sp2 protons: ortho, cis, trans) needs H-C-C-H; an
    // aromatic or olefinic CH has two carbon neighbours, so at most two such partners above 6.5
    // ppm (none of GISSMO's 1342 systems has a third, as a check). A free ring fit at 60 MHz can
    // spread one lump's lines over J to every other ring proton (ethylbenzene: 11, 9 and 5 Hz).
    constexpr double kVicinalSp2Hz = 5.0;
    constexpr int kMostVicinalSp2Partners = 2;
    int count = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        int largeSp2 = 0, vicinalSp2 = 0;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (j == i || !bothAromatic(s, i, j)) continue;
            largeSp2 += std::abs(s.couplingHz(i, j)) > kLargestSecondSp2Hz;
            vicinalSp2 += std::abs(s.couplingHz(i, j)) >= kVicinalSp2Hz;
        }
        count += std::max(0, largeSp2 - 1) + std::max(0, vicinalSp2 - kMostVicinalSp2Partners);
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double couplingHz = s.couplingHz(i, j);
            const bool farApart =
                std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) > kFarApartPpm;
            count += (bothAromatic(s, i, j) &&
                      (couplingHz < kLowestAromaticHz || std::abs(couplingHz) > kLargestSp2Hz)) ||
                     (farApart && std::abs(couplingHz) > kLargestFarHz);
        }
    }
    return count;
}

bool withinBands(const Move& move, const SpinSystem& system, std::string* why) {
    for (const Move::CouplingBand& band : move.bands) {
        if (band.a >= system.size() || band.b >= system.size()) continue;
        const double couplingHz = system.couplingHz(band.a, band.b);
        if (couplingHz >= band.minHz && couplingHz <= band.maxHz) continue;
        if (why) {
            std::ostringstream text;
            text.precision(2);
            text << std::fixed << "J " << system.group(band.a).label << "-"
                 << system.group(band.b).label << " left its physical range (" << couplingHz
                 << " Hz outside " << band.minHz << " to " << band.maxHz << " Hz)";
            *why = text.str();
        }
        return false;
    }
    return true;
}

// Two aliphatic groups inside one multiplet share no splitting J-matching could read (it links
// different multiplets): their vicinal J starts at a typical 7 Hz (Pretsch 2009; two CH2 of a ring
// 0.4 ppm apart at 60 MHz), too far from a long-range 1.5 Hz for the fit's gradient. Offered with
// the J-matching, not after it: a strongly coupled CH2-CH2 (A2B2, one multiplet) otherwise has its
// lines "explained" first by links to other multiplets that happen to share their spacings.
void vicinalInOneMultipletMoves(const Hypothesis& best, const Evidence& evidence,
                                std::vector<Move>& moves) {
    constexpr double kVicinalStartHz = 7.0;
    constexpr double kAliphaticToPpm = 4.5; // below the olefinic range
    const SpinSystem& s = best.system;
    std::vector<const MultipletReading*> aliphaticReading(s.size(), nullptr);
    for (std::size_t g = 0; g < s.size(); ++g)
        if (s.group(g).shiftPpm <= kAliphaticToPpm)
            aliphaticReading[g] = readingOf(evidence, s.group(g).shiftPpm);
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (s.couplingHz(i, j) != 0.0 || !aliphaticReading[i] ||
                aliphaticReading[i] != aliphaticReading[j])
                continue;
            SpinSystem system = s;
            system.setCouplingHz(i, j, kVicinalStartHz);
            moves.push_back(moveFrom(best, system,
                                     "J " + s.group(i).label + "-" + s.group(j).label +
                                         " vicinal in one multiplet",
                                     {}));
        }
}

std::vector<Move> couplingMoves(const Hypothesis& best, const Evidence& evidence) {
    std::vector<Move> moves;
    freeHeldMoves(best, moves);
    olefinicMoves(best, evidence.fieldMHz, moves);
    signFlipMoves(best, moves);
    geminalMoves(best, evidence.fieldMHz, moves);
    for (PairingStart& start : geminalPairingStarts(best.system))
        moves.push_back(moveFrom(best, std::move(start.system), start.origin, start.groups));
    ringRestartMoves(best, moves);
    methyleneLumpRestartMoves(best, evidence, moves);
    vicinalInOneMultipletMoves(best, evidence, moves);
    const SpinSystem& s = best.system;
    const double toleranceHz = std::max(0.6, 0.8 * evidence.typicalFwhmHz);
    const double slackHz = 2.0 * evidence.typicalFwhmHz + 1.0;
    // A ring template's proton has only ring carbons for neighbours: its J outside the ring are
    // 4J or longer (benzylic, under 1 Hz; Pretsch, 1H tables), which smallCouplingMoves offers.
    // The ortho splitting its multiplet shows is no link to an aliphatic multiplet split alike
    // (ibuprofen at 60 MHz: its CH2 doublet linked to a ring proton at 7.0 Hz, not to its CH).
    const std::vector<bool> aromatic = aromaticTemplateGroups(s, best.heldCouplings);
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const MultipletReading* a = readingOf(evidence, s.group(i).shiftPpm);
            const MultipletReading* b = readingOf(evidence, s.group(j).shiftPpm);
            if (!a || !b || a == b || aromatic[i] != aromatic[j]) continue;
            if (s.couplingHz(i, j) != 0.0) {
                // A J the greedy search linked may be the wrong one of the splittings both show.
                for (double couplingHz : sharedSplittings(*a, *b, toleranceHz, 3)) {
                    if (std::abs(couplingHz - std::abs(s.couplingHz(i, j))) < 1.0) continue;
                    SpinSystem system = s;
                    system.setCouplingHz(i, j, std::copysign(couplingHz, s.couplingHz(i, j)));
                    std::ostringstream origin;
                    origin.precision(2);
                    origin << std::fixed << "J " << s.group(i).label << "-" << s.group(j).label
                           << " to " << couplingHz << " Hz";
                    moves.push_back(moveFrom(best, system, origin.str(), {}));
                }
                continue;
            }
            const int ni = s.group(i).protonCount, nj = s.group(j).protonCount;
            const bool aCut = regionIsCut(evidence, s.group(i).shiftPpm);
            const bool bCut = regionIsCut(evidence, s.group(j).shiftPpm);
            for (double couplingHz : sharedSplittings(*a, *b, toleranceHz, 3)) {
                std::ostringstream origin;
                origin.precision(2);
                origin << std::fixed << "J " << s.group(i).label << "-" << s.group(j).label << " = "
                       << couplingHz << " Hz";
                if (widthAllows(*a, aCut, nj, couplingHz, slackHz,
                                faintLinesPerSide(evidence, ni, nj)) &&
                    widthAllows(*b, bCut, ni, couplingHz, slackHz,
                                faintLinesPerSide(evidence, nj, ni))) {
                    SpinSystem system = s;
                    system.setCouplingHz(i, j, couplingHz);
                    moves.push_back(moveFrom(best, system, origin.str(), {}));
                } else if (aromaticPair(s, i, j) && couplingHz >= 5.0) {
                    // Two ortho-coupled 2 H aromatic doublets: a para-disubstituted ring.
                    pushAaBbRingMoves(best, s, i, j, {paraBenzeneCouplings(couplingHz)},
                                      origin.str() + ", AA'BB'", moves);
                } else if (const int copies =
                               identicalCopies(*a, *b, ni, nj, couplingHz, slackHz)) {
                    // The multiplets are too narrow for one A(n)X(m) but fit identical copies
                    // (the two ethyls of diethyl ether, the three of triethylamine).
                    moves.push_back(moveFrom(
                        best, asIdenticalFragments(s, i, j, copies, couplingHz),
                        origin.str() + ", " + std::to_string(copies) + " identical fragments",
                        {i, j}));
                }
            }
        }
    return moves;
}

// Two identical fragments (tied twins a/a' and x/x', J a-x = J a'-x', none across) whose J is a
// coincidence: on each side two lines as far apart as a splitting, which J-matching linked and
// the integrals then doubled (GISSMO bmse000061 at 60 MHz: a purine's two singlets 7.1 Hz apart
// and a ribose's two CH 8.0 Hz apart read as one 7.3 Hz J, twice). Each twin pair parted by that
// J, the pairs uncoupled; the twins' other couplings kept for the fit to tell apart.
void twinSplittingAsShiftMoves(const Hypothesis& best, double fieldMHz, std::vector<Move>& moves) {
    constexpr double kSameHz = 1e-3;
    const SpinSystem& s = best.system;
    std::vector<std::pair<std::size_t, std::size_t>> twins;
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            if (tiedGroups(s, a, b)) twins.push_back({a, b});
    auto same = [](double x, double y) { return std::abs(x - y) < kSameHz; };
    for (std::size_t p = 0; p < twins.size(); ++p)
        for (std::size_t q = p + 1; q < twins.size(); ++q) {
            const auto [a, a2] = twins[p];
            auto [x, x2] = twins[q];
            if (s.couplingHz(a, x) == 0.0) std::swap(x, x2);
            const double couplingHz = s.couplingHz(a, x);
            if (couplingHz == 0.0 || !same(s.couplingHz(a2, x2), couplingHz) ||
                s.couplingHz(a, x2) != 0.0 || s.couplingHz(a2, x) != 0.0)
                continue;
            const double halfPpm = 0.5 * std::abs(couplingHz) / fieldMHz;
            SpinSystem system = s;
            system.setCouplingHz(a, x, 0.0);
            system.setCouplingHz(a2, x2, 0.0);
            for (const auto& [g, sign] : {std::pair{a, 1.0}, {a2, -1.0}, {x, 1.0}, {x2, -1.0}})
                system.group(g).shiftPpm += sign * halfPpm;
            moves.push_back(moveFrom(best, relabelByShift(system),
                                     s.group(a).label + "-" + s.group(x).label +
                                         " twice as two shift differences",
                                     {a, a2, x, x2}));
        }
}

// Whether swapping the groups of each pair maps every J of `s` onto one of about its size (both
// zero, or within kMirrorHz or a fifth of the larger).
bool mirroredUnder(const SpinSystem& s, const std::vector<std::size_t>& swapped) {
    constexpr double kMirrorHz = 1.0, kMirrorFraction = 0.2;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double a = s.couplingHz(i, j), b = s.couplingHz(swapped[i], swapped[j]);
            if ((a == 0.0) != (b == 0.0)) return false;
            if (std::abs(a - b) >
                std::max(kMirrorHz, kMirrorFraction * std::max(std::abs(a), std::abs(b))))
                return false;
        }
    return true;
}

// The permutation of `size` groups that swaps each pair of `pairs` picked by `mask`; empty where
// two picked pairs share a group.
std::vector<std::size_t> pairSwap(const std::vector<std::pair<std::size_t, std::size_t>>& pairs,
                                  unsigned mask, std::size_t size) {
    std::vector<std::size_t> swapped(size);
    std::iota(swapped.begin(), swapped.end(), 0);
    for (std::size_t p = 0; p < pairs.size(); ++p) {
        if (!(mask & (1u << p))) continue;
        const auto [a, b] = pairs[p];
        if (swapped[a] != a || swapped[b] != b) return {};
        swapped[a] = b;
        swapped[b] = a;
    }
    return swapped;
}

// Nearly isochronous groups a free fit left apart whose couplings mirror each other once each
// pair is swapped: a symmetric molecule's chain (GISSMO bmse000957 at 90 MHz, an adipate: the
// inner CH2 protons 0.4 Hz apart, each J to the other CH2 matched crosswise within 0.7 Hz). Tied,
// each pair is one shift and each mirrored J one parameter, which the BIC keeps where the
// spectrum does not ask for the difference (no search move removes one parameter at a time).
void mirrorTieMoves(const Hypothesis& best, double fieldMHz, std::vector<Move>& moves) {
    constexpr double kNearHz = 1.0;
    constexpr std::size_t kMaxPairs = 4;
    const SpinSystem& s = best.system;
    std::vector<std::pair<std::size_t, std::size_t>> near;
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            if (s.group(a).protonCount == s.group(b).protonCount &&
                std::abs(s.group(a).shiftPpm - s.group(b).shiftPpm) * fieldMHz < kNearHz)
                near.push_back({a, b});
    if (near.empty() || near.size() > kMaxPairs) return;
    std::vector<unsigned> mirrors; // pair subsets, one untied at least, that keep the couplings
    for (unsigned mask = 1; mask < (1u << near.size()); ++mask) {
        bool untied = false;
        for (std::size_t p = 0; p < near.size(); ++p)
            untied =
                untied || ((mask & (1u << p)) && !tiedGroups(s, near[p].first, near[p].second));
        const std::vector<std::size_t> swapped = pairSwap(near, mask, s.size());
        if (untied && !swapped.empty() && mirroredUnder(s, swapped)) mirrors.push_back(mask);
    }
    for (unsigned mask : mirrors) {
        if (std::any_of(mirrors.begin(), mirrors.end(),
                        [&](unsigned other) { return other != mask && (other & mask) == mask; }))
            continue; // only the largest symmetries
        const std::vector<std::size_t> swapped = pairSwap(near, mask, s.size());
        SpinSystem system = s;
        std::vector<std::size_t> touched;
        std::string names;
        for (std::size_t p = 0; p < near.size(); ++p) {
            if (!(mask & (1u << p))) continue;
            const auto [a, b] = near[p];
            const double meanPpm = 0.5 * (s.group(a).shiftPpm + s.group(b).shiftPpm);
            system.group(a).shiftPpm = system.group(b).shiftPpm = meanPpm;
            touched.insert(touched.end(), {a, b});
            names += (names.empty() ? "" : ", ") + s.group(a).label + "/" + s.group(b).label;
        }
        for (std::size_t i = 0; i < s.size(); ++i)
            for (std::size_t j = i + 1; j < s.size(); ++j)
                system.setCouplingHz(
                    i, j, 0.5 * (s.couplingHz(i, j) + s.couplingHz(swapped[i], swapped[j])));
        moves.push_back(moveFrom(best, system, "tie " + names + " as mirror images", touched));
    }
}

namespace {

// Four free 1 H aromatic groups that fill one multiplet, or two multiplets two each, and nothing
// else there: a para-disubstituted ring's protons, ordered by shift, its AA' and BB' pairs.
std::vector<std::array<std::size_t, 4>> fourRingProtons(const Hypothesis& best,
                                                        const Evidence& evidence) {
    constexpr double kAromaticPpm = 6.0;
    const SpinSystem& s = best.system;
    const std::vector<bool> held = groupsWithHeldCouplings(s, best.heldCouplings);
    std::map<int, std::vector<std::size_t>> byRegion;
    for (std::size_t g = 0; g < s.size(); ++g) {
        const int r = regionOf(evidence, s.group(g).shiftPpm);
        if (r >= 0) byRegion[r].push_back(g);
    }
    const auto freeRingProton = [&](std::size_t g) {
        return s.group(g).protonCount == 1 && s.group(g).shiftPpm > kAromaticPpm && !held[g];
    };
    std::vector<std::vector<std::size_t>> lumps;
    for (const auto& [region, groups] : byRegion)
        if (std::all_of(groups.begin(), groups.end(), freeRingProton) &&
            (groups.size() == 2 || groups.size() == 4))
            lumps.push_back(groups);
    std::vector<std::array<std::size_t, 4>> rings;
    const auto add = [&](std::vector<std::size_t> g) {
        std::sort(g.begin(), g.end(), [&](std::size_t x, std::size_t y) {
            return s.group(x).shiftPpm > s.group(y).shiftPpm;
        });
        rings.push_back({g[0], g[1], g[2], g[3]});
    };
    for (std::size_t p = 0; p < lumps.size(); ++p) {
        if (lumps[p].size() == 4) add(lumps[p]);
        for (std::size_t q = p + 1; q < lumps.size(); ++q)
            if (lumps[p].size() == 2 && lumps[q].size() == 2)
                add({lumps[p][0], lumps[p][1], lumps[q][0], lumps[q][1]});
    }
    return rings;
}

} // namespace

// A para-disubstituted ring's four protons read back as an A2B2: each AA' pair one 2 H group at
// its mean shift, their J the mean of the pairs' cross J where that is an ortho-like 5 Hz or more,
// else the textbook ortho 8 Hz. A fit started from the AA'BB' template over a magnetically
// equivalent A2B2 (literature ibuprofen at 60 MHz, rendered A2B2 with J 8.0 Hz) settles in an
// AA'BB' optimum with ortho, meta and para J traded (12.9, -11.1, 7.8 Hz), 1110 BIC worse than the
// A2B2 it cannot reach: only merging both pairs at once does. Where the spectrum shows the
// AA'BB', the BIC keeps it. A ring proton's J to the substituents are 4J or longer, under 1 Hz
// (Pretsch, 1H tables): larger ones the free fit hung on it are not carried.
std::vector<Move> ringAsA2B2Moves(const Hypothesis& best, const Evidence& evidence) {
    std::vector<Move> moves;
    constexpr double kOrthoLikeHz = 5.0, kOrthoHz = 8.0, kBenzylicMaxHz = 1.0;
    const SpinSystem& s = best.system;
    std::vector<std::array<std::size_t, 4>> rings = aaBbRings(s);
    for (const auto& ring : fourRingProtons(best, evidence)) {
        const auto same = [&](const std::array<std::size_t, 4>& r) {
            return std::is_permutation(r.begin(), r.end(), ring.begin());
        };
        if (std::none_of(rings.begin(), rings.end(), same)) rings.push_back(ring);
    }
    for (const auto& ring : rings) {
        // Each new group takes the mean of its pair; the others keep their places.
        std::vector<std::vector<std::size_t>> members;
        SpinSystem system;
        for (std::size_t k = 0; k < s.size(); ++k) {
            if (k == ring[1] || k == ring[3]) continue;
            const std::size_t twin = k == ring[0] ? ring[1] : k == ring[2] ? ring[3] : k;
            const bool pair = twin != k;
            const double shiftPpm =
                pair ? 0.5 * (s.group(k).shiftPpm + s.group(twin).shiftPpm) : s.group(k).shiftPpm;
            const std::size_t g = system.addGroup(shiftPpm, pair ? 2 : s.group(k).protonCount);
            system.group(g).extraWidthHz = s.group(k).extraWidthHz;
            members.push_back(pair ? std::vector<std::size_t>{k, twin}
                                   : std::vector<std::size_t>{k});
        }
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                double sumHz = 0.0;
                for (std::size_t a : members[x])
                    for (std::size_t b : members[y])
                        sumHz += s.couplingHz(a, b);
                const double meanHz = sumHz / double(members[x].size() * members[y].size());
                const int pairs = int(members[x].size() == 2) + int(members[y].size() == 2);
                if (pairs == 2)
                    system.setCouplingHz(x, y,
                                         std::abs(meanHz) >= kOrthoLikeHz ? meanHz : kOrthoHz);
                else if (pairs == 0 || std::abs(meanHz) <= kBenzylicMaxHz)
                    system.setCouplingHz(x, y, meanHz);
            }
        moves.push_back(moveFrom(best, relabelByShift(system),
                                 "ring " + s.group(ring[0]).label + s.group(ring[1]).label + "/" +
                                     s.group(ring[2]).label + s.group(ring[3]).label + " read A2B2",
                                 {ring.begin(), ring.end()}));
    }
    return moves;
}

std::vector<Move> topologyMoves(const Hypothesis& best, const Evidence& evidence,
                                const ScoringContext& context) {
    std::vector<Move> moves;
    // First: a tie removes parameters no other move can, and past the budget only the round's
    // first trials are fitted.
    mirrorTieMoves(best, evidence.fieldMHz, moves);
    const SpinSystem& s = best.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (s.couplingHz(i, j) == 0.0) continue;
            SpinSystem system = s;
            system.setCouplingHz(i, j, 0.0);
            moves.push_back(
                moveFrom(best, system, "drop J " + s.group(i).label + "-" + s.group(j).label, {}));
        }
    if (evidence.protonsGiven) protonTransferMoves(best, moves);
    for (std::size_t g = 0; g < s.size(); ++g) {
        for (int direction : evidence.protonsGiven ? std::vector<int>{} : std::vector<int>{-1, 1}) {
            const int size = neighbourSize(s.group(g).protonCount, direction);
            if (size == 0 || size > 9) continue; // 12 and 18 H groups come only from integrals
            SpinSystem system = s;
            system.group(g).protonCount = size;
            moves.push_back(moveFrom(best, system,
                                     s.group(g).label + " as " + std::to_string(size) + " H", {g}));
        }
        if (s.size() > 1) {
            SpinSystem system = s;
            system.removeGroup(g);
            moves.push_back(
                moveFrom(best, relabelByShift(system), "drop " + s.group(g).label, {g}));
        }
    }
    addGroupMoves(best, evidence, context, moves);
    splitMoves(best, evidence, moves);
    abQuartetMoves(best, evidence, moves);
    mergeMoves(best, moves, evidence.fieldMHz);
    smallCouplingMoves(best, evidence, context, moves);
    ringMoves(best, evidence, moves);
    phenylFromGroupsMoves(best, evidence, context, moves);
    singletBesideThreeMoves(best, evidence, context, moves);
    methyleneChainMoves(best, moves);
    diastereotopicMoves(best, evidence, moves);
    twinFragmentMoves(best, moves);
    twinSplittingAsShiftMoves(best, evidence.fieldMHz, moves);
    return moves;
}

Hypothesis searchMoves(const ScoringContext& context, const Evidence& evidence, Hypothesis best,
                       const SearchOptions& options, bool topology,
                       std::vector<Hypothesis>* lastRound, std::vector<Move>* lastMoves,
                       const ProgressCallback& progress, const CancelFlag* cancel) {
    for (int round = 0;; ++round) {
        throwIfCancelled(cancel);
        // Past the work budget no move is accepted; but when the caller wants the last round's
        // trials (the competitors behind the confidences) they are still fitted, up to the
        // evidence budget: those left unfitted are counted, and deny the answer's confidence.
        bool evidenceOnly = false;
        if (context.work && context.work->past(options.workLimit) && !(lastRound && round == 0)) {
            if (options.trail) options.trail->push_back("search stopped at its work budget");
            if (!lastRound) break;
            evidenceOnly = true;
        }
        // Every kind of move competes in every round; the J-matching phase only narrows the
        // topology moves to proton counts (a quartet needs its 3 H partner before anything else
        // makes sense).
        // A ring read back as A2B2 first: it removes parameters, and past the budget only a
        // round's first trials are fitted (literature ibuprofen at 60 MHz: 196 left unfitted).
        std::vector<Move> moves;
        if (topology) moves = ringAsA2B2Moves(best, evidence);
        for (Move& m : couplingMoves(best, evidence))
            moves.push_back(std::move(m));
        for (Move& m : topologyMoves(best, evidence, context))
            if (topology || m.start.origin.find(" as ") != std::string::npos ||
                m.start.origin.find(" H from ") != std::string::npos)
                moves.push_back(std::move(m));
        // The mirror images a move carries are part of what is fitted: affordable is judged after
        // them (triethylamine's three ethyls with one vicinal J between two CH2 become one
        // 15-proton cluster, 20 s a trial).
        for (Move& m : moves)
            keepSymmetry(best.system, m.start.system);
        // Integrals are evidence too: no move may contradict them more than the answer does (a
        // line-shape misfit can otherwise buy a lower BIC by moving protons between multiplets).
        const double excess = integralExcess(best.system, evidence) + 1e-9;
        moves.erase(std::remove_if(moves.begin(), moves.end(),
                                   [&](const Move& m) {
                                       return !affordable(m.start.system, context.data.fieldMHz) ||
                                              integralExcess(m.start.system, evidence) > excess;
                                   }),
                    moves.end());
        std::stable_partition(moves.begin(), moves.end(), [](const Move& m) { return !m.last; });
        std::vector<Hypothesis> starts;
        for (Move& m : moves) {
            if (!m.heldGiven)
                m.start.heldCouplings =
                    carriedHeld(best.system, best.heldCouplings, m.start.system);
            starts.push_back(m.start);
        }
        std::vector<Hypothesis> trials =
            fitAll(context, starts, true, options.threads, cancel,
                   evidenceOnly ? options.evidenceWorkLimit : options.workLimit);
        const int implausible = implausibleCouplings(best.system);
        for (std::size_t k = 0; k < trials.size(); ++k) {
            std::string why;
            if (trials[k].fitted && withinBands(moves[k], trials[k].system, &why) &&
                implausibleCouplings(trials[k].system) > implausible)
                why = "a J no molecule has (aromatic below -1 Hz, or above 10 Hz across 4 ppm)";
            // Neither an answer nor a rival of one (the last round's trials are the evidence
            // behind the confidences).
            if (trials[k].fitted && !why.empty()) {
                trials[k].fitted = false;
                trials[k].bic = HUGE_VAL;
                trials[k].failure = why;
            }
        }
        if (progress)
            progress({round + 1, options.maxRounds, topology ? "topology moves" : "J-matching"});
        std::size_t winner = trials.size();
        auto judged = [&](std::size_t k) {
            return trials[k].bic - priorBonus(moves[k], trials[k]);
        };
        for (std::size_t k = 0; k < trials.size(); ++k)
            if (judged(k) < best.bic - options.acceptDeltaBic &&
                (winner == trials.size() || judged(k) < judged(winner)))
                winner = k;
        if (evidenceOnly || winner == trials.size() || round >= options.maxRounds) {
            // The last round accepts nothing: its trials are the evidence against the answer's
            // competitors.
            if (lastRound) *lastRound = std::move(trials);
            if (lastMoves) *lastMoves = std::move(moves);
            return best;
        }
        // Other links that also pay, on groups the winner leaves alone, are tried at once: each
        // must still pay its margin in the joined fit.
        const auto joined = combinedWinners(best, moves, trials, winner, options.acceptDeltaBic);
        Hypothesis accepted = std::move(trials[winner]);
        if (joined && affordable(joined->start.system, context.data.fieldMHz)) {
            Hypothesis fitted = fitHypothesis(context, joined->start, true, cancel);
            if (fitted.fitted && implausibleCouplings(fitted.system) <= implausible &&
                fitted.bic < accepted.bic - joined->joined * options.acceptDeltaBic)
                accepted = std::move(fitted);
        }
        if (options.trail)
            options.trail->push_back(accepted.origin + " (ΔBIC " +
                                     std::to_string(int(accepted.bic - best.bic)) + ", " +
                                     std::to_string(trials.size()) + " trials)");
        best = std::move(accepted);
    }
    return best;
}

} // namespace spinhance::analysis

#include "analysis/spectrumanalysis.h"

#include "analysis/analysisflags.h"
#include "analysis/finalfit.h"
#include "analysis/identicalcopies.h"
#include "analysis/joinedpieces.h"
#include "analysis/proposals.h"
#include "analysis/search.h"
#include "common/error.h"
#include "fit/fitdata.h"
#include "io/textfile.h"
#include "model/modelregistry.h"
#include "processing/autoprocess.h"
#include "processing/resample.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <regex>
#include <thread>
#include <utility>

namespace spinhance::analysis {

namespace {

constexpr double kLowestPpm = -0.5, kHighestPpm = 13.5; // the ¹H window the molecule can occupy
constexpr double kMarginPpm = 0.05;

FitData prepareData(const Spectrum& processed, const AnalysisOptions& options) {
    FitData data = fitDataFromSpectrum(processed, options.fieldMHz);
    const double low = std::max(kLowestPpm, data.grid.fromPpm),
                 high = std::min(kHighestPpm, data.grid.toPpm);
    data = cropToRegion(data, low, high);
    const double peak = *std::max_element(data.intensity.begin(), data.intensity.end());
    if (!(peak > 0.0) || !std::isfinite(peak))
        throw Error(ErrorCode::InvalidInput,
                    "the spectrum holds no positive signal in the 1H window (-0.5 to 13.5 ppm)",
                    {processed.origin.path, 0, "spectrum"});
    for (double& y : data.intensity)
        y /= peak; // unit tallest line: σ and areas become comparable
    return data;
}

// The data cut down to the signal (with the regions' indices moved along), so fits render fewer
// points.
void cropToSignal(FitData& data, Evidence& evidence) {
    const double step = data.grid.stepPpm();
    const double from = std::max(data.grid.fromPpm, evidence.spans.front().fromPpm - kMarginPpm);
    const double to = std::min(data.grid.toPpm, evidence.spans.back().toPpm + kMarginPpm);
    const std::size_t first =
        std::size_t(std::max(0.0, std::ceil((from - data.grid.fromPpm) / step - 1e-9)));
    data = cropToRegion(data, from, to);
    for (std::vector<SignalRegion>* list : {&evidence.spans, &evidence.regions})
        for (SignalRegion& r : *list) {
            r.firstIndex -= first;
            r.lastIndex = std::min(r.lastIndex - first, std::size_t(data.grid.points - 1));
        }
}

// The data's tallest point within half a line width of `ppm`.
double heightAt(const FitData& data, double ppm, double fwhmHz) {
    const double step = data.grid.stepPpm();
    const long reach = std::max(1L, std::lround(0.5 * fwhmHz / data.fieldMHz / step));
    const long centre = std::lround((ppm - data.grid.fromPpm) / step);
    double height = 0.0;
    for (long i = std::max(0L, centre - reach);
         i <= std::min(long(data.grid.points) - 1, centre + reach); ++i)
        height = std::max(height, data.intensity[std::size_t(i)]);
    return height;
}

// A residual solvent line buried in a multiplet (CHCl3 inside an aromatic ring) is fitted with
// the molecule as a known singlet instead of masked: a mask cut out of a multiplet leaves the
// broadened stages a notch the model does not have, and takes the ring's own lines at that
// position with it (aspirin at 90 MHz: J up to 6 Hz off). Its height is bounded by what the data
// hold there: the tallest point within half a line width, read as a Lorentzian of the molecule's
// width on the regions' proton scale, and a quarter more for noise and width error; without the
// bound a wrong start lets the line take a ring's intensity (ibuprofen's model start at 60 MHz:
// 8.4 H for a 0.54 H line). A peak at the solvent's position broader than the molecule's lines
// by a quarter is a blend: a molecule line lies within a line width of the solvent's and the two
// heights trade freely (cumene's five ring protons in one lump at 60 and 90 MHz, 1.4 and 1.9× the
// typical width; a ring line of 4-tert-butyltoluene, 1.3-1.8×; 2-methylfuran's H5 at 7.28 ppm,
// 1.3×: the singlet took the molecule's proton), so such a line stays masked and the integral
// readings (gatherEvidence) decide; lone CHCl3 lines measured 0.7-1.0×. Lines with a multiplet
// of their own (DMSO-d5) and water, which moves with temperature and concentration (HDO took a
// molecule proton in GISSMO bmse000061), stay masked.
void withBuriedSolventAsSinglets(ScoringContext& context, const Evidence& evidence) {
    constexpr double kHeightMargin = 1.25, kBlendWidth = 1.25, kPi = 3.14159265358979323846;
    FitData& data = context.data;
    const double protonArea = evidence.moleculeArea / std::max(1, evidence.totalProtons);
    const double fwhmPpm = evidence.typicalFwhmHz / data.fieldMHz;
    if (!(protonArea > 0.0) || !(fwhmPpm > 0.0) || data.weight.size() != data.intensity.size())
        return;
    for (const FoundLine& line : evidence.knownLines) {
        if (line.line.kind != KnownLineKind::Solvent || line.isolated ||
            line.fwhmHz > kBlendWidth * evidence.typicalFwhmHz || line.line.halfSpanHz > 0.0 ||
            line.line.name == "HDO")
            continue;
        const double peak = heightAt(data, line.foundPpm, evidence.typicalFwhmHz);
        const double maxHeightH = kHeightMargin * peak * kPi * fwhmPpm / (2.0 * protonArea);
        if (!(maxHeightH > 0.0)) continue;
        for (FitOptions* options : {&context.fullFit, &context.quickFit}) {
            options->singletsPpm.push_back(line.foundPpm);
            options->singletMaxHeights.push_back(maxHeightH);
        }
        setMaskWeight(line, data, 1.0);
    }
}

} // namespace

ScoringContext analysisContext(const FitData& data, const Evidence& evidence) {
    ScoringContext context;
    context.data = data;
    withBuriedSolventAsSinglets(context, evidence);
    context.regionWeight = regionWeights(context.data, evidence.spans);
    context.sigma = evidence.sigma;
    context.typicalFwhmHz = evidence.typicalFwhmHz;
    context.fullFit.broadeningScheduleHz = {6.0, 3.0, 1.0};
    context.fullFit.fitBaseline = context.quickFit.fitBaseline = true;
    context.quickFit.broadeningScheduleHz = {2.0};
    context.quickFit.maxIterationsPerStage = 25;
    return context;
}

namespace {

// A start whose coupled clusters exceed what a fit affords loses its couplings (they are guesses;
// J-matching can add the real ones back one at a time).
void makeAffordable(std::vector<Hypothesis>& starts, double fieldMHz) {
    for (Hypothesis& h : starts)
        if (!affordable(h.system, fieldMHz))
            for (std::size_t i = 0; i < h.system.size(); ++i)
                for (std::size_t j = i + 1; j < h.system.size(); ++j)
                    h.system.setCouplingHz(i, j, 0.0);
}

// Marks the starts read from the integrals' other reading (gatherEvidence's otherReading).
constexpr const char* kOtherReadingSuffix = ", other integral reading";

std::vector<Hypothesis> proposals(const FitData& data, const Evidence& evidence,
                                  const std::optional<EvidenceReading>& otherReading,
                                  const Spectrum& processed, Predictor* predictor,
                                  const std::vector<SpinSystem>& given,
                                  std::string& modelDescription) {
    std::vector<Hypothesis> starts = multipletProposals(data, evidence);
    if (otherReading)
        for (Hypothesis& h : multipletProposals(otherReading->data, otherReading->evidence)) {
            h.origin += kOtherReadingSuffix;
            starts.push_back(std::move(h));
        }
    for (Hypothesis& h : twinHalvesProposals(data, evidence))
        starts.push_back(std::move(h));
    for (Hypothesis& h : givenProposals(given, evidence, "given"))
        starts.push_back(std::move(h));
    if (!predictor) {
        makeAffordable(starts, data.fieldMHz);
        return starts;
    }
    try {
        const Prediction prediction =
            predictor->predictAtField(resampleToGrid(processed),
                                      processed.fieldMHz > 0 ? processed.fieldMHz : kModelFieldMHz);
        for (Hypothesis& h : modelProposals(prediction, evidence))
            starts.push_back(std::move(h));
        modelDescription = modelShapeName(predictor->info());
    } catch (const Error&) {
        // The model only proposes; a spectrum it cannot read leaves the other proposals.
    }
    makeAffordable(starts, data.fieldMHz);
    return starts;
}

double cosineOf(const FitResult& fit, const std::vector<double>& weight) {
    double dot = 0.0, a = 0.0, b = 0.0;
    for (std::size_t i = 0; i < fit.measured.size(); ++i) {
        const double w = weight.empty() ? 1.0 : weight[i];
        dot += w * fit.measured[i] * fit.fitted[i];
        a += w * fit.measured[i] * fit.measured[i];
        b += w * fit.fitted[i] * fit.fitted[i];
    }
    return a > 0.0 && b > 0.0 ? dot / std::sqrt(a * b) : 0.0;
}

// Up to five materially different hypotheses, best BIC first. One that fits better than the
// answer by less than the margin a move must gain was not accepted, and is the closest rival.
// A given proton count is a fact: a hypothesis that misses it while the answer holds it is no
// rival (diethyl ether's one ethyl fits as well as its two).
// Groups closer than `equalShiftPpm` (half a line width: p-xylene's ring read as a thiophene-like
// AA'BB' 0.35 Hz apart at 90 MHz) make one line either way.
std::vector<Alternative> alternativesOf(const Hypothesis& best, std::vector<Hypothesis> pool,
                                        double marginBic, int givenProtons, double equalShiftPpm) {
    std::sort(pool.begin(), pool.end(),
              [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    const bool answerHoldsTheCount = givenProtons > 0 && best.system.protonCount() == givenProtons;
    std::vector<Alternative> out;
    for (const Hypothesis& h : pool) {
        if (!h.fitted || !(h.bic > best.bic - marginBic) || out.size() >= 5 ||
            (answerHoldsTheCount && h.system.protonCount() != givenProtons) ||
            // A sign-flip trial of a weakly coupled J, a group split into two at one shift: they
            // fit about as well and say nothing against the answer.
            materiallySame(h.system, best.system, equalShiftPpm))
            continue;
        out.push_back({relabelByShift(h.system), h.origin, h.bic - best.bic});
    }
    return out;
}

// Kept only when the copies fit as well, within the search's acceptance margin.
// A rejected fit has no BIC (it is +inf inside): the trail says why instead of printing INT_MIN.
std::string bicText(const Hypothesis& h) {
    if (!h.fitted || !std::isfinite(h.bic))
        return "no answer (" + (h.failure.empty() ? std::string("no finite BIC") : h.failure) + ")";
    return "BIC " + std::to_string(std::lround(h.bic));
}

// An answer holding half (a third) of the given protons, as the same fragments twice (three
// times): the spectrum cannot tell them apart, the proton count can (diethyl ether's ethyls).
Hypothesis withCopiesTheProtonCountAsksFor(const ScoringContext& context, const Hypothesis& best,
                                           int totalProtons, const SearchOptions& search,
                                           std::vector<std::string>& trail,
                                           const CancelFlag* cancel) {
    const int copies = copiesForTotal(best.system, totalProtons);
    if (copies < 2) return best;
    Hypothesis expanded = fitHypothesis(
        context, withIdenticalCopies(best.system, copies), best.line,
        best.origin + ", " + std::to_string(copies) + " identical copies", false, cancel);
    if (!expanded.fitted || expanded.bic > best.bic + search.acceptDeltaBic) return best;
    trail.push_back(std::to_string(copies) + " identical copies for the given " +
                    std::to_string(totalProtons) + " H: BIC " + std::to_string(int(expanded.bic)));
    return expanded;
}

// Residual (in σ²) by which another search's answer must fit a block of regions better before
// its pieces there are tried in place of the best answer's: about the BIC margin a move clears.
constexpr double kBetterPieceChi2 = 10.0;

// Searches from different starts, each under its share of the budget, often each get another
// part of the molecule right (GISSMO Maybridge 11_B04 at 60 MHz). Where no coupling of either
// links the parts, the best answer takes the other's better pieces, and the joined system,
// fitted, is searched on when it beats them.
void withBetterPiecesJoined(const ScoringContext& context, const Evidence& evidence,
                            std::vector<Hypothesis>& searched, std::vector<std::string>& trail,
                            const CancelFlag* cancel) {
    if (searched.size() < 2) return;
    Hypothesis current = searched.front();
    bool improved = false;
    for (std::size_t k = 1; k < searched.size(); ++k) {
        const auto start = joinedPieces(context, evidence, current, searched[k], kBetterPieceChi2);
        if (!start) continue;
        Hypothesis fitted = fitHypothesis(context, *start, false, cancel);
        if (!fitted.fitted || !(fitted.bic < current.bic) ||
            implausibleCouplings(fitted.system) > implausibleCouplings(current.system))
            continue;
        current = std::move(fitted);
        improved = true;
    }
    if (!improved) return;
    trail.push_back(current.origin + ": " + bicText(current));
    searched.insert(searched.begin(), std::move(current));
}

// A methylene chain read over the aliphatic multiplets keeps a plain reading of the rest, and a
// ring template a plain reading of the aliphatic multiplets: where the molecule holds both (GISSMO
// Maybridge 10_A11 at 60 MHz, a meta-disubstituted ring beside a pyrrolidine's
// X-CH2-CH2-CH2-CH2-X), neither start holds the answer, and the plain part's misfit spoils the
// other's fit (one line width: the chain's vicinal J fitted to 0 under a 4 H aromatic lump). Each
// chain start is therefore also put beside the best fitted template of the rest.
constexpr const char* kChainBesideTemplateSuffix = ", methylene chain";

std::vector<Hypothesis> chainsBesideBestTemplate(const Evidence& evidence,
                                                 const std::vector<Hypothesis>& starts,
                                                 const std::vector<Hypothesis>& fitted) {
    std::vector<Hypothesis> out;
    const Hypothesis* bestTemplate = nullptr;
    for (const Hypothesis& h : fitted)
        if (h.fitted && !h.heldCouplings.empty() && h.origin != kMethyleneChainOrigin &&
            (!bestTemplate || h.bic < bestTemplate->bic))
            bestTemplate = &h;
    if (!bestTemplate) return out;
    for (const Hypothesis& start : starts) {
        if (start.origin != kMethyleneChainOrigin) continue;
        // The chain's regions: those of its coupled groups (the rest is the plain reading).
        const SpinSystem& s = start.system;
        std::vector<bool> chain(evidence.regions.size(), false);
        for (std::size_t i = 0; i < s.size(); ++i)
            for (std::size_t j = i + 1; j < s.size(); ++j)
                if (s.couplingHz(i, j) != 0.0)
                    chain[nearestRegion(evidence, s.group(i).shiftPpm)] =
                        chain[nearestRegion(evidence, s.group(j).shiftPpm)] = true;
        auto joined = piecesReplaced(evidence, *bestTemplate, start, chain);
        if (!joined) continue;
        joined->origin = bestTemplate->origin + kChainBesideTemplateSuffix;
        out.push_back(std::move(*joined));
    }
    return out;
}

// The searched starts (best BIC first) with those holding a coupling no molecule has behind the
// others: a start's own fit can end there (the model's two-proton aromatic group with 13 and
// 16 Hz to one ring proton, GISSMO Maybridge 05_E08 at 60 MHz), and no move that keeps it may
// then remove it, since a move must not add one either. So do those holding more protons than
// the molecule's given count (fewer may be right: exchangeable protons hide): the fit's scale is
// free, so a start with every count too high fits as well, and no move changes the total
// (GISSMO bmse000161 at 90 MHz: the model's 11 H for 6 won, 2010 from its truth).
void plausibleFirst(std::vector<Hypothesis>& searched, int givenProtons) {
    std::stable_partition(searched.begin(), searched.end(), [&](const Hypothesis& h) {
        return implausibleCouplings(h.system) == 0 &&
               (givenProtons <= 0 || h.system.protonCount() <= givenProtons);
    });
}

// The searched starts (best BIC first): one with fewer free parameters within the margin a move
// must clear goes first, as a move from it to the more complex one would have been refused (held
// ring couplings against the same ring set free by a slightly better noise fit).
void preferSimplerWithinMargin(std::vector<Hypothesis>& searched, double marginBic) {
    if (searched.empty()) return;
    std::size_t simplest = 0;
    for (std::size_t k = 1; k < searched.size(); ++k)
        if (searched[k].fitted && searched[k].bic < searched.front().bic + marginBic &&
            searched[k].freeParameters < searched[simplest].freeParameters)
            simplest = k;
    std::rotate(searched.begin(), searched.begin() + long(simplest),
                searched.begin() + long(simplest) + 1);
}

} // namespace

namespace {

// A work unit is a microsecond of one core (FitWork::units).
std::uint64_t workUnitsOf(double seconds) {
    return std::uint64_t(std::llround(std::max(0.0, seconds) * 1e6));
}

// Starts whose fits differ by less than this in BIC are one start fitted twice.
constexpr double kSameBic = 1.0;
// J-matching searches at most this many distinct starts (best initial BIC first).
constexpr std::size_t kMaxSearchedStarts = 4;

// Each reference is fitted sharp from itself (the nearest minimum: the broadened stages let a
// nearly invisible J wander to its bound, GISSMO Maybridge 10_A04's 14 Hz AB) and with the full
// schedule, the better kept. The line model is the evidence's, not the answer's.
std::vector<double> referenceDeltaBic(const ScoringContext& context, const AnalysisResult& result,
                                      const std::vector<SpinSystem>& references,
                                      const CancelFlag* cancel) {
    if (references.empty()) return {};
    ScoringContext sharp = context;
    sharp.fullFit.broadeningScheduleHz.clear();
    LineModel line;
    line.linewidthHz = result.evidence.typicalFwhmHz;
    std::vector<double> delta;
    for (const SpinSystem& reference : references) {
        double bestBic = HUGE_VAL;
        for (const ScoringContext* c : {&std::as_const(sharp), &context}) {
            const Hypothesis fitted =
                fitHypothesis(*c, reference, line, "reference", false, cancel);
            if (fitted.fitted && fitted.bic < bestBic) bestBic = fitted.bic;
        }
        delta.push_back(std::isfinite(bestBic) ? bestBic - result.bic : std::nan(""));
    }
    return delta;
}

} // namespace

SpectrumAnalysis::SpectrumAnalysis(AnalysisOptions options, Predictor* predictor)
    : m_options(std::move(options)), m_predictor(predictor) {}

AnalysisResult SpectrumAnalysis::run(const Spectrum& spectrum, const ProgressCallback& progress,
                                     const CancelFlag* cancel) const {
    const auto started = std::chrono::steady_clock::now();
    auto report = [&](int step, const std::string& phase) {
        if (progress) progress({step, 6, phase});
    };
    // A spectrum the spectrometer already processed keeps its baseline: the polynomial correction
    // raises broad bumps of a few σ on a flat one, which then read as signal. FIDs get the full
    // chain.
    ProcessOptions processing;
    processing.baseline = !spectrum.hasSpectrum();
    processing.reference =
        !spectrum.hasSpectrum(); // the spectrometer referenced it; a found TMS is reported
    const Spectrum processed =
        m_options.process || !spectrum.hasSpectrum() ? processAuto(spectrum, processing) : spectrum;
    report(1, "evidence");
    FitData data = prepareData(processed, m_options);
    AnalysisResult result;
    result.fieldMHz = data.fieldMHz;
    std::optional<EvidenceReading> otherReading;
    result.evidence =
        gatherEvidence(data, m_options.solvent.empty() ? processed.solvent : m_options.solvent,
                       m_options.totalProtons, &otherReading);
    const int threads = m_options.threads > 0
                            ? m_options.threads
                            : int(std::max(1u, std::thread::hardware_concurrency()));
    WorkMeter meter;
    auto finish = [&] {
        result.workUnits = meter.units();
        result.seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return result;
    };
    if (!inputFlags(result, m_options.maxGroups, m_predictor)) return finish();
    cropToSignal(data, result.evidence);
    ScoringContext context = analysisContext(data, result.evidence);
    context.work = &meter;
    report(2, "proposals");
    const std::vector<Hypothesis> starts =
        proposals(data, result.evidence, otherReading, processed, m_predictor,
                  m_options.givenStarts, result.modelDescription);
    // The search's budget bounds the proposals' fits too: starts past it stay unfitted (and say
    // so in the trail) rather than keep a chemist waiting on a spectrum read into thousands.
    const std::uint64_t budget = workUnitsOf(m_options.searchSeconds);
    std::vector<Hypothesis> fitted = fitAll(context, starts, false, threads, cancel, budget);
    result.hypothesesFitted += int(std::count_if(fitted.begin(), fitted.end(),
                                                 [](const Hypothesis& h) { return !h.notBegun; }));
    auto refitted = refitWithoutSolventTwins(context, starts, fitted, false, threads, cancel);
    for (auto& change : refitOffTheBound(context, starts, fitted, false, threads, cancel))
        refitted.push_back(std::move(change));
    result.hypothesesFitted += int(refitted.size());
    report(3, "J-matching");
    SearchOptions search;
    search.threads = threads;
    search.trail = &result.trail;
    search.workLimit = budget;
    auto traceProgress = [&](const Progress&) {
        if (progress && !result.trail.empty()) progress({3, 6, result.trail.back()});
    };
    for (std::size_t k = 0; k < fitted.size(); ++k) {
        std::string dropped;
        for (const auto& [index, pairs] : refitted)
            if (index == k) dropped = " (" + pairs + ")";
        result.trail.push_back("proposal " + fitted[k].origin + dropped + ": " +
                               std::to_string(fitted[k].system.size()) + " groups, " +
                               bicText(fitted[k]));
    }
    const std::vector<Hypothesis> chains =
        chainsBesideBestTemplate(result.evidence, starts, fitted);
    for (Hypothesis& h : fitAll(context, chains, false, threads, cancel)) {
        ++result.hypothesesFitted;
        result.trail.push_back("proposal " + h.origin + ": " + std::to_string(h.system.size()) +
                               " groups, " + bicText(h));
        fitted.push_back(std::move(h));
    }
    std::vector<Hypothesis> searched;
    // J-matching serves the multiplet readings; of the model's starts only the best is searched.
    // One holding more protons than the molecule has comes only where none holds fewer.
    const int givenProtons = result.evidence.protonsGiven ? result.evidence.totalProtons : 0;
    const auto overCount = [&](const Hypothesis& h) {
        return givenProtons > 0 && h.system.protonCount() > givenProtons;
    };
    const Hypothesis* bestModel = nullptr;
    for (const Hypothesis& h : fitted)
        if (h.fitted && h.origin.rfind("model", 0) == 0 &&
            (!bestModel ||
             std::pair(overCount(h), h.bic) < std::pair(overCount(*bestModel), bestModel->bic)))
            bestModel = &h;
    std::vector<const Hypothesis*> toSearch;
    for (const Hypothesis& h : fitted)
        if (h.fitted && (h.origin.rfind("model", 0) != 0 || &h == bestModel))
            toSearch.push_back(&h);
    // Best start first, and each its fair share of the time left: one slow start (a ring of four
    // one-proton groups) must not use up the time of a better one.
    std::stable_sort(toSearch.begin(), toSearch.end(),
                     [](const Hypothesis* a, const Hypothesis* b) { return a->bic < b->bic; });
    // Templates placed over several regions often fit to the same system: one search each, and
    // only the best few, so that each gets rounds enough to link its multiplets.
    // The orders of one CH2-CH are one idea: the best order alone takes a share of the time; so
    // are the inner orders of one methylene chain.
    const auto singletBesideChain = [](const Hypothesis* h) {
        return h->origin.rfind(kSingletBesideChainOrigin, 0) == 0; // maybe "…, without X"
    };
    const auto adjacentRingBesideOthers = [](const Hypothesis* h) {
        return h->origin.rfind(kAdjacentRingBesideOthersOrigin, 0) == 0;
    };
    std::vector<const Hypothesis*> distinct;
    for (const Hypothesis* h : toSearch) {
        if (singletBesideChain(h) || adjacentRingBesideOthers(h)) continue; // besides, below
        const bool repeat = !distinct.empty() &&
                            distinct.back()->system.size() == h->system.size() &&
                            std::abs(distinct.back()->bic - h->bic) < kSameBic;
        const bool sameIdea =
            (h->origin == kMethyneMethyleneOrigin || h->origin == kMethyleneChainOrigin ||
             h->origin == kDiastereotopicChainOrigin ||
             h->origin == kSpreadDiastereotopicChainOrigin) &&
            std::any_of(distinct.begin(), distinct.end(),
                        [&](const Hypothesis* d) { return d->origin == h->origin; });
        if (repeat || sameIdea || distinct.size() >= kMaxSearchedStarts) continue;
        distinct.push_back(h);
    }
    const auto alsoSearchTheBest = [&](const auto& isOne) {
        for (const Hypothesis* h : toSearch)
            if (isOne(h) && std::find(distinct.begin(), distinct.end(), h) == distinct.end()) {
                distinct.push_back(h);
                return;
            }
    };
    // The plain reading is always searched: templates with many orders (a chain of four ring
    // protons has twelve) can fill the few places and all be wrong (a 3-substituted pyridine).
    alsoSearchTheBest([](const Hypothesis* h) { return h->origin == kPlainReadingOrigin; });
    // So is the best of the 24 starts of an aromatic singlet beside a chain, besides the four:
    // taking one of their places, they had crowded out the start that solves a GISSMO fragment
    // (Maybridge 07_F08) and pyridine's second ring order.
    alsoSearchTheBest(singletBesideChain);
    // And the best of the orders of an ortho-disubstituted ring beside another ring's multiplets
    // (GISSMO Maybridge 02_F03 at 90 MHz), for the same reason.
    alsoSearchTheBest(adjacentRingBesideOthers);
    // And the best start of the integrals' other reading: its proton counts are the point, and a
    // template region's many orders in the chosen reading can fill the four places.
    alsoSearchTheBest(
        [](const Hypothesis* h) { return io::endsWith(h->origin, kOtherReadingSuffix); });
    // And the best start of a molecule read as two identical halves: its copies are the point,
    // and the whole molecule's own readings fill the four places first.
    alsoSearchTheBest(
        [](const Hypothesis* h) { return io::endsWith(h->origin, kTwinHalvesSuffix); });
    // And the best methylene chain beside a template: it holds what neither start holds alone.
    const auto chainBesideTemplate = [](const Hypothesis* h) {
        return io::endsWith(h->origin, kChainBesideTemplateSuffix);
    };
    if (std::none_of(distinct.begin(), distinct.end(), chainBesideTemplate))
        alsoSearchTheBest(chainBesideTemplate);
    // And the best start of each template family none of whose starts has a place: one family's
    // many assignments can fill them all (styrene at 60 MHz: six vinyl assignments ahead of
    // every phenyl order, the molecule needing both).
    for (const char* family : {kRingFamilyOrigin, kVinylFamilyOrigin}) {
        const auto inFamily = [&](const Hypothesis* h) { return h->origin.rfind(family, 0) == 0; };
        if (std::none_of(distinct.begin(), distinct.end(), inFamily)) alsoSearchTheBest(inFamily);
    }
    toSearch = distinct;
    for (std::size_t k = 0; k < toSearch.size(); ++k) {
        SearchOptions share = search;
        const std::uint64_t used = meter.units();
        if (budget > used) share.workLimit = used + (budget - used) / (toSearch.size() - k);
        searched.push_back(searchMoves(context, result.evidence, *toSearch[k], share, false,
                                       nullptr, nullptr, traceProgress, cancel));
        result.trail.push_back("after J-matching from " + toSearch[k]->origin + ": " +
                               bicText(searched.back()));
    }
    if (searched.empty()) {
        result.flags.push_back(
            {"no-fit", "no proposal could be fitted (" +
                           (fitted.empty() ? std::string("none made") : fitted.front().failure) +
                           "): no confident answer"});
        return finish();
    }
    std::sort(searched.begin(), searched.end(),
              [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    plausibleFirst(searched, givenProtons);
    withBetterPiecesJoined(context, result.evidence, searched, result.trail, cancel);
    preferSimplerWithinMargin(searched, search.acceptDeltaBic);
    report(4, "topology moves");
    std::vector<Hypothesis> lastRound;
    std::vector<Move> lastMoves;
    Hypothesis best = searchMoves(context, result.evidence, searched.front(), search, true, nullptr,
                                  nullptr, traceProgress, cancel);
    best = searchMoves(context, result.evidence, best, search, false, nullptr, nullptr,
                       traceProgress, cancel);
    best = withCopiesTheProtonCountAsksFor(context, best, m_options.totalProtons, search,
                                           result.trail, cancel);
    const std::size_t groupsBefore = best.system.size();
    best = withEquivalentGroupsJoined(context, best, search.acceptDeltaBic, cancel);
    if (best.system.size() < groupsBefore)
        result.trail.push_back("equivalent groups joined: " + std::to_string(best.system.size()) +
                               " groups, " + bicText(best));
    // The evidence round behind the confidences runs even past the budget (with half the budget
    // again, and its last trials half again): without it every group would claim 1.00 for want of
    // competitors. Competitors still unfitted then deny the answer's confidence (a flag).
    const std::uint64_t used = meter.units();
    const bool overBudget = meter.past(budget);
    const std::uint64_t half = budget / 2;
    SearchOptions evidenceRound = search;
    evidenceRound.evidenceWorkLimit = std::max(used, budget) + half;
    if (overBudget) {
        evidenceRound.workLimit = used + half;
        evidenceRound.evidenceWorkLimit = used + 2 * half;
        evidenceRound.maxRounds = 1;
        result.flags.push_back(
            {"search-time-limit", "the search stopped at its budget of " +
                                      std::to_string(int(m_options.searchSeconds)) +
                                      " s of one core (counted work); the answer is the best "
                                      "found by then"});
    }
    best = searchMoves(context, result.evidence, best, evidenceRound, true, &lastRound, &lastMoves,
                       traceProgress, cancel);
    result.hypothesesFitted += int(lastRound.size());
    report(5, "final fit");
    const double equalShiftPpm =
        std::max(0.002, 0.5 * result.evidence.typicalFwhmHz / result.fieldMHz);
    const FinalFit final = finalFit(context, best, lastRound, search.acceptDeltaBic, cancel);
    const Hypothesis& chosen = final.answer;
    std::vector<Hypothesis> pool = searched;
    Hypothesis answerAmongRivals = best;
    if (final.displaced) {
        result.trail.push_back(final.searched.origin +
                               ", fully fitted, beat the search's answer: " + bicText(chosen));
        best = final.searched;
        // The search's answer is the nearest rival, its full-fit BIC put on the quick fits' scale
        // the other competitors are on; they are judged against the answer as fully fitted.
        Hypothesis displaced = *final.displaced;
        displaced.bic += best.bic - chosen.bic;
        pool.push_back(displaced);
        answerAmongRivals = best;
        answerAmongRivals.system = chosen.system;
    }
    if (final.held) {
        result.trail.push_back("textbook J the spectrum measures set free: " + bicText(chosen));
        // The rivals are judged against the measured couplings, the answer's BIC moved by what
        // freeing them cost in the full fits: the held answer is a rival like any other.
        answerAmongRivals.system = chosen.system;
        answerAmongRivals.bic += chosen.bic - final.held->bic;
    }
    result.system = chosen.system;
    result.fit = chosen.fit;
    result.bic = chosen.bic;
    result.heldCouplings = chosen.heldCouplings;
    result.origin = searched.front().origin;
    result.cosine = cosineOf(result.fit, context.data.weight);
    result.groupEvidence = groupEvidence(best, lastRound, lastMoves, chosen.fit, context,
                                         result.evidence, result.cosine);
    for (const GroupEvidence& e : result.groupEvidence)
        result.groupConfidence.push_back(calibratedConfidence(e));
    pool.insert(pool.end(), lastRound.begin(), lastRound.end());
    result.alternatives = alternativesOf(
        answerAmongRivals, pool, search.acceptDeltaBic,
        result.evidence.protonsGiven ? result.evidence.totalProtons : 0, equalShiftPpm);
    report(6, "flags");
    resultFlags(result, context, search.acceptDeltaBic);
    result.referenceDeltaBic =
        referenceDeltaBic(context, result, m_options.referenceSystems, cancel);
    return finish();
}

int protonsInFormula(const std::string& formula) {
    static const std::regex element("([A-Z][a-z]?)([0-9]*)");
    int protons = 0;
    std::string consumed;
    bool any = false;
    for (auto it = std::sregex_iterator(formula.begin(), formula.end(), element);
         it != std::sregex_iterator(); ++it) {
        consumed += it->str();
        if ((*it)[1] == "H") {
            protons += (*it)[2].length() ? std::stoi((*it)[2]) : 1;
            any = true;
        }
    }
    if (consumed != formula || !any || protons <= 0)
        throw Error(ErrorCode::InvalidArgument,
                    "expected a molecular formula with hydrogen such as C13H18O2, found '" +
                        formula + "'",
                    {"", 0, "--formula"});
    return protons;
}

} // namespace spinhance::analysis

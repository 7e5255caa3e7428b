#include "analysis/analysisflags.h"
#include "analysis/hypothesis.h"
#include "analysis/textbookcouplings.h"
#include "common/error.h"
#include "spin/couplinggraph.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <optional>
#include <thread>

namespace spinhance::analysis {

namespace {

// J tolerances (Hz) at which groups at one shift are tried as one, tightest first.
constexpr double kEquivalentCouplingTolerancesHz[] = {0.05, 0.5, 1.5};

void score(const ScoringContext& context, Hypothesis& h) {
    const FitResult& fit = h.fit;
    double rss = 0.0, regionPoints = 0.0;
    for (std::size_t i = 0; i < fit.measured.size(); ++i) {
        const double w = context.data.weight.empty() ? 1.0 : context.data.weight[i];
        const double r = (fit.measured[i] - fit.fitted[i]) * w;
        rss += r * r;
        regionPoints += context.regionWeight[i] > 0.0 ? 1.0 : 0.0;
    }
    h.freeParameters = 0;
    for (const FitParameterReport& p : fit.parameters)
        h.freeParameters += p.fixed ? 0 : 1;
    const double n = std::max(regionPoints, 1.0);
    // The floor keeps a perfect noiseless fit finite: nothing is learnt below the noise.
    const double floorRss = 1e-3 * context.sigma * context.sigma * n;
    h.rss = rss;
    h.bic = n * std::log(std::max(rss, floorRss) / n) + h.freeParameters * std::log(n);
}

// Whether any signal-region point lies within the reach of group g's first-order multiplet
// (half the summed splittings plus two line widths either side of its shift).
bool hasSignalUnder(const ScoringContext& context, const SpinSystem& system, std::size_t g,
                    double linewidthHz) {
    const PpmGrid& grid = context.data.grid;
    if (context.regionWeight.empty() || grid.points < 2 || context.data.fieldMHz <= 0.0)
        return true; // nothing to judge by
    double splittingHz = 0.0;
    for (std::size_t j = 0; j < system.size(); ++j)
        if (j != g) splittingHz += system.group(j).protonCount * std::abs(system.couplingHz(g, j));
    const double reachPpm = (0.5 * splittingHz + 2.0 * linewidthHz) / context.data.fieldMHz;
    const double centre = (system.group(g).shiftPpm - grid.fromPpm) / grid.stepPpm();
    const double reach = reachPpm / grid.stepPpm();
    const long last = long(context.regionWeight.size()) - 1;
    const long from = std::max(0L, long(std::floor(centre - reach)));
    const long to = std::min(last, long(std::ceil(centre + reach)));
    for (long i = from; i <= to; ++i)
        if (context.regionWeight[std::size_t(i)] > 0.0) return true;
    return false;
}

// Labels of the groups with no signal under them. Such a group costs nothing in the residual
// (it lies beyond the cropped data or on a masked solvent line) yet its couplings still split
// its partners: a free ghost partner the fit uses to explain a strongly coupled pattern, which
// then even gets a high confidence (nothing contradicts it). The spectrum has no evidence for it.
std::vector<std::string> groupsWithoutSignal(const ScoringContext& context,
                                             const SpinSystem& system, double linewidthHz) {
    std::vector<std::string> labels;
    for (std::size_t g = 0; g < system.size(); ++g)
        if (!hasSignalUnder(context, system, g, linewidthHz))
            labels.push_back(system.group(g).label);
    return labels;
}

// `system` without the groups named in `labels`, and the held couplings that named them.
void dropGroups(const std::vector<std::string>& labels, SpinSystem& system,
                std::vector<std::string>& heldCouplings) {
    const SpinSystem before = system;
    for (const std::string& label : labels) {
        const int index = system.indexOfLabel(label);
        if (index >= 0) system.removeGroup(std::size_t(index));
    }
    heldCouplings = carriedHeld(before, heldCouplings, system);
}

// The label of an uncoupled group within a line width (plus the drift allowed) of a known
// singlet the fit holds, or "": the two lines are one, and the group takes the solvent's place
// (cumene's monosubstituted ring at 60 MHz read as four ring protons and a lone one on CHCl3).
std::string singletOnKnownLine(const SpinSystem& system, const FitResult& fit,
                               const FitOptions& options, double fieldMHz) {
    const double reachPpm = options.singletDriftPpm + fit.lineModel.linewidthHz / fieldMHz;
    for (std::size_t g = 0; g < system.size(); ++g) {
        if (!isUncoupled(system, g)) continue;
        for (double ppm : options.singletsPpm)
            if (std::abs(system.group(g).shiftPpm - ppm) < reachPpm) return system.group(g).label;
    }
    return "";
}

std::string joined(const std::vector<std::string>& labels) {
    std::string out;
    for (const std::string& label : labels)
        out += (out.empty() ? "" : ", ") + label;
    return out;
}

} // namespace

Hypothesis fitHypothesis(const ScoringContext& context, const SpinSystem& start,
                         const LineModel& line, const std::string& origin, bool quick,
                         const CancelFlag* cancel) {
    Hypothesis h;
    h.system = start;
    h.line = line;
    h.origin = origin;
    return fitHypothesis(context, h, quick, cancel);
}

Hypothesis fitHypothesis(const ScoringContext& context, const Hypothesis& start, bool quick,
                         const CancelFlag* cancel) {
    Hypothesis h;
    h.system = start.system;
    h.line = start.line;
    h.origin = start.origin;
    h.heldCouplings = start.heldCouplings;
    const std::vector<std::string> ghosts =
        groupsWithoutSignal(context, h.system, h.line.linewidthHz);
    if (!ghosts.empty()) {
        dropGroups(ghosts, h.system, h.heldCouplings);
        h.origin += ", without " + joined(ghosts) + " (no signal under it)";
    }
    if (h.system.empty()) {
        h.failure = "no group";
        return h;
    }
    FitOptions options = quick ? context.quickFit : context.fullFit;
    options.fixedCouplings.insert(options.fixedCouplings.end(), h.heldCouplings.begin(),
                                  h.heldCouplings.end());
    try {
        h.fit = fitSpinSystem(context.data, h.system, h.line, options, {}, cancel);
        if (context.work) context.work->add(h.fit.work.units());
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled) throw;
        h.failure = e.what();
        return h;
    } catch (const std::exception& e) {
        h.failure = e.what();
        return h;
    }
    h.system = h.fit.system;
    h.line = h.fit.lineModel;
    // A J the fit drove onto the physical bound is the fit explaining a wrong topology (a vinyl
    // =CH2's geminal J at 25 Hz instead of 1.6 Hz, its shifts pulled apart to match): no answer.
    const FitOptions& used = quick ? context.quickFit : context.fullFit;
    for (std::size_t i = 0; i < h.system.size(); ++i)
        for (std::size_t j = i + 1; j < h.system.size(); ++j)
            if (couplingAtBound(h.system.couplingHz(i, j), used.maxAbsCouplingHz)) {
                h.failure = "J " + h.system.group(i).label + "-" + h.system.group(j).label +
                            " ended on its bound";
                return h;
            }
    if (const std::string twin = singletOnKnownLine(h.system, h.fit, used, context.data.fieldMHz);
        !twin.empty()) {
        h.failure = twin + " is an uncoupled line on the solvent's";
        h.onSolventLine = twin;
        return h;
    }
    // A group the fit moved off the signal is as unsupported as one that started there.
    const std::vector<std::string> drifted =
        groupsWithoutSignal(context, h.system, h.line.linewidthHz);
    if (!drifted.empty()) {
        h.failure = "no signal under " + joined(drifted) + " after the fit";
        return h;
    }
    h.fitted = true;
    h.converged = h.fit.converged;
    score(context, h);
    return h;
}

namespace {

bool hasTwins(const SpinSystem& s) {
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) < kTwinShiftPpm) return true;
    return false;
}

// `best` with the twins of `from` (best's system or a refit of it) joined at the tightest
// tolerance that fits within `marginBic` of best, if any does.
std::optional<Hypothesis> joinedTwins(const ScoringContext& context, const Hypothesis& best,
                                      const SpinSystem& from, double marginBic,
                                      const CancelFlag* cancel) {
    std::size_t triedSize = from.size();
    for (const double toleranceHz : kEquivalentCouplingTolerancesHz) {
        const SpinSystem merged = withEquivalentGroupsMerged(from, kTwinShiftPpm, toleranceHz);
        if (merged.size() >= triedSize) continue;
        triedSize = merged.size();
        Hypothesis start = best;
        start.system = merged;
        start.origin = best.origin + ", equivalent groups joined";
        start.heldCouplings = carriedHeld(from, best.heldCouplings, merged);
        Hypothesis joined = fitHypothesis(context, start, false, cancel);
        if (joined.fitted && joined.bic <= best.bic + marginBic + kSymmetryPriorBic) return joined;
    }
    return std::nullopt;
}

} // namespace

Hypothesis withEquivalentGroupsJoined(const ScoringContext& context, const Hypothesis& best,
                                      double marginBic, const CancelFlag* cancel) {
    if (!best.fitted || !hasTwins(best.system)) return best;
    // A split the spectrum cannot tell from one group leaves its J to the rest only nearly equal
    // (ibuprofen's AA'BB' at 90 MHz as four 1 H groups: 8.05 against 7.94 Hz, each +-0.14): the
    // looser tolerances propose the join and the refit's BIC decides, as for an exact one.
    if (auto joined = joinedTwins(context, best, best.system, marginBic, cancel)) return *joined;
    // The quick fit can leave twins' J apart that the full fit brings together (Maybridge 10_C05
    // at 90 MHz: a CH2 as two 1 H groups, 3.98 against 6.5 Hz, then all at 6.74).
    const Hypothesis full = fitHypothesis(context, best, false, cancel);
    if (!full.fitted) return best;
    return joinedTwins(context, best, full.system, marginBic, cancel).value_or(best);
}

namespace {

// Starts fitted between two looks at the work budget: enough to keep a few threads busy, fixed so
// that the looks fall at the same places whatever the number of threads.
constexpr std::size_t kStartsPerChunk = 8;

void fitInParallel(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                   std::size_t begin, std::size_t end, bool quick, int threads,
                   const CancelFlag* cancel, std::vector<Hypothesis>& out) {
    std::atomic<std::size_t> next{begin};
    std::exception_ptr failure;
    std::atomic<bool> failed{false};
    auto work = [&] {
        for (std::size_t k = next++; k < end && !failed; k = next++) {
            try {
                out[k] = fitHypothesis(context, starts[k], quick, cancel);
            } catch (...) {
                if (!failed.exchange(true)) failure = std::current_exception();
            }
        }
    };
    const int count = std::clamp(threads, 1, int(std::max<std::size_t>(1, end - begin)));
    std::vector<std::thread> pool;
    for (int t = 1; t < count; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread& t : pool)
        t.join();
    if (failure) std::rethrow_exception(failure);
}

} // namespace

std::vector<Hypothesis> fitAll(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                               bool quick, int threads, const CancelFlag* cancel,
                               std::optional<std::uint64_t> workLimit) {
    std::vector<Hypothesis> out(starts.size());
    // Without a budget to look at, one chunk: no thread waits at a chunk's end for nothing.
    const bool budgeted = context.work && workLimit;
    const std::size_t chunk = budgeted ? kStartsPerChunk : std::max<std::size_t>(1, starts.size());
    for (std::size_t begin = 0; begin < starts.size(); begin += chunk) {
        const std::size_t end = std::min(starts.size(), begin + chunk);
        if (budgeted && context.work->past(workLimit)) {
            for (std::size_t k = begin; k < end; ++k) {
                out[k] = starts[k];
                out[k].notBegun = true;
                out[k].failure = "not fitted: the search reached its work budget";
            }
            continue;
        }
        fitInParallel(context, starts, begin, end, quick, threads, cancel, out);
    }
    return out;
}

namespace {

// A ring start's couplings when they are all free ("A-B" for each J between two groups above
// the aromatic floor); empty otherwise.
std::vector<std::string> freeRingCouplings(const Hypothesis& start) {
    constexpr double kRingMinPpm = 6.5;
    if (!start.heldCouplings.empty() || start.origin.find("ring") == std::string::npos) return {};
    std::vector<std::string> ring;
    const SpinSystem& s = start.system;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0 && s.group(i).shiftPpm > kRingMinPpm &&
                s.group(j).shiftPpm > kRingMinPpm)
                ring.push_back(s.group(i).label + "-" + s.group(j).label);
    return ring;
}

// The held ring's protons of `fitted` put back in the order they had in `start` (the fitted
// shifts, highest first, given to the labels in the start's order), where the fit has carried
// some past others; nullopt where none crossed.
std::optional<SpinSystem> ringInStartOrder(const SpinSystem& start, const SpinSystem& fitted,
                                           const std::vector<std::string>& held) {
    const std::vector<bool> inRing = groupsWithHeldCouplings(fitted, held);
    std::vector<std::size_t> ring;
    for (std::size_t g = 0; g < fitted.size(); ++g)
        if (inRing[g] && start.indexOfLabel(fitted.group(g).label) >= 0) ring.push_back(g);
    const auto startPpm = [&](std::size_t g) {
        return start.group(std::size_t(start.indexOfLabel(fitted.group(g).label))).shiftPpm;
    };
    std::vector<std::size_t> byStart = ring, byFit = ring;
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](std::size_t a, std::size_t b) { return startPpm(a) > startPpm(b); });
    std::stable_sort(byFit.begin(), byFit.end(), [&](std::size_t a, std::size_t b) {
        return fitted.group(a).shiftPpm > fitted.group(b).shiftPpm;
    });
    if (byStart == byFit) return std::nullopt;
    SpinSystem restored = fitted;
    for (std::size_t k = 0; k < ring.size(); ++k)
        restored.group(byStart[k]).shiftPpm = fitted.group(byFit[k]).shiftPpm;
    return restored;
}

// Ring-held retries whose fit carried ring protons past each other are fitted once more from
// their fitted shifts in the start's order; the better of the two is kept. Strongly coupled ring
// protons trade places in the broadened stage (GISSMO bmse000316 at 60 MHz: a 1,2,4-trisubstituted
// ring 0.1 ppm wide, its ortho-coupled pair 3 Hz apart settled the wrong way round, so that the
// meta J sat on the wrong proton, and no later move exchanged them).
void refitCrossedRings(const ScoringContext& context, const std::vector<Hypothesis>& retries,
                       std::vector<Hypothesis>& refitted, bool quick, int threads,
                       const CancelFlag* cancel) {
    std::vector<Hypothesis> again;
    std::vector<std::size_t> of;
    for (std::size_t r = 0; r < refitted.size(); ++r) {
        if (!refitted[r].fitted || retries[r].heldCouplings.empty()) continue;
        std::optional<SpinSystem> restored =
            ringInStartOrder(retries[r].system, refitted[r].system, retries[r].heldCouplings);
        if (!restored) continue;
        Hypothesis start = retries[r];
        start.system = std::move(*restored);
        start.line = refitted[r].line;
        again.push_back(std::move(start));
        of.push_back(r);
    }
    if (again.empty()) return;
    // Sharp from the restored order: the broadened stages are what carried them past each other.
    ScoringContext sharp = context;
    sharp.fullFit.broadeningScheduleHz.clear();
    sharp.quickFit.broadeningScheduleHz.clear();
    std::vector<Hypothesis> fittedAgain = fitAll(sharp, again, quick, threads, cancel);
    for (std::size_t k = 0; k < fittedAgain.size(); ++k)
        if (fittedAgain[k].fitted && fittedAgain[k].bic < refitted[of[k]].bic)
            refitted[of[k]] = std::move(fittedAgain[k]);
}

// Each retry that fits (`refitted[r]`, of the start `changes[r].first`) replaces that start's
// failed fit; returns the changes of those that did.
std::vector<std::pair<std::size_t, std::string>>
replacedByFittedRetries(std::vector<Hypothesis>& refitted,
                        const std::vector<std::pair<std::size_t, std::string>>& changes,
                        std::vector<Hypothesis>& fitted) {
    std::vector<std::pair<std::size_t, std::string>> replaced;
    for (std::size_t r = 0; r < refitted.size(); ++r) {
        if (!refitted[r].fitted) continue;
        fitted[changes[r].first] = std::move(refitted[r]);
        replaced.push_back(changes[r]);
    }
    return replaced;
}

} // namespace

std::vector<std::pair<std::size_t, std::string>>
refitOffTheBound(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                 std::vector<Hypothesis>& fitted, bool quick, int threads,
                 const CancelFlag* cancel) {
    const double boundHz = (quick ? context.quickFit : context.fullFit).maxAbsCouplingHz;
    std::vector<Hypothesis> retries;
    std::vector<std::pair<std::size_t, std::string>> changes; // per retry: its start, what changed
    for (std::size_t k = 0; k < fitted.size() && k < starts.size(); ++k) {
        const SpinSystem& ended = fitted[k].system;
        if (fitted[k].fitted || fitted[k].notBegun || ended.empty() ||
            starts[k].origin.rfind("model", 0) == 0)
            continue;
        Hypothesis withoutBound = starts[k];
        std::string pairs;
        for (std::size_t i = 0; i < ended.size(); ++i)
            for (std::size_t j = i + 1; j < ended.size(); ++j) {
                if (!couplingAtBound(ended.couplingHz(i, j), boundHz)) continue;
                const int a = withoutBound.system.indexOfLabel(ended.group(i).label);
                const int b = withoutBound.system.indexOfLabel(ended.group(j).label);
                if (a < 0 || b < 0 ||
                    withoutBound.system.couplingHz(std::size_t(a), std::size_t(b)) == 0.0)
                    continue;
                withoutBound.system.setCouplingHz(std::size_t(a), std::size_t(b), 0.0);
                pairs += (pairs.empty() ? "J " : ", J ") + ended.group(i).label + "-" +
                         ended.group(j).label;
            }
        if (pairs.empty()) continue;
        if (std::vector<std::string> ring = freeRingCouplings(starts[k]); !ring.empty()) {
            Hypothesis ringHeld = starts[k];
            ringHeld.heldCouplings = std::move(ring);
            retries.push_back(std::move(ringHeld));
            changes.push_back(
                {k, "refitted with its ring J held (" + pairs + " ended on its bound)"});
            continue;
        }
        withoutBound.heldCouplings =
            carriedHeld(starts[k].system, starts[k].heldCouplings, withoutBound.system);
        retries.push_back(std::move(withoutBound));
        changes.push_back({k, "refitted without " + pairs + ", which ended on its bound"});
    }
    if (retries.empty()) return {};
    std::vector<Hypothesis> refitted = fitAll(context, retries, quick, threads, cancel);
    refitCrossedRings(context, retries, refitted, quick, threads, cancel);
    return replacedByFittedRetries(refitted, changes, fitted);
}

std::vector<std::pair<std::size_t, std::string>>
refitWithoutSolventTwins(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                         std::vector<Hypothesis>& fitted, bool quick, int threads,
                         const CancelFlag* cancel) {
    std::vector<Hypothesis> retries;
    std::vector<std::pair<std::size_t, std::string>> changes; // per retry: its start, what changed
    for (std::size_t k = 0; k < fitted.size() && k < starts.size(); ++k) {
        const std::string& twin = fitted[k].onSolventLine;
        if (fitted[k].fitted || twin.empty() || starts[k].origin.rfind("model", 0) == 0) continue;
        Hypothesis without = starts[k];
        dropGroups({twin}, without.system, without.heldCouplings);
        if (without.system.empty() || without.system.size() == starts[k].system.size()) continue;
        retries.push_back(std::move(without));
        changes.push_back({k, "refitted without " + twin + ", an uncoupled line on the solvent's"});
    }
    if (retries.empty()) return {};
    std::vector<Hypothesis> refitted = fitAll(context, retries, quick, threads, cancel);
    return replacedByFittedRetries(refitted, changes, fitted);
}

} // namespace spinhance::analysis

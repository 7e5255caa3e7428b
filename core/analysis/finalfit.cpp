#include "analysis/finalfit.h"

#include "analysis/analysisflags.h"
#include "analysis/proposals.h"
#include "analysis/search.h"
#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace spinhance::analysis {

namespace {

// A refitted competitor replaces the answer only when it fits better by more than this: ΔBIC 2
// is "positive" evidence (Kass & Raftery 1995), below it the two are one answer fitted twice.
constexpr double kBetterBic = 2.0;
// Full fits of competitors cost about as much as the answer's own: a few at most.
constexpr std::size_t kMaxRefitted = 2;
// Refits without couplings at zero within their error: a few at most.
constexpr int kMaxDropPasses = 3;
// Couplings that differ by less than this (Hz) are one value fitted twice.
constexpr double kSameCouplingHz = 0.05;
// A measured textbook J stays within this of its textbook value (the search's band for a freed
// ortho J): further is another minimum of a lump, not the molecule's value.
constexpr double kMeasuredBandHz = 2.0;

Hypothesis fullFitOf(const ScoringContext& context, const Hypothesis& searched, double marginBic,
                     const CancelFlag* cancel) {
    Hypothesis canonical = searched;
    canonical.system = withMostCouplingsPositive(relabelByShift(searched.system));
    canonical.heldCouplings = relabelledHeld(searched.system, searched.heldCouplings);
    Hypothesis full = fitHypothesis(context, canonical, false, cancel);
    if (!full.fitted || full.bic > searched.bic + marginBic)
        full = fitHypothesis(context, canonical, true, cancel);
    return full;
}

int couplingCount(const SpinSystem& s) {
    int count = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            count += s.couplingHz(i, j) != 0.0 ? 1 : 0;
    return count;
}

bool sameTopology(const SpinSystem& a, const SpinSystem& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a.group(i).protonCount != b.group(i).protonCount) return false;
        for (std::size_t j = i + 1; j < a.size(); ++j)
            if ((a.couplingHz(i, j) == 0.0) != (b.couplingHz(i, j) == 0.0)) return false;
    }
    return true;
}

bool otherCouplings(const SpinSystem& a, const SpinSystem& b) {
    for (std::size_t i = 0; i < a.size(); ++i)
        for (std::size_t j = i + 1; j < a.size(); ++j)
            if (std::abs(a.couplingHz(i, j) - b.couplingHz(i, j)) > kSameCouplingHz) return true;
    return false;
}

// The last round's trials worth a full fit, best quick BIC first.
std::vector<const Hypothesis*> nearEqualRivals(const Hypothesis& best,
                                               const std::vector<Hypothesis>& lastRound,
                                               double marginBic) {
    std::vector<const Hypothesis*> rivals;
    for (const Hypothesis& h : lastRound)
        if (h.fitted && h.bic < best.bic + marginBic && h.freeParameters <= best.freeParameters &&
            h.heldCouplings == best.heldCouplings && sameTopology(h.system, best.system) &&
            otherCouplings(h.system, best.system))
            rivals.push_back(&h);
    std::sort(rivals.begin(), rivals.end(),
              [](const Hypothesis* a, const Hypothesis* b) { return a->bic < b->bic; });
    if (rivals.size() > kMaxRefitted) rivals.resize(kMaxRefitted);
    return rivals;
}

// The pairs ("A-B") whose J the fit of `freed` left with a standard error above the determined
// one; nullopt when one went further than kMeasuredBandHz from its value in `held`.
std::optional<std::vector<std::string>> undeterminedOf(const Hypothesis& freed,
                                                       const SpinSystem& held,
                                                       const std::vector<std::string>& pairs) {
    const SpinSystem& s = freed.system;
    const std::vector<double>& errorHz = freed.fit.couplingErrorHz;
    std::vector<std::string> out;
    for (const std::string& pair : pairs) {
        std::size_t a = 0, b = 0;
        if (!indicesOf(s, pair, a, b) || errorHz.size() != s.size() * s.size()) return std::nullopt;
        if (std::abs(s.couplingHz(a, b) - held.couplingHz(a, b)) > kMeasuredBandHz)
            return std::nullopt;
        if (!(errorHz[a * s.size() + b] <= kDeterminedCouplingErrorHz)) out.push_back(pair);
    }
    return out;
}

// Held textbook couplings are the search's device for a template's many small J, not a claim:
// where the spectrum measures them (a standard error under kDeterminedCouplingErrorHz once free)
// the measured values are the answer, if the fit stays within the margin. Anisole at 90 MHz
// (literature set): H2-H6 held at the alkylbenzene 1.9 Hz, measured 2.41 (literature 2.4) at
// ΔBIC 5.8. Those still undetermined when all are free stay held in a second try.
Hypothesis withHeldCouplingsMeasured(const ScoringContext& context, const Hypothesis& answer,
                                     double marginBic, const CancelFlag* cancel) {
    if (!answer.fitted || answer.heldCouplings.empty()) return answer;
    std::vector<std::string> stillHeld;
    for (int attempt = 0; attempt < 2; ++attempt) {
        Hypothesis start = answer;
        start.heldCouplings = stillHeld;
        start.origin = answer.origin + ", textbook J measured";
        const Hypothesis freed = fitHypothesis(context, start, false, cancel);
        if (!freed.fitted || freed.bic > answer.bic + marginBic ||
            implausibleCouplings(freed.system) > implausibleCouplings(answer.system))
            return answer;
        std::vector<std::string> freedPairs;
        for (const std::string& pair : answer.heldCouplings)
            if (std::find(stillHeld.begin(), stillHeld.end(), pair) == stillHeld.end())
                freedPairs.push_back(pair);
        const auto open = undeterminedOf(freed, answer.system, freedPairs);
        if (!open || open->size() == freedPairs.size()) return answer;
        if (open->empty()) return freed;
        stillHeld.insert(stillHeld.end(), open->begin(), open->end());
    }
    return answer;
}

// A J the final fit leaves at zero within its standard error (the search linked two multiplets,
// the fit then drove the J to nothing): the data hold no coupling there, measured or not (an
// A-D of -0.002 ± 0.1 Hz between a ring proton and an aliphatic CH is a zero the data determine).
// Dropping it saves one parameter, ln N ≈ 8 in BIC, less than the margin a search move must
// clear, so no move removes it; the answer without it is taken when it fits within the margin.
// Refitted as the answer was (fullFitOf): from a start this close the staged fit's broadened
// stage can wander off (bmse000316 at 90 MHz: 1000 worse without seven such J), the quick one not.
Hypothesis withVanishingCouplingsDropped(const ScoringContext& context, const Hypothesis& answer,
                                         double marginBic, const CancelFlag* cancel) {
    const SpinSystem& s = answer.system;
    const std::vector<double>& errorHz = answer.fit.couplingErrorHz;
    if (!answer.fitted || errorHz.size() != s.size() * s.size()) return answer;
    Hypothesis start = answer;
    std::string dropped;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            const double errorOf = errorHz[i * s.size() + j], couplingHz = s.couplingHz(i, j);
            if (couplingHz == 0.0 || !(std::abs(couplingHz) < errorOf)) continue;
            start.system.setCouplingHz(i, j, 0.0);
            dropped +=
                (dropped.empty() ? "J " : ", J ") + s.group(i).label + "-" + s.group(j).label;
        }
    if (dropped.empty()) return answer;
    start.origin = answer.origin + ", without " + dropped + " (zero within its error)";
    Hypothesis refit = fullFitOf(context, start, marginBic, cancel);
    if (!refit.fitted || refit.bic > answer.bic + marginBic ||
        implausibleCouplings(refit.system) > implausibleCouplings(answer.system))
        return answer;
    return refit;
}

} // namespace

FinalFit finalFit(const ScoringContext& context, const Hypothesis& best,
                  const std::vector<Hypothesis>& lastRound, double marginBic,
                  const CancelFlag* cancel) {
    FinalFit out{fullFitOf(context, best, marginBic, cancel), best, std::nullopt, std::nullopt};
    // A final fit that fails (a J driven onto its bound) is no answer; the search's own is.
    if (!out.answer.fitted) out.answer = best;
    const Hypothesis searchedFull = out.answer;
    for (const Hypothesis* rival : nearEqualRivals(best, lastRound, marginBic)) {
        Hypothesis full = fullFitOf(context, *rival, marginBic, cancel);
        // The full fit may reach couplings the quick one did not: none that no molecule has.
        if (!full.fitted || !(full.bic < out.answer.bic - kBetterBic) ||
            implausibleCouplings(full.system) > implausibleCouplings(out.answer.system))
            continue;
        out.answer = std::move(full);
        out.searched = *rival;
        out.displaced = searchedFull;
    }
    Hypothesis measured = withHeldCouplingsMeasured(context, out.answer, marginBic, cancel);
    if (measured.heldCouplings.size() < out.answer.heldCouplings.size()) {
        out.held = std::move(out.answer);
        out.answer = std::move(measured);
    }
    // Each refit without vanished J can leave others at zero within their now smaller errors
    // (GISSMO bmse000957 at 90 MHz: two nearly isochronous CH2 each coupled to all four protons of
    // the next, two stray J per CH2; the second pair falls within its error only once the first is
    // gone). Dropped again, each pass still within the margin of the answer as first fitted.
    const double firstBic = out.answer.bic;
    for (int pass = 0; pass < kMaxDropPasses; ++pass) {
        Hypothesis dropped = withVanishingCouplingsDropped(context, out.answer, marginBic, cancel);
        if (couplingCount(dropped.system) == couplingCount(out.answer.system) ||
            dropped.bic > firstBic + marginBic)
            break;
        out.answer = std::move(dropped);
    }
    return out;
}

} // namespace spinhance::analysis

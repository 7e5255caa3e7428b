#include "analysis/finalfit.h"

#include "analysis/proposals.h"
#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

// A refitted competitor replaces the answer only when it fits better by more than this: ΔBIC 2
// is "positive" evidence (Kass & Raftery 1995), below it the two are one answer fitted twice.
constexpr double kBetterBic = 2.0;
// Full fits of competitors cost about as much as the answer's own: a few at most.
constexpr std::size_t kMaxRefitted = 2;
// Couplings that differ by less than this (Hz) are one value fitted twice.
constexpr double kSameCouplingHz = 0.05;

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

} // namespace

FinalFit finalFit(const ScoringContext& context, const Hypothesis& best,
                  const std::vector<Hypothesis>& lastRound, double marginBic,
                  const CancelFlag* cancel) {
    FinalFit out{fullFitOf(context, best, marginBic, cancel), best, std::nullopt};
    // A final fit that fails (a J driven onto its bound) is no answer; the search's own is.
    if (!out.answer.fitted) out.answer = best;
    const Hypothesis searchedFull = out.answer;
    for (const Hypothesis* rival : nearEqualRivals(best, lastRound, marginBic)) {
        Hypothesis full = fullFitOf(context, *rival, marginBic, cancel);
        if (!full.fitted || !(full.bic < out.answer.bic - kBetterBic)) continue;
        out.answer = std::move(full);
        out.searched = *rival;
        out.displaced = searchedFull;
    }
    return out;
}

} // namespace spinhance::analysis

#include "verify/verdicts.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::verify {

namespace {

// Groups closer than this are one signal: the structure room gives AA'BB' partners and
// diastereotopic protons one shift, and the analysis may split such a signal either way.
constexpr double kSameSignalPpm = 0.01;

struct Signal {
    std::vector<std::size_t> groups;
    double shiftPpm = 0.0; ///< proton-weighted mean
    int protons = 0;
};

std::vector<Signal> signalsOf(const SpinSystem& system) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return system.group(a).shiftPpm < system.group(b).shiftPpm;
    });
    std::vector<Signal> out;
    double last = -1e9;
    for (std::size_t g : order) {
        const SpinGroup& group = system.group(g);
        if (out.empty() || group.shiftPpm - last > kSameSignalPpm) out.emplace_back();
        last = group.shiftPpm;
        Signal& s = out.back();
        s.shiftPpm = (s.shiftPpm * s.protons + group.shiftPpm * group.protonCount) /
                     (s.protons + group.protonCount);
        s.protons += group.protonCount;
        s.groups.push_back(g);
    }
    return out;
}

struct Pair {
    std::size_t predicted, answer;
    double cost; ///< |Δ| in ppm plus kCountMismatchPpm per proton of difference
};

// Benchtop integrals of overlapping multiplets are often off by a proton or two (ibuprofen's 6H
// doublet read as 4H at 60 MHz), so a count off by up to a third (at least 1) still matches; the
// same count wins over a closer signal with another count when within this many ppm per proton.
constexpr double kCountMismatchPpm = 0.05;

bool countsCompatible(int predicted, int answer) {
    return std::abs(predicted - answer) <= std::max(1, predicted / 3);
}

double countAgreement(int predicted, int answer) {
    return double(std::min(predicted, answer)) / double(std::max(predicted, answer));
}

// Candidate pairs, closest first; then taken greedily so each signal is used once.
std::vector<Pair> matchSignals(const std::vector<Signal>& predicted,
                               const std::vector<Signal>& answer) {
    std::vector<Pair> candidates;
    for (std::size_t p = 0; p < predicted.size(); ++p)
        for (std::size_t a = 0; a < answer.size(); ++a) {
            const double d = std::abs(answer[a].shiftPpm - predicted[p].shiftPpm);
            const int np = predicted[p].protons, na = answer[a].protons;
            if (countsCompatible(np, na) && d <= kShiftedLimitPpm)
                candidates.push_back({p, a, d + kCountMismatchPpm * std::abs(np - na)});
        }
    std::sort(candidates.begin(), candidates.end(),
              [](const Pair& x, const Pair& y) { return x.cost < y.cost; });
    std::vector<bool> usedP(predicted.size()), usedA(answer.size());
    std::vector<Pair> out;
    for (const Pair& c : candidates)
        if (!usedP[c.predicted] && !usedA[c.answer]) {
            usedP[c.predicted] = usedA[c.answer] = true;
            out.push_back(c);
        }
    return out;
}

std::vector<std::string> labelsOf(const SpinSystem& system, const Signal& signal) {
    std::vector<std::string> out;
    for (std::size_t g : signal.groups)
        out.push_back(system.group(g).label);
    return out;
}

GroupVerdict missingVerdict(const SpinGroup& group) {
    GroupVerdict v;
    v.label = group.label;
    v.predictedPpm = group.shiftPpm;
    v.protons = group.protonCount;
    return v;
}

// The verdicts of every predicted group of `p` matched with the answer signal `a`; returns their
// share of the proton agreement (before its denominator).
double applyMatch(const Signal& p, const Signal& a, const SpinSystem& answer, Verdicts& out) {
    double agreed = 0.0;
    for (std::size_t g : p.groups) {
        GroupVerdict& v = out.groups[g];
        v.answerLabels = labelsOf(answer, a);
        v.foundPpm = a.shiftPpm;
        v.foundProtons = a.protons;
        v.signalProtons = p.protons;
        v.deltaPpm = a.shiftPpm - v.predictedPpm;
        v.verdict = std::abs(v.deltaPpm) <= kFoundLimitPpm ? Verdict::Found : Verdict::Shifted;
        agreed += v.protons * shiftAgreement(v.deltaPpm) * countAgreement(p.protons, a.protons);
    }
    return agreed;
}

// Unmatched neighbours closer than this are merged for the second matching: the increment rules
// place shifts to about this, so they cannot tell such signals apart (ibuprofen's AA'BB' halves,
// 7.07 and 7.03 ppm, one 4H multiplet at 60 MHz; its 6H doublet read as 3H + 2H). A run spans
// at most twice as much.
constexpr double kMergeGapPpm = kFoundLimitPpm;

// The unmatched signals in runs of close neighbours (a matched signal between two ends a run),
// each run one signal; single leftovers are runs of one.
std::vector<Signal> leftoverRuns(const std::vector<Signal>& signals,
                                 const std::vector<bool>& used) {
    std::vector<Signal> runs;
    double firstPpm = 0.0, lastPpm = 0.0;
    bool open = false;
    for (std::size_t i = 0; i < signals.size(); ++i) {
        if (used[i]) {
            open = false;
            continue;
        }
        const Signal& s = signals[i];
        if (open && s.shiftPpm - lastPpm <= kMergeGapPpm &&
            s.shiftPpm - firstPpm <= 2.0 * kMergeGapPpm) {
            Signal& run = runs.back();
            run.shiftPpm =
                (run.shiftPpm * run.protons + s.shiftPpm * s.protons) / (run.protons + s.protons);
            run.protons += s.protons;
            run.groups.insert(run.groups.end(), s.groups.begin(), s.groups.end());
        } else {
            runs.push_back(s);
            firstPpm = s.shiftPpm;
        }
        lastPpm = s.shiftPpm;
        open = true;
    }
    return runs;
}

} // namespace

std::string toString(Verdict verdict) {
    switch (verdict) {
    case Verdict::Found:
        return "found";
    case Verdict::Shifted:
        return "shifted";
    case Verdict::Missing:
        return "missing";
    }
    return "missing";
}

double shiftAgreement(double deltaPpm) {
    const double d = std::abs(deltaPpm);
    if (d <= kFoundLimitPpm) return 1.0;
    if (d >= kShiftedLimitPpm) return 0.0;
    return (kShiftedLimitPpm - d) / (kShiftedLimitPpm - kFoundLimitPpm);
}

Verdicts compareGroups(const SpinSystem& predicted, const SpinSystem& answer) {
    const std::vector<Signal> ps = signalsOf(predicted), as = signalsOf(answer);
    Verdicts out;
    for (const SpinGroup& g : predicted.groups())
        out.groups.push_back(missingVerdict(g));
    std::vector<bool> usedP(ps.size()), usedA(as.size());
    double agreed = 0.0;
    for (const Pair& pair : matchSignals(ps, as)) {
        usedP[pair.predicted] = usedA[pair.answer] = true;
        agreed += applyMatch(ps[pair.predicted], as[pair.answer], answer, out);
    }
    // What one side reads as one signal the other may read as several (benchtop multiplets
    // overlap): the leftovers of each side, merged where they lie close, are matched again.
    const std::vector<Signal> runsP = leftoverRuns(ps, usedP), runsA = leftoverRuns(as, usedA);
    std::vector<bool> explainedRun(runsA.size());
    for (const Pair& pair : matchSignals(runsP, runsA)) {
        explainedRun[pair.answer] = true;
        agreed += applyMatch(runsP[pair.predicted], runsA[pair.answer], answer, out);
    }
    int unexplainedProtons = 0;
    for (std::size_t a = 0; a < runsA.size(); ++a)
        if (!explainedRun[a]) {
            out.unexplained.push_back(
                {labelsOf(answer, runsA[a]), runsA[a].shiftPpm, runsA[a].protons});
            unexplainedProtons += runsA[a].protons;
        }
    const int denominator = predicted.protonCount() + unexplainedProtons;
    out.protonAgreement = denominator > 0 ? agreed / denominator : 0.0;
    return out;
}

} // namespace spinhance::verify

#include "analysis/groupevidence.h"

#include "analysis/analysisscore.h"
#include "analysis/proposals.h"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

namespace spinhance::analysis {

namespace {

// Whether a trial fitted back to the answer itself (a J moved to a value the fit returned from):
// its BIC differs only by the quick fit's incomplete convergence, so it is no competitor. Group
// for group by shift: counts equal, shifts within 0.5 Hz, every J within 0.3 Hz.
bool sameAnswer(const SpinSystem& a, const SpinSystem& b, double fieldMHz) {
    if (a.size() != b.size()) return false;
    const SpinSystem x = relabelByShift(a), y = relabelByShift(b);
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (x.group(i).protonCount != y.group(i).protonCount ||
            std::abs(x.group(i).shiftPpm - y.group(i).shiftPpm) * fieldMHz > 0.5)
            return false;
        for (std::size_t j = i + 1; j < x.size(); ++j)
            if (std::abs(x.couplingHz(i, j) - y.couplingHz(i, j)) > 0.3) return false;
    }
    return true;
}

// The best fitted competitor that changes `group` (ΔBIC to the answer, capped) and how many
// competitors that change it went unfitted.
std::pair<double, int> rivalOf(std::size_t group, const Hypothesis& best,
                               const std::vector<Hypothesis>& trials,
                               const std::vector<Move>& moves, double fieldMHz) {
    double rival = GroupEvidence::kRivalCap;
    int unfitted = 0;
    for (std::size_t k = 0; k < trials.size() && k < moves.size(); ++k) {
        const auto& touched = moves[k].groupsTouched;
        if (std::find(touched.begin(), touched.end(), group) == touched.end()) continue;
        if (trials[k].notBegun)
            ++unfitted;
        else if (trials[k].fitted && !sameAnswer(trials[k].system, best.system, fieldMHz))
            rival = std::min(rival, std::max(0.0, trials[k].bic - best.bic));
    }
    return {rival, unfitted};
}

} // namespace

bool materiallySame(const SpinSystem& a, const SpinSystem& b, double equalShiftPpm) {
    constexpr double kEqualCouplingHz = 0.3;
    const SpinSystem x = withEquivalentGroupsMerged(a, equalShiftPpm, kEqualCouplingHz);
    const SpinSystem y = withEquivalentGroupsMerged(b, equalShiftPpm, kEqualCouplingHz);
    return scoreAnswer(x, y).solved && scoreAnswer(y, x).solved;
}

namespace {

// How many groups share this group's multiplet, and how far their protons are from its integral.
void crowding(double shiftPpm, const SpinSystem& answer, const Evidence& evidence,
              GroupEvidence& e) {
    const int r = regionOf(evidence, shiftPpm);
    if (r < 0 || evidence.totalProtons <= 0 || !(evidence.moleculeArea > 0.0)) return;
    int groups = 0, protons = 0;
    for (std::size_t g = 0; g < answer.size(); ++g)
        if (regionOf(evidence, answer.group(g).shiftPpm) == r) {
            ++groups;
            protons += answer.group(g).protonCount;
        }
    const double perProton = evidence.moleculeArea / evidence.totalProtons;
    e.groupsInMultiplet = std::max(1, groups);
    e.integralMismatch = std::abs(protons - evidence.regions[std::size_t(r)].integral / perProton);
}

} // namespace

double multipletChi2(double shiftPpm, const FitResult& fit, const ScoringContext& context,
                     const Evidence& evidence) {
    const int r = regionOf(evidence, shiftPpm);
    if (r < 0 || context.sigma <= 0.0) return 0.0;
    const SignalRegion& region = evidence.regions[std::size_t(r)];
    double sum = 0.0;
    int points = 0;
    for (std::size_t i = region.firstIndex; i <= region.lastIndex && i < fit.measured.size(); ++i) {
        if (context.data.weight[i] == 0.0) continue;
        const double z = (fit.measured[i] - fit.fitted[i]) / context.sigma;
        sum += z * z;
        ++points;
    }
    return points > 0 ? sum / points : 0.0;
}

std::vector<GroupEvidence> groupEvidence(const Hypothesis& best,
                                         const std::vector<Hypothesis>& trials,
                                         const std::vector<Move>& moves, const FitResult& fit,
                                         const ScoringContext& context, const Evidence& evidence,
                                         double cosine) {
    const SpinSystem ordered = relabelByShift(best.system);
    std::vector<GroupEvidence> out(ordered.size());
    for (std::size_t k = 0; k < ordered.size(); ++k) {
        GroupEvidence& e = out[k];
        const double startPpm = ordered.group(k).shiftPpm;
        // The trials' groupsTouched index best.system, whose order need not be by shift.
        for (std::size_t g = 0; g < best.system.size(); ++g)
            if (best.system.group(g).shiftPpm == startPpm)
                std::tie(e.rivalDeltaBic, e.rivalsUnfitted) =
                    rivalOf(g, best, trials, moves, evidence.fieldMHz);
        const double fittedPpm = k < fit.system.size() ? fit.system.group(k).shiftPpm : startPpm;
        e.localChi2 = multipletChi2(fittedPpm, fit, context, evidence);
        e.globalMisfit = std::max(0.0, 1.0 - cosine);
        crowding(fittedPpm, fit.system, evidence, e);
        if (k < fit.shiftErrorPpm.size()) e.shiftErrorHz = fit.shiftErrorPpm[k] * evidence.fieldMHz;
    }
    return out;
}

} // namespace spinhance::analysis

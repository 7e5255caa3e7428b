#include "analysis/analysisflags.h"
#include "analysis/groupevidence.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

GroupEvidence wellExplained() {
    GroupEvidence e;
    e.rivalDeltaBic = 300.0; // every competitor much worse
    e.localChi2 = 1.0;       // residual at the noise
    e.shiftErrorHz = 0.005;
    e.globalMisfit = 1e-4;
    e.groupsInMultiplet = 1;
    e.integralMismatch = 0.05;
    return e;
}

TEST(Confidence, IsAProbabilityThatFallsAsTheEvidenceWeakens) {
    const GroupEvidence good = wellExplained();
    const double best = calibratedConfidence(good);
    EXPECT_GT(best, 0.9);
    EXPECT_LT(best, 1.0);
    GroupEvidence e = good;
    e.rivalDeltaBic = 2.0; // a competitor almost as good
    EXPECT_LT(calibratedConfidence(e), best);
    e = good;
    e.localChi2 = 400.0; // the fit leaves structure in this multiplet
    EXPECT_LT(calibratedConfidence(e), best);
    e = good;
    e.integralMismatch = 1.5; // the multiplet's integral says otherwise
    EXPECT_LT(calibratedConfidence(e), best);
    e = good;
    e.groupsInMultiplet = 4; // crowded: placement is uncertain
    EXPECT_LT(calibratedConfidence(e), best);
}

TEST(Confidence, FeaturesAreFiniteForEdgeEvidence) {
    GroupEvidence e; // all zero: no fit information
    for (double x : confidenceFeatures(e))
        EXPECT_TRUE(std::isfinite(x));
    const double p = calibratedConfidence(e);
    EXPECT_GE(p, 0.0);
    EXPECT_LE(p, 1.0);
}

// A different answer whose BIC is within the margin a search move must clear, either way, leaves
// the answer unconfident whatever its groups' confidences; one beyond it does not.
TEST(Confidence, ACloseRivalTakesTheConfidenceAway) {
    AnalysisResult result;
    result.system.addGroup(7.20, 1);
    result.system.addGroup(3.52, 2);
    result.groupConfidence = {0.9, 0.9};
    result.fit.converged = true;
    SpinSystem rival;
    rival.addGroup(7.20, 1);
    rival.addGroup(3.52, 1);
    rival.addGroup(3.52, 1);
    rival.setCouplingHz(0, 2, 1.0);
    result.alternatives = {{rival, "split B", 2.4}};
    const ScoringContext context;
    AnalysisResult close = result;
    resultFlags(close, context, 10.0);
    EXPECT_FALSE(close.confident);
    EXPECT_TRUE(std::any_of(close.flags.begin(), close.flags.end(),
                            [](const AnalysisFlag& f) { return f.code == "close-rival"; }));
    AnalysisResult better = result;
    better.alternatives.front().deltaBic = -4.0; // fits better, yet by less than a move must gain
    resultFlags(better, context, 10.0);
    EXPECT_FALSE(better.confident);
    AnalysisResult distant = result;
    distant.alternatives.front().deltaBic = 25.0;
    resultFlags(distant, context, 10.0);
    EXPECT_TRUE(distant.confident);
}

// A final fit that stopped at its iteration limit describes a point the data do not single out:
// no confident answer, whatever its groups' confidences.
TEST(Confidence, AFinalFitThatDidNotConvergeTakesTheConfidenceAway) {
    AnalysisResult result;
    result.system.addGroup(7.20, 1);
    result.system.addGroup(3.52, 2);
    result.groupConfidence = {0.95, 0.95};
    result.fit.converged = true;
    const ScoringContext context;
    AnalysisResult converged = result;
    resultFlags(converged, context, 10.0);
    EXPECT_TRUE(converged.confident);
    AnalysisResult stopped = result;
    stopped.fit.converged = false;
    stopped.fit.iterations = 50;
    resultFlags(stopped, context, 10.0);
    EXPECT_FALSE(stopped.confident);
    EXPECT_TRUE(std::any_of(stopped.flags.begin(), stopped.flags.end(),
                            [](const AnalysisFlag& f) { return f.code == "not-converged"; }));
}

// A coupling held at its literature value was not measured: the spectrum did not decide it, so
// an answer holding one is not confident however well its groups are placed.
TEST(Confidence, ACouplingHeldAtItsLiteratureValueTakesTheConfidenceAway) {
    AnalysisResult result;
    result.system.addGroup(7.20, 2);
    result.system.addGroup(6.90, 2);
    result.system.setCouplingHz(0, 1, 8.5);
    result.groupConfidence = {0.95, 0.95};
    result.fit.converged = true;
    const ScoringContext context;
    AnalysisResult measured = result;
    resultFlags(measured, context, 10.0);
    EXPECT_TRUE(measured.confident);
    AnalysisResult held = result;
    held.heldCouplings = {"A-B"};
    resultFlags(held, context, 10.0);
    EXPECT_FALSE(held.confident);
    EXPECT_TRUE(std::any_of(held.flags.begin(), held.flags.end(),
                            [](const AnalysisFlag& f) { return f.code == "textbook-couplings"; }));
}

// Two uncoupled groups a quarter of a line width apart are one Lorentzian line to the eye and to
// the fit: how the 5 H divide (3 + 2, GISSMO bmse000413's collapsed phenyl at 60 MHz) is not
// measured. Coupled differently to a third group, or a line width apart, they are told apart.
TEST(Confidence, TwoGroupsWithinHalfALineWidthCoupledAlikeTakeTheConfidenceAway) {
    const double fieldMHz = 60.0;
    AnalysisResult result;
    result.evidence.fieldMHz = fieldMHz;
    result.fit.lineModel.linewidthHz = 1.3;
    result.fit.converged = true;
    result.system.addGroup(7.3593, 3);
    result.system.addGroup(7.3545, 2); // 0.29 Hz from A at 60 MHz
    result.system.addGroup(4.0578, 1);
    result.system.setCouplingHz(0, 2, 0.2); // below what the evaluation counts
    result.groupConfidence = {0.9, 0.9, 0.9};
    const ScoringContext context;
    const auto flagged = [](const AnalysisResult& r) {
        return std::any_of(r.flags.begin(), r.flags.end(),
                           [](const AnalysisFlag& f) { return f.code == "unresolved-groups"; });
    };
    AnalysisResult oneLine = result;
    resultFlags(oneLine, context, 10.0);
    EXPECT_FALSE(oneLine.confident);
    EXPECT_TRUE(flagged(oneLine));
    AnalysisResult coupledApart = result; // AA'XX'-like: equal shifts, different partners
    coupledApart.system.setCouplingHz(0, 2, 7.5);
    resultFlags(coupledApart, context, 10.0);
    EXPECT_FALSE(flagged(coupledApart));
    EXPECT_TRUE(coupledApart.confident);
    AnalysisResult resolved = result;
    resolved.system.group(1).shiftPpm = 7.3593 - 1.5 / fieldMHz; // 1.5 Hz: beyond half a width
    resultFlags(resolved, context, 10.0);
    EXPECT_FALSE(flagged(resolved));
    EXPECT_TRUE(resolved.confident);
}

} // namespace
} // namespace spinhance::analysis

#include "analysis/groupevidence.h"

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

} // namespace
} // namespace spinhance::analysis

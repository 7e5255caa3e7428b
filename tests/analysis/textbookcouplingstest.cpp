// Ring templates with held couplings: which couplings stay held as the search changes a system
// (truth: systems built here by hand); and a fit that ends a J on its bound is no answer (truth:
// an AX spectrum of the exact simulator with a J beyond that bound).
#include "analysis/textbookcouplings.h"

#include "analysis/hypothesis.h"
#include "analysis/proposals.h"
#include "fit/fitdata.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

// A methyl above an AA'BB' ring (shifts out of order on purpose: relabelling must move them).
TemplateStart methylAndRing() {
    TemplateStart start;
    start.system.addGroup(2.35, 3);
    addAaBbRing(start, 7.30, 7.10, thiopheneCouplings());
    return start;
}

double heldJ(const SpinSystem& s, const std::string& pair) {
    const std::size_t dash = pair.find('-');
    return s.couplingHz(std::size_t(s.indexOfLabel(pair.substr(0, dash))),
                        std::size_t(s.indexOfLabel(pair.substr(dash + 1))));
}

TEST(TextbookCouplings, ARingHoldsEachOfItsCouplings) {
    const TemplateStart start = methylAndRing();
    const std::vector<std::string> held = heldLabels(start);
    EXPECT_EQ(held.size(), 6u); // A-B, A'-B', A-A', B-B', A-B', A'-B
    const AaBbCouplings j = thiopheneCouplings();
    // Thiophene: J23 > J34 > J25 > J24 (Pretsch); every held J is one of the four.
    EXPECT_GT(j.abHz, j.bbHz);
    EXPECT_GT(j.bbHz, j.aaHz);
    EXPECT_GT(j.aaHz, j.abPrimeHz);
    for (const std::string& pair : held) {
        const double hz = heldJ(start.system, pair);
        EXPECT_TRUE(hz == j.abHz || hz == j.aaHz || hz == j.bbHz || hz == j.abPrimeHz) << pair;
    }
}

TEST(TextbookCouplings, RelabellingByShiftKeepsEachHeldCouplingOnItsPair) {
    const TemplateStart start = methylAndRing();
    const std::vector<std::string> held = heldLabels(start);
    const SpinSystem relabelled = relabelByShift(start.system);
    const std::vector<std::string> moved = relabelledHeld(start.system, held);
    ASSERT_EQ(moved.size(), held.size());
    EXPECT_EQ(relabelled.group(4).protonCount, 3); // the methyl is last (lowest shift) now
    for (std::size_t k = 0; k < held.size(); ++k)
        EXPECT_EQ(heldJ(relabelled, moved[k]), heldJ(start.system, held[k])) << held[k];
    for (const std::string& pair : moved)
        EXPECT_EQ(pair.find('E'), std::string::npos) << "the methyl holds no ring J: " << pair;
}

TEST(TextbookCouplings, AMoveReleasesOnlyWhatItTouched) {
    const TemplateStart start = methylAndRing();
    const std::vector<std::string> held = heldLabels(start);
    SpinSystem after = start.system;
    const std::string changed = held.front();
    const std::size_t dash = changed.find('-');
    after.setCouplingHz(std::size_t(after.indexOfLabel(changed.substr(0, dash))),
                        std::size_t(after.indexOfLabel(changed.substr(dash + 1))), 10.5);
    std::vector<std::string> carried = carriedHeld(start.system, held, after);
    EXPECT_EQ(carried.size(), held.size() - 1);
    EXPECT_EQ(std::find(carried.begin(), carried.end(), changed), carried.end());
    // A group moved: its couplings are no longer the template's.
    after.group(1).shiftPpm += 0.01;
    carried = carriedHeld(start.system, held, after);
    for (const std::string& pair : carried)
        EXPECT_EQ(pair.find(after.group(1).label), std::string::npos) << pair;
    EXPECT_TRUE(heldBelow(start.system, held, 3.0).size() < held.size());
}

// An AX pair 7 Hz apart fitted under a 5 Hz bound: the fit can only end on the bound, and a
// hypothesis whose J ends there is no answer (the same pair under the default 25 Hz bound is).
TEST(HypothesisFit, AJEndingOnItsBoundIsNoAnswer) {
    SpinSystem ax;
    ax.addGroup(3.0, 1);
    ax.addGroup(2.0, 1);
    ax.setCouplingHz(0, 1, 7.0);
    ScoringContext context;
    context.data =
        fitDataFromSpectrum(analysistest::syntheticSpectrum(ax, 60.0, 300.0, 41, 1.0, 0.0, 0.0));
    context.data.weight.assign(context.data.intensity.size(), 1.0);
    context.regionWeight = context.data.weight;
    context.sigma = 1e-3;
    SpinSystem start = ax;
    start.setCouplingHz(0, 1, 4.0);
    const Hypothesis free = fitHypothesis(context, start, {}, "free", true);
    EXPECT_TRUE(free.fitted) << free.failure;
    EXPECT_NEAR(free.system.couplingHz(0, 1), 7.0, 0.05);
    context.quickFit.maxAbsCouplingHz = 5.0;
    const Hypothesis bounded = fitHypothesis(context, start, {}, "bounded", true);
    EXPECT_FALSE(bounded.fitted);
    EXPECT_NE(bounded.failure.find("bound"), std::string::npos) << bounded.failure;
}

} // namespace
} // namespace spinhance::analysis

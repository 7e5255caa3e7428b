// The search's coupling moves for a CH2's diastereotopic protons, checked by exact fits: the move
// leads out of a local minimum the fit cannot leave by itself.
#include "analysis/analysisscore.h"
#include "analysis/search.h"
#include "fit/fitdata.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

ScoringContext contextFor(const SpinSystem& truth, double fieldMHz) {
    ScoringContext context;
    context.data = fitDataFromSpectrum(
        analysistest::syntheticSpectrum(truth, fieldMHz, 400.0, 43, 1.0, 0.0, 0.0));
    context.data.weight.assign(context.data.intensity.size(), 1.0);
    context.regionWeight = context.data.weight;
    context.sigma = 1e-3;
    return context;
}

const Move* moveNamed(const std::vector<Move>& moves, const std::string& origin) {
    const auto it = std::find_if(moves.begin(), moves.end(),
                                 [&](const Move& m) { return m.start.origin == origin; });
    return it == moves.end() ? nullptr : &*it;
}

// A CH-CH2 fragment at 60 MHz (typical values, Pretsch 2009: 3J 4.8 and 8.5 Hz, 2J -14.9 Hz;
// the CH2 protons 14 Hz apart). Fitted from a start whose 2J has the vicinals' sign, the fit
// settles on the ABX's other solution (vicinal J about 1 Hz off); the sign-flip move reaches the
// truth at a much lower BIC.
TEST(SearchMoves, AGeminalFittedWithTheVicinalsSignIsFlipped) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{3.84, 1}, {3.08, 1}, {2.85, 1}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 4.8);
    truth.setCouplingHz(0, 2, 8.5);
    truth.setCouplingHz(1, 2, -14.9);
    const ScoringContext context = contextFor(truth, 60.0);
    SpinSystem wrongSign = truth;
    wrongSign.setCouplingHz(1, 2, 14.9);
    const Hypothesis stuck = fitHypothesis(context, wrongSign, {}, "wrong sign", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    EXPECT_GT(stuck.system.couplingHz(1, 2), 0.0);
    EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::vector<Move> moves = couplingMoves(stuck, Evidence{});
    const Move* flip = moveNamed(moves, "J B-C sign flipped");
    ASSERT_NE(flip, nullptr);
    const Hypothesis flipped = fitHypothesis(context, flip->start, false);
    ASSERT_TRUE(flipped.fitted) << flipped.failure;
    EXPECT_LT(flipped.bic, stuck.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(flipped.system, truth).solved);
}

// Two CH2 protons 0.6 Hz apart at 60 MHz (2J -12.2 Hz) coupled to the same neighbours: no
// multiplet shows their 2J, so the search offers a typical one; between a proton and a CH3, or
// two aromatic protons, it does not.
TEST(SearchMoves, NearlyIsochronousProtonsWithASharedPartnerAreOfferedAGeminalJ) {
    SpinSystem s;
    for (const auto& [ppm, protons] : {std::pair{3.73, 1}, {2.519, 1}, {2.508, 1}, {2.30, 3}})
        s.addGroup(ppm, protons);
    s.setCouplingHz(0, 1, 6.1);
    s.setCouplingHz(0, 2, 7.2);
    s.setCouplingHz(0, 3, 7.0); // a CH3 sharing the partner, 0.2 ppm away: no CH2 proton
    Hypothesis best;
    best.system = s;
    const std::vector<Move> moves = couplingMoves(best, Evidence{});
    const Move* geminal = moveNamed(moves, "J B-C geminal");
    ASSERT_NE(geminal, nullptr);
    EXPECT_LT(geminal->start.system.couplingHz(1, 2), -10.0);
    EXPECT_EQ(moveNamed(moves, "J B-D geminal"), nullptr);
    EXPECT_EQ(moveNamed(moves, "J C-D geminal"), nullptr);
    SpinSystem ring;
    for (double ppm : {7.30, 7.25, 7.10})
        ring.addGroup(ppm, 1);
    ring.setCouplingHz(0, 2, 8.0);
    ring.setCouplingHz(1, 2, 7.5);
    best.system = ring;
    EXPECT_EQ(moveNamed(couplingMoves(best, Evidence{}), "J A-B geminal"), nullptr);
}

} // namespace
} // namespace spinhance::analysis

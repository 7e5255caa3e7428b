// The search's re-pairing of four diastereotopic protons into two CH2, checked by exact fits: a
// chain fitted with its geminal pairs mislinked stays there, and the move leads out.
#include "analysis/geminalpairing.h"

#include "analysis/analysisscore.h"
#include "analysis/evidence.h"
#include "analysis/search.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

// A CH-CH2-CH2 chain (a glutamate's; typical values, Pretsch 2009: sp3 2J -14 to -16 Hz, 3J 5-9
// Hz): the CH at 3.75 ppm, one CH2's protons at 2.12 / 2.05 ppm beside it, the other's at 2.35 /
// 2.31 ppm. At 60 MHz the four protons span 18 Hz against J up to 15.5 Hz.
SpinSystem chain() {
    SpinSystem s;
    const std::size_t ch = s.addGroup(3.75, 1), g1 = s.addGroup(2.35, 1), g2 = s.addGroup(2.31, 1),
                      b1 = s.addGroup(2.12, 1), b2 = s.addGroup(2.05, 1);
    s.setCouplingHz(ch, b1, 5.0);
    s.setCouplingHz(ch, b2, 7.4);
    s.setCouplingHz(g1, g2, -15.5);
    s.setCouplingHz(b1, b2, -14.8);
    s.setCouplingHz(g1, b1, 6.6);
    s.setCouplingHz(g1, b2, 8.8);
    s.setCouplingHz(g2, b1, 8.8);
    s.setCouplingHz(g2, b2, 6.3);
    return s;
}

bool pairsBcAndDe(const SpinSystem& s) {
    return s.couplingHz(1, 2) <= -9.0 && s.couplingHz(3, 4) <= -9.0;
}

TEST(GeminalPairing, OffersTheOtherTwoPairingsOfFourNeighbouringProtons) {
    const std::vector<PairingStart> starts = geminalPairingStarts(chain());
    ASSERT_EQ(starts.size(), 4u); // the truth's own pairing is not offered again
    for (const PairingStart& start : starts) {
        EXPECT_FALSE(pairsBcAndDe(start.system)) << start.origin;
        EXPECT_EQ(start.groups.size(), 4u);
        EXPECT_DOUBLE_EQ(start.system.couplingHz(0, 3), 5.0) << "the CH's J are kept";
    }
    // Fewer than four aliphatic one-proton groups, or four spread over more than 1 ppm: none.
    SpinSystem spread = chain();
    spread.group(1).shiftPpm = 3.2;
    EXPECT_TRUE(geminalPairingStarts(spread).empty());
    // Two at one shift are an A2 (its 2J does not show): nothing to re-pair.
    SpinSystem a2 = chain();
    a2.group(2).shiftPpm = a2.group(1).shiftPpm;
    EXPECT_TRUE(geminalPairingStarts(a2).empty());
}

TEST(GeminalPairing, AMislinkedChainAtSixtyMegahertzIsRepaired) {
    const SpinSystem truth = chain();
    const ScoringContext context = analysistest::fitContextFor(truth, 60.0);
    // Each proton of the inner CH2 paired with one of the outer: what J-matching can build.
    SpinSystem mislinked = truth;
    for (std::size_t a = 1; a < 5; ++a)
        for (std::size_t b = a + 1; b < 5; ++b)
            mislinked.setCouplingHz(a, b, 7.0);
    mislinked.setCouplingHz(1, 4, -14.0);
    mislinked.setCouplingHz(2, 3, -14.0);
    const Hypothesis stuck = fitHypothesis(context, mislinked, {}, "mislinked", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
    // The two re-pairing starts with the truth's pairs (trans-gauche both ways round), each
    // fitted: the better is the truth.
    Hypothesis best;
    int offered = 0;
    for (const Move& move : couplingMoves(stuck, Evidence{})) {
        if (move.start.origin.rfind("CH2 pairs", 0) != 0 || !pairsBcAndDe(move.start.system))
            continue;
        ++offered;
        const Hypothesis fitted = fitHypothesis(context, move.start, false);
        if (fitted.fitted && (offered == 1 || fitted.bic < best.bic)) best = fitted;
    }
    EXPECT_EQ(offered, 2);
    ASSERT_TRUE(best.fitted) << best.failure;
    EXPECT_LT(best.bic, stuck.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(best.system, truth).solved);
}

} // namespace
} // namespace spinhance::analysis

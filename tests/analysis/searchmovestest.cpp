// The search's coupling moves for a CH2's diastereotopic protons, checked by exact fits: the move
// leads out of a local minimum the fit cannot leave by itself.
#include "analysis/analysisscore.h"
#include "analysis/combinedmoves.h"
#include "analysis/evidence.h"
#include "analysis/finalfit.h"
#include "analysis/identicalcopies.h"
#include "analysis/joinedpieces.h"
#include "analysis/proposals.h"
#include "analysis/search.h"
#include "analysis/spectrumanalysis.h"
#include "analysis/textbookcouplings.h"
#include "fit/fitdata.h"
#include "io/readerregistry.h"
#include "io/textfile.h"
#include "spin/spinsystemjson.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <gtest/gtest.h>
#include <tuple>

namespace spinhance::analysis {
namespace {

ScoringContext contextFor(const SpinSystem& truth, double fieldMHz) {
    return analysistest::fitContextFor(truth, fieldMHz);
}

// GISSMO bmse000316's spin system (PublicNMRData coupling_info; CC BY-SA 4.0): a
// 1,2,4-trisubstituted ring's three protons within 0.1 ppm, a CH-CH2 ABX whose CH2 protons are
// 0.5-0.8 Hz apart (at 60-90 MHz), a CH3 singlet.
SpinSystem bmse000316System() {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{6.9526, 1},
                                       {6.9369, 1},
                                       {6.857, 1},
                                       {4.9284, 1},
                                       {3.2682, 1},
                                       {3.2598, 1},
                                       {2.7546, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 2.2391);
    truth.setCouplingHz(1, 2, 8.0423);
    truth.setCouplingHz(3, 4, 10.3889);
    truth.setCouplingHz(3, 5, 2.8071);
    truth.setCouplingHz(4, 5, -12.6165);
    return truth;
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

// The same fragment at 90 MHz, where the CH is nearly weakly coupled and the 2J's sign shows only
// faintly: the quick trial that flips it (one broadened stage, 25 iterations) ends near the
// answer's BIC, vicinal J still off, and no move clears the margin. Fully fitted, it reaches the
// truth and beats the answer's own full fit: the final fit takes it.
TEST(SearchMoves, ANearEqualRivalThatFitsBetterFullyFittedBecomesTheAnswer) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{3.84, 1}, {3.08, 1}, {2.85, 1}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 4.8);
    truth.setCouplingHz(0, 2, 8.5);
    truth.setCouplingHz(1, 2, -14.9);
    const ScoringContext context = contextFor(truth, 90.0);
    SpinSystem wrongSign = truth; // the other minimum, as the search left it
    wrongSign.setCouplingHz(0, 1, 4.4);
    wrongSign.setCouplingHz(0, 2, 8.9);
    wrongSign.setCouplingHz(1, 2, 14.9);
    const Hypothesis searched = fitHypothesis(context, wrongSign, {}, "search", true);
    ASSERT_TRUE(searched.fitted) << searched.failure;
    const Hypothesis alone = finalFit(context, searched, {}, 10.0).answer;
    EXPECT_FALSE(scoreAnswer(alone.system, truth).solved); // the full fit keeps the wrong sign
    SpinSystem flippedStart = searched.system;
    flippedStart.setCouplingHz(1, 2, -searched.system.couplingHz(1, 2));
    const Hypothesis flipped = fitHypothesis(context, flippedStart, {}, "J B-C sign flipped", true);
    ASSERT_TRUE(flipped.fitted) << flipped.failure;
    ASSERT_LT(flipped.bic, searched.bic + 10.0); // no move: within the margin
    const FinalFit final = finalFit(context, searched, {flipped}, 10.0);
    EXPECT_TRUE(scoreAnswer(final.answer.system, truth).solved);
    EXPECT_LT(final.answer.bic, alone.bic - 2.0);
    ASSERT_TRUE(final.displaced.has_value());
    EXPECT_NEAR(final.displaced->bic, alone.bic, 1e-6);
}

// A CH3-CH-CH2 fragment at 60 MHz (illustrative values in Pretsch's ranges: 3J 7.0 and 6.0 Hz,
// 2J -14.8 Hz, the CH2 protons 5.4 Hz apart). Fitted as one 2 H group the CH2 cannot show its
// AB; the diastereotopic move (geminal J, vicinal J parted) reaches the truth in one fit.
TEST(SearchMoves, ACh2BesideAMethineIsOfferedItsTwoDiastereotopicProtons) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{4.05, 1}, {2.45, 1}, {2.36, 1}, {1.22, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 7.0);
    truth.setCouplingHz(0, 2, 6.0);
    truth.setCouplingHz(0, 3, 6.2);
    truth.setCouplingHz(1, 2, -14.8);
    const ScoringContext context = contextFor(truth, 60.0);
    SpinSystem oneGroup;
    for (const auto& [ppm, protons] : {std::pair{4.05, 1}, {2.405, 2}, {1.22, 3}})
        oneGroup.addGroup(ppm, protons);
    oneGroup.setCouplingHz(0, 1, 6.5);
    oneGroup.setCouplingHz(0, 2, 6.2);
    const Hypothesis stuck = fitHypothesis(context, oneGroup, {}, "one CH2 group", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    Evidence evidence;
    evidence.fieldMHz = 60.0;
    const std::vector<Move> moves = topologyMoves(stuck, evidence, context);
    std::vector<Hypothesis> tried;
    for (const Move& m : moves)
        if (m.start.origin == "diastereotopic B")
            tried.push_back(fitHypothesis(context, m.start, false));
    ASSERT_EQ(tried.size(), 2u); // the twins 6 and 16 Hz apart
    const auto best =
        std::min_element(tried.begin(), tried.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    ASSERT_TRUE(best->fitted) << best->failure;
    EXPECT_LT(best->bic, stuck.bic - 100.0);
    EXPECT_TRUE(scoreAnswer(best->system, truth).solved);
    // A CH2 coupled to a CH3 only (an ethyl) has no stereocentre beside it: no such move.
    SpinSystem ethyl;
    ethyl.addGroup(4.12, 2);
    ethyl.addGroup(1.25, 3);
    ethyl.setCouplingHz(0, 1, 7.1);
    Hypothesis plain;
    plain.system = ethyl;
    for (const Move& m : topologyMoves(plain, evidence, context))
        EXPECT_EQ(m.start.origin.rfind("diastereotopic", 0), std::string::npos) << m.start.origin;
}

// Methyl levulinate at 60 MHz (CH3O 3.67, CH2 2.75 and 2.57, CH3CO 2.19 ppm, 3J 6.5 Hz; SDBS-type
// CDCl3 values): the two CH2, 11 Hz apart, make one strongly coupled multiplet, so J-matching
// (which links different multiplets) never couples them. Fitted uncoupled they misfit; the move
// that couples them at a typical vicinal 7 Hz reaches the truth. It is a J-matching move (offered
// in the first phase too): links to other multiplets must not explain the lines first.
TEST(SearchMoves, TwoAliphaticGroupsInOneMultipletAreOfferedAVicinalJ) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{3.67, 3}, {2.75, 2}, {2.57, 2}, {2.19, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(1, 2, 6.5);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "CDCl3", 10);
    SpinSystem uncoupled = truth;
    uncoupled.setCouplingHz(1, 2, 0.0);
    const Hypothesis stuck = fitHypothesis(context, uncoupled, {}, "uncoupled", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    const std::vector<Move> moves = couplingMoves(stuck, evidence);
    const Move* vicinal = moveNamed(moves, "J B-C vicinal in one multiplet");
    ASSERT_NE(vicinal, nullptr);
    EXPECT_EQ(moveNamed(moves, "J A-D vicinal in one multiplet"), nullptr); // two multiplets
    const Hypothesis linked = fitHypothesis(context, vicinal->start, false);
    ASSERT_TRUE(linked.fitted) << linked.failure;
    EXPECT_LT(linked.bic, stuck.bic - 100.0);
    EXPECT_TRUE(scoreAnswer(linked.system, truth).solved);
}

// A CH2 whose two protons are accidentally isochronous beside a CH at 60 MHz (typical values,
// Pretsch 2009: 3J 4.8 and 8.5 Hz, 2J -14.9 Hz): fitted from a tied start (one shift, both 3J
// at their mean) the CH reads as a triplet and the fit cannot leave the symmetry. The untie
// move reaches the truth; where the two J are really equal, untying buys nothing.
TEST(SearchMoves, IsochronousProtonsWithDifferentCouplingsAreUntied) {
    for (const double otherHz : {8.5, 4.8}) {
        SpinSystem truth;
        for (const auto& [ppm, protons] : {std::pair{3.84, 1}, {2.85, 1}, {2.85, 1}})
            truth.addGroup(ppm, protons);
        truth.setCouplingHz(0, 1, 4.8);
        truth.setCouplingHz(0, 2, otherHz);
        truth.setCouplingHz(1, 2, -14.9);
        const ScoringContext context = contextFor(truth, 60.0);
        FitData data = context.data;
        const Evidence evidence = gatherEvidence(data, "CDCl3", 3);
        SpinSystem tied = truth;
        const double meanHz = 0.5 * (4.8 + otherHz);
        tied.setCouplingHz(0, 1, meanHz);
        tied.setCouplingHz(0, 2, meanHz);
        const Hypothesis stuck = fitHypothesis(context, tied, {}, "tied", false);
        ASSERT_TRUE(stuck.fitted) << stuck.failure;
        const std::vector<Move> moves = topologyMoves(stuck, evidence, context);
        const Move* untie = moveNamed(moves, "untie B/C");
        if (otherHz == 4.8 && !untie) continue; // the tied fit is the truth and fits
        ASSERT_NE(untie, nullptr);
        const Hypothesis untied = fitHypothesis(context, untie->start, false);
        ASSERT_TRUE(untied.fitted) << untied.failure;
        if (otherHz == 4.8) { // offered on noise alone, it does not pay for its parameters
            EXPECT_GT(untied.bic, stuck.bic - SearchOptions{}.acceptDeltaBic);
            continue;
        }
        EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
        EXPECT_LT(untied.bic, stuck.bic - 100.0);
        EXPECT_TRUE(scoreAnswer(untied.system, truth).solved);
    }
}

// Two singlets 7.1 Hz apart and two CH 8.0 Hz apart at 60 MHz (GISSMO bmse000061's purine and
// two of its ribose protons) read as twice the same fragment coupled by 7.3 Hz: both pairs of
// lines explained by one J. The move parts each twin pair by that J and uncouples them; the fit
// then reaches the truth.
TEST(SearchMoves, TwinFragmentsWhoseJIsTwoShiftDifferencesAreParted) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{8.31, 1}, {8.192, 1}, {4.4261, 1}, {4.293, 1}, {3.9136, 1}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(2, 4, 3.35);
    truth.setCouplingHz(3, 4, 2.58);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "D2O", 5);
    SpinSystem twins;
    for (const auto& [ppm, protons] :
         {std::pair{8.251, 1}, {8.251, 1}, {4.3596, 1}, {4.3596, 1}, {3.9136, 1}})
        twins.addGroup(ppm, protons);
    twins.setCouplingHz(0, 2, 7.3);
    twins.setCouplingHz(1, 3, 7.3);
    twins.setCouplingHz(2, 4, 2.97);
    twins.setCouplingHz(3, 4, 2.97);
    const Hypothesis stuck = fitHypothesis(context, twins, {}, "twins", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::vector<Move> moves = topologyMoves(stuck, evidence, context);
    const Move* parted = moveNamed(moves, "A-C twice as two shift differences");
    ASSERT_NE(parted, nullptr);
    const Hypothesis fitted = fitHypothesis(context, parted->start, false);
    ASSERT_TRUE(fitted.fitted) << fitted.failure;
    EXPECT_LT(fitted.bic, stuck.bic - 100.0);
    EXPECT_TRUE(scoreAnswer(fitted.system, truth).solved);
}

// An isolated CH2 AB at 60 MHz beside a heteroaryl's three ring protons (illustrative shifts and
// J in Pretsch's ranges, not a literature line): geminal -21 Hz, Δν 27.6 Hz. Closed form:
// lines at the centre ± (D ± |J|)/2 with D = √(Δν² + J²) = 34.7 Hz, the outer ones a
// quarter of the inner. The evidence keeps all four lines in one region (an outer line is too
// small to be a region of its own), and from a 2 H singlet on one inner line (where a search
// ended in GISSMO Maybridge 09_A08 at 60 MHz) the AB-quartet move gives both protons back.
TEST(SearchMoves, A2HSingletOnAnAbQuartetIsSplitByTheQuartetsClosedForm) {
    SpinSystem truth;
    const std::size_t ha = truth.addGroup(4.02, 1), hb = truth.addGroup(3.56, 1);
    const std::size_t h3 = truth.addGroup(7.60, 1), h4 = truth.addGroup(7.15, 1),
                      h5 = truth.addGroup(7.44, 1);
    truth.setCouplingHz(ha, hb, -21.0);
    truth.setCouplingHz(h3, h4, 4.8);
    truth.setCouplingHz(h4, h5, 4.8);
    const double fieldMHz = 60.0, centrePpm = 3.79;
    const ScoringContext context = contextFor(truth, fieldMHz);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "D2O", 5);
    const int r = regionOf(evidence, centrePpm);
    ASSERT_GE(r, 0);
    const double dHz = std::sqrt(27.6 * 27.6 + 21.0 * 21.0);
    EXPECT_LE(evidence.regions[std::size_t(r)].fromPpm, centrePpm - 0.5 * (dHz + 21.0) / fieldMHz);
    EXPECT_GE(evidence.regions[std::size_t(r)].toPpm, centrePpm + 0.5 * (dHz + 21.0) / fieldMHz);
    EXPECT_EQ(evidence.multiplets[std::size_t(r)].lines, 4);
    SpinSystem singlet;
    singlet.addGroup(centrePpm + 0.5 * (dHz - 21.0) / fieldMHz, 2);
    for (std::size_t g : {h3, h4, h5})
        singlet.addGroup(truth.group(g).shiftPpm, 1);
    singlet.setCouplingHz(1, 2, 4.8);
    singlet.setCouplingHz(2, 3, 4.8);
    const Hypothesis stuck = fitHypothesis(context, singlet, {}, "2 H singlet", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::vector<Move> moves = topologyMoves(stuck, evidence, context);
    const auto quartet = std::find_if(moves.begin(), moves.end(), [](const Move& m) {
        return m.start.origin.find("as an AB quartet, J 21 Hz") != std::string::npos;
    });
    ASSERT_NE(quartet, moves.end());
    const Hypothesis fitted = fitHypothesis(context, quartet->start, false);
    ASSERT_TRUE(fitted.fitted) << fitted.failure;
    EXPECT_LT(fitted.bic, stuck.bic - 1000.0);
    EXPECT_TRUE(scoreAnswer(fitted.system, truth).solved);
}

// An adipate's four CH2 as GISSMO bmse000957 has them: two 2 H groups at `ppm[0..1]`, the inner
// CH2 protons as 1 H groups at `ppm[2..5]`; `hz` in the order of kAdipatePairs, then any stray J.
constexpr std::array<std::pair<std::size_t, std::size_t>, 10> kAdipatePairs = {
    {{0, 4}, {0, 5}, {1, 2}, {1, 3}, {2, 3}, {2, 4}, {2, 5}, {3, 4}, {3, 5}, {4, 5}}};

SpinSystem adipateChain(const std::array<double, 6>& ppm, const std::array<double, 10>& hz) {
    SpinSystem system;
    for (std::size_t g = 0; g < ppm.size(); ++g)
        system.addGroup(ppm[g], g < 2 ? 2 : 1);
    for (std::size_t k = 0; k < kAdipatePairs.size(); ++k)
        system.setCouplingHz(kAdipatePairs[k].first, kAdipatePairs[k].second, hz[k]);
    return system;
}

SpinSystem adipateTruth() {
    return adipateChain({2.2214, 2.221, 1.6584, 1.6584, 1.6207, 1.6207},
                        {7.43, 7.43, 7.10, 7.10, -14.04, 10.18, 5.57, 5.57, 10.18, -14.49});
}

// The free fit's values (stop 58's search of bmse000957 at 90 MHz, before any tie).
SpinSystem adipateApart() {
    return adipateChain({2.22135, 2.22108, 1.66009, 1.65601, 1.62303, 1.61887},
                        {7.69, 7.15, 7.14, 7.07, -11.34, 10.45, 5.69, 5.45, 9.78, -11.79});
}

// GISSMO bmse000957 at 90 MHz (an adipate: two CH2 at 2.22 ppm, the inner CH2 protons as two
// mirror-image pairs) as a free fit leaves it: each pair 0.2-0.4 Hz apart and the crosswise J
// unequal by up to 0.7 Hz, four parameters the spectrum does not ask for. The tie move joins
// each pair into one shift and each mirrored J into one value, and the BIC takes it.
TEST(SearchMoves, NearlyIsochronousMirrorImagePairsAreTied) {
    const SpinSystem truth = adipateTruth();
    const SpinSystem apart = adipateApart();
    const ScoringContext context = contextFor(truth, 90.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "D2O", 8);
    const Hypothesis stuck = fitHypothesis(context, apart, {}, "apart", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    ASSERT_GT(std::abs(stuck.system.group(2).shiftPpm - stuck.system.group(3).shiftPpm), 1e-4)
        << "the free fit already tied them";
    const std::vector<Move> moves = topologyMoves(stuck, evidence, context);
    const Move* tie = moveNamed(moves, "tie C/D, E/F as mirror images");
    ASSERT_NE(tie, nullptr);
    const Hypothesis tied = fitHypothesis(context, tie->start, false);
    ASSERT_TRUE(tied.fitted) << tied.failure;
    EXPECT_LT(tied.freeParameters, stuck.freeParameters - 3);
    EXPECT_LT(tied.bic, stuck.bic - SearchOptions{}.acceptDeltaBic);
    EXPECT_DOUBLE_EQ(tied.system.group(2).shiftPpm, tied.system.group(3).shiftPpm);
    EXPECT_NEAR(tied.system.group(2).shiftPpm, 1.6584, 0.002);
    EXPECT_NEAR(tied.system.group(4).shiftPpm, 1.6207, 0.002);
}

// A start whose fit drives a J onto its bound is fitted again without it, not lost: here the
// bound is set below an ethyl's 7 Hz (the analysis's 25 Hz bound catches a proposal's vicinal
// 7 Hz between a CH3 singlet and a CH2 of one region the same way), and a start that fits
// stays as it was.
TEST(SearchMoves, AProposalEndingOnTheCouplingBoundIsRefittedWithoutThatCoupling) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{3.50, 2}, {2.00, 3}, {1.20, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 7.0);
    ScoringContext context = contextFor(truth, 60.0);
    context.fullFit.maxAbsCouplingHz = 5.0;
    Hypothesis linked, plain;
    linked.system = truth;
    linked.system.setCouplingHz(0, 2, 4.0);
    linked.origin = "linked";
    plain.system = truth;
    plain.system.setCouplingHz(0, 2, 0.0);
    plain.origin = "plain";
    const std::vector<Hypothesis> starts{linked, plain};
    std::vector<Hypothesis> fitted = fitAll(context, starts, false, 1);
    ASSERT_FALSE(fitted[0].fitted);
    EXPECT_NE(fitted[0].failure.find("ended on its bound"), std::string::npos);
    ASSERT_TRUE(fitted[1].fitted) << fitted[1].failure;
    const double plainBic = fitted[1].bic;
    const auto replaced = refitOffTheBound(context, starts, fitted, false, 1);
    ASSERT_EQ(replaced.size(), 1u);
    EXPECT_EQ(replaced[0].first, 0u);
    EXPECT_EQ(replaced[0].second, "refitted without J A-C, which ended on its bound");
    ASSERT_TRUE(fitted[0].fitted) << fitted[0].failure;
    EXPECT_EQ(fitted[0].origin, "linked");
    EXPECT_EQ(fitted[0].system.couplingHz(0, 2), 0.0);
    EXPECT_EQ(fitted[1].bic, plainBic);
}

// A start that puts an uncoupled group on a known solvent singlet the fit holds (the solvent's
// wings read as a region of the molecule's: propionanilide's CHCl3 at 500 MHz) is fitted again
// without that group, not lost; a model start is not (its groups are the model's claim).
TEST(SearchMoves, AProposalWithAGroupOnTheSolventLineIsRefittedWithoutIt) {
    SpinSystem rendered; // an ethyl, and a line where the solvent's singlet is fitted
    for (const auto& [ppm, protons] : {std::pair{3.50, 2}, {1.20, 3}, {7.26, 1}})
        rendered.addGroup(ppm, protons);
    rendered.setCouplingHz(0, 1, 7.0);
    ScoringContext context = contextFor(rendered, 60.0);
    context.fullFit.singletsPpm = {7.26};
    Hypothesis reading, model;
    reading.system = rendered;
    reading.origin = "multiplets";
    model = reading;
    model.origin = "model";
    const std::vector<Hypothesis> starts{reading, model};
    std::vector<Hypothesis> fitted = fitAll(context, starts, false, 1);
    ASSERT_FALSE(fitted[0].fitted);
    EXPECT_EQ(fitted[0].onSolventLine, "C") << fitted[0].failure;
    ASSERT_FALSE(fitted[1].fitted);
    const auto replaced = refitWithoutSolventTwins(context, starts, fitted, false, 1);
    ASSERT_EQ(replaced.size(), 1u);
    EXPECT_EQ(replaced[0].first, 0u);
    EXPECT_EQ(replaced[0].second, "refitted without C, an uncoupled line on the solvent's");
    ASSERT_TRUE(fitted[0].fitted) << fitted[0].failure;
    EXPECT_EQ(fitted[0].origin, "multiplets");
    ASSERT_EQ(fitted[0].system.size(), 2u);
    EXPECT_NEAR(fitted[0].system.group(0).shiftPpm, 3.50, 1e-3);
    EXPECT_NEAR(fitted[0].system.couplingHz(0, 1), 7.0, 0.05);
    EXPECT_FALSE(fitted[1].fitted);
}

// A ring start whose free fit drives a J onto its bound (here set at 9 Hz, under the truth's
// 9.4 Hz ortho J: at 60 MHz the analysis's 25 Hz bound catches strongly coupled ring starts the
// same way) is fitted again with its ring couplings held at the start's textbook values: the
// ring stays whole, and the search's moves may set them free later.
TEST(SearchMoves, ARingStartEndingOnTheCouplingBoundIsRefittedWithItsRingHeld) {
    SpinSystem truth;
    for (double ppm : {7.30, 7.10, 6.95})
        truth.addGroup(ppm, 1);
    truth.addGroup(2.30, 3);
    truth.setCouplingHz(0, 1, 9.4);
    truth.setCouplingHz(1, 2, 9.4);
    truth.setCouplingHz(0, 2, 1.8);
    ScoringContext context = contextFor(truth, 60.0);
    context.fullFit.maxAbsCouplingHz = 9.0;
    Hypothesis ring;
    ring.system = truth;
    ring.system.setCouplingHz(0, 1, 8.0);
    ring.system.setCouplingHz(1, 2, 8.0);
    ring.origin = "multiplets + ring";
    const std::vector<Hypothesis> starts{ring};
    std::vector<Hypothesis> fitted = fitAll(context, starts, false, 1);
    ASSERT_FALSE(fitted[0].fitted);
    const auto replaced = refitOffTheBound(context, starts, fitted, false, 1);
    ASSERT_EQ(replaced.size(), 1u);
    EXPECT_EQ(replaced[0].second.rfind("refitted with its ring J held", 0), 0u)
        << replaced[0].second;
    ASSERT_TRUE(fitted[0].fitted) << fitted[0].failure;
    EXPECT_EQ(fitted[0].heldCouplings.size(), 3u);
    EXPECT_EQ(fitted[0].system.couplingHz(0, 1), 8.0);
    EXPECT_EQ(fitted[0].system.couplingHz(0, 2), 1.8);
}

// A 1,2,4-trisubstituted ring at 60 MHz, its three protons within 0.1 ppm, beside a CH-CH2 and
// a CH3 (GISSMO bmse000316's system), proposed as its multiplet's sixths in the right order with
// textbook J (ortho 8.0, meta 1.8 Hz) and the side chain unlinked. Free, its ortho J runs onto
// the 25 Hz bound; held, the broadened stages carry the ortho pair (3 Hz apart) past each other,
// which puts the meta J on the wrong proton. Fitted again sharp from its shifts in the start's
// order, it keeps the right order and lands on the truth's ring shifts.
TEST(SearchMoves, ARingRefittedHeldIsPutBackInItsStartsOrderWhereItsProtonsCrossed) {
    const SpinSystem truth = bmse000316System();
    ScoringContext context = contextFor(truth, 60.0);
    Hypothesis ring;
    for (const auto& [ppm, protons] :
         {std::pair{6.9567, 1}, {6.9133, 1}, {6.8800, 1}, {4.9228, 1}, {3.2676, 2}, {2.7545, 3}})
        ring.system.addGroup(ppm, protons);
    ring.system.setCouplingHz(0, 2, 1.8);
    ring.system.setCouplingHz(1, 2, 8.0);
    ring.origin = "multiplets + ring";
    const std::vector<Hypothesis> starts{ring};
    std::vector<Hypothesis> fitted = fitAll(context, starts, false, 1);
    ASSERT_FALSE(fitted[0].fitted);
    Hypothesis held = ring;
    held.heldCouplings = {"A-C", "B-C"};
    const Hypothesis crossed = fitHypothesis(context, held, false);
    ASSERT_TRUE(crossed.fitted) << crossed.failure;
    EXPECT_LT(crossed.system.group(1).shiftPpm, crossed.system.group(2).shiftPpm);
    const auto replaced = refitOffTheBound(context, starts, fitted, false, 1);
    ASSERT_EQ(replaced.size(), 1u);
    ASSERT_TRUE(fitted[0].fitted) << fitted[0].failure;
    EXPECT_EQ(fitted[0].heldCouplings.size(), 2u);
    EXPECT_LT(fitted[0].bic, crossed.bic - 10.0);
    for (std::size_t g = 0; g < 3; ++g)
        EXPECT_NEAR(fitted[0].system.group(g).shiftPpm, truth.group(g).shiftPpm, 0.005) << g;
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
    // Coupled by a J no geminal alkene has, two aromatic protons are still no =CH2; the same
    // three protons at olefinic shifts are offered one.
    best.system.setCouplingHz(0, 1, 8.0);
    const std::vector<Move> aromatic = couplingMoves(best, Evidence{});
    EXPECT_EQ(moveNamed(aromatic, "J A-B geminal alkene"), nullptr);
    for (std::size_t g = 0; g < best.system.size(); ++g)
        best.system.group(g).shiftPpm -= 2.0;
    const std::vector<Move> olefinic = couplingMoves(best, Evidence{});
    EXPECT_NE(moveNamed(olefinic, "J A-B geminal alkene"), nullptr);
}

// Three adjacent ring protons whose textbook J the search has set free (ortho 7.6 Hz, nothing
// held) beside an alkene CH=CH still linked by a wrong 3 Hz: the ring's pairs are likely no
// alkene, and its cis and trans J are tried for them only after every other move of the round;
// the alkene pair's are tried in turn.
TEST(SearchMoves, ProtonsWithAnOrthoJAreTriedAsAnAlkeneLast) {
    SpinSystem s;
    for (double ppm : {7.28, 7.20, 7.15, 6.97, 5.84})
        s.addGroup(ppm, 1);
    s.setCouplingHz(0, 1, 7.6);
    s.setCouplingHz(0, 2, 7.6);
    s.setCouplingHz(3, 4, 3.0);
    Hypothesis best;
    best.system = s;
    const std::vector<Move> moves = couplingMoves(best, Evidence{});
    for (const char* name : {"J A-B trans alkene", "J A-B cis alkene", "J B-C trans alkene",
                             "J B-C cis alkene", "J A-D trans alkene", "J C-D cis alkene"}) {
        const Move* move = moveNamed(moves, name);
        ASSERT_NE(move, nullptr) << name;
        EXPECT_TRUE(move->last) << name;
    }
    for (const char* name : {"J D-E trans alkene", "J D-E cis alkene"}) {
        const Move* move = moveNamed(moves, name);
        ASSERT_NE(move, nullptr) << name;
        EXPECT_FALSE(move->last) << name;
    }
}

// Allyl alcohol's vinyl and CH2O at 60 MHz (literature values, Pretsch 2009: trans 17.2, cis
// 10.4, geminal 1.6 Hz, allylic -1.6 and -1.4 Hz). Searched from a vinyl template's quantile
// shifts, the peer simulator's spectrum left the =CH2 pair 0.36 ppm apart with J 24 Hz: a
// strongly coupled AB whose intense inner lines sit at the true shifts. The geminal-alkene move
// puts the pair there with a small J, which fits far better than the minimum the stuck start
// falls into; flipping the CH2O's two allylic J together (one flip alone fits worse) then
// reaches the truth.
TEST(SearchMoves, AVinylGeminalPairReadAsAStrongAbIsCollapsedToItsInnerLines) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{5.97, 1}, {5.27, 1}, {5.13, 1}, {4.14, 2}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 17.2);
    truth.setCouplingHz(0, 2, 10.4);
    truth.setCouplingHz(1, 2, 1.6);
    truth.setCouplingHz(0, 3, 5.3);
    truth.setCouplingHz(1, 3, -1.6);
    truth.setCouplingHz(2, 3, -1.4);
    Hypothesis stuck;
    stuck.system = truth;
    stuck.system.group(1).shiftPpm = 5.379;
    stuck.system.group(2).shiftPpm = 5.016;
    stuck.system.setCouplingHz(0, 1, 17.30);
    stuck.system.setCouplingHz(0, 2, 9.74);
    stuck.system.setCouplingHz(1, 2, 24.34);
    stuck.system.setCouplingHz(1, 3, 1.12);
    stuck.system.setCouplingHz(2, 3, 1.26);
    Evidence evidence;
    evidence.fieldMHz = 60.0;
    const std::vector<Move> moves = couplingMoves(stuck, evidence);
    const Move* inner = moveNamed(moves, "J B-C geminal alkene at the inner lines");
    ASSERT_NE(inner, nullptr);
    EXPECT_NEAR(inner->start.system.group(1).shiftPpm, 5.27, 0.01);
    EXPECT_NEAR(inner->start.system.group(2).shiftPpm, 5.13, 0.01);
    EXPECT_NEAR(inner->start.system.couplingHz(1, 2), 1.5, 1e-12);

    const ScoringContext context = contextFor(truth, 60.0);
    const Hypothesis refitted = fitHypothesis(context, stuck, true);
    ASSERT_TRUE(refitted.fitted) << refitted.failure;
    EXPECT_FALSE(scoreAnswer(refitted.system, truth).solved);
    const Hypothesis collapsed = fitHypothesis(context, inner->start, true);
    ASSERT_TRUE(collapsed.fitted) << collapsed.failure;
    EXPECT_LT(collapsed.bic, refitted.bic - 10.0);
    EXPECT_NEAR(collapsed.system.couplingHz(1, 2), 1.6, 0.3);
    EXPECT_NEAR(collapsed.system.group(1).shiftPpm, 5.27, 0.01);

    // The allylic signs: positive as in the stuck start; both flipped at once fit better.
    ASSERT_GT(collapsed.system.couplingHz(1, 3) * collapsed.system.couplingHz(2, 3), 0.0);
    const std::vector<Move> next = couplingMoves(collapsed, evidence);
    const Move* flip = moveNamed(next, "long-range J of D signs flipped");
    ASSERT_NE(flip, nullptr);
    EXPECT_EQ(flip->start.system.couplingHz(1, 3), -collapsed.system.couplingHz(1, 3));
    EXPECT_EQ(flip->start.system.couplingHz(2, 3), -collapsed.system.couplingHz(2, 3));
    const Hypothesis flipped = fitHypothesis(context, flip->start, true);
    ASSERT_TRUE(flipped.fitted) << flipped.failure;
    EXPECT_LT(flipped.bic, collapsed.bic - 10.0);
    EXPECT_LT(flipped.system.couplingHz(1, 3), 0.0);
    EXPECT_TRUE(scoreAnswer(flipped.system, truth).solved);
}

// A monosubstituted ring's ortho J set free may move by what substituents do (2 Hz), not
// further: toluene's ring at 60 MHz is one lump, and a free fit there bought a lower BIC with its
// 7.6 Hz ortho J at 3.2 Hz. The move carries a band per freed ortho J (the four of 7.4-7.6 Hz),
// centred on the textbook value; meta and para J roam (a fit passes through odd values on its
// way to the right ones).
TEST(SearchMoves, FreedTextbookRingCouplingsStayNearTheirTextbookValues) {
    TemplateStart ring;
    ring.system.addGroup(2.36, 3);
    addMonosubstitutedRing(ring, 7.17, 7.25, 7.17);
    Hypothesis best;
    best.system = ring.system;
    best.heldCouplings = heldLabels(ring);
    const std::vector<Move> moves = couplingMoves(best, Evidence{});
    const Move* freed = moveNamed(moves, "textbook J set free");
    ASSERT_NE(freed, nullptr);
    EXPECT_TRUE(freed->start.heldCouplings.empty());
    ASSERT_EQ(freed->bands.size(), 4u);
    for (const Move::CouplingBand& band : freed->bands) {
        const double textbookHz = best.system.couplingHz(band.a, band.b);
        EXPECT_NEAR(band.minHz, textbookHz - 2.0, 1e-12);
        EXPECT_NEAR(band.maxHz, textbookHz + 2.0, 1e-12);
    }
    EXPECT_TRUE(withinBands(*freed, best.system));
    SpinSystem lump = best.system;
    const Move::CouplingBand& ortho = *std::max_element(
        freed->bands.begin(), freed->bands.end(), [&](const auto& x, const auto& y) {
            return best.system.couplingHz(x.a, x.b) < best.system.couplingHz(y.a, y.b);
        });
    lump.setCouplingHz(ortho.a, ortho.b, 3.2);
    std::string why;
    EXPECT_FALSE(withinBands(*freed, lump, &why));
    EXPECT_NE(why.find("left its physical range"), std::string::npos) << why;
    lump.setCouplingHz(ortho.a, ortho.b, best.system.couplingHz(ortho.a, ortho.b) + 1.5);
    EXPECT_TRUE(withinBands(*freed, lump));
}

// Couplings between aromatic protons are positive (Pretsch 2009): a negative one, where a fit
// found the mirror of the right answer (aspirin's meta J at -2.3 Hz at 60 MHz), is offered
// flipped, a positive one never is; between olefinic protons either sign may be flipped.
TEST(SearchMoves, OnlyANegativeJBetweenAromaticProtonsIsFlipped) {
    Hypothesis best;
    for (double ppm : {8.12, 7.61, 7.34, 7.13})
        best.system.addGroup(ppm, 1);
    best.system.setCouplingHz(0, 1, 1.7);
    best.system.setCouplingHz(1, 2, 7.6);
    best.system.setCouplingHz(2, 3, -2.3);
    EXPECT_EQ(implausibleCouplings(best.system), 1); // the search accepts no move adding one
    std::vector<Move> moves = couplingMoves(best, Evidence{});
    const Move* negative = moveNamed(moves, "J C-D sign flipped");
    ASSERT_NE(negative, nullptr);
    EXPECT_EQ(negative->start.system.couplingHz(2, 3), 2.3);
    EXPECT_EQ(moveNamed(moves, "J A-B sign flipped"), nullptr);
    EXPECT_EQ(moveNamed(moves, "J B-C sign flipped"), nullptr);
    for (std::size_t g = 0; g < best.system.size(); ++g)
        best.system.group(g).shiftPpm -= 2.0; // olefinic
    EXPECT_EQ(implausibleCouplings(best.system), 0);
    moves = couplingMoves(best, Evidence{});
    EXPECT_NE(moveNamed(moves, "J A-B sign flipped"), nullptr);
    EXPECT_NE(moveNamed(moves, "J C-D sign flipped"), nullptr);
}

// No real molecule has a coupling of more than 10 Hz between protons 4 ppm apart: none of the 65
// literature systems does (ethyl crotonate's H3-CH3, 6.9 Hz across 5.1 ppm, and acetaldehyde's
// CHO-CH3, 2.9 Hz across 7.6 ppm, stay plausible). A pyridine's two meta protons 18 Hz apart
// read as one 2 H group split by 18 Hz from a butyl CH2 (the search's shortcut on a GISSMO
// fragment at 90 MHz) is refused.
TEST(SearchMoves, ALargeJBetweenProtonsFourPpmApartIsImplausible) {
    const std::string path =
        std::string(SPINHANCE_TEST_DATA_DIR) + "/analysis/literature-systems.json";
    const std::vector<SpinSystem> truths = parseSpinSystems(io::readFileBytes(path), path);
    ASSERT_GE(truths.size(), 65u);
    for (const SpinSystem& truth : truths)
        EXPECT_EQ(implausibleCouplings(truth), 0) << truth.id;
    SpinSystem shortcut;
    shortcut.addGroup(8.71, 2);
    shortcut.addGroup(8.20, 1);
    shortcut.addGroup(1.45, 2);
    shortcut.setCouplingHz(0, 1, 2.1);
    EXPECT_EQ(implausibleCouplings(shortcut), 0);
    shortcut.setCouplingHz(0, 2, -18.4);
    EXPECT_EQ(implausibleCouplings(shortcut), 1);
}

// Above 6.5 ppm only an alkene partner couples by more than 11 Hz, and a proton there has one at
// most: (E)-cinnamaldehyde's H-alpha (6.72 ppm) has its trans H-beta (7.48, 16.0 Hz) and the CHO
// (9.70, 7.7 Hz; Pretsch 2009 values) beside its ring's ortho J. A free fit of ethylbenzene's
// ring at 60 MHz that ended with 17.3 and 11.3 Hz on one ring proton is no molecule.
TEST(SearchMoves, ASecondLargeJBetweenProtonsAbove6ppm5IsImplausible) {
    SpinSystem cinnamaldehyde;
    const std::size_t cho = cinnamaldehyde.addGroup(9.70, 1),
                      beta = cinnamaldehyde.addGroup(7.48, 1),
                      alpha = cinnamaldehyde.addGroup(6.72, 1),
                      ortho = cinnamaldehyde.addGroup(7.56, 2),
                      metaPara = cinnamaldehyde.addGroup(7.42, 3);
    cinnamaldehyde.setCouplingHz(alpha, beta, 16.0);
    cinnamaldehyde.setCouplingHz(alpha, cho, 7.7);
    cinnamaldehyde.setCouplingHz(ortho, metaPara, 7.6);
    EXPECT_EQ(implausibleCouplings(cinnamaldehyde), 0);
    SpinSystem ring;
    for (double ppm : {7.31, 7.26, 7.22, 7.17, 7.17})
        ring.addGroup(ppm, 1);
    ring.setCouplingHz(0, 1, 17.3);
    ring.setCouplingHz(0, 4, 11.3);
    ring.setCouplingHz(1, 2, 8.5);
    EXPECT_EQ(implausibleCouplings(ring), 1);
    ring.setCouplingHz(0, 4, 7.5); // an ortho J: one large J left, an alkene's
    EXPECT_EQ(implausibleCouplings(ring), 0);
}

// A vicinal J (5 Hz and more) between sp2 protons needs H-C-C-H, and a ring or alkene CH has two
// carbon neighbours: a proton above 6.5 ppm has at most two such partners there. A
// monosubstituted phenyl (ethylbenzene: ortho 7.6 / 7.5 Hz, meta 1.2-1.8, para 0.6; Pretsch
// 2009), each proton's own group, has two at most (the meta protons); the free fit of its ring at
// 60 MHz that spread one lump's lines over 11.2, 9.1 and 5.4 Hz from its para proton is none.
TEST(SearchMoves, AThirdVicinalPartnerOfAnSp2ProtonIsImplausible) {
    SpinSystem phenyl;
    const std::size_t o1 = phenyl.addGroup(7.20, 1), o2 = phenyl.addGroup(7.20, 1),
                      m1 = phenyl.addGroup(7.28, 1), m2 = phenyl.addGroup(7.28, 1),
                      para = phenyl.addGroup(7.17, 1);
    phenyl.setCouplingHz(o1, m1, 7.6);
    phenyl.setCouplingHz(o2, m2, 7.6);
    phenyl.setCouplingHz(m1, para, 7.5);
    phenyl.setCouplingHz(m2, para, 7.5);
    phenyl.setCouplingHz(o1, para, 1.2);
    phenyl.setCouplingHz(o2, para, 1.2);
    phenyl.setCouplingHz(o1, o2, 1.8);
    phenyl.setCouplingHz(m1, m2, 1.4);
    phenyl.setCouplingHz(o1, m2, 0.6);
    phenyl.setCouplingHz(o2, m1, 0.6);
    EXPECT_EQ(implausibleCouplings(phenyl), 0);
    SpinSystem wandered = phenyl;
    wandered.setCouplingHz(o1, para, 11.2); // the para proton's third J above 5 Hz
    EXPECT_EQ(implausibleCouplings(wandered), 1);
    wandered.setCouplingHz(m1, para, 4.9); // two again: no count
    EXPECT_EQ(implausibleCouplings(wandered), 0);
    // Below 6.5 ppm a vinyl CH couples to both =CH2 protons and to an allylic CH2: plausible.
    SpinSystem allyl;
    const std::size_t ch = allyl.addGroup(5.90, 1), trans = allyl.addGroup(5.25, 1),
                      cis = allyl.addGroup(5.15, 1), ch2 = allyl.addGroup(4.10, 2);
    allyl.setCouplingHz(ch, trans, 17.2);
    allyl.setCouplingHz(ch, cis, 10.4);
    allyl.setCouplingHz(ch, ch2, 5.6);
    EXPECT_EQ(implausibleCouplings(allyl), 0);
}

// No J between two sp2 protons exceeds ethylene's trans 19.1 Hz (Pretsch 2009): an AB of two ring
// protons read from its inner lines alone, its outer lines faint and far out, is no molecule's.
// trans-beta-Nitrostyrene's CH=CH (8.00 and 7.58 ppm, 13.7 Hz, SDBS) is, and so is the largest
// trans J there is.
TEST(SearchMoves, ACouplingAboveTwentyHertzBetweenSp2ProtonsIsImplausible) {
    SpinSystem nitrostyrene;
    nitrostyrene.addGroup(8.00, 1);
    nitrostyrene.addGroup(7.58, 1);
    nitrostyrene.setCouplingHz(0, 1, 13.7);
    EXPECT_EQ(implausibleCouplings(nitrostyrene), 0);
    nitrostyrene.setCouplingHz(0, 1, 19.1);
    EXPECT_EQ(implausibleCouplings(nitrostyrene), 0);
    SpinSystem pair;
    pair.addGroup(7.91, 1);
    pair.addGroup(7.81, 1);
    pair.setCouplingHz(0, 1, 24.8);
    EXPECT_EQ(implausibleCouplings(pair), 1);
    pair.setCouplingHz(0, 1, -24.8);
    EXPECT_EQ(implausibleCouplings(pair), 1);
    pair.setCouplingHz(0, 1, 1.8);
    EXPECT_EQ(implausibleCouplings(pair), 0);
}

// Ibuprofen's para ring, CH2 and CH at 60 MHz as multiplet readings: the ring shows its 8 Hz ortho
// splitting, the CH2 doublet and the CH nonet the 7 Hz vicinal J, within the matching tolerance of
// each other. A ring template's protons have no vicinal partner outside the ring, so J-matching
// links the CH2 to the CH only (on the real spectrum it had linked the CH2 to a ring proton).
TEST(SearchMoves, ARingTemplatesProtonsAreNotLinkedToAliphaticMultipletsSplitAlike) {
    TemplateStart start;
    addAaBbRing(start, 7.21, 7.10, paraBenzeneCouplings(8.0));
    start.system.addGroup(2.45, 2);
    start.system.addGroup(1.85, 1);
    Hypothesis best;
    best.system = start.system;
    best.heldCouplings = heldLabels(start);
    Evidence evidence;
    evidence.fieldMHz = 60.0;
    evidence.typicalFwhmHz = 1.6;
    auto region = [](double fromPpm, double toPpm) {
        SignalRegion r;
        r.fromPpm = fromPpm;
        r.toPpm = toPpm;
        r.centroidPpm = 0.5 * (fromPpm + toPpm);
        return r;
    };
    evidence.regions = {region(1.70, 2.00), region(2.38, 2.52), region(7.00, 7.32)};
    evidence.multiplets = {
        {1.85, 40.0, {6.6, 7.1}, 9}, {2.45, 8.5, {7.1}, 2}, {7.16, 15.0, {7.6}, 6}};
    const std::size_t ch2 = 4, ch = 5;
    const std::vector<Move> moves = couplingMoves(best, evidence);
    bool linked = false;
    for (const Move& move : moves) {
        const SpinSystem& s = move.start.system;
        for (std::size_t ring = 0; ring < 4; ++ring)
            for (std::size_t aliphatic : {ch2, ch})
                EXPECT_EQ(s.couplingHz(ring, aliphatic), 0.0) << move.start.origin;
        linked = linked || std::abs(s.couplingHz(ch2, ch) - 7.1) < 0.1;
    }
    EXPECT_TRUE(linked);
}

// An ethyl ester's OCH2/CH3 and an isopropyl's CH/(CH3)2 at 60 MHz, fitted uncoupled: linking
// either pair pays on its own, and the two links touch different groups, so one round takes both
// (the joined fit solves the system); a third link sharing a group with the round's winner stays
// out.
TEST(SearchMoves, IndependentLinksThatEachPayAreJoinedInOneRound) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{4.12, 2}, {2.90, 1}, {1.26, 3}, {0.90, 6}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 7.1);
    truth.setCouplingHz(1, 3, 6.9);
    Hypothesis best;
    best.system = truth;
    best.system.setCouplingHz(0, 2, 0.0);
    best.system.setCouplingHz(1, 3, 0.0);
    const ScoringContext context = contextFor(truth, 60.0);
    best = fitHypothesis(context, best, true);
    ASSERT_TRUE(best.fitted) << best.failure;
    std::vector<Move> moves(3);
    const std::array<std::array<std::size_t, 2>, 3> pairs = {{{0, 2}, {1, 3}, {0, 3}}};
    std::vector<Hypothesis> trials;
    for (std::size_t k = 0; k < 3; ++k) {
        moves[k].start = best;
        moves[k].start.system.setCouplingHz(pairs[k][0], pairs[k][1], 7.0);
        moves[k].start.origin = "link " + std::to_string(k);
        EXPECT_EQ(singleChangedPair(best.system, moves[k].start.system), pairs[k]);
        trials.push_back(fitHypothesis(context, moves[k].start, true));
        ASSERT_TRUE(trials.back().fitted) << trials.back().failure;
    }
    EXPECT_LT(trials[0].bic, best.bic - 10.0);
    EXPECT_LT(trials[1].bic, best.bic - 10.0);
    const std::size_t winner = trials[0].bic < trials[1].bic ? 0 : 1;
    const auto joined = combinedWinners(best, moves, trials, winner, 10.0);
    ASSERT_TRUE(joined.has_value());
    EXPECT_EQ(joined->joined, 1);
    EXPECT_NE(joined->start.system.couplingHz(0, 2), 0.0);
    EXPECT_NE(joined->start.system.couplingHz(1, 3), 0.0);
    EXPECT_EQ(joined->start.system.couplingHz(0, 3), 0.0);
    const Hypothesis both = fitHypothesis(context, joined->start, true);
    ASSERT_TRUE(both.fitted) << both.failure;
    EXPECT_LT(both.bic, trials[winner].bic - 10.0);
    EXPECT_TRUE(scoreAnswer(both.system, truth).solved);
    // A move that also shifts a group is no single link.
    SpinSystem moved = moves[0].start.system;
    moved.group(3).shiftPpm += 0.01;
    EXPECT_FALSE(singleChangedPair(best.system, moved).has_value());
}

// An ethyl group at 60 MHz, its data cropped to 0.8–3.0 ppm with a masked solvent stretch at
// 1.90–2.00 ppm and signal regions around the two multiplets only. A start that adds a proton
// beyond the cropped data (coupled to the CH2) and one on the masked stretch (coupled to the CH3)
// gives the fit free ghost partners that nothing in the spectrum supports: both are dropped before
// the fit, which then finds the ethyl group alone.
TEST(SearchMoves, GroupsWithNoSignalUnderThemAreDroppedBeforeTheFit) {
    SpinSystem truth;
    truth.addGroup(2.60, 2);
    truth.addGroup(1.20, 3);
    truth.setCouplingHz(0, 1, 7.3);
    ScoringContext context;
    context.data = cropToRegion(
        fitDataFromSpectrum(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 43, 1.0, 0.0, 0.0)),
        0.8, 3.0);
    context.sigma = 1e-3;
    const std::size_t points = context.data.intensity.size();
    context.data.weight.assign(points, 1.0);
    context.regionWeight.assign(points, 0.0);
    for (std::size_t i = 0; i < points; ++i) {
        const double ppm = context.data.grid.ppmAt(i);
        if (ppm >= 1.90 && ppm <= 2.00)
            context.data.weight[i] = 0.0;
        else if (std::abs(ppm - 2.60) < 0.25 || std::abs(ppm - 1.20) < 0.25)
            context.regionWeight[i] = 1.0;
    }
    SpinSystem start = truth;
    start.addGroup(5.00, 1); // C, beyond the data
    start.addGroup(1.95, 1); // D, on the masked stretch
    start.setCouplingHz(0, 2, 7.0);
    start.setCouplingHz(1, 3, 5.0);
    const Hypothesis fitted = fitHypothesis(context, start, {}, "with ghosts", false);
    ASSERT_TRUE(fitted.fitted) << fitted.failure;
    ASSERT_EQ(fitted.system.size(), 2u);
    EXPECT_EQ(fitted.system.group(0).label, "A");
    EXPECT_EQ(fitted.system.group(1).label, "B");
    EXPECT_NE(fitted.origin.find("without C, D"), std::string::npos) << fitted.origin;
    EXPECT_TRUE(scoreAnswer(fitted.system, truth).solved);
}

// Two 2 H singlets (an OCH2 and an NCH2, typical shifts) and an AB pair at 90 MHz, answered with
// each singlet as two 1 H groups at one shift: the same spectrum (the fit ties equal shifts into
// one parameter, so the same BIC too) and the wrong group count. Joined, the answer is the
// truth's form and fits as well.
TEST(SearchMoves, EquivalentGroupsAreJoinedIntoOne) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{7.08, 1}, {6.97, 1}, {5.35, 2}, {3.69, 2}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 1.9);
    const ScoringContext context = contextFor(truth, 90.0);
    SpinSystem split;
    for (const auto& [ppm, protons] :
         {std::pair{7.08, 1}, {6.97, 1}, {5.35, 1}, {5.35, 1}, {3.69, 1}, {3.69, 1}})
        split.addGroup(ppm, protons);
    split.setCouplingHz(0, 1, 1.9);
    const Hypothesis answer = fitHypothesis(context, split, {}, "split", false);
    ASSERT_TRUE(answer.fitted) << answer.failure;
    EXPECT_FALSE(scoreAnswer(answer.system, truth).groupCountRight);
    const Hypothesis joined = withEquivalentGroupsJoined(context, answer, 10.0);
    ASSERT_EQ(joined.system.size(), 4u);
    EXPECT_EQ(joined.system.group(2).protonCount, 2);
    EXPECT_NEAR(joined.bic, answer.bic, 1.0);
    EXPECT_TRUE(scoreAnswer(joined.system, truth).solved);
    // Nothing to join: the answer itself comes back.
    EXPECT_EQ(withEquivalentGroupsJoined(context, joined, 10.0).system.size(), 4u);
}

// An A2B2 (two 2 H groups 0.12 ppm apart, J 8.0 Hz) and a methyl at 90 MHz, answered with each
// 2 H group as two 1 H groups whose J to the other pair the fit left apart (8.3 against 7.7 Hz
// start, ibuprofen's ring in the literature set): the spectrum cannot tell the split from the
// A2B2, so the join is tried at a looser J tolerance and kept.
TEST(SearchMoves, ASplitWhoseCouplingsTheFitLeftApartIsStillJoined) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{7.22, 2}, {7.10, 2}, {2.30, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 8.0);
    const ScoringContext context = contextFor(truth, 90.0);
    SpinSystem split;
    for (const auto& [ppm, protons] :
         {std::pair{7.22, 1}, {7.22, 1}, {7.10, 1}, {7.10, 1}, {2.30, 3}})
        split.addGroup(ppm, protons);
    split.setCouplingHz(0, 2, 8.3);
    split.setCouplingHz(0, 3, 7.7);
    split.setCouplingHz(1, 2, 7.7);
    split.setCouplingHz(1, 3, 8.3);
    const Hypothesis answer = fitHypothesis(context, split, {}, "split", true);
    ASSERT_TRUE(answer.fitted) << answer.failure;
    const SpinSystem& s = answer.system;
    ASSERT_GT(std::abs(s.couplingHz(0, 2) - s.couplingHz(1, 2)), 0.05)
        << "the fit joined them by itself: the test needs a start it leaves apart";
    EXPECT_FALSE(scoreAnswer(s, truth).groupCountRight);
    const Hypothesis joined = withEquivalentGroupsJoined(context, answer, 10.0);
    ASSERT_EQ(joined.system.size(), 3u);
    EXPECT_TRUE(scoreAnswer(joined.system, truth).solved);
}

// The para ring's chemistry bonus is for an AA'BB' a fit leaves looking like one. Textbook para
// benzene and furan rings (Pretsch 2009) have AA' coupling unlike to B and B'; the free ring fit
// of the literature set's ibuprofen at 90 MHz (an A2B2 in the truth: 8.27 and 7.63 Hz to B, B')
// is an A2B2 with more parameters, and so are a CH2's two halves with one J to a neighbour.
TEST(SearchMoves, OnlyARingFitWhoseTwinsCoupleAlikeIsSeenAsA2B2) {
    auto ring = [](const AaBbCouplings& j) {
        TemplateStart start;
        addAaBbRing(start, 7.22, 7.10, j);
        start.system.addGroup(2.30, 3);
        return start.system;
    };
    EXPECT_FALSE(hasAlikeTwins(ring(paraBenzeneCouplings(8.2))));
    EXPECT_FALSE(hasAlikeTwins(ring(furanCouplings())));
    EXPECT_TRUE(hasAlikeTwins(ring({8.27, 0.17, 7.39, 7.63})));
    SpinSystem halves;
    for (const auto& [ppm, protons] : {std::pair{2.73, 1}, {2.73, 1}, {2.17, 2}})
        halves.addGroup(ppm, protons);
    halves.setCouplingHz(0, 2, 6.74);
    halves.setCouplingHz(1, 2, 6.71);
    EXPECT_TRUE(hasAlikeTwins(halves));
    halves.group(1).shiftPpm = 2.74; // not at one shift: no twins
    EXPECT_FALSE(hasAlikeTwins(halves));
}

// GISSMO bmse000419's spin system (PublicNMRData coupling_info; CC BY-SA 4.0): a ring's
// N-CH2-CH2-CH2-CH2-C(O), its four middle protons within 0.15 ppm (9 Hz at 60 MHz) with J up to
// 20 Hz; the N-CH2 and CH2-C(O) pairs written without a geminal J. `middle` gives the middle
// lump's couplings (E-F, E-G, E-H, F-G, F-H, G-H) and `outer` the four chain J to it.
SpinSystem bmse000419System(const std::array<double, 8>& shiftsPpm,
                            const std::array<double, 6>& middle,
                            const std::array<double, 8>& outer) {
    SpinSystem s;
    for (double ppm : shiftsPpm)
        s.addGroup(ppm, 1);
    const std::array<std::pair<std::size_t, std::size_t>, 6> lump{
        {{4, 5}, {4, 6}, {4, 7}, {5, 6}, {5, 7}, {6, 7}}};
    for (std::size_t k = 0; k < lump.size(); ++k)
        s.setCouplingHz(lump[k].first, lump[k].second, middle[k]);
    const std::array<std::pair<std::size_t, std::size_t>, 8> chain{
        {{0, 6}, {0, 7}, {1, 6}, {1, 7}, {2, 4}, {2, 5}, {3, 4}, {3, 5}}};
    for (std::size_t k = 0; k < chain.size(); ++k)
        s.setCouplingHz(chain[k].first, chain[k].second, outer[k]);
    return s;
}

// bmse000419 at 60 MHz as NMRium's simulator renders it (tests/data/SOURCES.md), fitted from
// the optimum the search reached at stop 72 (the middle lump's J traded: 14.8 Hz for 2.1 and
// -4.5 for 18.1, rms 1 % above the truth's): no J move leaves it, and the lump restarted from
// textbook J reaches the truth.
TEST(SearchMoves, AMethyleneLumpInAnotherOptimumIsRestartedFromTextbookJ) {
    const std::array<double, 8> truthPpm{3.2762, 2.9989, 2.3147, 2.2198,
                                         1.7604, 1.6483, 1.64,   1.6149};
    const SpinSystem truth =
        bmse000419System(truthPpm, {-19.9957, 2.0976, 18.1344, 2.9334, 6.2663, -10.4343},
                         {4.5897, 7.1275, 7.1058, 7.1058, 6.5, 6.5, 6.8443, 7.0745});
    FitData data = fitDataFromSpectrum(
        openSpectrum(SPINHANCE_SOURCE_DIR "/tests/data/analysis/bmse000419-60mhz-peer.jdx"));
    const Evidence evidence = gatherEvidence(data, "D2O", 8);
    const ScoringContext context = analysisContext(data, evidence);
    // The stop-72 answer, fitted sharp from itself (the nearest minimum; broadened stages would
    // move it).
    SpinSystem other =
        bmse000419System({3.27818, 3.00184, 2.31297, 2.21389, 1.72400, 1.67409, 1.63495, 1.62801},
                         {-23.7078, 14.8085, -4.5023, 6.6215, -7.9137, -13.3028},
                         {5.9467, 5.7232, 6.6481, 7.8416, 6.4089, 6.1956, 7.3309, 6.6784});
    other.setCouplingHz(0, 1, 0.2618);
    other.setCouplingHz(2, 3, -0.1940);
    other.setCouplingHz(3, 6, -0.2885);
    ScoringContext sharp = context;
    sharp.fullFit.broadeningScheduleHz.clear();
    LineModel line;
    line.linewidthHz = 1.07342;
    const Hypothesis stuck = fitHypothesis(sharp, other, line, "other optimum", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    ASSERT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::vector<Move> moves = couplingMoves(stuck, evidence);
    const auto restart = std::find_if(moves.begin(), moves.end(), [](const Move& m) {
        return m.start.origin.rfind("methylene lump at ", 0) == 0;
    });
    ASSERT_NE(restart, moves.end());
    EXPECT_EQ(restart->groupsTouched.size(), 4u);
    const Hypothesis restarted = fitHypothesis(context, restart->start, true);
    ASSERT_TRUE(restarted.fitted) << restarted.failure;
    EXPECT_LT(restarted.bic, stuck.bic - SearchOptions{}.acceptDeltaBic);
    EXPECT_TRUE(scoreAnswer(restarted.system, truth).solved)
        << spinSystemToJson(restarted.system) << " from " << spinSystemToJson(restart->start.system)
        << stuck.bic << " " << restarted.bic;
}

// The literature set's ibuprofen line (tests/data/analysis/literature-systems.json: typical CDCl3
// values, its para ring written as an A2B2 with J 8.0 Hz), `ring` in place of its two 2 H
// aromatic groups: the ring's protons first, then the CH, CH2, CH, CH3 and (CH3)2.
SpinSystem ibuprofenWith(const SpinSystem& ring) {
    SpinSystem s = ring;
    const std::size_t ch = s.addGroup(3.70, 1), ch2 = s.addGroup(2.45, 2);
    const std::size_t isoCh = s.addGroup(1.85, 1), ch3 = s.addGroup(1.50, 3);
    const std::size_t isoCh3 = s.addGroup(0.90, 6);
    s.setCouplingHz(ch, ch3, 7.2);
    s.setCouplingHz(ch2, isoCh, 7.2);
    s.setCouplingHz(isoCh, isoCh3, 6.6);
    return s;
}

// The A2B2 of the literature line at 60 MHz (Δν 7.2 Hz, J 8.0 Hz) fitted from the AA'BB' the
// search reached on the peer simulator's rendering (ortho, meta and para J traded: 12.9, -11.1 and
// 7.8 Hz, one proton pair 1.8 Hz): an optimum the free fit does not leave. Merging both AA'
// pairs at once, the move reaches the literature line.
TEST(SearchMoves, AnAaBbOptimumOverAnA2B2IsReadBackAsTheA2B2) {
    SpinSystem a2b2;
    a2b2.addGroup(7.22, 2);
    a2b2.addGroup(7.10, 2);
    a2b2.setCouplingHz(0, 1, 8.0);
    const SpinSystem truth = ibuprofenWith(a2b2);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "CDCl3", 17);
    TemplateStart ring;
    addAaBbRing(ring, 7.2275, 7.0924, {12.94, -11.09, 1.80, 7.85});
    const Hypothesis stuck =
        fitHypothesis(context, ibuprofenWith(ring.system), {}, "AA'BB' optimum", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    ASSERT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::vector<Move> moves = ringAsA2B2Moves(stuck, evidence);
    const Move* merged = moveNamed(moves, "ring AB/CD read A2B2");
    ASSERT_NE(merged, nullptr);
    EXPECT_EQ(merged->start.system.size(), 7u);
    const Hypothesis a2b2Fit = fitHypothesis(context, merged->start, false);
    ASSERT_TRUE(a2b2Fit.fitted) << a2b2Fit.failure;
    EXPECT_LT(a2b2Fit.bic, stuck.bic - SearchOptions{}.acceptDeltaBic);
    EXPECT_TRUE(scoreAnswer(a2b2Fit.system, truth).solved);
    EXPECT_NEAR(a2b2Fit.system.couplingHz(0, 1), 8.0, 0.05);
}

// A real para-disubstituted ring (textbook AA'BB': ortho 8.0, meta 2.3, para 0.4 Hz; Pretsch
// 2009) in the same molecule: its A2B2 reading is offered, and the BIC keeps the AA'BB'.
TEST(SearchMoves, ATrueAaBbRingIsNotReadAsA2B2) {
    TemplateStart ring;
    addAaBbRing(ring, 7.22, 7.10, paraBenzeneCouplings(8.0));
    const SpinSystem truth = ibuprofenWith(ring.system);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "CDCl3", 17);
    const Hypothesis answer = fitHypothesis(context, truth, {}, "truth", false);
    ASSERT_TRUE(answer.fitted) << answer.failure;
    const std::vector<Move> moves = ringAsA2B2Moves(answer, evidence);
    ASSERT_EQ(moves.size(), 1u);
    const Hypothesis a2b2Fit = fitHypothesis(context, moves[0].start, false);
    ASSERT_TRUE(a2b2Fit.fitted) << a2b2Fit.failure;
    EXPECT_GT(a2b2Fit.bic, answer.bic + SearchOptions{}.acceptDeltaBic);
}

// Anisole at 90 MHz with its literature ring couplings (ortho 8.3 / 7.4, meta 1.1 / 2.4 / 1.7,
// para 0.5 Hz; the literature set's values) answered with the alkylbenzene's textbook meta and
// para J held (1.2 / 1.9 / 1.4 / 0.6 Hz): H2-H6 0.5 Hz off, not solved. The spectrum measures
// them, so the final fit sets them free and reports the measured values.
TEST(SearchMoves, HeldTextbookCouplingsTheSpectrumMeasuresAreSetFree) {
    auto anisole = [](double j24Hz, double j26Hz, double j35Hz, double j25Hz) {
        TemplateStart ring;
        addMonosubstitutedRing(ring, 6.90, 7.29, 6.94);
        SpinSystem& s = ring.system; // H2, H6, H3, H5, H4
        s.setCouplingHz(0, 2, 8.3);
        s.setCouplingHz(1, 3, 8.3);
        s.setCouplingHz(2, 4, 7.4);
        s.setCouplingHz(3, 4, 7.4);
        s.setCouplingHz(0, 4, j24Hz);
        s.setCouplingHz(1, 4, j24Hz);
        s.setCouplingHz(0, 1, j26Hz);
        s.setCouplingHz(2, 3, j35Hz);
        s.setCouplingHz(0, 3, j25Hz);
        s.setCouplingHz(1, 2, j25Hz);
        s.addGroup(3.80, 3);
        return s;
    };
    const SpinSystem truth = anisole(1.1, 2.4, 1.7, 0.5);
    const ScoringContext context = contextFor(truth, 90.0);
    Hypothesis start;
    start.system = anisole(1.2, 1.9, 1.4, 0.6);
    start.origin = "textbook meta and para J";
    start.heldCouplings = {"A-E", "B-E", "A-B", "C-D", "A-D", "B-C"};
    const Hypothesis held = fitHypothesis(context, start, true);
    ASSERT_TRUE(held.fitted) << held.failure;
    EXPECT_FALSE(scoreAnswer(held.system, truth).solved);
    const FinalFit final = finalFit(context, held, {}, 10.0);
    ASSERT_TRUE(final.held.has_value());
    EXPECT_TRUE(final.answer.heldCouplings.empty());
    EXPECT_TRUE(scoreAnswer(final.answer.system, truth).solved);
}

// A ring template's fit (an AX of ring protons, its ortho J held, beside two plain 4 H
// aliphatic groups) and a methylene chain's start (four coupled CH2 beside a plain 2 H aromatic
// group): the chain's regions taken from the start, the ring kept with its held J.
TEST(SearchMoves, AChainStartReplacesATemplatesPlainAliphaticGroups) {
    Hypothesis ring;
    ring.origin = "ring";
    const std::size_t a = ring.system.addGroup(7.60, 1), b = ring.system.addGroup(6.90, 1);
    ring.system.addGroup(3.30, 4);
    ring.system.addGroup(1.70, 4);
    ring.system.setCouplingHz(a, b, 8.0);
    ring.heldCouplings = {"A-B"};
    Hypothesis chain;
    chain.origin = "chain";
    chain.system.addGroup(7.25, 2);
    const std::size_t e = chain.system.addGroup(3.31, 2), f = chain.system.addGroup(3.29, 2),
                      g = chain.system.addGroup(1.71, 2), h = chain.system.addGroup(1.69, 2);
    chain.system.setCouplingHz(e, g, 7.0);
    chain.system.setCouplingHz(g, h, 7.0);
    chain.system.setCouplingHz(h, f, 7.0);
    Evidence evidence;
    for (const auto& [from, to] : {std::pair{1.55, 1.85}, {3.15, 3.45}, {6.75, 7.75}})
        evidence.regions.push_back({0, 0, from, to, 0.0, 0.5 * (from + to), 0.0});
    evidence.protonsGiven = true;
    evidence.totalProtons = 10;
    const auto joined = piecesReplaced(evidence, ring, chain, {true, true, false});
    ASSERT_TRUE(joined.has_value());
    EXPECT_EQ(joined->origin, "ring");
    const SpinSystem& s = joined->system;
    ASSERT_EQ(s.size(), 6u);
    EXPECT_EQ(s.protonCount(), 10);
    EXPECT_DOUBLE_EQ(s.group(0).shiftPpm, 7.60);
    EXPECT_DOUBLE_EQ(s.couplingHz(0, 1), 8.0);
    EXPECT_EQ(joined->heldCouplings, (std::vector<std::string>{"A-B"}));
    int chainCouplings = 0;
    for (std::size_t i = 2; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            chainCouplings += s.couplingHz(i, j) == 7.0;
    EXPECT_EQ(chainCouplings, 3);
    // Nothing replaced, nothing of the template kept, or another proton count: no start.
    EXPECT_FALSE(piecesReplaced(evidence, ring, chain, {false, false, false}).has_value());
    EXPECT_FALSE(piecesReplaced(evidence, ring, chain, {true, true, true}).has_value());
    evidence.totalProtons = 12;
    EXPECT_FALSE(piecesReplaced(evidence, ring, chain, {true, true, false}).has_value());
}

// An ethyl (4.12 q, 1.25 t, 7.1 Hz) and an AX pair (7.60 / 6.90 ppm, ortho 8.5 Hz) at 60 MHz,
// no J between them. One answer has the ethyl and misses the AX's J, the other the reverse: no
// move of either fit reaches the truth in one step, but the pieces each fits better, joined, do.
TEST(SearchMoves, TwoAnswersRightOnDifferentPartsOfTheMoleculeAreJoined) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{7.60, 1}, {6.90, 1}, {4.12, 2}, {1.25, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 8.5);
    truth.setCouplingHz(2, 3, 7.1);
    const ScoringContext context = contextFor(truth, 60.0);
    Evidence evidence;
    for (const auto& [from, to] : {std::pair{1.10, 1.40}, {4.00, 4.25}, {6.75, 7.05}, {7.45, 7.75}})
        evidence.regions.push_back({0, 0, from, to, 0.0, 0.5 * (from + to), 0.0});
    SpinSystem ethylRight = truth, ringRight = truth;
    ethylRight.setCouplingHz(0, 1, 0.0);
    ringRight.setCouplingHz(2, 3, 0.0);
    const Hypothesis best = fitHypothesis(context, ethylRight, {}, "ethyl", false);
    const Hypothesis other = fitHypothesis(context, ringRight, {}, "ring", false);
    ASSERT_TRUE(best.fitted && other.fitted);
    EXPECT_EQ(independentBlocks(evidence, best.system, other.system),
              (std::vector<std::size_t>{0, 0, 1, 1}));
    const auto start = joinedPieces(context, evidence, best, other, 10.0);
    ASSERT_TRUE(start.has_value());
    EXPECT_EQ(start->origin, "pieces of two searches' answers joined");
    ASSERT_EQ(start->system.size(), 4u);
    EXPECT_NE(start->system.couplingHz(0, 1), 0.0);
    EXPECT_NE(start->system.couplingHz(2, 3), 0.0);
    const Hypothesis joined = fitHypothesis(context, *start, false);
    ASSERT_TRUE(joined.fitted) << joined.failure;
    EXPECT_LT(joined.bic, std::min(best.bic, other.bic) - 10.0);
    EXPECT_TRUE(scoreAnswer(joined.system, truth).solved);
    // The joined answer has nothing to take from either, and a J across the parts makes one block.
    EXPECT_FALSE(joinedPieces(context, evidence, joined, other, 10.0).has_value());
    SpinSystem linked = other.system;
    linked.setCouplingHz(1, 2, 0.5);
    EXPECT_EQ(independentBlocks(evidence, best.system, linked),
              (std::vector<std::size_t>{0, 0, 0, 0}));
}

// A deceptively simple ABX at 60 MHz (GISSMO bmse000316's CH-CH2, values from its fitted system:
// the CH2 protons 0.5 Hz apart, 3J 10.4 and 2.8 Hz, 2J -12.6 Hz): the CH shows a triplet at the
// mean J. From the CH2 read as two protons with equal J and no 2J, and from it read as one 2 H
// group, the moves that set the 2J and part the two J (either proton the larger) are offered and
// reach the truth in one quick fit, far below the stuck fit's BIC.
TEST(SearchMoves, ADeceptivelySimpleAbxIsOfferedItsVicinalJParted) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{4.9284, 1}, {3.2682, 1}, {3.2598, 1}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 10.39);
    truth.setCouplingHz(0, 2, 2.81);
    truth.setCouplingHz(1, 2, -12.62);
    const ScoringContext context = contextFor(truth, 60.0);
    SpinSystem alike = truth;
    alike.setCouplingHz(0, 1, 6.6);
    alike.setCouplingHz(0, 2, 6.6);
    alike.setCouplingHz(1, 2, 0.0);
    const Hypothesis stuck = fitHypothesis(context, alike, {}, "alike", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    EXPECT_FALSE(scoreAnswer(stuck.system, truth).solved);
    Evidence evidence;
    evidence.fieldMHz = 60.0;
    const std::vector<Move> moves = couplingMoves(stuck, evidence);
    std::vector<Hypothesis> parted;
    for (const Move& m : moves)
        if (m.start.origin == "J B-C geminal, A's J to them parted")
            parted.push_back(fitHypothesis(context, m.start, false));
    ASSERT_EQ(parted.size(), 2u); // either proton the larger J
    const auto best =
        std::min_element(parted.begin(), parted.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    ASSERT_TRUE(best->fitted) << best->failure;
    EXPECT_LT(best->bic, stuck.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(best->system, truth).solved);
    // From the CH2 as one 2 H group: its nearly isochronous diastereotopic split.
    SpinSystem oneGroup;
    oneGroup.addGroup(4.9284, 1);
    oneGroup.addGroup(3.264, 2);
    oneGroup.setCouplingHz(0, 1, 6.6);
    const Hypothesis single = fitHypothesis(context, oneGroup, {}, "one CH2 group", false);
    ASSERT_TRUE(single.fitted) << single.failure;
    std::vector<Hypothesis> split;
    for (const Move& m : topologyMoves(single, evidence, context))
        if (m.start.origin == "diastereotopic B, nearly isochronous")
            split.push_back(fitHypothesis(context, m.start, false));
    ASSERT_EQ(split.size(), 2u);
    const auto bestSplit =
        std::min_element(split.begin(), split.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    EXPECT_LT(bestSplit->bic, single.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(bestSplit->system, truth).solved);
}

// GISSMO bmse000316's system at 90 MHz (a 1,2,4-ring's three protons, a CH-CH2 ABX whose CH2
// protons are 0.8 Hz apart, a CH3 singlet) as a search leaves it: right, but with seven J the
// fit drove to about zero (links J-matching made and the fit undid), each a parameter and an
// undetermined J. The final answer holds none of them and still fits the truth.
TEST(SearchMoves, CouplingsTheFitDroveToZeroAreNotInTheFinalAnswer) {
    const SpinSystem truth = bmse000316System();
    const ScoringContext context = contextFor(truth, 90.0);
    SpinSystem cluttered = truth;
    for (const auto& [i, j, couplingHz] : {std::tuple{0, 3, -0.002},
                                           {0, 4, 0.02},
                                           {0, 5, 0.003},
                                           {1, 4, -0.022},
                                           {1, 5, 0.032},
                                           {2, 4, -0.138},
                                           {2, 5, -0.023}})
        cluttered.setCouplingHz(std::size_t(i), std::size_t(j), couplingHz);
    const Hypothesis searched = fitHypothesis(context, cluttered, {}, "search", true);
    ASSERT_TRUE(searched.fitted) << searched.failure;
    const Hypothesis answer = finalFit(context, searched, {}, 10.0).answer;
    ASSERT_TRUE(answer.fitted) << answer.failure;
    int couplings = 0;
    for (std::size_t i = 0; i < answer.system.size(); ++i)
        for (std::size_t j = i + 1; j < answer.system.size(); ++j)
            couplings += answer.system.couplingHz(i, j) != 0.0;
    EXPECT_EQ(couplings, 5);
    EXPECT_TRUE(scoreAnswer(answer.system, truth).solved);
}

// bmse000957's free fit (NearlyIsochronousMirrorImagePairsAreTied) with the stray J a search left
// from each 2 H group to the other CH2's two protons: dropping the ones within their error lets
// the others fall within theirs, and the final answer holds none of them.
TEST(SearchMoves, CouplingsZeroWithinTheirErrorAreDroppedUntilNoneIsLeft) {
    const SpinSystem truth = adipateTruth();
    const ScoringContext context = contextFor(truth, 90.0);
    SpinSystem stray = adipateApart();
    for (const auto& [i, j, couplingHz] :
         {std::tuple{0, 2, 0.15}, {0, 3, -0.14}, {1, 4, 0.05}, {1, 5, -0.05}})
        stray.setCouplingHz(std::size_t(i), std::size_t(j), couplingHz);
    const Hypothesis searched = fitHypothesis(context, stray, {}, "search", true);
    ASSERT_TRUE(searched.fitted) << searched.failure;
    const Hypothesis answer = finalFit(context, searched, {}, 10.0).answer;
    ASSERT_TRUE(answer.fitted) << answer.failure;
    const std::size_t n = answer.system.size();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double couplingHz = answer.system.couplingHz(i, j);
            if (couplingHz == 0.0) continue;
            EXPECT_GE(std::abs(couplingHz), answer.fit.couplingErrorHz[i * n + j])
                << answer.system.group(i).label << "-" << answer.system.group(j).label;
        }
}

// Toluene at 60 MHz (literature set: H2,4,6 at 7.17 and H3,5 at 7.25 ppm, Gottlieb 1997; ring J
// typical values, Pretsch 2009): read as a 3 H and a 2 H group, the ring's lines are one lump the
// fit broadens to. The phenyl move puts the ring over the multiplet, in each order of its shift
// classes; the best of them fits far better and has the truth's six groups.
TEST(SearchMoves, AromaticGroupsHoldingFiveProtonsAreOfferedAPhenyl) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{7.17, 1}, {7.17, 1}, {7.25, 1}, {7.25, 1}, {7.17, 1}, {2.36, 3}})
        truth.addGroup(ppm, protons);
    for (const auto& [i, j, couplingHz] : {std::tuple{0, 2, 7.6},
                                           {1, 3, 7.6},
                                           {2, 4, 7.4},
                                           {3, 4, 7.4},
                                           {0, 4, 1.2},
                                           {1, 4, 1.2},
                                           {0, 1, 1.9},
                                           {2, 3, 1.4},
                                           {0, 3, 0.6},
                                           {1, 2, 0.6}})
        truth.setCouplingHz(std::size_t(i), std::size_t(j), couplingHz);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "CDCl3", 8);
    SpinSystem lumps;
    for (const auto& [ppm, protons] : {std::pair{7.25, 2}, {7.17, 3}, {2.36, 3}})
        lumps.addGroup(ppm, protons);
    const Hypothesis stuck = fitHypothesis(context, lumps, {}, "two lumps", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    std::vector<Hypothesis> rings;
    for (const Move& m : topologyMoves(stuck, evidence, context))
        if (m.start.origin.rfind("phenyl over the ", 0) == 0) {
            EXPECT_EQ(m.start.heldCouplings.size(), 10u);
            rings.push_back(fitHypothesis(context, m.start, false));
        }
    ASSERT_EQ(rings.size(), 6u);
    const auto best =
        std::min_element(rings.begin(), rings.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    ASSERT_TRUE(best->fitted) << best->failure;
    EXPECT_LT(best->bic, stuck.bic - 10.0);
    EXPECT_EQ(best->system.size(), truth.size());
    EXPECT_TRUE(scoreAnswer(best->system, truth).solved);
    // Read as five one-proton groups with its ortho and meta classes exchanged (ethylbenzene at
    // 60 MHz, literature set: the ring's proposals were ranked before the ethyl was right): the
    // six orders again, from the answer.
    SpinSystem exchanged = truth;
    for (std::size_t g : {0, 1})
        exchanged.group(g).shiftPpm = 7.25;
    for (std::size_t g : {2, 3})
        exchanged.group(g).shiftPpm = 7.17;
    const Hypothesis misread = fitHypothesis(context, exchanged, {}, "classes exchanged", false);
    ASSERT_TRUE(misread.fitted) << misread.failure;
    EXPECT_FALSE(scoreAnswer(misread.system, truth).solved);
    std::vector<Hypothesis> reordered;
    for (const Move& m : topologyMoves(misread, evidence, context))
        if (m.start.origin.rfind("phenyl over the ", 0) == 0)
            reordered.push_back(fitHypothesis(context, m.start, false));
    ASSERT_EQ(reordered.size(), 6u);
    const auto bestOrder =
        std::min_element(reordered.begin(), reordered.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    ASSERT_TRUE(bestOrder->fitted) << bestOrder->failure;
    EXPECT_LT(bestOrder->bic, misread.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(bestOrder->system, truth).solved);
}

// Serotonin in D2O (HMDB0000259, experimental 1H; rounded): H7 7.40 (d 8.7), H2 7.26 (s), H4 7.10
// (d 2.3), H6 6.87 (dd 8.7, 2.3), CH2 3.29 and 3.10 (t 7.0) at 60 MHz. Wired wrongly (J from H7
// to H4 and H6, H4 to H6, as greedy J-matching of the 7.0-7.5 ppm lump leaves it), the ring's
// lines misfit; the move offers a singlet beside three ring protons in every place and ring
// assignment, and the best of them fits far better and is the truth.
TEST(SearchMoves, FourMisfitAromaticProtonsAreOfferedASingletBesideThreeRingProtons) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{7.40, 1}, {7.26, 1}, {7.10, 1}, {6.87, 1}, {3.29, 2}, {3.10, 2}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 3, 8.7);
    truth.setCouplingHz(2, 3, 2.3);
    truth.setCouplingHz(4, 5, 7.0);
    ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "D2O", 8);
    context.sigma = evidence.sigma; // the misfit is judged against the noise
    SpinSystem miswired = truth;
    miswired.group(0).shiftPpm = 7.46;
    miswired.group(3).shiftPpm = 6.99;
    miswired.setCouplingHz(0, 3, 11.0);
    miswired.setCouplingHz(2, 3, 7.2);
    miswired.setCouplingHz(0, 2, 8.0);
    const Hypothesis stuck = fitHypothesis(context, miswired, {}, "miswired", false);
    ASSERT_TRUE(stuck.fitted) << stuck.failure;
    ASSERT_FALSE(scoreAnswer(stuck.system, truth).solved);
    const std::string origin = "aromatic singlet beside three ring protons";
    std::vector<Hypothesis> rings;
    for (const Move& m : topologyMoves(stuck, evidence, context))
        if (m.start.origin == origin) {
            EXPECT_EQ(m.start.system.size(), truth.size());
            rings.push_back(fitHypothesis(context, m.start, false));
        }
    ASSERT_EQ(rings.size(), 36u);
    const auto best =
        std::min_element(rings.begin(), rings.end(),
                         [](const Hypothesis& a, const Hypothesis& b) { return a.bic < b.bic; });
    ASSERT_TRUE(best->fitted) << best->failure;
    EXPECT_LT(best->bic, stuck.bic - 10.0);
    EXPECT_TRUE(scoreAnswer(best->system, truth).solved);
    // A ring the fit explains is left alone.
    const Hypothesis right = fitHypothesis(context, truth, {}, "truth", false);
    for (const Move& m : topologyMoves(right, evidence, context))
        EXPECT_NE(m.start.origin, origin);
}

// 2,2'-Bipyridine in CDCl3 (SDBS; Castellano et al.): per ring H6 8.68, H3 8.40, H4 7.82, H5
// 7.31 ppm; J34 8.0, J45 7.5, J56 4.8, J35 1.0, J46 1.8, J36 0.9 Hz. Its two rings are alike by
// symmetry and uncoupled to each other: at 60 MHz one ring's spectrum at twice the intensity,
// 8 H over multiplets of 2 and 6 H that the whole molecule's templates (4 or 5 ring protons)
// never read. Read as two identical halves, the 4-adjacent-proton ring offers itself, doubled;
// its J set free, it fits far better than every start of the whole molecule, and is the truth.
TEST(Proposals, AMoleculeOfTwoIdenticalRingsIsReadAsTwoHalves) {
    SpinSystem ring;
    for (double ppm : {8.68, 8.40, 7.82, 7.31})
        ring.addGroup(ppm, 1);
    for (const auto& [i, j, couplingHz] :
         {std::tuple{1, 2, 8.0}, {2, 3, 7.5}, {0, 3, 4.8}, {1, 3, 1.0}, {0, 2, 1.8}, {0, 1, 0.9}})
        ring.setCouplingHz(std::size_t(i), std::size_t(j), couplingHz);
    const SpinSystem truth = withIdenticalCopies(ring, 2);
    const ScoringContext context = contextFor(truth, 60.0);
    FitData data = context.data;
    const Evidence evidence = gatherEvidence(data, "CDCl3", 8);
    ASSERT_TRUE(halfMoleculeEvidence(evidence).has_value());
    const std::vector<Hypothesis> twins = twinHalvesProposals(data, evidence);
    ASSERT_FALSE(twins.empty());
    Hypothesis bestTwin;
    for (const Hypothesis& h : twins) {
        EXPECT_TRUE(io::endsWith(h.origin, kTwinHalvesSuffix)) << h.origin;
        EXPECT_EQ(h.system.size(), 8u);
        EXPECT_EQ(h.system.protonCount(), 8);
        EXPECT_EQ(h.heldCouplings.size() % 2, 0u); // the same held J in each copy
        // A pyridine's J are no benzene's: the search sets the held textbook values free.
        Hypothesis free = h;
        free.heldCouplings.clear();
        const Hypothesis fitted = fitHypothesis(context, free, false);
        if (fitted.fitted && fitted.bic < bestTwin.bic) bestTwin = fitted;
    }
    ASSERT_TRUE(bestTwin.fitted);
    double bestWhole = HUGE_VAL;
    for (const Hypothesis& h : multipletProposals(data, evidence))
        bestWhole = std::min(bestWhole, fitHypothesis(context, h, false).bic);
    EXPECT_LT(bestTwin.bic, bestWhole - 100.0);
    const AnswerScore score = scoreAnswer(bestTwin.system, truth);
    EXPECT_TRUE(score.solved) << "max shift error " << score.maxShiftErrorPpm
                              << " ppm, max J error " << score.maxCouplingErrorHz << " Hz";
    // Odd counts (a CH3 beside them) are no two halves.
    Evidence odd = evidence;
    odd.regionProtons.front() += 1;
    odd.totalProtons += 1;
    EXPECT_FALSE(halfMoleculeEvidence(odd).has_value());
}

// What a trial may couple: its fit's dense work per evaluation is Σ d³ over the Fz blocks
// (Σ C(n,k)³ for n coupled 1 H groups, the Franel numbers: 5,280,932 for nine). Nine 1 H groups
// in a chain are a trial; six 1 H groups joined to two CH3 (blocks up to 196, Σ d³ 2.3e7: four
// ring protons and two CH coupled to two methyls, seven seconds a trial) are not, nor are ten 1 H
// groups.
TEST(SearchMoves, ATrialCouplesNoMoreThanItsFitCanAfford) {
    auto chain = [](const std::vector<int>& protons) {
        SpinSystem s;
        for (std::size_t g = 0; g < protons.size(); ++g)
            s.addGroup(7.5 - 0.3 * double(g), protons[g]);
        for (std::size_t g = 0; g + 1 < protons.size(); ++g)
            s.setCouplingHz(g, g + 1, 7.0);
        return s;
    };
    EXPECT_TRUE(affordable(chain(std::vector<int>(9, 1)), 90.0));
    EXPECT_FALSE(affordable(chain(std::vector<int>(10, 1)), 90.0));
    EXPECT_FALSE(affordable(chain({3, 1, 1, 1, 1, 1, 1, 3}), 90.0));
    // The same groups in two clusters (no J between the fourth and fifth) are cheap.
    SpinSystem split = chain({3, 1, 1, 1, 1, 1, 1, 3});
    split.setCouplingHz(3, 4, 0.0);
    EXPECT_TRUE(affordable(split, 90.0));
}

// A sugar's CH chain (six 1 H groups within 0.6 ppm, vicinal J 9 Hz) with four OH doublets each
// 1.3 ppm from its CH (J 5 Hz): ten coupled groups, no trial at 90 MHz. At 600 MHz each OH's J is
// under 1 % of its 780 Hz shift difference, a weak coupling the fit keeps as J·Iz·Iz (as the
// simulator does): the chain's blocks alone remain, and the trial is affordable. At 0 MHz (no
// field known) nothing is split.
TEST(SearchMoves, WeakCouplingsAtHighFieldLeaveATrialItsSmallBlocks) {
    SpinSystem sugar;
    for (std::size_t g = 0; g < 6; ++g)
        sugar.addGroup(3.0 + 0.12 * double(g), 1);
    for (std::size_t g = 0; g + 1 < 6; ++g)
        sugar.setCouplingHz(g, g + 1, 9.0);
    for (std::size_t k = 0; k < 4; ++k)
        sugar.setCouplingHz(k, sugar.addGroup(4.3 + 0.12 * double(k) + 0.02, 1), 5.0);
    EXPECT_FALSE(affordable(sugar, 90.0));
    EXPECT_TRUE(affordable(sugar, 600.0));
    EXPECT_FALSE(affordable(sugar, 0.0));
}

} // namespace
} // namespace spinhance::analysis

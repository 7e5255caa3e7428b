#include "analysis/analysisrecord.h"
#include "analysis/analysisscore.h"
#include "analysis/evidence.h"
#include "analysis/proposals.h"
#include "analysis/search.h"
#include "analysis/spectrumanalysis.h"
#include "common/error.h"
#include "fit/fitdata.h"
#include "io/readerregistry.h"
#include "spin/spinsystemjson.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <gtest/gtest.h>
#include <iterator>
#include <nlohmann/json.hpp>
#include <tuple>

namespace spinhance::analysis {
namespace {

AnalysisOptions synthetic() {
    AnalysisOptions options;
    options.process = false; // already a clean spectrum
    options.threads = 2;
    return options;
}

std::string flagsOf(const AnalysisResult& r) {
    std::string text;
    for (const AnalysisFlag& f : r.flags)
        text += f.code + ": " + f.message + "\n";
    for (std::size_t k = 0; k < r.evidence.regions.size(); ++k)
        text += std::to_string(r.evidence.regions[k].fromPpm) + ".." +
                std::to_string(r.evidence.regions[k].toPpm) + " " +
                std::to_string(r.evidence.regionProtons[k]) + " H\n";
    for (const std::string& step : r.trail)
        text += step + "\n";
    return text;
}

// Whether `r` solves `truth` (analysisscore's rule); when it does not, what missed, the flags,
// the regions and the search's trail.
::testing::AssertionResult solves(const AnalysisResult& r, const SpinSystem& truth) {
    const AnswerScore score = scoreAnswer(r.system, truth);
    if (score.solved) return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure()
           << r.system.size() << " groups for " << truth.size() << ", max shift error "
           << score.maxShiftErrorPpm << " ppm, max J error " << score.maxCouplingErrorHz << " Hz\n"
           << flagsOf(r);
}

// Vicinal J between two neighbouring CH2 of a ring: cis between x1-y1 and x2-y2, trans across.
void coupleCisTrans(SpinSystem& s, std::pair<std::size_t, std::size_t> x,
                    std::pair<std::size_t, std::size_t> y, double cisHz, double transHz) {
    s.setCouplingHz(x.first, y.first, cisHz);
    s.setCouplingHz(x.second, y.second, cisHz);
    s.setCouplingHz(x.first, y.second, transHz);
    s.setCouplingHz(x.second, y.first, transHz);
}

bool hasFlag(const AnalysisResult& r, const std::string& code) {
    return std::any_of(r.flags.begin(), r.flags.end(),
                       [&](const AnalysisFlag& f) { return f.code == code; });
}

TEST(Analysis, SolvesEthylCrotonateAt60MHzWithoutTheModel) {
    const SpinSystem truth = analysistest::ethylCrotonate();
    const AnalysisResult r =
        SpectrumAnalysis(synthetic()).run(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 21));
    const AnswerScore score = scoreAnswer(r.system, truth);
    EXPECT_TRUE(score.solved) << "groups " << score.foundGroups << ", max shift error "
                              << score.maxShiftErrorPpm << " ppm, max J error "
                              << score.maxCouplingErrorHz << " Hz\n"
                              << flagsOf(r);
    EXPECT_LT(score.maxShiftErrorPpm, 0.005);
    EXPECT_LT(score.maxCouplingErrorHz, 0.2);
    ASSERT_EQ(r.groupConfidence.size(), r.system.size());
    EXPECT_TRUE(r.confident) << flagsOf(r);
}

// An exchanging OH at 3.00 ppm, 14 Hz wide beside ethyl crotonate's 1 Hz lines at 60 MHz (11 H
// given): drawn with the common width its proton fits nowhere; read as a broad line of its own
// it is the answer, its width within 2 Hz, the rest solved as before.
TEST(Analysis, ABroadExchangingProtonIsReadAsABroadSinglet) {
    SpinSystem truth = analysistest::ethylCrotonate();
    const double extraHz = 13.0;
    truth.group(truth.addGroup(3.00, 1)).extraWidthHz = extraHz;
    AnalysisOptions options = synthetic();
    options.totalProtons = 11;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 21));
    EXPECT_TRUE(solves(r, truth));
    const auto broad = std::find_if(r.system.groups().begin(), r.system.groups().end(),
                                    [](const SpinGroup& g) { return g.extraWidthHz > 0.0; });
    ASSERT_NE(broad, r.system.groups().end()) << flagsOf(r);
    EXPECT_NEAR(broad->shiftPpm, 3.00, 0.005);
    EXPECT_NEAR(broad->extraWidthHz, extraHz, 2.0);
    EXPECT_GT(r.cosine, 0.99);
}

// An evaluation fits its truth beside the answer to tell a search that missed a better
// explanation from a spectrum that does not show the truth. The solved answer is the truth's own
// minimum (the same BIC within a move's margin); the truth without its acetyl CH3 singlet leaves
// 3 H of lines unexplained and fits far worse.
TEST(Analysis, ASystemScoredBesideTheAnswerGetsItsEvidenceDifference) {
    SpinSystem truth; // ethyl acetate in CDCl3 (SDBS): 4.12 q, 2.05 s, 1.26 t, J 7.1 Hz
    for (const auto& [ppm, protons] : {std::pair{4.12, 2}, {2.05, 3}, {1.26, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 7.1);
    SpinSystem withoutSinglet = truth;
    withoutSinglet.removeGroup(1);
    AnalysisOptions options = synthetic();
    options.referenceSystems = {truth, withoutSinglet};
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 21));
    ASSERT_TRUE(solves(r, truth));
    ASSERT_EQ(r.referenceDeltaBic.size(), 2u);
    EXPECT_LT(std::abs(r.referenceDeltaBic[0]), SearchOptions{}.acceptDeltaBic);
    EXPECT_GT(r.referenceDeltaBic[1], 100.0);
    // The result record carries them, so a GUI export or a script sees the comparison too.
    const nlohmann::json record = nlohmann::json::parse(analysisResultJson(r, 25.0));
    ASSERT_EQ(record.at("compared_delta_bic").size(), 2u);
    EXPECT_GT(record["compared_delta_bic"][1].get<double>(), 100.0);
}

// A J the data do not determine (a fit's infinite standard error) is marked in the record a
// GUI export or a script reads: its error null (JSON has no infinity), its status "undetermined";
// a J the fit held (a template's textbook value) "held", its error 0 no measurement; a measured J
// keeps its error and "ok".
TEST(AnalysisRecord, UndeterminedAndHeldCouplingsAreMarked) {
    FitResult fit;
    fit.system.addGroup(7.16, 1);
    fit.system.addGroup(5.13, 1);
    fit.system.addGroup(3.39, 2);
    fit.system.setCouplingHz(0, 1, -1e-4);
    fit.system.setCouplingHz(1, 2, 6.75);
    fit.system.setCouplingHz(0, 2, 1.5);
    fit.shiftErrorPpm = {1e-5, 1e-5, 2e-5};
    fit.couplingErrorHz.assign(9, 0.0);
    fit.couplingErrorHz[0 * 3 + 1] = fit.couplingErrorHz[1 * 3 + 0] = HUGE_VAL;
    fit.couplingErrorHz[1 * 3 + 2] = fit.couplingErrorHz[2 * 3 + 1] = 0.011;
    fit.couplingHeld.assign(9, 0);
    fit.couplingHeld[0 * 3 + 2] = fit.couplingHeld[2 * 3 + 0] = 1;
    const nlohmann::json record = nlohmann::json::parse(fittedSystemJson(fit, 25.0));
    const nlohmann::json& errors = record.at("fit").at("coupling_errors_hz");
    ASSERT_EQ(errors.size(), 3u);
    EXPECT_TRUE(errors[0][2].is_null()) << errors.dump();
    EXPECT_EQ(errors[0][3], "undetermined");
    EXPECT_EQ(errors[1][3], "held");
    EXPECT_DOUBLE_EQ(errors[2][2].get<double>(), 0.011);
    EXPECT_EQ(errors[2][3], "ok");
}

TEST(Analysis, RoofedAlkeneProtonsGetTheirOwnPartnersAndTheAllylicSign) {
    // Crotonaldehyde at 60 MHz (CDCl3; Pretsch 2009 and SDBS): CHO 9.50 d (7.9), H-3 6.88 dq (15.6,
    // 6.8), H-2 6.14 ddq (15.6, 7.9, 1.6), CH3 2.04 dd (6.8, 1.6); the allylic 4J is negative.
    // H-2/H-3 are 44 Hz apart: roofing hides the trans J and greedy J-matching put the CH3 on
    // H-2, with the allylic J fitted as +1.2 Hz.
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{9.50, 1}, {6.88, 1}, {6.14, 1}, {2.04, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 7.9);
    truth.setCouplingHz(1, 2, 15.6);
    truth.setCouplingHz(1, 3, 6.8);
    truth.setCouplingHz(2, 3, -1.6);
    AnalysisOptions options = synthetic();
    options.totalProtons = 6;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 26));
    ASSERT_TRUE(solves(r, truth));
    // Flipping every sign gives the same spectrum: the allylic J's sign relative to the trans J
    // is what the spectrum shows (groups in descending shift, as the truth).
    EXPECT_LT(r.system.couplingHz(2, 3) * r.system.couplingHz(1, 2), 0.0) << flagsOf(r);
    EXPECT_NEAR(std::abs(r.system.couplingHz(2, 3)), 1.6, 0.3) << flagsOf(r);
}

TEST(Analysis, EthylGroupsAreLinkedByJMatching) {
    SpinSystem ethylAcetate; // CH3COOCH2CH3
    ethylAcetate.addGroup(4.12, 2);
    ethylAcetate.addGroup(2.05, 3);
    ethylAcetate.addGroup(1.26, 3);
    ethylAcetate.setCouplingHz(0, 2, 7.1);
    const AnalysisResult r =
        SpectrumAnalysis(synthetic())
            .run(analysistest::syntheticSpectrum(ethylAcetate, 90.0, 300.0, 22));
    EXPECT_TRUE(solves(r, ethylAcetate));
}

// Diethyl ether's two ethyls fit as one ethyl at twice the intensity; with the molecule's 10 H
// given, the answer is the two ethyls (A2X3 twice: 4 groups, 10 H), as the literature set has it.
TEST(Analysis, TheProtonCountMakesTwoIdenticalEthyls) {
    SpinSystem ether; // CH3CH2-O-CH2CH3, Gottlieb 1997 (CDCl3): 3.48 q, 1.21 t, J 7.0 Hz
    ether.addGroup(3.48, 2);
    ether.addGroup(3.48, 2);
    ether.addGroup(1.21, 3);
    ether.addGroup(1.21, 3);
    ether.setCouplingHz(0, 2, 7.0);
    ether.setCouplingHz(1, 3, 7.0);
    AnalysisOptions options = synthetic();
    options.totalProtons = 10;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ether, 60.0, 300.0, 23));
    EXPECT_TRUE(solves(r, ether));
    EXPECT_EQ(r.system.protonCount(), 10);
    EXPECT_FALSE(hasFlag(r, "proton-count")) << flagsOf(r);
}

TEST(Analysis, FourEquivalentRingProtonsStayOneSinglet) {
    // p-xylene: the four ring protons are one 4 H singlet; an AA'BB' template fitted to it has
    // couplings the data cannot determine and must lose to the plain reading on BIC.
    SpinSystem xylene;
    xylene.addGroup(7.05, 4);
    xylene.addGroup(2.31, 6);
    AnalysisOptions options = synthetic();
    options.totalProtons = 10;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(xylene, 60.0, 900.0, 23));
    EXPECT_TRUE(solves(r, xylene));
    ASSERT_EQ(r.groupEvidence.size(), r.system.size());
    for (const GroupEvidence& e : r.groupEvidence)
        EXPECT_LT(e.localChi2, 4.0); // near the noise (the CHCl3 tail 12 Hz away is masked)
}

// Ethyl acetate at 60 MHz (SDBS, CDCl3: 4.12 q, 2.05 s, 1.26 t, J 7.1 Hz) and a model that
// miscounts its groups (3 + 2 + 2 H for 2 + 3 + 3): with the 8 H given, the model's start comes
// also with the integrals' counts; without a given total, or where the model's total is right,
// it comes alone.
TEST(Proposals, AModelStartOffTheGivenTotalAlsoComesWithTheIntegralsCounts) {
    SpinSystem truth;
    for (const auto& [ppm, protons] : {std::pair{4.12, 2}, {2.05, 3}, {1.26, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 2, 7.1);
    FitData data = fitDataFromSpectrum(analysistest::syntheticSpectrum(truth, 60.0, 300.0, 7));
    Prediction prediction;
    prediction.system = truth;
    prediction.system.group(0).protonCount = 3;
    prediction.system.group(1).protonCount = 2;
    prediction.system.group(2).protonCount = 2;
    prediction.groupConfidence = {0.9, 0.8, 0.9};
    const Evidence given = gatherEvidence(data, "CDCl3", 8);
    const std::vector<Hypothesis> starts = modelProposals(prediction, given);
    const auto counted = std::find_if(starts.begin(), starts.end(), [](const Hypothesis& h) {
        return h.origin == "model, counts from the integrals";
    });
    ASSERT_NE(counted, starts.end());
    for (std::size_t g = 0; g < truth.size(); ++g)
        EXPECT_EQ(counted->system.group(g).protonCount, truth.group(g).protonCount) << g;
    FitData again = fitDataFromSpectrum(analysistest::syntheticSpectrum(truth, 60.0, 300.0, 7));
    const Evidence unknown = gatherEvidence(again, "CDCl3", 0);
    EXPECT_EQ(modelProposals(prediction, unknown).size(), 2u);
    prediction.system = truth;
    EXPECT_EQ(modelProposals(prediction, given).size(), 2u);
}

// A meta-disubstituted ring (illustrative values in Pretsch's ranges: H5 7.31 t 8.2, H4 7.05 and
// H6 6.88 d, H2 7.00 s-like; meta 1.5-2.0 Hz) and a CH2 singlet, at 90 MHz: its multiplets hold
// 1 and 3 H. Where a multiplet cut runs through one proton's lines the counts read 2 + 2, which
// alone would say para ring; the integrals' misfit puts the spread ring templates back.
TEST(Proposals, ARingSplitTwoAndTwoAgainstItsIntegralsStillGetsTheRingTemplates) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{7.31, 1}, {7.05, 1}, {7.00, 1}, {6.88, 1}, {4.48, 2}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 1, 8.2);
    truth.setCouplingHz(0, 3, 8.0);
    truth.setCouplingHz(1, 2, 2.0);
    truth.setCouplingHz(1, 3, 1.5);
    truth.setCouplingHz(2, 3, 1.8);
    FitData data =
        fitDataFromSpectrum(analysistest::syntheticSpectrum(truth, 90.0, 300.0, 11, 1.0, 0.5, 0.0));
    Evidence evidence = gatherEvidence(data, "CDCl3", 6);
    std::vector<std::size_t> ring;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r)
        if (evidence.regions[r].centroidPpm > 6.5) ring.push_back(r);
    ASSERT_EQ(ring.size(), 2u);
    const auto hasMetaRing = [&](const Evidence& e) {
        const std::vector<Hypothesis> starts = multipletProposals(data, e);
        return std::any_of(starts.begin(), starts.end(),
                           [](const Hypothesis& h) { return h.origin == kMetaRingOrigin; });
    };
    ASSERT_EQ(evidence.regionProtons[ring[0]] + evidence.regionProtons[ring[1]], 4);
    EXPECT_TRUE(hasMetaRing(evidence)); // 3 + 1: an odd split
    Evidence cut = evidence;
    cut.regionProtons[ring[0]] = 2;
    cut.regionProtons[ring[1]] = 2;
    EXPECT_TRUE(hasMetaRing(cut)); // 2 + 2 against integrals of 3 + 1
    // The same 2 + 2 with integrals that agree: mostly a para ring's AA'BB' halves.
    const double perProton = cut.moleculeArea / cut.totalProtons;
    cut.regions[ring[0]].integral = cut.regions[ring[1]].integral = 2.0 * perProton;
    cut.moleculeArea = 0.0;
    for (const SignalRegion& r : cut.regions)
        cut.moleculeArea += r.integral;
    cut.totalProtons = int(std::lround(cut.moleculeArea / perProton));
    EXPECT_FALSE(hasMetaRing(cut));
}

// A pentamethylene chain X-CH2-CH2-CH2-CH2-CH2-Y (illustrative shifts and 7 Hz vicinal J, as in
// Pretsch's alkane increments): the three inner CH2 overlap in one 6 H multiplet at 60 MHz, which
// is proposed as one 6 H group and as two CH3 halves, and also as three CH2 of a chain.
TEST(Proposals, ASixProtonAliphaticMultipletIsAlsoProposedAsThreeMethylenes) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{3.00, 2}, {2.20, 2}, {1.65, 2}, {1.55, 2}, {1.35, 2}})
        truth.addGroup(ppm, protons);
    for (const auto& [a, b] : {std::pair{0, 3}, {3, 4}, {4, 2}, {2, 1}})
        truth.setCouplingHz(std::size_t(a), std::size_t(b), 7.0);
    FitData data = fitDataFromSpectrum(analysistest::syntheticSpectrum(truth, 60.0, 300.0, 5));
    const Evidence evidence = gatherEvidence(data, "CDCl3", 10);
    const std::vector<Hypothesis> starts = multipletProposals(data, evidence);
    const auto chain = std::find_if(starts.begin(), starts.end(), [](const Hypothesis& h) {
        return h.origin == "multiplets, three methylenes";
    });
    ASSERT_NE(chain, starts.end());
    int inner = 0;
    for (const SpinGroup& g : chain->system.groups())
        if (g.shiftPpm > 1.2 && g.shiftPpm < 1.8) {
            EXPECT_EQ(g.protonCount, 2);
            ++inner;
        }
    EXPECT_EQ(inner, 3);
}

// A 2-furyl and a 2,5-disubstituted thiophene (illustrative shifts; furan J 3.4, 1.8 and 0.8 Hz,
// thiophene 3.8 Hz as in Pretsch's tables) with a CH3: at 60 MHz the furan's H5 and the
// thiophene's AB fall into one 3 H aromatic multiplet, which the plain reading took as one 3 H
// group and the benzene templates as three ring protons with ortho couplings. It is also proposed
// one group per proton, and solved from there.
TEST(Analysis, AThreeProtonAromaticMultipletOfTwoRingsIsSolvedAt60MHz) {
    SpinSystem truth;
    for (const auto& [ppm, protons] :
         {std::pair{7.40, 1}, {7.22, 1}, {7.14, 1}, {6.62, 1}, {6.45, 1}, {2.50, 3}})
        truth.addGroup(ppm, protons);
    truth.setCouplingHz(0, 4, 1.8);
    truth.setCouplingHz(0, 3, 0.8);
    truth.setCouplingHz(3, 4, 3.4);
    truth.setCouplingHz(1, 2, 3.8);
    const Spectrum spectrum = analysistest::syntheticSpectrum(truth, 60.0, 400.0, 31);
    FitData data = fitDataFromSpectrum(spectrum);
    const Evidence evidence = gatherEvidence(data, "CDCl3", 8);
    const std::vector<Hypothesis> starts = multipletProposals(data, evidence);
    const auto oneByOne = std::find_if(starts.begin(), starts.end(), [](const Hypothesis& h) {
        return h.origin == "multiplets, overlapping halves";
    });
    ASSERT_NE(oneByOne, starts.end());
    int above7 = 0;
    for (const SpinGroup& g : oneByOne->system.groups())
        if (g.shiftPpm > 7.0) {
            EXPECT_EQ(g.protonCount, 1);
            ++above7;
        }
    EXPECT_EQ(above7, 3);
    AnalysisOptions options = synthetic();
    options.totalProtons = 8;
    const AnalysisResult r = SpectrumAnalysis(options).run(spectrum);
    EXPECT_TRUE(solves(r, truth));
}

TEST(Analysis, AVinylGroupSpreadOverTwoMultipletsIsProposedWhole) {
    // Methyl acrylate at 60 MHz (CDCl3; Pretsch 1H tables): =CH2 trans 6.40 and CH 6.13 share one
    // multiplet, =CH2 cis 5.82 is apart; the vinyl template must span both regions.
    SpinSystem acrylate;
    acrylate.addGroup(6.40, 1);
    acrylate.addGroup(6.13, 1);
    acrylate.addGroup(5.82, 1);
    acrylate.addGroup(3.76, 3);
    acrylate.setCouplingHz(0, 1, 17.4);
    acrylate.setCouplingHz(1, 2, 10.4);
    acrylate.setCouplingHz(0, 2, 1.4);
    AnalysisOptions options = synthetic();
    options.totalProtons = 6;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(acrylate, 60.0, 250.0, 24));
    EXPECT_TRUE(solves(r, acrylate));
}

TEST(Analysis, AMonosubstitutedRingSpreadOverTwoMultipletsIsProposedWhole) {
    // Nitrobenzene at 60 MHz (CDCl3; Pretsch): the ortho pair at 8.23 ppm stands apart from the
    // meta/para lines at 7.55/7.70; AA'BB'C over both regions.
    SpinSystem ring;
    for (double ppm : {8.23, 8.23, 7.55, 7.55, 7.70})
        ring.addGroup(ppm, 1);
    ring.setCouplingHz(0, 2, 8.4);
    ring.setCouplingHz(1, 3, 8.4);
    ring.setCouplingHz(2, 4, 7.5);
    ring.setCouplingHz(3, 4, 7.5);
    ring.setCouplingHz(0, 4, 1.2);
    ring.setCouplingHz(1, 4, 1.2);
    ring.setCouplingHz(0, 1, 2.4);
    ring.setCouplingHz(2, 3, 1.5);
    ring.setCouplingHz(0, 3, 0.7);
    ring.setCouplingHz(1, 2, 0.7);
    AnalysisOptions options = synthetic();
    options.totalProtons = 5;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ring, 60.0, 300.0, 25));
    EXPECT_TRUE(solves(r, ring));
}

TEST(Analysis, FourAdjacentRingProtonsInOneMultipletAreSolvedAt60MHz) {
    // An ortho-disubstituted benzene shaped like o-cresol (illustrative shifts and couplings in
    // Pretsch's ranges, not a literature line): H3..H6 within 0.4 ppm, a strongly coupled ABCD
    // lump at 60 MHz that neither an AA'BB' ring nor first-order multiplets describe.
    SpinSystem cresol;
    for (double ppm : {7.24, 6.86, 7.18, 6.90}) // H6, H5, H4, H3
        cresol.addGroup(ppm, 1);
    cresol.addGroup(2.25, 3);
    cresol.setCouplingHz(0, 1, 7.8);
    cresol.setCouplingHz(1, 2, 7.4);
    cresol.setCouplingHz(2, 3, 8.1);
    cresol.setCouplingHz(0, 2, 1.6);
    cresol.setCouplingHz(1, 3, 1.2);
    cresol.setCouplingHz(0, 3, 0.4);
    AnalysisOptions options = synthetic();
    options.totalProtons = 7;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(cresol, 60.0, 300.0, 26));
    EXPECT_TRUE(solves(r, cresol));
}

TEST(Analysis, AnAromaticSingletBesideFourAdjacentRingProtonsIsSolvedAt60MHz) {
    // A benzimidazole-like fused ring (illustrative shifts and couplings in Pretsch's ranges, not
    // a literature line): the N=CH-N singlet 9 Hz above H4's doublet, H5-H7 within 0.07 ppm, one
    // strongly coupled 3 H lump at 60 MHz. Five aromatic protons that no phenyl template
    // describes and the three-ring-proton lump alone does not either (H5 is coupled to H4).
    const SpinSystem ring = analysistest::benzimidazoleLike();
    AnalysisOptions options = synthetic();
    options.totalProtons = 8;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ring, 60.0, 300.0, 41));
    EXPECT_TRUE(solves(r, ring));
}

// The record `id` of tests/data/analysis/literature-systems.json (empty when absent).
SpinSystem literatureSystem(const std::string& id) {
    std::ifstream file(SPINHANCE_SOURCE_DIR "/tests/data/analysis/literature-systems.json");
    const std::string text((std::istreambuf_iterator<char>(file)), {});
    for (const SpinSystem& s : parseSpinSystems(text, "literature-systems.json"))
        if (s.id == id) return s;
    return {};
}

// Triethylamine's three ethyls (the literature set's record: Gottlieb 1997, CDCl3, 2.53 q, 1.03 t;
// J 7.1 Hz, Pretsch 2009): a move that couples two of them carries the J to the third (the copies
// stay alike), joining all 15 H in one cluster whose trial fit costs tens of seconds. Such a move
// is judged with its mirror images and left out, so the search stays within its budget (it took
// over 250 s of one core on a 10 s budget when it was judged without them).
TEST(Analysis, ThreeIdenticalEthylsAreFoundWithinTheSearchBudget) {
    const SpinSystem amine = literatureSystem("triethylamine");
    ASSERT_EQ(amine.size(), 6u);
    AnalysisOptions options = synthetic();
    options.totalProtons = 15;
    options.searchSeconds = 10.0;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(amine, 60.0, 300.0, 24));
    EXPECT_TRUE(solves(r, amine));
    // The budget, half again for the evidence round, and one chunk of trials past each look.
    EXPECT_LT(r.workUnits, std::uint64_t(20e6)) << r.hypothesesFitted << " hypotheses fitted";
    EXPECT_FALSE(hasFlag(r, "search-time-limit")) << flagsOf(r);
}

// tests/data/analysis/`name` analysed on two threads with its proton count given.
AnalysisResult analysedPeerFile(const std::string& name, int totalProtons) {
    AnalysisOptions options;
    options.threads = 2;
    options.totalProtons = totalProtons;
    return SpectrumAnalysis(options).run(
        openSpectrum(SPINHANCE_SOURCE_DIR "/tests/data/analysis/" + name));
}

TEST(Analysis, PeerRenderedCumeneUnderItsChloroformLineIsSolvedAt60MHz) {
    // Cumene at 60 MHz as NMRium's simulator renders it (tests/data/SOURCES.md): the five ring
    // protons fall into one 7 Hz lump with CHCl3 on it, so the integrals read the ring 4 or 5 H
    // (the solvent line's own area is unknown; 4 fits whole protons a little better), and at this
    // SNR the CH septet shows only its middle lines, too few for six partners by width alone.
    // Both readings are proposed, and lines too faint to detect do not count against a J.
    const SpinSystem cumene = literatureSystem("cumene");
    ASSERT_EQ(cumene.size(), 7u);
    const AnalysisResult r = analysedPeerFile("cumene-60mhz-peer.jdx", 12);
    EXPECT_TRUE(solves(r, cumene));
}

TEST(Analysis, PeerRenderedThiopheneWithChloroformInsideItsLinesIsSolvedAt60MHz) {
    // Thiophene at 60 MHz as NMRium's simulator renders it (tests/data/SOURCES.md): the CHCl3 line
    // (0.85 H) stands among the ring's lines, no broader than they are. Masked, its notch took
    // ring lines with it and J came out 0.8 Hz off; fitted as a bounded singlet it is explained.
    const SpinSystem thiophene = literatureSystem("thiophene");
    ASSERT_EQ(thiophene.size(), 4u);
    const AnalysisResult r = analysedPeerFile("thiophene-60mhz-peer.jdx", 4);
    EXPECT_TRUE(solves(r, thiophene));
    const auto singlet = std::find_if(r.fit.parameters.begin(), r.fit.parameters.end(),
                                      [](const FitParameterReport& p) { return p.unit == "H"; });
    ASSERT_NE(singlet, r.fit.parameters.end()) << "CHCl3 was not fitted as a singlet";
    EXPECT_NEAR(singlet->value, 0.85, 0.1); // the rendered 0.8482 proton-equivalents
}

TEST(Analysis, AMetaDisubstitutedRingInOneMultipletIsSolvedAt60MHz) {
    // A meta-disubstituted benzene shaped like 3-methylanisole (illustrative shifts and couplings
    // in Pretsch's ranges, not a literature line): H5 a pseudo-triplet above H6, H4 and the
    // isolated H2, all four within 0.3 ppm, one lump at 60 MHz that no chain of adjacent protons
    // describes (H2 has no ortho neighbour).
    SpinSystem ring;
    const std::size_t h5 = ring.addGroup(7.14, 1), h6 = ring.addGroup(6.77, 1),
                      h4 = ring.addGroup(6.74, 1), h2 = ring.addGroup(6.70, 1);
    ring.addGroup(3.79, 3);
    ring.addGroup(2.32, 3);
    ring.setCouplingHz(h4, h5, 7.6);
    ring.setCouplingHz(h5, h6, 8.1);
    ring.setCouplingHz(h2, h4, 1.6);
    ring.setCouplingHz(h2, h6, 2.5);
    ring.setCouplingHz(h4, h6, 0.9);
    AnalysisOptions options = synthetic();
    options.totalProtons = 10;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ring, 60.0, 300.0, 27));
    EXPECT_TRUE(solves(r, ring));
}

TEST(Analysis, AMetaDisubstitutedRingBesideASymmetricMethyleneChainIsSolvedAt60MHz) {
    // A meta-disubstituted benzene beside a pyrrolidine's X-CH2-CH2-CH2-CH2-X (illustrative
    // shifts and couplings in Pretsch's ranges, not a literature line; the meta J left out as too
    // small to see): the ring in one lump at 60 MHz, and two 4 H multiplets whose halves are
    // alike but each CH2 couples to its own neighbour only. The ring template keeps a plain
    // reading of the chain, the chain reading a plain 4 H aromatic lump; only the two together
    // are the molecule.
    SpinSystem truth;
    truth.addGroup(8.20, 1); // H2, between the substituents
    const std::size_t h4 = truth.addGroup(8.12, 1), h6 = truth.addGroup(8.06, 1),
                      h5 = truth.addGroup(7.84, 1);
    const std::size_t n1 = truth.addGroup(3.30, 2), n2 = truth.addGroup(3.30, 2),
                      c1 = truth.addGroup(1.76, 2), c2 = truth.addGroup(1.76, 2);
    truth.setCouplingHz(h4, h5, 8.4);
    truth.setCouplingHz(h5, h6, 8.5);
    truth.setCouplingHz(n1, c1, 7.3);
    truth.setCouplingHz(n2, c2, 7.3);
    truth.setCouplingHz(c1, c2, 6.3);
    AnalysisOptions options = synthetic();
    options.totalProtons = truth.protonCount();
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 180.0, 41));
    EXPECT_TRUE(solves(r, truth));
}

TEST(Analysis, AFiveMemberedRingsFourDiastereotopicMethylenesAreSolvedAt90MHz) {
    // A cyclopentanone's ring CH2-CH2-CH2-CH2 (illustrative shifts and couplings in Pretsch's
    // ranges, not a literature line: geminal -12 to -15 Hz, cis and trans vicinal 4-10 Hz). The
    // ring's mirror planes make each CH2's two protons isochronous, and the two CH2 beside the
    // carbonyl alike (2.19 ppm), as the two beyond are (1.55 ppm); but each proton's cis and
    // trans J differ, so no two protons are magnetically equivalent. At 90 MHz: two 4 H
    // multiplets that read as the A2X2 of an X-CH2-CH2-CH2-CH2-X chain, whose fit leaves thousands
    // of BIC to the eight protons and their sixteen J.
    SpinSystem truth;
    const std::size_t a1 = truth.addGroup(2.19, 1), a2 = truth.addGroup(2.19, 1),
                      b1 = truth.addGroup(2.19, 1), b2 = truth.addGroup(2.19, 1),
                      c1 = truth.addGroup(1.55, 1), c2 = truth.addGroup(1.55, 1),
                      d1 = truth.addGroup(1.55, 1), d2 = truth.addGroup(1.55, 1);
    // Carbonyl side a (a1 a2) - c - d - b: each CH2 geminal, cis and trans vicinal J.
    constexpr double kAlphaGeminalHz = -13.8, kBetaGeminalHz = -12.6;
    constexpr double kAlphaBetaCisHz = 8.6, kAlphaBetaTransHz = 5.2;
    constexpr double kBetaBetaCisHz = 7.8, kBetaBetaTransHz = 6.1;
    truth.setCouplingHz(a1, a2, kAlphaGeminalHz);
    truth.setCouplingHz(b1, b2, kAlphaGeminalHz);
    truth.setCouplingHz(c1, c2, kBetaGeminalHz);
    truth.setCouplingHz(d1, d2, kBetaGeminalHz);
    coupleCisTrans(truth, {a1, a2}, {c1, c2}, kAlphaBetaCisHz, kAlphaBetaTransHz);
    coupleCisTrans(truth, {c1, c2}, {d1, d2}, kBetaBetaCisHz, kBetaBetaTransHz);
    coupleCisTrans(truth, {d1, d2}, {b1, b2}, kAlphaBetaCisHz, kAlphaBetaTransHz);
    AnalysisOptions options = synthetic();
    options.totalProtons = 8;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 90.0, 500.0, 47));
    // The eight protons and their shifts are what the diastereotopic start brings (without it: 6
    // groups for 8). Its sixteen J end within 0.3 Hz on one machine and at 0.302 Hz on another
    // (the final fit stops at its iteration cap on a ridge, the rounding of the CPU decides where;
    // stop 72): within 0.5 Hz here, not the 0.3 Hz a solved answer needs.
    const AnswerScore score = scoreAnswer(r.system, truth);
    EXPECT_TRUE(score.groupCountRight) << flagsOf(r);
    EXPECT_LT(score.maxShiftErrorPpm, 0.005) << flagsOf(r);
    EXPECT_LT(score.maxCouplingErrorHz, 0.5) << flagsOf(r);
}

TEST(Analysis, AChainWhoseNitrogenMethyleneProtonsLie17HzApartIsSolvedAt60MHz) {
    // A ring's N-CH2-CH2-CH2-CH2-C(O) (illustrative shifts and couplings in Pretsch's ranges, not
    // a literature line; a chiral neighbour puts a ring CH2's protons up to 0.3 ppm apart, as in
    // proline): the N-CH2 protons 0.28 ppm apart, 17 Hz at 60 MHz, each CH2 geminal -13 Hz, cis
    // and trans vicinal J unequal, the two middle CH2 one strongly coupled lump. A split CH2
    // started a hair apart stays together: the two N-CH2 multiplets then read as one 2 H group
    // with a large J to a partner.
    SpinSystem truth;
    const std::size_t n1 = truth.addGroup(3.28, 1), n2 = truth.addGroup(3.00, 1),
                      c1 = truth.addGroup(2.31, 1), c2 = truth.addGroup(2.22, 1),
                      m1 = truth.addGroup(1.95, 1), m2 = truth.addGroup(1.85, 1),
                      k1 = truth.addGroup(1.75, 1), k2 = truth.addGroup(1.68, 1);
    for (const auto& [x, y] : {std::pair{n1, n2}, {c1, c2}, {m1, m2}, {k1, k2}})
        truth.setCouplingHz(x, y, -13.0);
    // Chain n - k - m - c.
    coupleCisTrans(truth, {n1, n2}, {k1, k2}, 8.2, 4.6);
    coupleCisTrans(truth, {k1, k2}, {m1, m2}, 7.4, 5.8);
    coupleCisTrans(truth, {m1, m2}, {c1, c2}, 8.8, 5.2);
    AnalysisOptions options = synthetic();
    options.totalProtons = 8;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 500.0, 53));
    EXPECT_TRUE(solves(r, truth));
}

TEST(Analysis, AStronglyCoupledGeminalPairReadAsTwoSingletsIsSolved) {
    // An isolated CH2 beside a quaternary centre and a carbonyl (illustrative shifts in Pretsch's
    // ranges, not a literature line): its geminal J of -17 Hz is about its Δν of 18.6 Hz at 60
    // MHz, so the AB quartet (closed form: lines at the centre ± (D ± |J|)/2 with
    // D = √(Δν² + J²)) is two strong inner lines 8.2 Hz apart and two outer ones a fifth of
    // their height 21 Hz out. The inner lines read as two singlets; no multiplet shows the 17 Hz
    // splitting.
    SpinSystem truth;
    const std::size_t ha = truth.addGroup(3.72, 1), hb = truth.addGroup(3.41, 1);
    truth.addGroup(2.20, 3);
    truth.addGroup(1.45, 3);
    truth.setCouplingHz(ha, hb, -17.0);
    AnalysisOptions options = synthetic();
    options.totalProtons = 8;
    EXPECT_TRUE(solves(
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 300.0, 43)),
        truth));
}

TEST(Analysis, ThreeRingProtonsInOneAromaticMultipletAreSolved) {
    // A 1,2,3-trisubstituted benzene shaped like 2-chloro-6-methylanisole (illustrative shifts
    // and couplings in Pretsch's ranges, not a literature line): H3 and H5 almost alike, H4 0.2
    // ppm away, one strongly coupled lump at 90 MHz beside the OCH3 and CH3 singlets. A 3 H
    // aromatic multiplet is never a methyl.
    SpinSystem ring;
    for (double ppm : {7.36, 7.33, 7.15}) // H3, H5, H4
        ring.addGroup(ppm, 1);
    ring.addGroup(3.80, 3);
    ring.addGroup(2.35, 3);
    ring.setCouplingHz(0, 2, 8.1); // ortho H3-H4
    ring.setCouplingHz(1, 2, 7.6); // ortho H4-H5
    ring.setCouplingHz(0, 1, 1.5); // meta H3-H5
    AnalysisOptions options = synthetic();
    options.totalProtons = 9;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ring, 90.0, 300.0, 31));
    EXPECT_TRUE(solves(r, ring));
}

// A CH2 next to a CH whose three protons overlap in one multiplet (an amino acid's Cα-H and
// Cβ-H2 shape, illustrative values in Pretsch's ranges) beside a methyl singlet.
SpinSystem methyneAndMethylene() {
    SpinSystem s;
    for (double ppm : {4.02, 3.95, 3.86})
        s.addGroup(ppm, 1);
    s.addGroup(2.05, 3);
    s.setCouplingHz(0, 1, -12.8); // geminal CH2
    s.setCouplingHz(0, 2, 3.9);
    s.setCouplingHz(1, 2, 6.2);
    return s;
}

// A CH2 next to a CH whose protons fall into two multiplets 0.2 ppm apart at 90 MHz: the CH2's
// strongly coupled AB (an O-CH2, geminal J -11 Hz) above, its CH below (illustrative values in
// Pretsch's ranges, not a literature line), beside a methyl singlet. Read line by line it is a
// chain CH2-CH-CH2 of three one-proton groups (GISSMO bmse000413 was so read at 90 MHz).
SpinSystem methyleneAboveItsMethyne() {
    SpinSystem s;
    for (double ppm : {4.02, 3.85, 3.66})
        s.addGroup(ppm, 1);
    s.addGroup(2.05, 3);
    s.setCouplingHz(0, 1, -11.0); // geminal CH2
    s.setCouplingHz(0, 2, 6.9);
    s.setCouplingHz(1, 2, 8.2);
    return s;
}

TEST(Proposals, ACh2AndItsChInTwoMultipletsAreAlsoProposedAsOneAbx) {
    const SpinSystem truth = methyleneAboveItsMethyne();
    AnalysisOptions options = synthetic();
    options.totalProtons = truth.protonCount();
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 90.0, 300.0, 31));
    const std::vector<int>& counts = r.evidence.regionProtons;
    ASSERT_TRUE(std::count(counts.begin(), counts.end(), 1) == 1 &&
                std::count(counts.begin(), counts.end(), 2) == 1)
        << "the CH2 and its CH in two multiplets, 2 H and 1 H";
    EXPECT_TRUE(solves(r, truth));
}

TEST(Proposals, AChainOfFiveMethylenesIsProposedEndToEnd) {
    // 6-Bromohexanoic acid (CDCl3): Br-CH2 3.41 (t, 6.7 Hz), CH2-COOH 2.38 (t, 7.4 Hz), then
    // 1.89, 1.68 and 1.50 ppm, the middle CH2 at the highest field (COOH left out). Linked by
    // J-matching, the two end triplets (alike J) pair with each other.
    SpinSystem chain;
    for (double ppm : {3.41, 2.38, 1.89, 1.68, 1.50})
        chain.addGroup(ppm, 2);
    chain.setCouplingHz(0, 2, 6.7);
    chain.setCouplingHz(2, 4, 7.2);
    chain.setCouplingHz(4, 3, 7.3);
    chain.setCouplingHz(3, 1, 7.4);
    AnalysisOptions options = synthetic();
    options.totalProtons = chain.protonCount();
    // A short search: the chain start itself is the point (without it, the full 30 s budget ends
    // on six groups with the ends linked).
    options.searchSeconds = 3.0;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(chain, 90.0, 300.0, 35));
    EXPECT_TRUE(solves(r, chain));
}

TEST(Analysis, NegatingEveryCouplingLeavesTheSpectrumAsItIs) {
    // The truth is the exact simulator: the canonical sign choice must not change what is seen.
    const SpinSystem s = methyneAndMethylene();
    SpinSystem upsideDown = s; // geminal +12.8, vicinals negative: two of three negative
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            if (s.couplingHz(a, b) != 0.0) upsideDown.setCouplingHz(a, b, -s.couplingHz(a, b));
    const SpinSystem canonical = withMostCouplingsPositive(upsideDown);
    for (std::size_t a = 0; a < s.size(); ++a)
        for (std::size_t b = a + 1; b < s.size(); ++b)
            EXPECT_EQ(canonical.couplingHz(a, b), s.couplingHz(a, b)) << a << "-" << b;
    const Spectrum seen = analysistest::syntheticSpectrum(s, 60.0, 1e9, 1, 1.0, 0.0, 0.0);
    const Spectrum negated =
        analysistest::syntheticSpectrum(upsideDown, 60.0, 1e9, 1, 1.0, 0.0, 0.0);
    ASSERT_EQ(seen.real.size(), negated.real.size());
    const double tallest = *std::max_element(seen.real.begin(), seen.real.end());
    for (std::size_t i = 0; i < seen.real.size(); ++i)
        ASSERT_NEAR(seen.real[i], negated.real[i], 1e-6 * tallest) << i;
}

TEST(Analysis, ACh2AndItsChInOneMultipletAreSolvedWithTheGeminalNegative) {
    const SpinSystem truth = methyneAndMethylene();
    AnalysisOptions options = synthetic();
    options.totalProtons = 6;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 90.0, 300.0, 27));
    EXPECT_TRUE(solves(r, truth));
    double mostNegativeHz = 0.0;
    for (std::size_t a = 0; a < r.system.size(); ++a)
        for (std::size_t b = a + 1; b < r.system.size(); ++b)
            mostNegativeHz = std::min(mostNegativeHz, r.system.couplingHz(a, b));
    EXPECT_NEAR(mostNegativeHz, -12.8, 0.3) << "the geminal J keeps its sign";
}

TEST(Analysis, ACh2Ch2WithUnequalVicinalCouplingsIsFoundAsAaXx) {
    // X-CH2-CH2-Y with two rotamer-averaged vicinal J 7.6 and 5.4 Hz (illustrative values in
    // Pretsch's ranges): not two triplets but AA'XX', whose extra lines only four groups explain.
    SpinSystem chain;
    for (double ppm : {3.72, 3.72, 2.61, 2.61})
        chain.addGroup(ppm, 1);
    chain.setCouplingHz(0, 1, -12.0);
    chain.setCouplingHz(2, 3, -13.5);
    chain.setCouplingHz(0, 2, 7.6);
    chain.setCouplingHz(1, 3, 7.6);
    chain.setCouplingHz(0, 3, 5.4);
    chain.setCouplingHz(1, 2, 5.4);
    AnalysisOptions options = synthetic();
    options.totalProtons = 4;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(chain, 60.0, 300.0, 28));
    // The vicinal J and the shifts are what the spectrum shows. The geminal J enter through
    // M = J_AA' - J_XX' (as sqrt(M² + L²): its size, not its sign) and through K = J_AA' + J_XX',
    // in lines of a few per mille far out at Δν/J near 9, near the noise at SNR 300: K only to a
    // few Hz, so the test asks for the sum of two geminals of -10 to -16 Hz.
    ASSERT_EQ(r.system.size(), 4u) << flagsOf(r);
    const SpinSystem& s = r.system; // by descending shift: A, A' then X, X'
    EXPECT_NEAR(s.group(0).shiftPpm, 3.72, 0.005);
    EXPECT_NEAR(s.group(3).shiftPpm, 2.61, 0.005);
    const double large = std::max(s.couplingHz(0, 2), s.couplingHz(0, 3));
    const double small = std::min(s.couplingHz(0, 2), s.couplingHz(0, 3));
    EXPECT_NEAR(large, 7.6, 0.3) << flagsOf(r);
    EXPECT_NEAR(small, 5.4, 0.3) << flagsOf(r);
    EXPECT_NEAR(std::abs(s.couplingHz(0, 1) - s.couplingHz(2, 3)), 1.5, 0.3);
    const double kHz = s.couplingHz(0, 1) + s.couplingHz(2, 3);
    EXPECT_LT(kHz, -20.0);
    EXPECT_GT(kHz, -32.0);
}

// A CH3-CH(OR)-CH2-COR fragment (illustrative values in Pretsch's ranges, not a literature line):
// the CH2's two protons 0.09 ppm apart, geminal J -14.8 Hz, vicinal 7.0 and 6.0 Hz to the CH.
SpinSystem methyneBesideDiastereotopicCh2() {
    SpinSystem s;
    for (const auto& [ppm, protons] : {std::pair{4.05, 1}, {2.45, 1}, {2.36, 1}, {1.22, 3}})
        s.addGroup(ppm, protons);
    s.setCouplingHz(0, 1, 7.0);
    s.setCouplingHz(0, 2, 6.0);
    s.setCouplingHz(0, 3, 6.2);
    s.setCouplingHz(1, 2, -14.8);
    return s;
}

TEST(Analysis, ADiastereotopicCh2BesideAStereocentreIsTwoProtons) {
    // A CH3-CH(OR)-CH2-COR fragment (illustrative values in Pretsch's ranges, not a literature
    // line): the CH2's two protons 0.09 ppm apart with a geminal J and two unequal vicinal J to the
    // CH, a strongly coupled AB in its own multiplet at 60 MHz, the CH in another.
    const SpinSystem s = methyneBesideDiastereotopicCh2();
    AnalysisOptions options = synthetic();
    options.totalProtons = 6;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(s, 60.0, 300.0, 33));
    EXPECT_TRUE(solves(r, s));
}

TEST(Analysis, ACouplingBeyondTheLargestKnownIsNeverConfident) {
    // The largest 1H-1H couplings known are near 22 Hz (a geminal CH2 between two pi systems).
    // An AX whose lines ask for 23.5 Hz is fitted as seen, but a topology needing that is suspect
    // (a 3-substituted pyridine's two lone protons at 90 MHz once came out as one AB with J
    // 25 Hz, confident): flagged, not confident.
    SpinSystem ax;
    ax.addGroup(5.0, 1);
    ax.addGroup(2.0, 1);
    ax.setCouplingHz(0, 1, 23.5);
    AnalysisOptions options = synthetic();
    options.givenStarts = {ax}; // the answer under test, whichever reading the search makes
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(ax, 60.0, 300.0, 29));
    ASSERT_EQ(r.system.size(), 2u) << flagsOf(r);
    EXPECT_NEAR(std::abs(r.system.couplingHz(0, 1)), 23.5, 0.1) << flagsOf(r);
    EXPECT_TRUE(hasFlag(r, "coupling-at-bound")) << flagsOf(r);
    EXPECT_FALSE(r.confident) << flagsOf(r);
}

TEST(Analysis, AStartHoldingMoreProtonsThanTheMoleculeIsNoAnswer) {
    // A CH3-CH(O)-CH2 fragment (3-hydroxybutanoate-like, typical values as above): the fit's
    // intensity scale is free, so the system with every proton count doubled (12 H for 6) fits
    // its spectrum about as well as the molecule; offered as a start beside the given count (a
    // model that misreads the counts), it must not become the answer: fewer protons than given
    // may be right (exchangeable ones hide), more never.
    const SpinSystem truth = methyneBesideDiastereotopicCh2();
    SpinSystem doubled = truth;
    for (std::size_t g = 0; g < doubled.size(); ++g)
        doubled.group(g).protonCount *= 2;
    AnalysisOptions options = synthetic();
    options.totalProtons = truth.protonCount();
    options.givenStarts = {doubled};
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 300.0, 33));
    EXPECT_EQ(r.system.protonCount(), truth.protonCount()) << flagsOf(r);
    EXPECT_TRUE(solves(r, truth));
}

TEST(Analysis, CompetitorsLeftUnfittedAtTheTimeLimitDenyTheConfidence) {
    // With a time limit far too short for the evidence round, most competitors of each group are
    // never fitted: the answer still comes (the best found), but its confidences rest on rivals
    // nobody tried, so it is flagged and not confident. The same spectrum with time enough is
    // confident (SolvesEthylCrotonateAt60MHzWithoutTheModel).
    const SpinSystem truth = analysistest::ethylCrotonate();
    AnalysisOptions options = synthetic();
    options.searchSeconds = 1e-4;
    const AnalysisResult r =
        SpectrumAnalysis(options).run(analysistest::syntheticSpectrum(truth, 60.0, 400.0, 21));
    ASSERT_FALSE(r.system.empty()) << flagsOf(r);
    EXPECT_TRUE(hasFlag(r, "search-time-limit")) << flagsOf(r);
    EXPECT_TRUE(hasFlag(r, "rivals-unfitted")) << flagsOf(r);
    int unfitted = 0;
    for (const GroupEvidence& e : r.groupEvidence)
        unfitted += e.rivalsUnfitted;
    EXPECT_GT(unfitted, 0);
    EXPECT_FALSE(r.confident) << flagsOf(r);
}

TEST(Analysis, TheBudgetIsCountedWorkSoOneSpectrumGetsOneAnswerWithAnyThreads) {
    // A budget that stops the search part-way: on a clock, two threads would fit more trials in
    // it than one (and a loaded machine fewer), so the answers would differ. Counted in the fits'
    // work and looked at between fixed chunks of trials, the budget stops both at the same place.
    const SpinSystem truth = analysistest::ethylCrotonate();
    const Spectrum spectrum = analysistest::syntheticSpectrum(truth, 60.0, 400.0, 21);
    AnalysisOptions options = synthetic();
    options.searchSeconds = 0.5;
    options.threads = 1;
    const AnalysisResult one = SpectrumAnalysis(options).run(spectrum);
    options.threads = 2;
    const AnalysisResult two = SpectrumAnalysis(options).run(spectrum);
    ASSERT_TRUE(hasFlag(one, "search-time-limit")) << flagsOf(one);
    EXPECT_EQ(one.workUnits, two.workUnits);
    EXPECT_EQ(one.hypothesesFitted, two.hypothesesFitted);
    EXPECT_EQ(one.trail, two.trail);
    EXPECT_EQ(flagsOf(one), flagsOf(two));
    ASSERT_EQ(one.system.size(), two.system.size());
    for (std::size_t g = 0; g < one.system.size(); ++g) {
        EXPECT_EQ(one.system.group(g).shiftPpm, two.system.group(g).shiftPpm);
        EXPECT_EQ(one.system.group(g).protonCount, two.system.group(g).protonCount);
        for (std::size_t h = 0; h < one.system.size(); ++h)
            EXPECT_EQ(one.system.couplingHz(g, h), two.system.couplingHz(g, h));
    }
    EXPECT_EQ(one.groupConfidence, two.groupConfidence);
}

TEST(Analysis, AnEmptySpectrumIsRefusedWithAReason) {
    Spectrum empty;
    empty.fieldMHz = 60.0;
    try {
        (void)SpectrumAnalysis(synthetic()).run(empty);
        FAIL() << "an empty spectrum must not give an answer";
    } catch (const Error& e) {
        EXPECT_TRUE(e.code() == ErrorCode::InvalidInput || e.code() == ErrorCode::InvalidArgument)
            << e.what();
        EXPECT_NE(std::string(e.what()).find("spectrum"), std::string::npos) << e.what();
    }
}

TEST(Analysis, PureNoiseGivesNoConfidentAnswer) {
    const AnalysisResult r =
        SpectrumAnalysis(synthetic())
            .run(analysistest::syntheticSpectrum(SpinSystem{}, 60.0, 100.0, 23, 1.0, 0.0, 0.0));
    EXPECT_FALSE(r.confident);
    for (double c : r.groupConfidence)
        EXPECT_LT(c, 0.999);
}

TEST(Analysis, ASolventOnlySpectrumHasNoMoleculeSignal) {
    const AnalysisResult r =
        SpectrumAnalysis(synthetic())
            .run(analysistest::syntheticSpectrum(SpinSystem{}, 60.0, 300.0, 24, 1.0, 5.0, 5.0));
    EXPECT_FALSE(r.confident) << flagsOf(r);
    EXPECT_TRUE(r.system.empty()) << flagsOf(r);
    EXPECT_TRUE(hasFlag(r, "no-signal"));
}

TEST(Analysis, AFiftyGroupMixtureIsNotForcedIntoOneSystem) {
    SpinSystem mixture;
    for (int k = 0; k < 50; ++k)
        mixture.addGroup(0.6 + 0.17 * k, 1 + (k % 3));
    const AnalysisResult r = SpectrumAnalysis(synthetic())
                                 .run(analysistest::syntheticSpectrum(mixture, 90.0, 300.0, 25));
    EXPECT_FALSE(r.confident);
    EXPECT_TRUE(hasFlag(r, "too-many-groups"));
}

TEST(Formula, ProtonsComeFromTheHCount) {
    EXPECT_EQ(protonsInFormula("C13H18O2"), 18);
    EXPECT_EQ(protonsInFormula("C6H5Cl"), 5);
    EXPECT_EQ(protonsInFormula("CH4"), 4);
    EXPECT_THROW(protonsInFormula("C6Cl6"), Error);
    EXPECT_THROW(protonsInFormula("hello"), Error);
}

} // namespace
} // namespace spinhance::analysis

#include "analysis/analysisscore.h"
#include "analysis/spectrumanalysis.h"
#include "common/error.h"
#include "syntheticspectrum.h"

#include <algorithm>
#include <gtest/gtest.h>

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
    EXPECT_TRUE(r.confident);
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
    const AnswerScore score = scoreAnswer(r.system, ethylAcetate);
    EXPECT_TRUE(score.solved) << r.system.size() << " groups";
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

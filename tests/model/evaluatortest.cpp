#include "model/evaluator.h"

#include "spin/lineshape.h"
#include "spin/simulator.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

SpinSystem ethylLike(double shiftA, double shiftB, double jHz) {
    SpinSystem s;
    s.addGroup(shiftA, 2);
    s.addGroup(shiftB, 3);
    s.setCouplingHz(0, 1, jHz);
    return s;
}

} // namespace

TEST(Evaluator, PerfectPredictionScoresPerfectly) {
    MetricsAccumulator acc;
    acc.add(ethylLike(2.6, 1.2, 7.6), ethylLike(2.6, 1.2, 7.6));
    const EvaluationMetrics m = acc.result();
    EXPECT_EQ(m.count, 1);
    EXPECT_DOUBLE_EQ(m.canonical.shiftMaePpm, 0.0);
    EXPECT_DOUBLE_EQ(m.canonical.couplingF1, 1.0);
    EXPECT_DOUBLE_EQ(m.hungarian.degeneracyBalancedAccuracy, 1.0);
    EXPECT_DOUBLE_EQ(m.groupCountAccuracy, 1.0);
}

TEST(Evaluator, HandComputedErrorsAndMatching) {
    // Truth: A 2.60 (2H), B 1.20 (3H), J 7.6. Prediction misses nothing but swaps the canonical
    // order by placing the CH2 below the CH3: canonical pairing is wrong, Hungarian is right.
    SpinSystem predicted;
    predicted.addGroup(1.25, 3);
    predicted.addGroup(1.10, 2);
    predicted.setCouplingHz(0, 1, 7.0);
    MetricsAccumulator acc;
    acc.add(predicted, ethylLike(2.6, 1.2, 7.6));
    const EvaluationMetrics m = acc.result();
    EXPECT_NEAR(m.canonical.shiftMaePpm, (std::abs(1.25 - 2.6) + std::abs(1.10 - 1.2)) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(m.canonical.degeneracyBalancedAccuracy, 0.0);
    // Hungarian costs |Δδ| + 0.1 per degeneracy mismatch: 2.6↔1.25 and 1.2↔1.10 total
    // 1.45 + 0.20 = 1.65; 2.6↔1.10 and 1.2↔1.25 total 1.50 + 0.05 = 1.55, the minimum.
    EXPECT_NEAR(m.hungarian.shiftMaePpm, (1.50 + 0.05) / 2, 1e-12);
    EXPECT_DOUBLE_EQ(m.hungarian.degeneracyBalancedAccuracy, 1.0);
    EXPECT_NEAR(m.hungarian.jMaeCoupledHz, 0.6, 1e-12);
    EXPECT_DOUBLE_EQ(m.hungarian.couplingF1, 1.0);
}

TEST(Evaluator, MissingGroupsCountAsUncoupledAndWrongGroupCount) {
    SpinSystem predicted;
    predicted.addGroup(2.6, 2);
    MetricsAccumulator acc;
    acc.add(predicted, ethylLike(2.6, 1.2, 7.6));
    const EvaluationMetrics m = acc.result();
    EXPECT_DOUBLE_EQ(m.groupCountAccuracy, 0.0);
    EXPECT_NEAR(m.hungarian.jMaeAllHz, 7.6, 1e-12);
    EXPECT_DOUBLE_EQ(m.hungarian.couplingF1, 0.0);
    EXPECT_DOUBLE_EQ(m.hungarian.degeneracyBalancedAccuracy, 0.5); // 2H found, 3H missed
}

TEST(Evaluator, SpectralCosineOfTheSameSystemIsOne) {
    const PpmGrid grid{0.0, 12.0, 16384};
    const SpinSystem s = ethylLike(2.6, 1.2, 7.6);
    LineShapeOptions shape;
    const auto rendered = renderSpectrum(simulateSticks(s, {90.0}), grid, 90.0, shape);
    const std::vector<float> spectrum(rendered.begin(), rendered.end());
    EXPECT_NEAR(spectralCosine(s, spectrum, grid, 90.0), 1.0, 1e-6);
    EXPECT_LT(spectralCosine(ethylLike(3.6, 1.2, 7.6), spectrum, grid, 90.0), 0.9);
}

// The ceiling figure: each input here is its own true system rendered exactly as the evaluator
// re-simulates (1 Hz Lorentzians, 90 MHz), so the truth reconstructs it perfectly whatever the
// (untrained) model predicts.
TEST(Evaluator, TruthSpectralCosineIsOneForCleanInputs) {
    const PpmGrid grid = PpmGrid::model();
    std::vector<model::TrainingSample> samples;
    for (const SpinSystem& s : {ethylLike(2.6, 1.2, 7.6), ethylLike(4.1, 1.3, 7.1)}) {
        const auto rendered =
            renderSpectrum(simulateSticks(s, {90.0}), grid, 90.0, LineShapeOptions{});
        samples.push_back({std::vector<float>(rendered.begin(), rendered.end()), s});
    }
    const model::InMemorySampleSource source(samples, grid, "clean");
    auto predictor = Predictor::load(SPINHANCE_TEST_DATA_DIR "/model/tiny-030.spinmodel");
    const EvaluationMetrics m = evaluateSource(*predictor, source, {}, nullptr, 0);
    EXPECT_EQ(m.count, 2);
    EXPECT_NEAR(m.truthSpectralCosine, 1.0, 1e-6);
    EXPECT_LE(m.spectralCosine, m.truthSpectralCosine + 1e-9);
}

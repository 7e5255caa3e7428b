// train --init-from (issue 15): a new run starts from a model file's weights and standardiser.
#include "common/error.h"
#include "model/predictor.h"
#include "model/predictorloader.h"
#include "model/trainer.h"
#include "syntheticsamples.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

namespace spinhance::model {
namespace {

namespace fs = std::filesystem;

TrainingConfig tinyRun(const std::string& name, double learningRate, std::uint64_t seed) {
    TrainingConfig c;
    c.recipe = Recipe::R030;
    c.size = ModelSize::Tiny;
    c.epochs = 1;
    c.batchSize = 4;
    c.learningRate = learningRate;
    c.seed = seed;
    c.threads = 1;
    c.checkpointEveryMinutes = 0;
    c.outDir = (fs::temp_directory_path() / ("spinhance-warmstart-test-" + name)).string();
    fs::remove_all(c.outDir);
    c.trainSource = test::syntheticSource(16, 41);
    c.validationSource = test::syntheticSource(4, 42);
    return c;
}

Prediction predictWith(const std::string& modelPath, double fieldMHz = 90.0) {
    ModelConfig expected;
    expected.recipe = Recipe::R030;
    expected.grid = test::smallGrid();
    const auto sample = test::syntheticSource(1, 43)->sample(0);
    return loadPredictor(modelPath, expected)
        ->predictAtField(std::vector<double>(sample.spectrum.begin(), sample.spectrum.end()),
                         fieldMHz);
}

double largestDifference(const std::vector<double>& a, const std::vector<double>& b) {
    double largest = a.size() == b.size() ? 0.0 : 1e300;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        largest = std::max(largest, std::abs(a[i] - b[i]));
    return largest;
}

} // namespace

// With a vanishing learning rate the warm-started run must export the model it started from; a
// fresh run of another seed, trained the same way, must not (so the comparison can fail).
TEST(WarmStart, ARunFromAModelKeepsItsWeightsAndStandardiser) {
    const TrainingSummary base = train(tinyRun("base", 3e-3, 5), {}, {}, nullptr);
    TrainingConfig warm = tinyRun("warm", 1e-12, 9);
    warm.initFrom = base.modelPath;
    const TrainingSummary continued = train(warm, {}, {}, nullptr);
    const TrainingSummary fresh = train(tinyRun("fresh", 1e-12, 9), {}, {}, nullptr);

    const Prediction before = predictWith(base.modelPath);
    const Prediction after = predictWith(continued.modelPath);
    const Prediction control = predictWith(fresh.modelPath);
    ASSERT_FALSE(before.groupConfidence.empty());
    EXPECT_LT(largestDifference(before.groupConfidence, after.groupConfidence), 1e-5);
    EXPECT_LT(largestDifference(before.pairConfidence, after.pairConfidence), 1e-5);
    ASSERT_EQ(before.system.size(), after.system.size());
    for (std::size_t g = 0; g < before.system.size(); ++g)
        EXPECT_NEAR(before.system.group(g).shiftPpm, after.system.group(g).shiftPpm, 1e-5);
    EXPECT_GT(largestDifference(before.groupConfidence, control.groupConfidence), 1e-3);
}

// Issue 15: a field-aware network warm-started from a field-blind model begins as that model at
// every field (its FiLM branch starts as the identity); trained, it reads the field.
TEST(WarmStart, AFieldAwareRunFromAFieldBlindModelBeginsAsThatModelAtEveryField) {
    const TrainingSummary base = train(tinyRun("field-base", 3e-3, 5), {}, {}, nullptr);
    TrainingConfig warm = tinyRun("field-warm", 1e-12, 9);
    warm.initFrom = base.modelPath;
    warm.fieldRange = "40-130+0.2";
    const TrainingSummary continued = train(warm, {}, {}, nullptr);
    ModelConfig expected;
    expected.recipe = Recipe::R030;
    expected.grid = test::smallGrid();
    const ModelInfo info = loadPredictor(continued.modelPath, expected)->info();
    EXPECT_TRUE(info.fieldInput);
    EXPECT_DOUBLE_EQ(info.fieldMinMHz, 40.0);
    EXPECT_DOUBLE_EQ(info.fieldMaxMHz, 600.0); // the high-field share reaches 600 MHz
    const Prediction before = predictWith(base.modelPath);
    for (double fieldMHz : {43.0, 90.0, 400.0}) {
        const Prediction after = predictWith(continued.modelPath, fieldMHz);
        EXPECT_LT(largestDifference(before.groupConfidence, after.groupConfidence), 1e-5)
            << fieldMHz << " MHz";
    }

    TrainingConfig trained = tinyRun("field-trained", 3e-3, 9);
    trained.fieldRange = "40-130+0.2";
    const TrainingSummary aware = train(trained, {}, {}, nullptr);
    const Prediction at60 = predictWith(aware.modelPath, 60.0);
    const Prediction at400 = predictWith(aware.modelPath, 400.0);
    EXPECT_GT(largestDifference(at60.groupConfidence, at400.groupConfidence), 1e-6);
}

TEST(WarmStart, AModelOfAnotherSizeOrAResumeIsRefused) {
    const TrainingSummary base = train(tinyRun("refuse-base", 3e-3, 5), {}, {}, nullptr);
    TrainingConfig other = tinyRun("refuse-size", 3e-3, 5);
    other.size = ModelSize::Small;
    other.initFrom = base.modelPath;
    try {
        train(other, {}, {}, nullptr);
        FAIL() << "expected a size mismatch";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Mismatch) << e.what();
        EXPECT_EQ(e.context().field, "size") << e.what();
        EXPECT_NE(std::string(e.what()).find(base.modelPath), std::string::npos) << e.what();
    }
    TrainingConfig both = tinyRun("refuse-both", 3e-3, 5);
    both.initFrom = base.modelPath;
    both.resume = true;
    try {
        train(both, {}, {}, nullptr);
        FAIL() << "expected --init-from and --resume to be refused together";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidArgument) << e.what();
        EXPECT_EQ(e.context().field, "init-from") << e.what();
    }
}

} // namespace spinhance::model

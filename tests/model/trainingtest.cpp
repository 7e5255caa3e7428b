#include "common/error.h"
#include "model/modelregistry.h"
#include "model/predictorloader.h"
#include "model/trainer.h"
#include "syntheticsamples.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iostream>
#include <limits>
#include <numeric>

using namespace spinhance;
using namespace spinhance::model;
namespace fs = std::filesystem;

namespace {

fs::path freshDir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("spinhance-model-test-" + name);
    fs::remove_all(dir);
    return dir;
}

TrainingConfig tinyRun(const std::string& name, int samples, int epochs) {
    TrainingConfig c;
    c.recipe = Recipe::R030;
    c.size = ModelSize::Tiny;
    c.epochs = epochs;
    c.batchSize = 8;
    c.learningRate = 3e-3;
    c.seed = 11;
    c.threads = 1;
    c.outDir = freshDir(name).string();
    c.trainSource = test::syntheticSource(samples, 21);
    c.validationSource = test::syntheticSource(8, 22);
    return c;
}

double meanOf(std::vector<double>::const_iterator begin, std::vector<double>::const_iterator end) {
    return std::accumulate(begin, end, 0.0) / double(end - begin);
}

ModelConfig smallGridExpectation(const std::string& recipe) {
    ModelConfig expected;
    expected.recipe = parseRecipe(recipe);
    expected.grid = test::smallGrid();
    return expected;
}

} // namespace

TEST(Training, TinyModelOverfitsThirtyTwoSamples) {
    TrainingConfig c = tinyRun("overfit", 32, 60);
    c.learningRate = 5e-3;
    c.holdFraction = 0.7;
    const TrainingSummary s = train(c, {}, {}, nullptr);
    ASSERT_EQ(s.stepLosses.size(), 240u);
    const double first = meanOf(s.stepLosses.begin(), s.stepLosses.begin() + 4);
    const double last = meanOf(s.stepLosses.end() - 4, s.stepLosses.end());
    std::cout << "overfit: first-step loss " << first << ", last " << last << "\n";
    EXPECT_GE(first / last, 10.0);
    EXPECT_TRUE(fs::exists(s.modelPath));
    EXPECT_TRUE(fs::exists(s.checkpointPath));
}

TEST(Training, InterruptedThenResumedRunMatchesUninterruptedStepForStep) {
    const TrainingConfig straight = tinyRun("straight", 16, 4);
    const TrainingSummary reference = train(straight, {}, {}, nullptr);
    ASSERT_EQ(reference.stepLosses.size(), 8u);

    TrainingConfig interrupted = tinyRun("interrupted", 16, 4);
    CancelFlag cancel{false};
    auto stopAfterTwo = [&](const EpochMetrics& m) {
        if (m.epoch == 2) cancel = true;
    };
    try {
        train(interrupted, {}, stopAfterTwo, &cancel);
        FAIL() << "expected the run to be cancelled";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
    interrupted.resume = true;
    const TrainingSummary resumed = train(interrupted, {}, {}, nullptr);
    ASSERT_EQ(resumed.stepLosses.size(), 4u);
    for (std::size_t k = 0; k < 4; ++k)
        EXPECT_EQ(resumed.stepLosses[k], reference.stepLosses[4 + k]) << "step " << 4 + k;
    EXPECT_EQ(resumed.steps, reference.steps);

    auto a = loadPredictor(reference.modelPath, smallGridExpectation("030"));
    auto b = loadPredictor(resumed.modelPath, smallGridExpectation("030"));
    const auto sample = test::syntheticSource(1, 99)->sample(0).spectrum;
    const std::vector<double> input(sample.begin(), sample.end());
    const Prediction pa = a->predict(input), pb = b->predict(input);
    EXPECT_EQ(pa.groupConfidence, pb.groupConfidence);
    EXPECT_EQ(pa.system.couplingMatrixHz(), pb.system.couplingMatrixHz());
}

TEST(Training, SeveralDataThreadsTrainTheSameStepsAsOne) {
    TrainingConfig one = tinyRun("data-one", 24, 2);
    one.dataThreads = 1;
    TrainingConfig several = tinyRun("data-several", 24, 2);
    several.dataThreads = 3;
    const TrainingSummary a = train(one, {}, {}, nullptr);
    const TrainingSummary b = train(several, {}, {}, nullptr);
    ASSERT_EQ(a.stepLosses.size(), 6u);
    EXPECT_EQ(a.stepLosses, b.stepLosses);
}

TEST(Training, ATimeBudgetEndsTheRunEarlyAndStillExportsTheModel) {
    TrainingConfig c = tinyRun("budget", 16, 100000); // 200,000 steps: hours without the budget
    c.budgetMinutes = 0.02;                           // 1.2 s
    const TrainingSummary s = train(c, {}, {}, nullptr);
    EXPECT_GT(s.steps, 0);
    EXPECT_LT(s.steps, 200000);
    EXPECT_TRUE(fs::exists(s.modelPath));
    TrainingConfig bad = tinyRun("budget-bad", 16, 1);
    bad.budgetMinutes = -1;
    EXPECT_THROW(train(bad, {}, {}, nullptr), Error);
}

TEST(Training, CachedGeneratedSpectraTrainLikeFreshlySimulatedOnes) {
    auto generated = [](const std::string& name, bool cache) {
        TrainingConfig c = tinyRun(name, 0, 2);
        c.trainSource = c.validationSource = nullptr;
        c.generateCount = 12;
        c.batchSize = 4;
        c.cacheGenerated = cache;
        return train(c, {}, {}, nullptr);
    };
    const TrainingSummary fresh = generated("cache-off", false);
    const TrainingSummary cached = generated("cache-on", true);
    ASSERT_EQ(fresh.stepLosses.size(), 6u);
    ASSERT_EQ(cached.stepLosses.size(), 6u);
    for (std::size_t k = 0; k < 3; ++k) // epoch 1 simulates in both runs
        EXPECT_EQ(cached.stepLosses[k], fresh.stepLosses[k]) << k;
    for (std::size_t k = 3; k < 6; ++k) // epoch 2 reads float16 copies: the same to rounding
        EXPECT_NEAR(cached.stepLosses[k], fresh.stepLosses[k], 1e-3 * fresh.stepLosses[k]) << k;
}

TEST(Training, ResumeWithoutACheckpointIsRefused) {
    TrainingConfig c = tinyRun("no-checkpoint", 8, 1);
    c.resume = true;
    fs::remove_all(c.outDir);
    fs::create_directories(c.outDir);
    try {
        train(c, {}, {}, nullptr);
        FAIL() << "expected a refusal";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::NotFound);
        EXPECT_NE(std::string(e.what()).find("found none"), std::string::npos) << e.what();
    }
    std::ofstream(fs::path(c.outDir) / "checkpoint.pt.tmp") << "half";
    try {
        train(c, {}, {}, nullptr);
        FAIL() << "expected a refusal";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::NotFound);
        EXPECT_NE(std::string(e.what()).find("found only checkpoint.pt.tmp"), std::string::npos)
            << e.what();
    }
    EXPECT_FALSE(fs::exists(fs::path(c.outDir) / "metrics.jsonl"));
}

TEST(ModelFiles, WrongRecipeGridOrFormatIsRefusedWithAMessage) {
    const TrainingSummary s = train(tinyRun("refuse", 8, 1), {}, {}, nullptr);
    try {
        loadPredictor(s.modelPath, smallGridExpectation("025"));
        FAIL() << "expected a recipe mismatch";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Mismatch);
        EXPECT_NE(std::string(e.what()).find("expected recipe 025, found recipe 030"),
                  std::string::npos)
            << e.what();
    }
    try {
        Predictor::load(s.modelPath); // expects the 16,384-point model grid
        FAIL() << "expected a grid mismatch";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Mismatch);
        EXPECT_NE(std::string(e.what()).find("2048 points"), std::string::npos) << e.what();
    }
    EXPECT_THROW(Predictor::load(s.checkpointPath), Error); // a checkpoint is not a model file
    EXPECT_THROW(Predictor::load("/nonexistent.spinmodel"), Error);
}

TEST(ModelFiles, InfoAndListingReadTheConfigOnly) {
    const TrainingSummary s = train(tinyRun("info", 8, 1), {}, {}, nullptr);
    const ModelInfo info = readModelInfo(s.modelPath);
    EXPECT_EQ(info.recipe, Recipe::R030);
    EXPECT_EQ(info.size, ModelSize::Tiny);
    EXPECT_EQ(info.parameterCount, s.parameterCount);
    EXPECT_EQ(info.trainingDataHash, "synthetic:21");
    EXPECT_NE(info.metricsJson.find("shift_mae_ppm"), std::string::npos);
    const auto models = listModels(fs::path(s.modelPath).parent_path().string());
    ASSERT_EQ(models.size(), 1u);
    EXPECT_EQ(models[0].recipe, Recipe::R030);
}

TEST(Schedule, WarmsUpHoldsAndDecays) {
    TrainingConfig c;
    c.learningRate = 1e-3;
    EXPECT_NEAR(learningRateAt(0, 1000, c), 1e-3 / 50.0, 1e-12);
    EXPECT_DOUBLE_EQ(learningRateAt(100, 1000, c), 1e-3);
    EXPECT_DOUBLE_EQ(learningRateAt(399, 1000, c), 1e-3);
    EXPECT_NEAR(learningRateAt(1000, 1000, c), 1e-3 * c.finalLearningRateFraction, 1e-12);
    EXPECT_LT(learningRateAt(700, 1000, c), 1e-3);
}

// A non-finite loss (here from a spectrum holding NaN) stops the run with the step and the loss
// parts, before any weight moves; the model file is not written from poisoned weights.
TEST(Training, ANonFiniteLossStopsTheRunNamingTheStep) {
    TrainingConfig c = tinyRun("nonfinite", 8, 1);
    std::vector<TrainingSample> samples;
    for (std::size_t k = 0; k < 8; ++k)
        samples.push_back(c.trainSource->sample(k));
    for (TrainingSample& s : samples)
        s.spectrum[s.spectrum.size() / 2] = std::numeric_limits<float>::quiet_NaN();
    c.trainSource = std::make_shared<InMemorySampleSource>(samples, test::smallGrid(), "nan");
    try {
        train(c, {}, {}, nullptr);
        FAIL() << "a NaN loss was trained on";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().field, "loss");
        EXPECT_NE(std::string(e.what()).find("step 1"), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(fs::path(c.outDir) / "model.spinmodel"));
}

// The peak-list network trains through the same loop: its loss falls on a small set and the
// model file says what it reads.
TEST(Training, APeakListModelTrainsAndRecordsItsInput) {
    TrainingConfig c = tinyRun("peaks", 32, 12);
    c.input = InputKind::Peaks;
    c.learningRate = 5e-3;
    const TrainingSummary s = train(c, {}, {}, nullptr);
    const double first = meanOf(s.stepLosses.begin(), s.stepLosses.begin() + 4);
    const double last = meanOf(s.stepLosses.end() - 4, s.stepLosses.end());
    EXPECT_LT(last, 0.7 * first) << "first " << first << ", last " << last;
    EXPECT_EQ(readModelInfo(s.modelPath).input, InputKind::Peaks);
}

// The one test file that includes LibTorch (through the private network header).
#include "model/network.h"

#include "model/modelio.h"
#include "syntheticsamples.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace spinhance::model;

namespace {

ModelConfig tinyConfig(Recipe recipe) {
    ModelConfig c;
    c.recipe = recipe;
    c.size = ModelSize::Tiny;
    c.grid = test::smallGrid();
    c.vocabulary = degeneracyVocabulary();
    return c;
}

torch::Tensor batchOf(int count) {
    auto source = test::syntheticSource(count, 3);
    std::vector<const std::vector<float>*> spectra;
    static std::vector<TrainingSample> keep;
    keep.clear();
    for (int k = 0; k < count; ++k)
        keep.push_back(source->sample(std::size_t(k)));
    for (const auto& s : keep)
        spectra.push_back(&s.spectrum);
    return makeBatchSpectra(spectra);
}

} // namespace

TEST(Network, RecipeSwitchesChangeInputChannelsAndParameterCount) {
    torch::manual_seed(1);
    std::map<Recipe, long long> params;
    for (const Recipe recipe : allRecipes()) {
        SpinGraphNet net(tinyConfig(recipe));
        EXPECT_EQ(net->inputChannels(batchOf(2)).size(1), recipeFlags(recipe).inputChannels())
            << recipe;
        params[recipe] = parameterCount(*net);
    }
    // Each extra input channel adds exactly one slice of the first convolution:
    // stemChannels[0] (8) × kernel (2·4+1 for the first stride of 4 on 2048 → 128 tokens).
    const long long perChannel = 8 * 9;
    EXPECT_EQ(params[Recipe::R027], params[Recipe::R025]);              // focal loss: same network
    EXPECT_EQ(params[Recipe::R026] - params[Recipe::R025], perChannel); // + peak map
    EXPECT_EQ(params[Recipe::R028] - params[Recipe::R025], perChannel); // + cumulative integral
    EXPECT_EQ(params[Recipe::R029], params[Recipe::R026]);
    EXPECT_EQ(params[Recipe::R030] - params[Recipe::R025], 2 * perChannel);
}

TEST(Network, PeakAndIntegralChannelsMeanWhatTheySay) {
    SpinGraphNet net(tinyConfig(Recipe::R030));
    auto x = torch::zeros({1, 2048});
    x[0][1000] = 1.0f, x[0][999] = 0.5f, x[0][1001] = 0.5f, x[0][1500] = 3.0f;
    auto channels = net->inputChannels(x);
    auto peaks = channels[0][1];
    EXPECT_GT(peaks[1000].item<float>(), 0.0f);
    EXPECT_EQ(peaks[999].item<float>(), 0.0f);
    EXPECT_EQ(peaks.gt(0).sum().item<int64_t>(), 2);
    auto integral = channels[0][2];
    EXPECT_NEAR(integral[2047].item<float>(), 1.0f, 1e-6);
    EXPECT_NEAR(integral[1001].item<float>(), 2.0f / 5.0f, 1e-6); // areas 0.5+1+0.5 of 5
}

TEST(Network, PairHeadIsExactlySymmetric) {
    torch::manual_seed(5);
    SpinGraphNet net(tinyConfig(Recipe::R030));
    net->eval();
    torch::NoGradGuard noGrad;
    const NetOutput out = net->forward(batchOf(3));
    EXPECT_TRUE(torch::equal(out.coupling, out.coupling.transpose(1, 2)));
    EXPECT_TRUE(torch::equal(out.coupledLogit, out.coupledLogit.transpose(1, 2)));
    EXPECT_TRUE(torch::equal(out.equivalentLogit, out.equivalentLogit.transpose(1, 2)));
    EXPECT_GT(out.coupling.abs().sum().item<double>(), 0.0); // not trivially zero
}

TEST(Network, SaveThenLoadGivesIdenticalOutputs) {
    torch::manual_seed(9);
    SpinGraphNet net(tinyConfig(Recipe::R029));
    net->eval();
    const auto path =
        (std::filesystem::temp_directory_path() / "spinhance-model-roundtrip.spinmodel").string();
    saveModel(path, tinyConfig(Recipe::R029), net);
    LoadedModel loaded = loadModel(path);
    torch::NoGradGuard noGrad;
    const auto input = batchOf(2);
    const NetOutput a = net->forward(input);
    const NetOutput b = loaded.net->forward(input);
    EXPECT_TRUE(torch::equal(a.shift, b.shift));
    EXPECT_TRUE(torch::equal(a.coupling, b.coupling));
    EXPECT_TRUE(torch::equal(a.degeneracyLogits, b.degeneracyLogits));
    EXPECT_EQ(loaded.config.recipe, Recipe::R029);
    EXPECT_EQ(loaded.config.parameterCount, parameterCount(*net));
    std::filesystem::remove(path);
}

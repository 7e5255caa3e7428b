// The one test file that includes LibTorch (through the private network header).
#include "model/network.h"

#include "common/error.h"
#include "model/modelio.h"
#include "syntheticsamples.h"

#include <array>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace spinhance::model;
using spinhance::PpmGrid;

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

// --- The peak-list encoder (reference 001) ---

namespace {

ModelConfig tinyPeakConfig() {
    ModelConfig c = tinyConfig(Recipe::R025);
    c.input = InputKind::Peaks;
    return c;
}

// Lorentzians h / (1 + (2 (δ − δ0) / w)²) sampled on the small test grid, one row.
torch::Tensor lorentzians(const PpmGrid& grid,
                          const std::vector<std::array<double, 3>>& peaks) { // δ0, h, w (ppm)
    auto x = torch::zeros({1, grid.points}, torch::kFloat64);
    for (int i = 0; i < grid.points; ++i) {
        const double ppm = grid.fromPpm + i * grid.stepPpm();
        double y = 0.0;
        for (const auto& [centre, height, width] : peaks)
            y += height / (1.0 + std::pow(2.0 * (ppm - centre) / width, 2));
        x[0][i] = y;
    }
    return x.to(torch::kFloat32);
}

} // namespace

TEST(PeakTokens, PickedPeaksRecoverLorentzianCentresHeightsAndWidths) {
    const PpmGrid grid = test::smallGrid();
    const double step = grid.stepPpm();
    // Off-grid centres, widths of 12 and 20 grid points; a third line at 1 % is below the floor.
    const double a = 3.0 + 0.37 * step, b = 7.5 - 0.21 * step;
    const auto x = lorentzians(
        grid, {{{a, 1.0, 12 * step}}, {{b, 0.5, 20 * step}}, {{10.0, 0.01, 12 * step}}});
    const PickedPeaks p = pickPeaks(x, grid, 6);
    ASSERT_EQ(p.positionPpm.sizes(), (std::vector<int64_t>{1, 6}));
    EXPECT_EQ(p.padding.logical_not().sum().item<int64_t>(), 2);
    // Tallest first; each within a tenth of a grid point, heights to 1 %, widths to 5 %.
    EXPECT_NEAR(p.positionPpm[0][0].item<double>(), a, 0.1 * step);
    EXPECT_NEAR(p.positionPpm[0][1].item<double>(), b, 0.1 * step);
    EXPECT_NEAR(p.height[0][1].item<double>() / p.height[0][0].item<double>(), 0.5, 0.01);
    EXPECT_NEAR(p.widthPpm[0][0].item<double>() / (12 * step), 1.0, 0.05);
    EXPECT_NEAR(p.widthPpm[0][1].item<double>() / (20 * step), 1.0, 0.05);
}

TEST(PeakTokens, NoiseBelowZeroNeverGivesNonFiniteTokens) {
    // Measured and generated spectra dip below zero between lines; the padding slots then hold
    // such points: one line on a floor alternating −30 % / −10 %, whose −10 % points are
    // rounded tops below zero. Every token and output stays finite.
    const PpmGrid grid = test::smallGrid();
    auto x = lorentzians(grid, {{{5.0, 1.0, 12 * grid.stepPpm()}}});
    x += torch::arange(grid.points).remainder(2).mul(0.2).sub(0.3).unsqueeze(0);
    const PickedPeaks p = pickPeaks(x, grid, 64);
    for (const auto& t : {p.positionPpm, p.height, p.widthPpm})
        EXPECT_TRUE(torch::isfinite(t).all().item<bool>());
    torch::manual_seed(2);
    SpinGraphNet net(tinyPeakConfig());
    torch::NoGradGuard noGrad;
    EXPECT_TRUE(torch::isfinite(net->forward(x).shift).all().item<bool>());
}

TEST(PeakTokens, AnEmptySpectrumStillGivesOneTokenAndFiniteOutputs) {
    torch::manual_seed(3);
    SpinGraphNet net(tinyPeakConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    const auto zero = torch::zeros({1, test::smallGrid().points});
    const PickedPeaks p = pickPeaks(zero, test::smallGrid(), 8);
    EXPECT_FALSE(p.padding.all().item<bool>()); // attention over nothing would give NaN
    // Nothing above zero at all (an inverted or baseline-only row): still one real token.
    auto below = torch::full({1, test::smallGrid().points}, -1.0f);
    below[0][5] = -0.5f;
    EXPECT_FALSE(pickPeaks(below, test::smallGrid(), 8).padding.all().item<bool>());
    const NetOutput out = net->forward(torch::cat({zero, batchOf(1), below}));
    EXPECT_TRUE(torch::isfinite(out.shift).all().item<bool>());
    EXPECT_TRUE(torch::isfinite(out.coupling).all().item<bool>());
}

TEST(PeakTokens, ASpectrumsAnswerDoesNotDependOnItsBatch) {
    // Rows carry different numbers of real peaks and padding: a three-line spectrum read alone
    // and beside a spectrum of many lines gives the same answer.
    torch::manual_seed(4);
    const PpmGrid grid = test::smallGrid();
    const double step = grid.stepPpm();
    const auto x = lorentzians(
        grid, {{{2.0, 1.0, 12 * step}}, {{4.0, 0.6, 12 * step}}, {{6.0, 0.3, 12 * step}}});
    SpinGraphNet net(tinyPeakConfig());
    net->eval();
    torch::NoGradGuard noGrad;
    const auto both = torch::cat({x, batchOf(1)}); // the second row has many more peaks
    const NetOutput alone = net->forward(x);
    const NetOutput batched = net->forward(both);
    EXPECT_TRUE(torch::allclose(alone.shift[0], batched.shift[0], 1e-5, 1e-5));
    EXPECT_TRUE(torch::allclose(alone.coupling[0], batched.coupling[0], 1e-5, 1e-5));
}

TEST(PeakTokens, APeakListModelRoundTripsAndIsNotTakenForADenseOne) {
    torch::manual_seed(6);
    SpinGraphNet net(tinyPeakConfig());
    net->eval();
    const auto path =
        (std::filesystem::temp_directory_path() / "spinhance-peaks.spinmodel").string();
    saveModel(path, tinyPeakConfig(), net);
    LoadedModel loaded = loadModel(path);
    EXPECT_EQ(loaded.config.input, InputKind::Peaks);
    torch::NoGradGuard noGrad;
    const auto input = batchOf(2);
    EXPECT_TRUE(torch::equal(net->forward(input).shift, loaded.net->forward(input).shift));
    // A peak-list network has no CNN stem: fewer parameters than the dense one of its size.
    SpinGraphNet dense(tinyConfig(Recipe::R025));
    EXPECT_LT(parameterCount(*net), parameterCount(*dense));
    try {
        requireCompatible(tinyConfig(Recipe::R025), loaded.config, path);
        FAIL() << "a peak-list model passed for a dense one";
    } catch (const spinhance::Error& e) {
        EXPECT_EQ(e.context().field, "input");
        EXPECT_NE(std::string(e.what()).find("peaks"), std::string::npos) << e.what();
    }
    std::filesystem::remove(path);
}

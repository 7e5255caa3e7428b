// Model figures: parameter counts per size, CPU inference latency (one spectrum) and CPU training
// throughput (threads, batch) for small, desk (dense and peak-list input) and light. Times and
// rates are wall-clock (UseRealTime): with two intra-op threads the main thread's CPU time leaves
// out the other thread's work and read 1.3x too fast. Run:
// build/bin/modelbench
// [--benchmark_filter=...]
#include "model/modelio.h"
#include "model/network.h"
#include "model/targets.h"

#include <benchmark/benchmark.h>
#include <cmath>

using namespace spinhance::model;

namespace {

// `size` may end in "/peaks": the peak-list encoder of that size instead of the CNN stem.
ModelConfig configFor(const std::string& recipe, const std::string& size) {
    ModelConfig c;
    c.recipe = parseRecipe(recipe);
    const auto slash = size.find('/');
    c.size = parseModelSize(size.substr(0, slash));
    if (slash != std::string::npos) c.input = parseInputKind(size.substr(slash + 1));
    c.vocabulary = degeneracyVocabulary();
    return c;
}

torch::Tensor syntheticSpectra(int batch) {
    // Three Lorentzian multiplet centres per spectrum, unit integral on the model grid.
    const auto grid = spinhance::PpmGrid::model();
    auto ppm = torch::linspace(grid.fromPpm, grid.toPpm, grid.points).unsqueeze(0);
    auto centres = torch::rand({batch, 3, 1}) * 10 + 1;
    auto y = (1.0 / (1.0 + ((ppm.unsqueeze(1) - centres) / 0.01).pow(2))).sum(1);
    return y / (y.sum(1, true) * grid.stepPpm());
}

std::vector<EncodedTarget> syntheticTargets(int batch) {
    std::vector<EncodedTarget> targets;
    for (int b = 0; b < batch; ++b) {
        spinhance::SpinSystem s;
        s.addGroup(7.2, 2);
        s.addGroup(2.6, 2);
        s.addGroup(1.2, 3);
        s.setCouplingHz(1, 2, 7.6);
        targets.push_back(encodeTarget(s));
    }
    return targets;
}

void BM_ParameterCount(benchmark::State& state, const std::string& size) {
    torch::manual_seed(1);
    long long params = 0;
    for (auto _ : state) {
        SpinGraphNet net(configFor("030", size));
        params = parameterCount(*net);
    }
    state.counters["parameters"] = double(params);
    state.counters["parameters_M"] = double(params) / 1e6;
}
BENCHMARK_CAPTURE(BM_ParameterCount, desk, std::string("desk"))
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParameterCount, light, std::string("light"))
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParameterCount, med, std::string("med"))
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_ParameterCount, xl, std::string("xl"))
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);

void BM_Inference(benchmark::State& state, const std::string& size) {
    configureTorchThreads(int(state.range(0)));
    SpinGraphNet net(configFor("030", size));
    net->eval();
    torch::NoGradGuard noGrad;
    const auto input = syntheticSpectra(1);
    for (auto _ : state)
        benchmark::DoNotOptimize(net->forward(input).shift);
}
BENCHMARK_CAPTURE(BM_Inference, desk, std::string("desk"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Inference, desk_peaks, std::string("desk/peaks"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Inference, light, std::string("light"))
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(2.0)
    ->UseRealTime();

void BM_TrainStep(benchmark::State& state, const std::string& size) {
    configureTorchThreads(int(state.range(0)));
    const int batch = int(state.range(1));
    const ModelConfig config = configFor("030", size);
    SpinGraphNet net(config);
    torch::optim::AdamW optimizer(net->parameters(), torch::optim::AdamWOptions(3e-4));
    const auto input = syntheticSpectra(batch);
    const BatchTargets targets = makeBatchTargets(syntheticTargets(batch), config.standardiser);
    for (auto _ : state) {
        optimizer.zero_grad();
        auto loss = computeLoss(net->forward(input), targets, recipeFlags(Recipe::R030)).total;
        loss.backward();
        torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
        optimizer.step();
    }
    state.counters["samples_per_second"] =
        benchmark::Counter(double(batch) * double(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK_CAPTURE(BM_TrainStep, small, std::string("small"))
    ->Args({2, 16})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_TrainStep, desk, std::string("desk"))
    ->Args({1, 16})
    ->Args({1, 64})
    ->Args({2, 16})
    ->Args({2, 64})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_TrainStep, desk_peaks, std::string("desk/peaks"))
    ->Args({2, 16})
    ->Args({2, 64})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(10)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_TrainStep, light, std::string("light"))
    ->Args({2, 16})
    ->Unit(benchmark::kMillisecond)
    ->Iterations(5)
    ->UseRealTime();

} // namespace

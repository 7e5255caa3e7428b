#include "dataset/datasetwriter.h"
#include "dataset/generator.h"
#include "dataset/rng.h"

#include <benchmark/benchmark.h>
#include <filesystem>

using namespace spinhance;

namespace {

void BM_SampleSpinSystem(benchmark::State& state) {
    const GeneratorOptions options;
    std::uint64_t seed = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(sampleSpinSystem(seed++, options));
}
BENCHMARK(BM_SampleSpinSystem);

// One training example on the 16,384-point model grid (range(0): 1 = benchtop effects, 0 = clean).
void BM_GenerateSample(benchmark::State& state) {
    GeneratorOptions options;
    options.benchtopAugment = state.range(0) != 0;
    std::uint64_t seed = 0;
    for (auto _ : state)
        benchmark::DoNotOptimize(generateSample(seed++, options));
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_GenerateSample)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

// The whole pipeline into an HDF5 file (wall time: threads + compression + writing).
void BM_GenerateDataset(benchmark::State& state) {
    const auto path = std::filesystem::temp_directory_path() / "spinhance-datasetbench.h5";
    const std::size_t count = 512;
    for (auto _ : state)
        generateDataset(path.string(), count, 1, GeneratorOptions{}, int(state.range(0)));
    state.SetItemsProcessed(state.iterations() * std::int64_t(count));
    state.counters["MB_per_64k"] = double(std::filesystem::file_size(path)) / count * 64000 / 1e6;
    std::filesystem::remove(path);
}
BENCHMARK(BM_GenerateDataset)
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kSecond)
    ->UseRealTime()
    ->Iterations(1);

} // namespace

namespace {

// Training reads shuffled batches: 64 random rows, each its own HDF5 read and chunk inflate.
void BM_ReadRandomBatch(benchmark::State& state) {
    const auto path = std::filesystem::temp_directory_path() / "spinhance-datasetbench-read.h5";
    generateDataset(path.string(), 512, 2, GeneratorOptions{}, 2);
    const DatasetReader reader(path.string());
    Rng rng(1);
    std::vector<std::size_t> batch(64);
    for (auto _ : state) {
        for (std::size_t& index : batch)
            index = std::size_t(rng.uniformInt(0, 511));
        benchmark::DoNotOptimize(reader.readMany(batch));
    }
    state.SetItemsProcessed(state.iterations() * 64);
    std::filesystem::remove(path);
}
BENCHMARK(BM_ReadRandomBatch)->Unit(benchmark::kMillisecond);

} // namespace

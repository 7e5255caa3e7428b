// Seconds per spectrum of the analysis by synthesis (no model): ethyl crotonate, ethyl acetate and
// triethylamine (its three identical ethyls, 15 H given) rendered by the exact simulator at 60 and
// 90 MHz (1 Hz lines, SNR 400, TMS and CHCl3 lines), analysed from scratch on every iteration with
// both cores. The independent figures (NMRium's simulator, 65 molecules) come from `spinhance-cli
// evaluate-analysis` (docs/analysis.md).
#include "analysis/spectrumanalysis.h"
#include "fit/fitproblem.h"

#include <benchmark/benchmark.h>
#include <random>

namespace {

using namespace spinhance;

SpinSystem ethylCrotonate() {
    SpinSystem s;
    for (auto [ppm, n] : {std::pair{6.97, 1}, {5.84, 1}, {4.18, 2}, {1.88, 3}, {1.28, 3}})
        s.addGroup(ppm, n);
    s.setCouplingHz(0, 1, 15.6);
    s.setCouplingHz(0, 3, 6.9);
    s.setCouplingHz(1, 3, 1.7);
    s.setCouplingHz(2, 4, 7.1);
    return s;
}

SpinSystem ethylAcetate() {
    SpinSystem s;
    for (auto [ppm, n] : {std::pair{4.12, 2}, {2.05, 3}, {1.26, 3}})
        s.addGroup(ppm, n);
    s.setCouplingHz(0, 2, 7.1);
    return s;
}

// Gottlieb 1997 (CDCl3): 2.53 q, 1.03 t; J 7.1 Hz (Pretsch 2009).
SpinSystem triethylamine() {
    SpinSystem s;
    for (int k = 0; k < 3; ++k)
        s.addGroup(2.53, 2);
    for (int k = 0; k < 3; ++k)
        s.addGroup(1.03, 3);
    for (std::size_t k = 0; k < 3; ++k)
        s.setCouplingHz(k, k + 3, 7.1);
    return s;
}

Spectrum render(SpinSystem system, double fieldMHz) {
    system.addGroup(0.0, 1);  // TMS, 1 proton equivalent
    system.addGroup(7.26, 1); // CHCl3
    const PpmGrid grid{-0.5, 10.0, int(10.5 * fieldMHz / 0.2) + 1};
    LineModel line;
    line.scale = 1.0;
    std::vector<double> y = renderFitModel(system, line, grid, fieldMHz);
    const double sigma = *std::max_element(y.begin(), y.end()) / 400.0;
    std::mt19937 rng(3);
    std::normal_distribution<double> noise(0.0, sigma);
    Spectrum s;
    s.fieldMHz = fieldMHz;
    s.solvent = "CDCl3";
    for (int i = 0; i < grid.points; ++i) {
        s.ppm.push_back(grid.ppmAt(std::size_t(i)));
        s.real.push_back(y[std::size_t(i)] + noise(rng));
    }
    return s;
}

void analyse(benchmark::State& state, const SpinSystem& system, int totalProtons = 0) {
    const Spectrum spectrum = render(system, double(state.range(0)));
    analysis::AnalysisOptions options;
    options.process = false;
    options.threads = 2;
    options.totalProtons = totalProtons;
    std::size_t groups = 0;
    for (auto _ : state)
        groups = analysis::SpectrumAnalysis(options).run(spectrum).system.size();
    state.counters["groups"] = double(groups);
}

void BM_AnalyzeEthylCrotonate(benchmark::State& state) {
    analyse(state, ethylCrotonate());
}
void BM_AnalyzeEthylAcetate(benchmark::State& state) {
    analyse(state, ethylAcetate());
}

void BM_AnalyzeTriethylamine(benchmark::State& state) {
    analyse(state, triethylamine(), 15);
}

BENCHMARK(BM_AnalyzeEthylCrotonate)->Arg(60)->Arg(90)->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK(BM_AnalyzeEthylAcetate)->Arg(60)->Arg(90)->Unit(benchmark::kSecond)->Iterations(2);
BENCHMARK(BM_AnalyzeTriethylamine)->Arg(60)->Arg(90)->Unit(benchmark::kSecond)->Iterations(2);

} // namespace

// Time to converge of a total line-shape fit: an 8-group system (butyl acrylate + a methoxy
// singlet) on the model grid (0–12 ppm, 16,384 points, 90 MHz), started 0.05 ppm and 1 Hz away;
// and α-D-glucose at 600 MHz (12 coupled groups; the fit splits its weak couplings, without which
// its exact sensitivity model, 2.7e6 block entries per derivative column, exceeds the memory
// limit and is refused).
#include "../tests/fit/fittesthelpers.h"
#include "fit/fitproblem.h"
#include "spin/batchsimulator.h"

#include <benchmark/benchmark.h>
#include <random>

namespace {

using namespace spinhance;

SpinSystem butylAcrylatePlusMethoxy() {
    SpinSystem s;
    for (auto [ppm, n] : {std::pair{6.40, 1},
                          {6.12, 1},
                          {5.81, 1},
                          {4.15, 2},
                          {1.66, 2},
                          {1.40, 2},
                          {0.94, 3},
                          {3.70, 3}})
        s.addGroup(ppm, n);
    s.setCouplingHz(0, 1, 17.3);
    s.setCouplingHz(1, 2, 10.4);
    s.setCouplingHz(0, 2, 1.4);
    s.setCouplingHz(3, 4, 6.7);
    s.setCouplingHz(4, 5, 7.5);
    s.setCouplingHz(5, 6, 7.4);
    return s;
}

void BM_Fit8Groups16384Points(benchmark::State& state) {
    const SpinSystem truth = butylAcrylatePlusMethoxy();
    SimulationOptions simulation;
    simulation.fieldMHz = 90.0;
    LineShapeOptions shape;
    shape.linewidthHz = 1.0;
    FitData data{
        PpmGrid::model(), 90.0, simulateSpectrum(truth, PpmGrid::model(), simulation, shape), {}};
    std::mt19937 rng(1);
    std::normal_distribution<double> noise(
        0.0, 0.005 * *std::max_element(data.intensity.begin(), data.intensity.end()));
    for (double& v : data.intensity)
        v += noise(rng);
    SpinSystem start = truth;
    for (std::size_t g = 0; g < start.size(); ++g)
        start.group(g).shiftPpm += g % 2 ? 0.05 : -0.05;
    for (std::size_t i = 0; i < start.size(); ++i)
        for (std::size_t j = i + 1; j < start.size(); ++j)
            if (truth.couplingHz(i, j) != 0.0)
                start.setCouplingHz(i, j, truth.couplingHz(i, j) + ((i + j) % 2 ? 1.0 : -1.0));
    LineModel line;
    line.linewidthHz = 2.0;
    FitResult fit;
    for (auto _ : state) {
        fit = fitSpinSystem(data, start, line);
        benchmark::DoNotOptimize(fit.finalRms);
    }
    double worstShift = 0.0, worstJ = 0.0;
    for (std::size_t g = 0; g < truth.size(); ++g)
        worstShift =
            std::max(worstShift, std::abs(fit.system.group(g).shiftPpm - truth.group(g).shiftPpm));
    for (std::size_t i = 0; i < truth.size(); ++i)
        for (std::size_t j = i + 1; j < truth.size(); ++j)
            worstJ =
                std::max(worstJ, std::abs(fit.system.couplingHz(i, j) - truth.couplingHz(i, j)));
    state.counters["iterations"] = fit.iterations;
    state.counters["worst_shift_ppm"] = worstShift;
    state.counters["worst_J_Hz"] = worstJ;
}
BENCHMARK(BM_Fit8Groups16384Points)->Unit(benchmark::kMillisecond)->Iterations(3);

// The recovery test's glucose (tests/fit/fittesthelpers.h: NMReDATA shifts of nmr-dataset1
// 492-62-6, glucopyranose J) drawn exactly, started 0.004 ppm and 0.5 Hz away.
void BM_FitGlucoseAt600MHz(benchmark::State& state) {
    const SpinSystem truth = fittest::glucoseInDmso();
    const PpmGrid grid{2.9, 6.3, 16384};
    SimulationOptions exact;
    exact.fieldMHz = 600.0;
    exact.weakCouplingToleranceHz = 0.0;
    FitData data{grid, 600.0, simulateSpectrum(truth, grid, exact, LineShapeOptions{}), {}};
    SpinSystem start = truth;
    for (std::size_t g = 0; g < start.size(); ++g)
        start.group(g).shiftPpm += g % 2 ? 0.004 : -0.004;
    for (std::size_t i = 0; i < start.size(); ++i)
        for (std::size_t j = i + 1; j < start.size(); ++j)
            if (truth.couplingHz(i, j) != 0.0)
                start.setCouplingHz(i, j, truth.couplingHz(i, j) + ((i + j) % 2 ? 0.5 : -0.5));
    FitResult fit;
    for (auto _ : state) {
        fit = fitSpinSystem(data, start, LineModel{});
        benchmark::DoNotOptimize(fit.finalRms);
    }
    double worstJ = 0.0;
    for (std::size_t i = 0; i < truth.size(); ++i)
        for (std::size_t j = i + 1; j < truth.size(); ++j)
            worstJ =
                std::max(worstJ, std::abs(fit.system.couplingHz(i, j) - truth.couplingHz(i, j)));
    state.counters["iterations"] = fit.iterations;
    state.counters["eigen_cubes"] = double(fit.work.eigenCubes);
    state.counters["worst_J_Hz"] = worstJ;
}
BENCHMARK(BM_FitGlucoseAt600MHz)->Unit(benchmark::kMillisecond)->Iterations(2);

} // namespace

// Spectra per second on one core: exact sticks + rendering onto the model grid (16,384 points,
// 0–12 ppm, 90 MHz, 1 Hz Lorentzian). Run: build/bin/simulatorbench
#include "spin/batchsimulator.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"

#include <benchmark/benchmark.h>

using namespace spinhance;

namespace {

struct Coupling {
    std::size_t a, b;
    double hz;
};

SpinSystem make(const std::vector<std::pair<double, int>>& groups,
                const std::vector<Coupling>& couplings) {
    SpinSystem s;
    for (auto [ppm, n] : groups)
        s.addGroup(ppm, n);
    for (const Coupling& c : couplings)
        s.setCouplingHz(c.a, c.b, c.hz);
    return s;
}

SpinSystem ethylbenzene() { // 5 groups, 10 H
    return make({{7.28, 2}, {7.20, 2}, {7.17, 1}, {2.64, 2}, {1.23, 3}},
                {{0, 1, 7.6}, {1, 2, 7.4}, {0, 2, 1.2}, {3, 4, 7.6}});
}

SpinSystem tertButylButylArene() { // 8 groups, 21 H: t-Bu, 3 ArH, butyl chain strongly coupled
    return make(
        {{1.30, 9}, {7.35, 1}, {7.20, 1}, {7.12, 1}, {2.70, 2}, {1.58, 2}, {1.38, 2}, {0.94, 3}},
        {{2, 3, 8.1},
         {1, 2, 2.0},
         {1, 3, 0.4},
         {3, 4, 0.6},
         {4, 5, 7.7},
         {5, 6, 7.4},
         {6, 7, 7.3},
         {5, 7, -0.3}});
}

SpinSystem styrene() { // 8 groups of 1 H, one component (4J ortho-Hα keeps ring and vinyl coupled)
    return make(
        {{7.42, 1}, {7.40, 1}, {7.33, 1}, {7.31, 1}, {7.26, 1}, {6.72, 1}, {5.75, 1}, {5.24, 1}},
        {{0, 2, 7.8},
         {1, 3, 7.8},
         {2, 4, 7.5},
         {3, 4, 7.5},
         {0, 4, 1.2},
         {1, 4, 1.2},
         {0, 1, 0.5},
         {2, 3, 1.5},
         {0, 3, 2.0},
         {1, 2, 2.0},
         {5, 6, 17.6},
         {5, 7, 10.9},
         {6, 7, 1.0},
         {0, 5, 0.6}});
}

SpinSystem twelveGroups() { // 12 groups, 30 H in four components
    return make({{7.12, 2},
                 {7.08, 2}, // AA'BB' ring
                 {2.57, 2},
                 {1.57, 2},
                 {1.35, 2},
                 {0.92, 3}, // butyl
                 {4.12, 2},
                 {1.24, 3}, // ethyl ester
                 {2.44, 2},
                 {1.84, 1},
                 {0.89, 6},  // isobutyl
                 {3.80, 3}}, // OMe
                {{0, 1, 8.2},
                 {2, 3, 7.7},
                 {3, 4, 7.4},
                 {4, 5, 7.3},
                 {6, 7, 7.1},
                 {8, 9, 7.2},
                 {9, 10, 6.6},
                 {1, 2, 0.5}});
}

void simulateAndRender(benchmark::State& state, SpinSystem system) {
    const PpmGrid grid = PpmGrid::model();
    std::size_t sticks = 0;
    for (auto _ : state) {
        const std::vector<Stick> s = simulateSticks(system, {90.0});
        benchmark::DoNotOptimize(renderSpectrum(s, grid, 90.0, {}));
        sticks = s.size();
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["sticks"] = double(sticks);
}

void sticksOnly(benchmark::State& state, SpinSystem system) {
    for (auto _ : state)
        benchmark::DoNotOptimize(simulateSticks(system, {90.0}));
    state.SetItemsProcessed(state.iterations());
}

void renderOnly(benchmark::State& state, SpinSystem system) {
    const std::vector<Stick> sticks = simulateSticks(system, {90.0});
    for (auto _ : state)
        benchmark::DoNotOptimize(renderSpectrum(sticks, PpmGrid::model(), 90.0, {}));
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK_CAPTURE(simulateAndRender, ethylbenzene_5g_10H, ethylbenzene())
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(simulateAndRender, tBu_butyl_8g_21H, tertButylButylArene())
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(simulateAndRender, styrene_8g_8H, styrene())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(simulateAndRender, twelve_12g_30H, twelveGroups())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sticksOnly, tBu_butyl_8g_21H, tertButylButylArene())
    ->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(sticksOnly, styrene_8g_8H, styrene())->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(renderOnly, tBu_butyl_8g_21H, tertButylButylArene())
    ->Unit(benchmark::kMicrosecond);

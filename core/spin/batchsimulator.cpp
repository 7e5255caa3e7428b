#include "spin/batchsimulator.h"

#include "common/error.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <numeric>
#include <thread>

namespace spinhance {

namespace {

BatchSpectrum simulateOne(const SpinSystem& system, const BatchSimulationOptions& options) {
    BatchSpectrum result;
    try {
        result.intensity =
            simulateSpectrum(system, options.grid, options.simulation, options.lineShape);
        if (options.normaliseToUnitArea) {
            const double area =
                std::accumulate(result.intensity.begin(), result.intensity.end(), 0.0) *
                std::abs(options.grid.stepPpm());
            if (area > 0.0)
                for (double& v : result.intensity)
                    v /= area;
        }
    } catch (const Error& e) {
        result.intensity.clear();
        result.error = e.what();
    }
    return result;
}

int threadCount(const BatchSimulationOptions& options, std::size_t jobs) {
    const int wanted =
        options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency());
    return std::max(1, std::min(wanted, int(jobs)));
}

} // namespace

std::vector<double> simulateSpectrum(const SpinSystem& system, const PpmGrid& grid,
                                     const SimulationOptions& simulation,
                                     const LineShapeOptions& lineShape) {
    return renderSpectrum(simulateSticks(system, simulation), grid, simulation.fieldMHz, lineShape);
}

std::vector<BatchSpectrum> simulateBatch(const std::vector<SpinSystem>& systems,
                                         const BatchSimulationOptions& options,
                                         const ProgressCallback& progress,
                                         const CancelFlag* cancel) {
    std::vector<BatchSpectrum> results(systems.size());
    std::atomic<std::size_t> next{0};
    std::atomic<long long> done{0};
    std::mutex progressMutex;
    auto worker = [&] {
        for (std::size_t i = next++; i < systems.size(); i = next++) {
            if (cancel && cancel->load()) return;
            results[i] = simulateOne(systems[i], options);
            const long long finished = ++done;
            if (progress) {
                std::lock_guard<std::mutex> lock(progressMutex);
                progress({finished, (long long)systems.size(), "simulating spectra"});
            }
        }
    };
    std::vector<std::thread> pool;
    const int threads = threadCount(options, systems.size());
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(worker);
    worker();
    for (std::thread& t : pool)
        t.join();
    throwIfCancelled(cancel);
    return results;
}

} // namespace spinhance

#include "spin/batchsimulator.h"

#include "common/error.h"
#include "spin/couplinggraph.h"

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

// Uncoupled groups with an extra line width (SpinGroup::extraWidthHz), in descending index order.
std::vector<std::size_t> broadUncoupledGroups(const SpinSystem& system) {
    std::vector<std::size_t> out;
    for (std::size_t g = system.size(); g-- > 0;)
        if (hasOwnLineWidth(system, g)) out.push_back(g);
    return out;
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
    const std::vector<std::size_t> broad = broadUncoupledGroups(system);
    if (broad.empty())
        return renderSpectrum(simulateSticks(system, simulation), grid, simulation.fieldMHz,
                              lineShape);
    // An exchanging NH/OH group is one line of its own, wider width (as the fit draws it).
    SpinSystem sharp = system;
    for (std::size_t g : broad)
        sharp.removeGroup(g);
    std::vector<double> out =
        renderSpectrum(sharp.empty() ? std::vector<Stick>{} : simulateSticks(sharp, simulation),
                       grid, simulation.fieldMHz, lineShape);
    for (std::size_t g : broad) {
        const SpinGroup& group = system.group(g);
        LineShapeOptions shape = lineShape;
        shape.linewidthHz += group.extraWidthHz;
        const Stick line{group.shiftPpm * simulation.fieldMHz, group.shiftPpm,
                         double(group.protonCount)};
        const std::vector<double> curve = renderSpectrum({line}, grid, simulation.fieldMHz, shape);
        for (std::size_t i = 0; i < out.size() && i < curve.size(); ++i)
            out[i] += curve[i];
    }
    return out;
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

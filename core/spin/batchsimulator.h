#pragma once

#include "common/ppmgrid.h"
#include "common/progress.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"

#include <string>
#include <vector>

namespace spinhance {

struct BatchSimulationOptions {
    SimulationOptions simulation;
    PpmGrid grid; ///< default: the model grid, 0–12 ppm, 16,384 points
    LineShapeOptions lineShape;
    int threads = 0;                  ///< worker threads; 0 = std::thread::hardware_concurrency()
    bool normaliseToUnitArea = false; ///< divide each spectrum by its integral (model input)
};

/// The spectrum of one system of a batch, or why it could not be simulated.
struct BatchSpectrum {
    std::vector<double> intensity; ///< on options.grid; empty when `error` is set
    std::string error;             ///< Error::what() of the failure (invalid, over the size limit)
    bool ok() const { return error.empty(); }
};

/// Simulates and renders many systems on a pool of worker threads (the one place in core that
/// starts threads). Result i always belongs to systems[i] and is bit-identical whatever the thread
/// count, because each spectrum is computed independently. A failing system does not stop the
/// batch. `progress` is called from the workers (serialised) after each system; a set `cancel`
/// throws Error{Cancelled} after the systems in flight finish.
std::vector<BatchSpectrum> simulateBatch(const std::vector<SpinSystem>& systems,
                                         const BatchSimulationOptions& options,
                                         const ProgressCallback& progress = {},
                                         const CancelFlag* cancel = nullptr);

/// One system, simulated and rendered (what a batch does per item). An uncoupled group with an
/// extra width (SpinGroup::extraWidthHz: an exchanging NH or OH) is a line of its own, that much
/// wider.
std::vector<double> simulateSpectrum(const SpinSystem& system, const PpmGrid& grid,
                                     const SimulationOptions& simulation = {},
                                     const LineShapeOptions& lineShape = {});

} // namespace spinhance

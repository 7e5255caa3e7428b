#pragma once

#include "spin/spinsystem.h"

#include <vector>

namespace spinhance {

/// One NMR transition. `frequencyHz` is measured from 0 ppm (= shiftPpm × fieldMHz).
struct Stick {
    double frequencyHz = 0.0;
    double shiftPpm = 0.0;
    double intensity = 0.0; ///< the sticks of a system sum to its number of protons
};

struct SimulationOptions {
    double fieldMHz = 90.0;
};

/// Exact stick spectrum of the isotropic high-resolution Hamiltonian (composite particles, Fz blocks,
/// connected components). Throws Error{InvalidInput} for an invalid system and Error{Unsupported}
/// beyond the documented size limit. Thread-safe (no shared state).
std::vector<Stick> simulateSticks(const SpinSystem& system, const SimulationOptions& options = {});

} // namespace spinhance

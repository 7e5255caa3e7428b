#pragma once

#include "spin/spinsystem.h"

#include <cstddef>
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
    double mergeToleranceHz = 1e-4; ///< sticks closer than this are merged into one
    double relativeCutoff = 1e-9;   ///< sticks below this × the strongest are dropped
    /// Weak-coupling treatment: a coupling keeps only its J·Iz·Iz part where that moves lines by
    /// less than this (second order, n_g·n_h·J²/4|Δν|) and |J/Δν| < weakCouplingMaxRatio
    /// (intensities change by about that fraction). 0 = exact everywhere.
    double weakCouplingToleranceHz = 0.01;
    double weakCouplingMaxRatio = 0.01;
};

/// Per member of the coupled component `members` of `system` (group indices), its strongly
/// coupled sub-cluster (0-based) at `fieldMHz` by assignSubclusters' rule: the split simulateSticks
/// makes with these weak-coupling settings (both 0: one sub-cluster), for the fit to make it too.
std::vector<int> weakCouplingSubclusters(const SpinSystem& system,
                                         const std::vector<std::size_t>& members, double fieldMHz,
                                         double toleranceHz, double maxRatio);

/// Exact stick spectrum of the isotropic high-resolution Hamiltonian (composite particles, Fz
/// blocks, connected components). Throws Error{InvalidInput} for an invalid system (validate) and
/// Error{Unsupported}, before allocating, for a coupled cluster beyond a limit of spinlimits.h:
/// product states, protons, the largest Fz block (all groups at S = n/2, limit 1200: 12 coupled 1H
/// groups (924) or 8 coupled CH2 groups (1107) pass; 13 1H groups (1716) or 3+3+2+2+2+2+2+1 H
/// (1202) do not) and the estimated memory. Weakly coupled links (see SimulationOptions) split
/// clusters and so raise the block limit. Sticks are sorted by frequency. Thread-safe (no shared
/// state).
std::vector<Stick> simulateSticks(const SpinSystem& system, const SimulationOptions& options = {});

} // namespace spinhance

#pragma once

#include "spin/spinsystem.h"

#include <cstddef>
#include <string>
#include <vector>

namespace spinhance {

/// How a first-order multiplicity is read from a spin system.
struct MultiplicityOptions {
    double fieldMHz = 90.0;                ///< decides which couplings are strong (second order)
    double minCouplingHz = 0.5;            ///< |J| below this is not resolved and not counted
    double equalCouplingToleranceHz = 0.5; ///< couplings closer than this split as one (t, q, ...)
    /// A coupled partner with |Δν|/|J| below this makes the pattern second order, reported as "m"
    /// (spin-graph.md: a coupling is first order only for Δν/J ≳ 10).
    double firstOrderRatio = 10.0;
};

/// The multiplicity of one group: label ("s", "br s", "d", "t", "q", "dd", "dt", "td", "ddd",
/// ..., "m") and the distinct |J| values behind the letters, largest first (empty for "s" and "m").
struct Multiplicity {
    std::string label;
    std::vector<double> couplingsHz;
};

/// First-order multiplicity of group `index`: each distinct |J| splits into (n + 1) lines, n being
/// the protons coupled with that J (summed over partners with equal J). d/t/q letters, at most
/// three, are listed in order of decreasing J; anything else (quintets and beyond, four or more
/// distinct couplings, strong coupling) is "m". Throws Error{InvalidArgument} for an index out of
/// range.
Multiplicity describeMultiplicity(const SpinSystem& system, std::size_t index,
                                  const MultiplicityOptions& options = {});

} // namespace spinhance

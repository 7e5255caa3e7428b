#pragma once

#include "spin/spinsystem.h"

#include <cstddef>
#include <vector>

namespace spinhance {

/// Groups of `system` split into connected components of the coupling graph (an edge wherever
/// J != 0). Uncoupled fragments have independent spectra, so each is simulated on its own.
/// Components are listed by their smallest group index; indices inside are increasing.
std::vector<std::vector<std::size_t>> couplingComponents(const SpinSystem& system);

/// Whether group `g` has no non-zero J to any other group.
bool isUncoupled(const SpinSystem& system, std::size_t g);

/// Whether group `g` is drawn as a line of its own width: uncoupled, with an extra width
/// (SpinGroup::extraWidthHz, an exchanging NH or OH). A coupled group keeps the common line.
bool hasOwnLineWidth(const SpinSystem& system, std::size_t g);

} // namespace spinhance

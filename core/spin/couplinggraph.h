#pragma once

#include "spin/spinsystem.h"

#include <cstddef>
#include <vector>

namespace spinhance {

/// Groups of `system` split into connected components of the coupling graph (an edge wherever
/// J != 0). Uncoupled fragments have independent spectra, so each is simulated on its own.
/// Components are listed by their smallest group index; indices inside are increasing.
std::vector<std::vector<std::size_t>> couplingComponents(const SpinSystem& system);

} // namespace spinhance

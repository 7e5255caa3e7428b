#pragma once

#include "io/spectrum.h"

#include <utility>
#include <vector>

namespace spinhance {

/// Area of the real part between two shifts (either order), trapezoidal in ppm.
double integrateRange(const Spectrum& s, double fromPpm, double toPpm);
} // namespace spinhance

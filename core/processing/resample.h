#pragma once

#include "common/ppmgrid.h"
#include "io/spectrum.h"

#include <vector>

namespace spinhance {

/// The real part on `grid` (index 0 = grid.fromPpm), area-preserving: each grid value is the mean
/// of the measured spectrum over that grid cell (exact for finer and coarser sources alike).
/// Zero outside the measured window; scaled to unit integral (sum * step = 1). Throws
/// Error{InvalidArgument} when the spectrum has no positive area inside the grid.
std::vector<double> resampleToGrid(const Spectrum& s, const PpmGrid& grid = PpmGrid::model());

} // namespace spinhance

#pragma once

#include "common/ppmgrid.h"
#include "spin/simulator.h"

#include <vector>

namespace spinhance {

enum class LineShape { Lorentzian, Gaussian, Voigt };

struct LineShapeOptions {
    double linewidthHz = 1.0; ///< full width at half maximum
    LineShape shape = LineShape::Lorentzian;
    double gaussianFraction =
        0.5; ///< pseudo-Voigt mixing (0 = Lorentzian, 1 = Gaussian), Voigt only
};

/// Renders sticks onto `grid` (value at grid.ppmAt(i) in element i). The area of each line equals
/// its stick intensity in ppm units, so the rendered integral over the grid ≈ the number of
/// protons.
std::vector<double> renderSpectrum(const std::vector<Stick>& sticks, const PpmGrid& grid,
                                   double fieldMHz, const LineShapeOptions& options = {});

} // namespace spinhance

#pragma once

#include "io/spectrum.h"

#include <optional>

namespace spinhance {

/// Zero- and first-order phase, degrees. The first-order term grows linearly across the whole
/// spectrum and is zero at the pivot: phase(i) = ph0 + ph1 * (i - pivot) / N.
struct PhaseAngles {
    double ph0Deg = 0.0;
    double ph1Deg = 0.0;
};

/// Rotates real/imag by the phase; the pivot defaults to the centre point. Needs imag.
void phaseCorrect(Spectrum& s, const PhaseAngles& angles, double pivotIndex = -1.0);
/// The same with the pivot given in ppm (the nearest point); none: the centre point.
void phaseCorrectAboutPpm(Spectrum& s, const PhaseAngles& angles, std::optional<double> pivotPpm);

/// Automatic phasing by entropy minimisation of the first derivative with a penalty on negative
/// intensity (Chen et al., J. Magn. Reson. 158 (2002) 164: ACME), searched by Nelder-Mead from
/// the best cells of a coarse (ph0, ph1) grid. Applies and returns the angles (pivot at the
/// centre). |ph1| is kept within `maxFirstOrderDeg` (default 540: a digital-filter delay already
/// removed); a FID whose time origin is unknown needs a wider range (360 degrees per dwell of
/// delay).
PhaseAngles autoPhase(Spectrum& s);
PhaseAngles autoPhase(Spectrum& s, double maxFirstOrderDeg);
} // namespace spinhance

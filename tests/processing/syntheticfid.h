#pragma once

#include "io/spectrum.h"

#include <vector>

// A closed-form FID: a sum of exponentially decaying complex lines, so the spectrum's line
// positions, phases and areas are known exactly.
struct SyntheticLine {
    double offsetHz; // from the carrier
    double amplitude;
    double linewidthHz; // Lorentzian FWHM
};

spinhance::Spectrum syntheticFid(const std::vector<SyntheticLine>& lines, double phaseDeg = 0.0,
                                 std::size_t points = 8192, double spectralWidthHz = 2000.0,
                                 double fieldMHz = 100.0, double carrierPpm = 5.0);

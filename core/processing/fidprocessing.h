#pragma once

#include "io/spectrum.h"

namespace spinhance {

/// Subtracts the mean of the last eighth of the FID (receiver DC offset), which otherwise shows
/// as a spike at the carrier.
void dcCorrect(Spectrum& s);
/// Exponential line broadening exp(-pi * lb * t), t counted from the end of the digital-filter
/// delay. Adds `lineBroadeningHz` to every line width.
void apodizeExponential(Spectrum& s, double lineBroadeningHz);
/// Gaussian window exp(-(pi * gb * t)^2 / (4 ln 2)): a Gaussian line of `gaussianHz` FWHM.
void apodizeGaussian(Spectrum& s, double gaussianHz);
/// Pads the FID with zeros to `points` complex points (no-op when it is already that long).
void zeroFill(Spectrum& s, std::size_t points);
/// The power of two at least `factor` times the FID length (factor ≥ 1).
std::size_t zeroFillPoints(const Fid& fid, int factor);
/// FFT of the FID into s.ppm/real/imag (index 0 = highest ppm), removing a Bruker digital filter
/// delay (Fid::groupDelayPoints) as the equivalent linear phase.
void fourierTransform(Spectrum& s);

} // namespace spinhance

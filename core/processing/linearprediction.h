#pragma once

#include "io/spectrum.h"

#include <complex>
#include <cstddef>
#include <vector>

namespace spinhance {

/// Backward linear prediction: coefficients c fitted by least squares so that
/// x[n] = sum_{m=1..order} c[m-1] * x[n+m] over the first `fitRows` complete rows, then `count`
/// points before x[0] predicted one by one. Returns the predicted points, earliest first.
/// A sum of decaying sinusoids obeys such a recursion exactly (order >= number of lines).
std::vector<std::complex<double>> predictBackward(const std::vector<std::complex<double>>& points,
                                                  std::size_t count, std::size_t order = 32,
                                                  std::size_t fitRows = 1024);

/// Restores the `count` points a receiver missed before the FID's first point (dead time): the
/// predicted points are put in front and as many dropped from the end, so the length and the
/// dwell stay the same; Fid::groupDelayPoints moves by `count`. Appends to history.
void restoreLeadingPoints(Spectrum& s, std::size_t count);

} // namespace spinhance

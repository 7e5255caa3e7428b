#pragma once

#include "io/spectrum.h"

#include <vector>

namespace spinhance {

/// Baseline of the real part by iterative polynomial fitting that clips peaks ("modpoly", Lieber
/// & Mahadevan-Jansen, Appl. Spectrosc. 57 (2003) 1363): fit, replace points above the fit by the
/// fit, refit, until stable. Returns the baseline (same length as real).
std::vector<double> estimateBaseline(const Spectrum& s, int polynomialOrder = 5,
                                     int iterations = 60);

/// Subtracts estimateBaseline from the real part.
void baselineCorrect(Spectrum& s, int polynomialOrder = 5);

/// Robust noise level of the real part: 1.4826 * median |y[i+1] - y[i]| / sqrt(2).
double noiseLevel(const std::vector<double>& values);

} // namespace spinhance

#pragma once

#include "io/spectrum.h"

#include <vector>

namespace spinhance {

/// Baseline of the real part by iterative polynomial fitting that clips peaks ("modpoly", Lieber
/// & Mahadevan-Jansen, Appl. Spectrosc. 57 (2003) 1363): fit, replace points above the fit by the
/// fit, refit, until stable. Returns the baseline (same length as real).
std::vector<double> estimateBaseline(const Spectrum& s, int polynomialOrder = 5,
                                     int iterations = 60);

/// Baseline of the real part by asymmetrically reweighted penalized least squares (arPLS, Baek
/// et al., Analyst 140 (2015) 250): a Whittaker smoother whose weights drop to zero on points
/// above the baseline by more than the spread of the points below it. Unlike a global
/// polynomial it follows the local rolls and edge rises of benchtop spectra. `stiffnessPpm` is
/// the smoother's length scale: features narrower than that are signal, not baseline.
std::vector<double> estimateBaselineArpls(const Spectrum& s, double stiffnessPpm = 0.3);

/// Subtracts estimateBaselineArpls from the real part.
void baselineCorrect(Spectrum& s);

/// A signal-free stretch chosen by hand, in ppm (either order).
struct PpmRange {
    double fromPpm = 0.0;
    double toPpm = 0.0;
};

/// Baseline by hand: a polynomial (Chebyshev basis, `order` 0–9) fitted by least squares to the
/// real part inside `signalFree` only, evaluated over the whole spectrum. Throws
/// Error{InvalidArgument} when the ranges hold fewer than 2 (order + 1) points.
std::vector<double> baselineFromRegions(const Spectrum& s, const std::vector<PpmRange>& signalFree,
                                        int order);
/// "9.5:10.5, -0.5:0.3" → two ranges (FROM:TO, comma-separated); "" → none. Throws
/// Error{InvalidArgument} naming `option` and the piece that is not FROM:TO.
std::vector<PpmRange> parsePpmRanges(const std::string& text,
                                     const std::string& option = "baseline-regions");
std::string formatPpmRanges(const std::vector<PpmRange>& ranges);

/// Subtracts baselineFromRegions from the real part.
void baselineCorrectRegions(Spectrum& s, const std::vector<PpmRange>& signalFree, int order);

/// Baseline by hand that follows rolls a polynomial cannot: Boost.Math's modified Akima spline
/// (makima) through anchors inside `signalFree` (the median of every ≤ 0.2 ppm piece of each
/// region at its centre); past the outermost anchors it follows the end slope for half a piece
/// (0.1 ppm), then stays level. Throws Error{InvalidArgument} for fewer than 4 anchors.
std::vector<double> baselineSplineFromRegions(const Spectrum& s,
                                              const std::vector<PpmRange>& signalFree);
/// Subtracts baselineSplineFromRegions from the real part.
void baselineCorrectSplineRegions(Spectrum& s, const std::vector<PpmRange>& signalFree);

/// Robust noise level of the real part: 1.4826 * median |y[i+1] - y[i]| / sqrt(2).
double noiseLevel(const std::vector<double>& values);

} // namespace spinhance

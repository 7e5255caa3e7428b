#pragma once

#include "common/ppmgrid.h"
#include "dataset/augmentation.h"
#include "dataset/rng.h"
#include "spin/simulator.h"

#include <vector>

namespace spinhance {

/// Draws every random setting of one augmented spectrum (fixed draw order: reproducible).
AugmentationDraw drawAugmentation(Rng& rng, const AugmentationOptions& options,
                                  double nominalFieldMHz);

/// A singlet to render with its own (broader) line, e.g. an OH or water.
struct BroadLine {
    double shiftPpm = 0.0;
    double protons = 1.0;
    double extraLinewidthHz = 0.0;
};

/// Adds TMS (0 ppm) and CHCl3 (7.26 ppm) singlets to `sticks` and water (1.56 ppm) to `broad`,
/// each with a chance and a random size in proton equivalents.
void addSolventLines(Rng& rng, const AugmentationOptions& options, double fieldMHz,
                     std::vector<Stick>& sticks, std::vector<BroadLine>& broad);

/// ¹³C satellites (1.1 % natural abundance: 0.55 % each side) at ± ¹J(CH)/2, with ¹J(CH)
/// chosen by the proton's shift (≈ 128 Hz aliphatic, 160 Hz aromatic/olefinic, 172 Hz aldehyde).
void addCarbonSatellites(std::vector<Stick>& sticks, double fieldMHz);

/// Mixes in the dispersion signal (Hilbert transform of the absorption spectrum): phase
/// φ = φ0 + φ1·(x − ½) across the window, x the position in [0, 1].
void applyPhaseError(std::vector<double>& spectrum, double phase0Degrees, double phase1Degrees);

/// Adds a Lorentzian of `area` (intensity × ppm) and full width `fwhmPpm` at `shiftPpm`, sampled
/// exactly at each grid point (for broad lines, where sampling needs no oversampling).
void addLorentzian(std::vector<double>& spectrum, const PpmGrid& grid, double shiftPpm, double area,
                   double fwhmPpm);

/// Adds a smooth zero-mean cubic drift c1·T1 + c2·(T2 + 1/3) + c3·T3 (Chebyshev, |ck| ≤
/// `shapeAmplitude`) and a constant offset |c0| ≤ `offsetAmplitude`.
void addBaselineDrift(std::vector<double>& spectrum, Rng& rng, double shapeAmplitude,
                      double offsetAmplitude);

/// Adds white Gaussian noise of standard deviation `sigma`.
void addWhiteNoise(std::vector<double>& spectrum, Rng& rng, double sigma);

/// Scales to sum × stepPpm = 1; a spectrum with no positive area is left as it is.
void normaliseUnitIntegral(std::vector<double>& spectrum, double stepPpm);

} // namespace spinhance

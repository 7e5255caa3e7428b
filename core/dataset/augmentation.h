#pragma once

#include "common/ppmgrid.h"

#include <cstdint>
#include <vector>

namespace spinhance {

/// Benchtop (≈ 90 MHz) realism. Each effect is switchable; every random draw comes from the seed
/// passed to applyBenchtopEffects, so a spectrum is reproducible. The target system is never
/// changed: these effects only touch the rendered spectrum.
struct AugmentationOptions {
    double cleanLinewidthHz = 1.0; ///< Lorentzian width used when augmentation is off
    bool lineWidth = true;         ///< linewidth drawn in [minLinewidthHz, maxLinewidthHz]
    double minLinewidthHz = 0.3;
    double maxLinewidthHz = 2.0;
    bool lineShapeMix = true; ///< pseudo-Voigt with a Gaussian fraction in [0, maxGaussianFraction]
    double maxGaussianFraction = 0.7;
    bool fieldJitter = true; ///< field drawn uniformly in nominal ± fieldJitterMHz
    double fieldJitterMHz = 1.0;
    bool referenceOffset = true; ///< whole spectrum shifted by up to ± maxReferenceOffsetPpm
    double maxReferenceOffsetPpm = 0.03;
    bool solventPeaks = true;     ///< CHCl3 7.26 ppm and TMS 0 ppm singlets (each with a chance)
    bool water = true;            ///< broad H2O singlet (1.56 ppm in CDCl3, with a chance)
    bool carbonSatellites = true; ///< 13C satellites (0.55 % each) at ± 1J(CH)/2
    bool phaseError = true;       ///< zero/first-order phase errors up to maxPhaseDegrees
    double maxPhaseDegrees = 5.0;
    /// Smooth zero-mean cubic drift with coefficients up to maxBaselineFraction × the tallest
    /// peak, plus a constant offset up to maxBaselineOffset × the mean signal level (so the drift
    /// never dominates the integral that normalisation divides by).
    bool baselineDrift = true;
    double maxBaselineFraction = 0.01;
    double maxBaselineOffset = 0.1;
    bool noise = true; ///< white noise at an SNR (peak max / σ) log-uniform in the range
    double minSnr = 30.0;
    double maxSnr = 3000.0;
};

/// The random settings one augmented spectrum was rendered with (recorded per sample).
struct AugmentationDraw {
    double fieldMHz = 90.0;
    double linewidthHz = 1.0;
    double gaussianFraction = 0.0;
    double referenceOffsetPpm = 0.0;
    double phase0Degrees = 0.0;
    double phase1Degrees = 0.0;
    double snr = 0.0; ///< 0 = no noise
};

} // namespace spinhance

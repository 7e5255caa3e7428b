#pragma once

#include "io/spectrum.h"
#include "processing/baseline.h"

#include <optional>

namespace spinhance {

/// Switches for processAuto; the defaults are what a spectrometer's automation does for 1H.
struct ProcessOptions {
    bool preferFid = false;        ///< process the FID even when the file holds a spectrum
    double lineBroadeningHz = 0.3; ///< exponential apodization (0 = none)
    /// Gaussian apodization, the FWHM of the Gaussian line it alone would give (0 = none);
    /// with the exponential one it gives Voigt lines (resolution against noise).
    double gaussianBroadeningHz = 0.0;
    /// The FID is zero-filled to the power of two at least this many times its length (1–16;
    /// 2 is the usual one zero fill, more interpolates the spectrum more finely).
    int zeroFillFactor = 2;
    bool autoPhase = true;
    bool baseline = true;
    bool reference = true; ///< TMS/DSS or residual solvent when identifiable
    // Corrections by hand, on top of the automatic steps (the GUI's Processing dialog, the CLI's
    // --phase/--reference-offset), so a chemist fixes what automation got wrong without redoing
    // what it got right.
    double extraPh0Deg = 0.0;       ///< added zero-order phase, degrees
    double extraPh1Deg = 0.0;       ///< added first-order phase, degrees across the spectrum
    std::optional<double> pivotPpm; ///< where the added first-order phase is zero (default: centre)
    double referenceOffsetPpm = 0.0; ///< added to the ppm axis after referencing
    /// Non-empty: the baseline is a polynomial of `baselineOrder` (or a spline) through these
    /// signal-free stretches (chosen by hand) instead of the automatic arPLS estimate.
    std::vector<PpmRange> baselineRegionsPpm;
    int baselineOrder = 3;
    bool baselineSpline = false; ///< through the regions: a spline instead of the polynomial

    bool hasManualPhase() const { return extraPh0Deg != 0.0 || extraPh1Deg != 0.0; }
};

/// Throws Error{InvalidArgument} naming the option for non-finite or out-of-range settings (phase
/// beyond ±3600°, line or Gaussian broadening outside 0–100 Hz, a zero-fill factor outside
/// 1–16, offset beyond ±50 ppm).
void checkProcessOptions(const ProcessOptions& options);

/// FID -> DC correction, apodization, zero fill, FFT with digital-filter removal, automatic phase,
/// the phase added by hand, baseline, referencing, the offset added by hand. An already processed
/// spectrum gets baseline and referencing only. Each step appends to Spectrum::history. Throws
/// Error when the input holds neither, and Error{InvalidInput} (checkSpectrum) when the result is
/// not finite or its ppm axis collapsed.
Spectrum processAuto(const Spectrum& raw);
Spectrum processAuto(const Spectrum& raw, const ProcessOptions& options);

} // namespace spinhance

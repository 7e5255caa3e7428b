#pragma once

#include "io/spectrum.h"

namespace spinhance {

/// Switches for processAuto; the defaults are what a spectrometer's automation does for 1H.
struct ProcessOptions {
    bool preferFid = false;        ///< process the FID even when the file holds a spectrum
    double lineBroadeningHz = 0.3; ///< exponential apodization (0 = none)
    bool autoPhase = true;
    bool baseline = true;
    bool reference = true; ///< TMS/DSS or residual solvent when identifiable
};

/// FID -> DC correction, apodization, zero fill, FFT with digital-filter removal, automatic phase,
/// baseline, referencing. An already processed spectrum gets baseline and referencing only. Each
/// step appends to Spectrum::history. Throws Error when the input holds neither, and
/// Error{InvalidInput} (checkSpectrum) when the result is not finite or its ppm axis collapsed.
Spectrum processAuto(const Spectrum& raw);
Spectrum processAuto(const Spectrum& raw, const ProcessOptions& options);

} // namespace spinhance

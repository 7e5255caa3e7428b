#pragma once

#include "analysis/hypothesis.h"
#include "io/spectrum.h"
#include "spin/spinsystem.h"

#include <cstdint>

namespace spinhance::analysistest {

/// Ethyl crotonate CH3-CH=CH-CO-O-CH2-CH3 with typical CDCl3 values (trans vinyl 15.6 Hz,
/// vinyl-methyl 6.9 and 1.7 Hz, ethyl 7.1 Hz), groups by descending shift.
SpinSystem ethylCrotonate();
/// A benzimidazole-like fused ring (illustrative values in Pretsch's ranges, not a literature
/// line): the N=CH-N singlet at 8.05 ppm, H4 7.90, H5-H7 within 0.07 ppm (7.53 / 7.60 / 7.565),
/// an N-CH3 at 3.85 ppm; 8 H.
SpinSystem benzimidazoleLike();

/// A processed spectrum of `system` rendered by the exact simulator (Lorentzian lines of
/// `linewidthHz`) on 0–10 ppm at ~0.2 Hz per point, with a TMS line (`tmsProtons` proton
/// equivalents, 0 = none), a CHCl3 line at 7.26 ppm (`solventProtons`) and white noise of σ such
/// that the tallest molecule line is `snr` σ high. Solvent named CDCl3.
Spectrum syntheticSpectrum(const SpinSystem& system, double fieldMHz, double snr,
                           std::uint32_t seed, double linewidthHz = 1.0, double tmsProtons = 0.5,
                           double solventProtons = 0.3);

/// A scoring context on `system`'s spectrum at SNR 400 (no TMS, no solvent line), every point
/// in the signal region, σ taken as 1e-3: for tests of what the fit and the moves reach.
analysis::ScoringContext fitContextFor(const SpinSystem& system, double fieldMHz,
                                       std::uint32_t seed = 43);

} // namespace spinhance::analysistest

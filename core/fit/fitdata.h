#pragma once

#include "fit/fitproblem.h"
#include "io/spectrum.h"

#include <optional>
#include <utility>

namespace spinhance {

/// The real part of a frequency-domain spectrum on an ascending uniform grid (a descending axis is
/// reversed). Throws Error{InvalidInput} when the spectrum has no frequency-domain data or its ppm
/// axis is not uniform to 1 % of a step, Error{InvalidArgument} when the field is unknown and
/// `fieldMHz` is not given.
FitData fitDataFromSpectrum(const Spectrum& spectrum,
                            std::optional<double> fieldMHz = std::nullopt);

/// The points of `data` with lowPpm ≤ ppm ≤ highPpm (either order). Throws
/// Error{InvalidArgument} naming the region when fewer than 8 points remain.
FitData cropToRegion(const FitData& data, double lowPpm, double highPpm);

/// `data` convolved with a unit-area Lorentzian of this FWHM (mirrored at the ends so the edges
/// stay flat). Used for the broadened stages: Lorentzian ⊗ Lorentzian adds widths, so the model
/// follows by adding the same width.
std::vector<double> broadenLorentzian(const FitData& data, double fwhmHz);

/// Every `factor`-th point of `data` (a coarser grid for the broadened stages).
FitData decimate(const FitData& data, int factor);

} // namespace spinhance

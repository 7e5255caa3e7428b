#pragma once

#include "io/spectrum.h"

#include <optional>
#include <vector>

namespace spinhance::analysis {

/// One line of a peak list.
struct ListedPeak {
    double ppm = 0.0;
    double hz = 0.0;     ///< ppm × the spectrometer frequency
    double height = 0.0; ///< real intensity at the top (parabola through three points)
};

/// The local maxima of the real spectrum that stand `minimumSnr` noise σ (robust, from first
/// differences; at least 10⁻⁴ of the tallest point) above zero and above the valleys beside
/// them, highest ppm first. `fieldMHz`
/// overrides the file's field. Throws Error{InvalidInput} for a spectrum without frequency-domain
/// data, Error{InvalidArgument} for a non-positive threshold or an unknown field.
std::vector<ListedPeak> peakList(const Spectrum& spectrum, double minimumSnr = 5.0,
                                 std::optional<double> fieldMHz = std::nullopt);

} // namespace spinhance::analysis

#pragma once

#include "analysis/integrals.h"
#include "io/spectrum.h"

#include <optional>
#include <string>
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

/// The peak list and the integrals as one CSV text (two tables, each under a "# ..." line), with
/// units in the headers and numbers rounded to what they mean: 0.0001 ppm, 0.01 Hz, 0.01 H.
std::string peaksAndIntegralsCsv(const std::vector<ListedPeak>& peaks,
                                 const std::vector<IntegralRow>& integrals);

} // namespace spinhance::analysis

#pragma once

#include "io/spectrum.h"
#include "processing/baseline.h"

#include <cstddef>
#include <vector>

namespace spinhance::analysis {

/// Area under the real part of `spectrum` between two ppm values (either order), in intensity ×
/// ppm (processing's integrateRange), after checking the region. Throws Error{InvalidArgument}
/// naming the range when a bound is not finite, the range is narrower than one point spacing or
/// lies outside the spectrum; Error{InvalidInput} when the spectrum holds no frequency-domain
/// data.
double integrateRegion(const Spectrum& spectrum, const PpmRange& range);

/// One integral as a chemist reads it.
struct IntegralRow {
    PpmRange rangePpm;
    double area = 0.0;    ///< intensity × ppm, as measured
    double protons = 0.0; ///< on the common scale (the reference region holds its count)
};

/// The integrals of `ranges`, on one scale: region `referenceIndex` holds `referenceProtons`.
/// Throws Error{InvalidArgument} when the reference index is out of range, its count is not
/// positive and finite, or its area is zero.
std::vector<IntegralRow> scaledIntegrals(const Spectrum& spectrum,
                                         const std::vector<PpmRange>& ranges,
                                         std::size_t referenceIndex, double referenceProtons);

} // namespace spinhance::analysis

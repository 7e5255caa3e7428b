#pragma once

#include "io/spectrum.h"

#include <cstddef>
#include <string>

namespace spinhance {

/// Header ranges every reader's output must meet (docs/reliability.md). A field of 0 means unknown
/// (CSV carries none); anything else outside these ranges is a damaged or misread header.
namespace spectrumlimits {
constexpr double kMinFieldMHz = 1.0; ///< below any NMR magnet (Earth-field NMR is kHz, not 1H MHz)
constexpr double kMaxFieldMHz = 2000.0; ///< the strongest magnets run at 1.2 GHz
constexpr double kMaxSpectralWidthHz = 1e7;
constexpr double kMaxAbsPpm = 1e4; ///< a ppm axis beyond this is a broken conversion, not 1H
/// Intensities and FID points: far above any digitiser (float64 FIDs scaled by 2^NC included), and
/// low enough that sums of squares over kMaxPoints stay finite.
constexpr double kMaxAbsIntensity = 1e100;
constexpr std::size_t kMinPoints = 2;
constexpr std::size_t kMaxPoints = std::size_t(1) << 25;
} // namespace spectrumlimits

/// Throws Error{InvalidInput} naming `file` and the first bad value (its index and value) unless
/// `spectrum` holds a spectrum or a FID with: sizes within spectrumlimits and consistent, every
/// intensity, ppm and FID point finite and within its bound, a ppm axis that spans more than zero,
/// a field of 0 (unknown) or within kMinFieldMHz..kMaxFieldMHz, and a FID's spectral width finite
/// and > 0. `what` says which stage produced it ("read", "processed") for the message.
void checkSpectrum(const Spectrum& spectrum, const std::string& file,
                   const std::string& what = "read");

} // namespace spinhance

#pragma once

#include "common/progress.h"
#include "fit/fitproblem.h"
#include "io/spectrum.h"

#include <optional>
#include <string>

namespace spinhance::verify {

/// How far the fit may move a predicted shift (ppm): the spread of increment-rule shifts, not
/// enough to slide a group onto a neighbouring signal of a different kind.
constexpr double kShiftFreedomPpm = 0.3;

/// A spectrum prepared as the analysis prepares it: a FID processed fully, a processed spectrum
/// keeping its baseline; the 1H window -0.5 to 13.5 ppm; unit tallest line; TMS, solvent and
/// water lines of `solvent` (or the file's) masked (weight 0).
FitData verificationData(const Spectrum& spectrum, std::optional<double> fieldMHz,
                         const std::string& solvent);

/// `system` with its weakest couplings dropped, smallest |J| first, until every coupled cluster is
/// small enough to fit (analysis::affordable). A structure's long-range couplings (benzylic,
/// para, |J| < 1 Hz) tie whole molecules into one cluster (ibuprofen: 17 spins); they change the
/// spectrum less than the line width.
SpinSystem fittableSystem(SpinSystem system);

/// A structure's system against the data, its couplings fixed.
struct StructureFit {
    double asIsCosine = 0.0;   ///< shifts as predicted; only scale, line width, baseline fitted
    double fittedCosine = 0.0; ///< shifts free within ±kShiftFreedomPpm of the prediction
    FitResult asIs;
    FitResult fitted;
};

/// Fits `predicted` twice (see StructureFit). Cosines are over the unmasked points.
StructureFit fitStructure(const FitData& data, const SpinSystem& predicted,
                          const CancelFlag* cancel = nullptr);

/// Weighted cosine of a fit's measured and fitted traces (`weight` empty: every point).
double fitCosine(const FitResult& fit, const std::vector<double>& weight);

} // namespace spinhance::verify

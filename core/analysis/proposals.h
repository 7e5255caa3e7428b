#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"
#include "model/predictor.h"

#include <vector>

namespace spinhance::analysis {

/// Groups read off the regions as a chemist would: one group per region whose proton count is a
/// group size, several (placed at the region's cumulative-integral quantiles) otherwise; an
/// aromatic 5 H region becomes the three ring positions of a monosubstituted benzene with ortho,
/// meta and para couplings, once for each choice of the lone para proton. No couplings between
/// regions yet: J-matching adds them (see discoverCouplings).
std::vector<Hypothesis> multipletProposals(const FitData& data, const Evidence& evidence);

/// The model's system, and its runner-up without the least certain group, as starts.
std::vector<Hypothesis> modelProposals(const Prediction& prediction, const Evidence& evidence);

/// Canonical labels A, B, … in order of descending shift (couplings follow their groups).
SpinSystem relabelByShift(const SpinSystem& system);

/// Index of the region that holds `shiftPpm`, or -1.
int regionOf(const Evidence& evidence, double shiftPpm);

} // namespace spinhance::analysis

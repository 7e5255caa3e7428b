#pragma once

#include "inspect/similarity.h"

#include <vector>

namespace spinhance::inspect {

/// A linear probe: ridge regression (penalty `ridge` on standardised features, intercept free)
/// fitted on the first `trainFraction` of the samples and scored on the rest. What a layer
/// "knows" of a quantity (a group's shift, its degeneracy, whether a pair couples) is how well a
/// linear read-out recovers it from that layer alone.
struct ProbeOptions {
    double ridge = 1e-3;
    double trainFraction = 0.8;
};

/// Coefficient of determination R² of the probe on the held-out samples (1 = perfect, ≤ 0 = no
/// better than the held-out mean). Throws Error{InvalidArgument} for mismatched sizes or fewer
/// than 2 held-out samples.
double regressionProbeR2(const Activations& x, const std::vector<double>& target,
                         const ProbeOptions& options = {});

/// Held-out accuracy of a one-vs-rest ridge classifier for integer labels 0 … k−1.
double classificationProbeAccuracy(const Activations& x, const std::vector<int>& labels,
                                   const ProbeOptions& options = {});

} // namespace spinhance::inspect

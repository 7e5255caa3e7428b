#pragma once

#include "fit/fitproblem.h"

#include <cstddef>
#include <vector>

namespace spinhance::analysis {

/// A stretch of the spectrum that holds molecule signal (known lines are already masked out).
struct SignalRegion {
    std::size_t firstIndex = 0; ///< on the data grid, inclusive
    std::size_t lastIndex = 0;
    double fromPpm = 0.0;
    double toPpm = 0.0;
    double integral = 0.0;    ///< area over unmasked points (intensity × ppm)
    double centroidPpm = 0.0; ///< intensity-weighted mean position
    double maxHeight = 0.0;
};

struct RegionOptions {
    double thresholdSigma = 5.0; ///< smoothed intensity above this many σ is signal
    double smoothingHz = 1.0;    ///< boxcar width before thresholding
    double dilationHz = 3.0;     ///< grown by this on both sides (Lorentzian tails carry area)
    double mergeGapHz = 1.0;     ///< regions closer than this are one
    double minimumWidthHz = 0.3; ///< narrower above-threshold runs are spikes, not lines
};

/// Signal regions of `data` (ascending grid) with noise `sigma`; masked points (weight 0) are
/// never signal. Sorted by ppm.
std::vector<SignalRegion> detectRegions(const FitData& data, double sigma,
                                        const RegionOptions& options = {});

/// Weight vector that is the data's weight inside the regions and 0 outside (what a hypothesis is
/// scored on).
std::vector<double> regionWeights(const FitData& data, const std::vector<SignalRegion>& regions);

/// The same regions with integral, centroid and height recomputed from `intensity` (a residual).
SignalRegion measureRegion(const FitData& data, const std::vector<double>& intensity,
                           std::size_t first, std::size_t last);

} // namespace spinhance::analysis

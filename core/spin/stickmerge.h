#pragma once

#include "spin/simulator.h"

#include <vector>

namespace spinhance {

/// Sorts sticks by frequency, merges runs closer than `toleranceHz` (intensities add, frequency is
/// the intensity-weighted mean) and drops sticks below `relativeCutoff` × the largest intensity.
void mergeSticks(std::vector<Stick>& sticks, double toleranceHz, double relativeCutoff);

} // namespace spinhance

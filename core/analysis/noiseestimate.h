#pragma once

#include <vector>

namespace spinhance::analysis {

/// Robust noise standard deviation of a spectrum from its first differences: 1.4826 × MAD / √2.
/// Peaks and a sloping baseline barely move it because most points of a 1H spectrum are baseline.
/// Returns 0 for fewer than 16 values.
double noiseSigmaFromDifferences(const std::vector<double>& values);

/// Robust standard deviation (1.4826 × MAD around the median) of the values whose `mask` entry is
/// true (the signal-free points). Returns 0 when fewer than 16 such points exist.
double noiseSigmaOfMasked(const std::vector<double>& values, const std::vector<bool>& mask);

/// Median of a copy of `values` (0 for none).
double median(std::vector<double> values);

} // namespace spinhance::analysis

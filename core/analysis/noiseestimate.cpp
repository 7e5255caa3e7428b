#include "analysis/noiseestimate.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

constexpr double kMadToSigma = 1.4826; // MAD of a normal distribution is 0.6745 σ
constexpr std::size_t kMinimumPoints = 16;

double madSigma(std::vector<double> values) {
    const double centre = median(values);
    for (double& v : values)
        v = std::abs(v - centre);
    return kMadToSigma * median(std::move(values));
}

} // namespace

double median(std::vector<double> values) {
    if (values.empty()) return 0.0;
    const auto middle = values.begin() + std::ptrdiff_t(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

double noiseSigmaFromDifferences(const std::vector<double>& values) {
    if (values.size() < kMinimumPoints) return 0.0;
    std::vector<double> differences(values.size() - 1);
    for (std::size_t i = 0; i + 1 < values.size(); ++i)
        differences[i] = values[i + 1] - values[i];
    return madSigma(std::move(differences)) / std::sqrt(2.0);
}

double noiseSigmaOfMasked(const std::vector<double>& values, const std::vector<bool>& mask) {
    std::vector<double> selected;
    for (std::size_t i = 0; i < values.size() && i < mask.size(); ++i)
        if (mask[i]) selected.push_back(values[i]);
    if (selected.size() < kMinimumPoints) return 0.0;
    return madSigma(std::move(selected));
}

} // namespace spinhance::analysis

#include "analysis/signalregions.h"

#include <algorithm>
#include <cmath>

namespace spinhance::analysis {

namespace {

double weightAt(const FitData& data, std::size_t i) {
    return data.weight.empty() ? 1.0 : data.weight[i];
}

long pointsFor(const FitData& data, double hz) {
    return std::max(0L, long(std::lround(hz / (data.grid.stepPpm() * data.fieldMHz))));
}

std::vector<double> boxcar(const std::vector<double>& values, long halfWidth) {
    if (halfWidth <= 0) return values;
    const long n = long(values.size());
    std::vector<double> prefix(values.size() + 1, 0.0);
    for (long i = 0; i < n; ++i)
        prefix[std::size_t(i + 1)] = prefix[std::size_t(i)] + values[std::size_t(i)];
    std::vector<double> out(values.size());
    for (long i = 0; i < n; ++i) {
        const long a = std::max(0L, i - halfWidth), b = std::min(n - 1, i + halfWidth);
        out[std::size_t(i)] =
            (prefix[std::size_t(b + 1)] - prefix[std::size_t(a)]) / double(b - a + 1);
    }
    return out;
}

// Runs of true values as [first, last] index pairs.
std::vector<std::pair<long, long>> runsOf(const std::vector<bool>& flags) {
    std::vector<std::pair<long, long>> runs;
    for (long i = 0; i < long(flags.size()); ++i) {
        if (!flags[std::size_t(i)]) continue;
        long j = i;
        while (j + 1 < long(flags.size()) && flags[std::size_t(j + 1)])
            ++j;
        runs.push_back({i, j});
        i = j;
    }
    return runs;
}

} // namespace

SignalRegion measureRegion(const FitData& data, const std::vector<double>& intensity,
                           std::size_t first, std::size_t last) {
    SignalRegion region;
    region.firstIndex = first;
    region.lastIndex = last;
    region.fromPpm = data.grid.ppmAt(first);
    region.toPpm = data.grid.ppmAt(last);
    double moment = 0.0, positive = 0.0;
    for (std::size_t i = first; i <= last; ++i) {
        const double y = intensity[i] * weightAt(data, i);
        region.integral += y * data.grid.stepPpm();
        region.maxHeight = std::max(region.maxHeight, y);
        moment += std::max(y, 0.0) * data.grid.ppmAt(i);
        positive += std::max(y, 0.0);
    }
    region.centroidPpm = positive > 0.0 ? moment / positive : 0.5 * (region.fromPpm + region.toPpm);
    return region;
}

std::vector<SignalRegion> detectRegions(const FitData& data, double sigma,
                                        const RegionOptions& options) {
    const std::vector<double> smooth =
        boxcar(data.intensity, pointsFor(data, options.smoothingHz) / 2);
    // Smoothing over 2h+1 points lowers white noise by √(2h+1); the threshold follows.
    const double smoothSigma =
        sigma / std::sqrt(double(2 * (pointsFor(data, options.smoothingHz) / 2) + 1));
    const double threshold = options.thresholdSigma * std::max(smoothSigma, 1e-300);
    std::vector<bool> above(smooth.size());
    for (std::size_t i = 0; i < smooth.size(); ++i)
        above[i] = smooth[i] > threshold && weightAt(data, i) > 0.0;
    const long minimum = std::max(1L, pointsFor(data, options.minimumWidthHz));
    std::vector<bool> grown(smooth.size(), false);
    const long dilation = pointsFor(data, options.dilationHz), n = long(smooth.size());
    for (const auto& [a, b] : runsOf(above)) {
        if (b - a + 1 < minimum) continue;
        for (long i = std::max(0L, a - dilation); i <= std::min(n - 1, b + dilation); ++i)
            grown[std::size_t(i)] = true;
    }
    const long gap = pointsFor(data, options.mergeGapHz);
    std::vector<std::pair<long, long>> runs = runsOf(grown);
    std::vector<std::pair<long, long>> merged;
    for (const auto& run : runs) {
        if (!merged.empty() && run.first - merged.back().second - 1 <= gap)
            merged.back().second = run.second;
        else
            merged.push_back(run);
    }
    std::vector<SignalRegion> regions;
    for (const auto& [a, b] : merged)
        regions.push_back(measureRegion(data, data.intensity, std::size_t(a), std::size_t(b)));
    return regions;
}

std::vector<double> regionWeights(const FitData& data, const std::vector<SignalRegion>& regions) {
    std::vector<double> weight(std::size_t(data.grid.points), 0.0);
    for (const SignalRegion& r : regions)
        for (std::size_t i = r.firstIndex; i <= r.lastIndex; ++i)
            weight[i] = weightAt(data, i);
    return weight;
}

} // namespace spinhance::analysis

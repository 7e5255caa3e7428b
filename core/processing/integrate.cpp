#include "processing/integrate.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

double integrateRange(const Spectrum& s, double fromPpm, double toPpm) {
    const double low = std::min(fromPpm, toPpm), high = std::max(fromPpm, toPpm);
    double area = 0.0;
    for (std::size_t i = 0; i + 1 < s.real.size() && i + 1 < s.ppm.size(); ++i) {
        const double a = s.ppm[i], b = s.ppm[i + 1];
        const double segmentLow = std::max(low, std::min(a, b)),
                     segmentHigh = std::min(high, std::max(a, b));
        if (segmentHigh <= segmentLow) continue;
        // Linear interpolation of y at the clipped segment ends keeps partial segments exact.
        auto yAt = [&](double x) {
            return s.real[i] + (s.real[i + 1] - s.real[i]) * (x - a) / (b - a);
        };
        area += 0.5 * (yAt(segmentLow) + yAt(segmentHigh)) * (segmentHigh - segmentLow);
    }
    return area;
}

} // namespace spinhance

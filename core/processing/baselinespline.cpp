// Baseline by hand through a spline: the modified Akima interpolant of Boost.Math (makima, which
// does not overshoot between anchors as a natural cubic spline does) through anchor points taken
// inside the signal-free regions. A polynomial cannot follow a baseline that rolls several times
// across the spectrum (benchtop probes, acoustic ringing); anchors placed by hand can.
#include "common/error.h"
#include "processing/baseline.h"

#include <algorithm>
#include <boost/math/interpolators/makima.hpp>
#include <cmath>

namespace spinhance {

namespace {

// Pieces of a region no wider than this each give one anchor, so a long flat stretch still pins
// the baseline along its length.
constexpr double kAnchorSpacingPpm = 0.2;
constexpr std::size_t kMinAnchors = 4; // makima needs four points

struct Anchor {
    double ppm = 0.0;
    double value = 0.0;
};

double median(std::vector<double> values) {
    auto middle = values.begin() + long(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

// One anchor per piece of each region: the piece's centre and the median of its points (the
// median ignores a stray spike that a hand-picked region may hold).
std::vector<Anchor> anchorsIn(const Spectrum& s, const std::vector<PpmRange>& regions) {
    std::vector<Anchor> anchors;
    for (const PpmRange& r : regions) {
        const double low = std::min(r.fromPpm, r.toPpm), high = std::max(r.fromPpm, r.toPpm);
        const int pieces = std::max(1, int(std::ceil((high - low) / kAnchorSpacingPpm)));
        const double width = (high - low) / pieces;
        for (int k = 0; k < pieces; ++k) {
            const double from = low + k * width, to = from + width;
            std::vector<double> values;
            for (std::size_t i = 0; i < s.ppm.size(); ++i)
                if (s.ppm[i] >= from && s.ppm[i] <= to) values.push_back(s.real[i]);
            if (!values.empty()) anchors.push_back({0.5 * (from + to), median(values)});
        }
    }
    std::sort(anchors.begin(), anchors.end(),
              [](const Anchor& a, const Anchor& b) { return a.ppm < b.ppm; });
    // Overlapping regions can give two anchors at one place; makima needs rising abscissas.
    anchors.erase(std::unique(anchors.begin(), anchors.end(),
                              [](const Anchor& a, const Anchor& b) {
                                  return std::abs(a.ppm - b.ppm) < 1e-9;
                              }),
                  anchors.end());
    return anchors;
}

} // namespace

std::vector<double> baselineSplineFromRegions(const Spectrum& s,
                                              const std::vector<PpmRange>& signalFree) {
    const std::vector<Anchor> anchors = anchorsIn(s, signalFree);
    if (anchors.size() < kMinAnchors)
        throw Error(ErrorCode::InvalidArgument,
                    "a spline baseline needs at least " + std::to_string(kMinAnchors) +
                        " anchors (one per " + std::to_string(kAnchorSpacingPpm).substr(0, 3) +
                        " ppm of signal-free region), found " + std::to_string(anchors.size()) +
                        "; give more or longer regions, or a polynomial",
                    {s.origin.path, 0, "baseline-regions"});
    std::vector<double> x, y;
    for (const Anchor& a : anchors)
        x.push_back(a.ppm), y.push_back(a.value);
    const double first = x.front(), last = x.back();
    const auto spline =
        boost::math::interpolators::makima<std::vector<double>>(std::move(x), std::move(y));
    // Each anchor stands for a piece reaching half a spacing beyond it: the baseline follows the
    // spline's end slope that far, then stays level (a cubic extrapolated past its data runs away).
    const double reach = 0.5 * kAnchorSpacingPpm;
    const double firstValue = spline(first), firstSlope = spline.prime(first);
    const double lastValue = spline(last), lastSlope = spline.prime(last);
    std::vector<double> baseline(s.real.size());
    for (std::size_t i = 0; i < baseline.size(); ++i) {
        const double ppm = s.ppm[i];
        if (ppm < first)
            baseline[i] = firstValue + firstSlope * (std::max(ppm, first - reach) - first);
        else if (ppm > last)
            baseline[i] = lastValue + lastSlope * (std::min(ppm, last + reach) - last);
        else
            baseline[i] = spline(ppm);
    }
    return baseline;
}

void baselineCorrectSplineRegions(Spectrum& s, const std::vector<PpmRange>& signalFree) {
    const auto baseline = baselineSplineFromRegions(s, signalFree);
    for (std::size_t i = 0; i < s.real.size(); ++i)
        s.real[i] -= baseline[i];
    s.history.push_back("baseline by hand: spline (makima) through " +
                        std::to_string(signalFree.size()) + " signal-free region(s)");
}

} // namespace spinhance

#include "processing/phase.h"

#include "common/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <limits>
#include <sstream>

namespace spinhance {

namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
// Weight of the negative-intensity penalty relative to the entropy term (ACME uses 1000 on data
// scaled by its maximum).
constexpr double kNegativePenalty = 1000.0;
constexpr double kDefaultMaxFirstOrderDeg = 540.0;
constexpr std::size_t kSearchPoints = 8192;
constexpr double kGridStepPh1Deg = 45.0, kGridStepPh0Deg = 15.0;
constexpr std::size_t kGridStarts = 4;
// Objective units added per whole turn of ph1 when choosing between minima (entropy is ~5 units).
constexpr double kTurnCost = 0.1;
constexpr double kSignalFraction = 0.05, kSignalMarginPpm = 0.5;
constexpr double kWaterLowPpm = 4.5, kWaterHighPpm = 5.1, kWaterHalfWidthPpm = 0.25;

void requireImaginary(const Spectrum& s) {
    if (s.imag.size() != s.real.size() || s.real.empty())
        throw Error(ErrorCode::InvalidArgument, "phase correction needs the imaginary part",
                    {s.origin.path, 0, "imag"});
}

// Calls f(i, rotated) for each point; the rotation advances by one complex multiply per point.
template <typename F>
void forEachRotated(const Spectrum& s, const PhaseAngles& a, double pivot, F f) {
    const std::size_t n = s.real.size();
    const double step = a.ph1Deg * kDegToRad / double(n);
    std::complex<double> rotation = std::polar(1.0, a.ph0Deg * kDegToRad - pivot * step);
    const std::complex<double> advance = std::polar(1.0, step);
    for (std::size_t i = 0; i < n; ++i) {
        if ((i & 4095) == 0)
            rotation = std::polar(1.0, a.ph0Deg * kDegToRad + (double(i) - pivot) * step);
        f(i, std::complex<double>(s.real[i], s.imag[i]) * rotation);
        rotation *= advance;
    }
}

struct Simplex {
    std::array<std::array<double, 2>, 3> points;
    std::array<double, 3> values;
};

template <typename F>
std::array<double, 2> nelderMead(F f, std::array<double, 2> start, std::array<double, 2> scale,
                                 int iterations) {
    Simplex sx;
    sx.points = {start, {start[0] + scale[0], start[1]}, {start[0], start[1] + scale[1]}};
    for (int k = 0; k < 3; ++k)
        sx.values[k] = f(sx.points[k]);
    for (int it = 0; it < iterations; ++it) {
        std::array<int, 3> order = {0, 1, 2};
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return sx.values[a] < sx.values[b]; });
        const auto best = sx.points[order[0]], mid = sx.points[order[1]],
                   worst = sx.points[order[2]];
        const std::array<double, 2> centre = {(best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2};
        auto along = [&](double t) {
            return std::array<double, 2>{centre[0] + t * (worst[0] - centre[0]),
                                         centre[1] + t * (worst[1] - centre[1])};
        };
        auto reflected = along(-1.0);
        const double fr = f(reflected);
        int w = order[2];
        if (fr < sx.values[order[0]]) {
            const auto expanded = along(-2.0);
            const double fe = f(expanded);
            sx.points[w] = fe < fr ? expanded : reflected, sx.values[w] = std::min(fe, fr);
        } else if (fr < sx.values[order[1]]) {
            sx.points[w] = reflected, sx.values[w] = fr;
        } else {
            const auto contracted = along(0.5);
            const double fc = f(contracted);
            if (fc < sx.values[w]) {
                sx.points[w] = contracted, sx.values[w] = fc;
            } else {
                for (int k : {order[1], order[2]}) {
                    sx.points[k] = {(sx.points[k][0] + best[0]) / 2,
                                    (sx.points[k][1] + best[1]) / 2};
                    sx.values[k] = f(sx.points[k]);
                }
            }
        }
    }
    const int bestIndex =
        int(std::min_element(sx.values.begin(), sx.values.end()) - sx.values.begin());
    return sx.points[bestIndex];
}

// Points left out of the objective: [begin, end) is a water line in an H2O sample, so tall and
// distorted by presaturation that it would decide the phase on its own; outside [first, last)
// there is no signal (see signalRegion).
struct Mask {
    std::size_t begin = 0, end = 0;
    std::size_t first = 0, last = std::numeric_limits<std::size_t>::max();
    bool contains(std::size_t i) const { return (i >= begin && i < end) || i < first || i >= last; }
};

Mask waterMask(const Spectrum& s) {
    const std::string solvent = s.solvent;
    const bool aqueous =
        solvent.find("H2O") != std::string::npos || solvent.find("h2o") != std::string::npos;
    if (!aqueous || s.ppm.size() != s.real.size()) return {};
    std::size_t tallest = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (std::hypot(s.real[i], s.imag[i]) > std::hypot(s.real[tallest], s.imag[tallest]))
            tallest = i;
    if (s.ppm[tallest] < kWaterLowPpm || s.ppm[tallest] > kWaterHighPpm) return {};
    Mask mask{tallest, tallest + 1};
    while (mask.begin > 0 && std::abs(s.ppm[mask.begin - 1] - s.ppm[tallest]) < kWaterHalfWidthPpm)
        --mask.begin;
    while (mask.end < s.ppm.size() &&
           std::abs(s.ppm[mask.end] - s.ppm[tallest]) < kWaterHalfWidthPpm)
        ++mask.end;
    return mask;
}

// The span from the first to the last point whose magnitude reaches kSignalFraction of the
// tallest, widened by kSignalMarginPpm for the lines' tails. A benchtop FID covers a window of
// 80+ ppm around 10 ppm of signal; judged over all of it, the broad background hump (shim skirts,
// probe background) outweighs the lines and pulls ph1 by a quarter turn or more.
void restrictToSignal(const Spectrum& s, Mask& mask) {
    std::vector<double> magnitude(s.real.size());
    double tallest = 0.0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (!mask.contains(i))
            magnitude[i] = std::hypot(s.real[i], s.imag[i]),
            tallest = std::max(tallest, magnitude[i]);
    std::size_t first = s.real.size(), last = 0;
    for (std::size_t i = 0; i < magnitude.size(); ++i)
        if (magnitude[i] >= kSignalFraction * tallest) first = std::min(first, i), last = i + 1;
    if (first >= last || s.ppm.size() != s.real.size()) return;
    const double firstPpm = s.ppm[first], lastPpm = s.ppm[last - 1];
    while (first > 0 && std::abs(s.ppm[first - 1] - firstPpm) < kSignalMarginPpm)
        --first;
    while (last < s.ppm.size() && std::abs(s.ppm[last] - lastPpm) < kSignalMarginPpm)
        ++last;
    mask.first = first, mask.last = last;
}

Mask phaseMask(const Spectrum& s) {
    Mask mask = waterMask(s);
    restrictToSignal(s, mask);
    return mask;
}

double normalisation(const Spectrum& s, const Mask& mask) {
    double maxMagnitude = 0.0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (!mask.contains(i))
            maxMagnitude = std::max(maxMagnitude, std::hypot(s.real[i], s.imag[i]));
    return maxMagnitude > 0 ? 1.0 / maxMagnitude : 1.0;
}

double entropyScaled(const Spectrum& s, const PhaseAngles& angles, double scale, const Mask& mask) {
    double previous = 0.0, derivativeSum = 0.0, negative = 0.0;
    std::vector<double> derivative;
    derivative.reserve(s.real.size());
    forEachRotated(
        s, angles, double(s.real.size() / 2), [&](std::size_t i, std::complex<double> v) {
            const double r = v.real() * scale;
            if (mask.contains(i)) return;
            if (i > 0 && !mask.contains(i - 1))
                derivative.push_back(std::abs(r - previous)), derivativeSum += derivative.back();
            if (r < 0) negative += r * r;
            previous = r;
        });
    double entropy = 0.0;
    for (double d : derivative)
        if (d > 0) entropy -= (d / derivativeSum) * std::log(d / derivativeSum);
    return entropy + kNegativePenalty * negative;
}

} // namespace

void phaseCorrectAboutPpm(Spectrum& s, const PhaseAngles& angles, std::optional<double> pivotPpm) {
    double pivotIndex = -1.0;
    if (pivotPpm && !s.ppm.empty()) {
        const auto nearest = std::min_element(s.ppm.begin(), s.ppm.end(), [&](double a, double b) {
            return std::abs(a - *pivotPpm) < std::abs(b - *pivotPpm);
        });
        pivotIndex = double(nearest - s.ppm.begin());
    }
    phaseCorrect(s, angles, pivotIndex);
}

void phaseCorrect(Spectrum& s, const PhaseAngles& angles, double pivotIndex) {
    requireImaginary(s);
    const double pivot = pivotIndex < 0 ? double(s.real.size() / 2) : pivotIndex;
    forEachRotated(s, angles, pivot, [&](std::size_t i, std::complex<double> v) {
        s.real[i] = v.real();
        s.imag[i] = v.imag();
    });
    std::ostringstream text;
    text << "phase correction ph0 " << angles.ph0Deg << " deg, ph1 " << angles.ph1Deg << " deg";
    s.history.push_back(text.str());
}

namespace {

// Block averages of the complex spectrum: the phase is a smooth function of position, so the
// global search runs on a few thousand points and only the final polish on all of them.
Spectrum decimated(const Spectrum& s, std::size_t factor) {
    Spectrum out;
    out.solvent = s.solvent;
    for (std::size_t begin = 0; begin + factor <= s.real.size(); begin += factor) {
        double re = 0, im = 0, ppm = 0;
        for (std::size_t i = begin; i < begin + factor; ++i)
            re += s.real[i], im += s.imag[i], ppm += s.ppm.empty() ? 0 : s.ppm[i];
        out.real.push_back(re), out.imag.push_back(im), out.ppm.push_back(ppm / double(factor));
    }
    return out;
}

double boundedObjective(const Spectrum& s, const std::array<double, 2>& p, double scale,
                        const Mask& mask, double maxFirstOrderDeg) {
    // A first-order phase beyond the bound is never physical for the acquisition; the penalty
    // keeps the simplex from wandering off on spectra dominated by a suppressed solvent line.
    const double excess = std::max(0.0, std::abs(p[1]) - maxFirstOrderDeg);
    return entropyScaled(s, {p[0], p[1]}, scale, mask) + excess * excess;
}

std::array<double, 2> searchPhase(const Spectrum& s,
                                  const std::vector<std::array<double, 2>>& starts, int iterations,
                                  double maxFirstOrderDeg) {
    const Mask mask = phaseMask(s);
    const double scale = normalisation(s, mask);
    auto objective = [&](const std::array<double, 2>& p) {
        return boundedObjective(s, p, scale, mask, maxFirstOrderDeg);
    };
    // Few lines leave ph1 ambiguous: two lines are in phase again every 360 degrees / (their
    // separation / window). Among minima of nearly equal value the fewest whole turns win; within
    // half a turn the objective alone decides.
    auto preferSmall = [&](const std::array<double, 2>& p) {
        return objective(p) + kTurnCost * std::round(std::abs(p[1]) / 360.0);
    };
    std::array<double, 2> best = starts.front();
    double bestValue = preferSmall(best);
    for (const auto& start : starts) {
        const auto found = nelderMead(objective, start, {20.0, 40.0}, iterations);
        const double value = preferSmall(found);
        if (value < bestValue) bestValue = value, best = found;
    }
    return best;
}

// A simplex started at ph1 = 0 only finds the minimum next to it; a FID whose time origin lies
// several dwell times before its first point (benchtop receivers: dead time plus an analog or
// undocumented digital filter) needs ph1 of several turns. The coarse grid over the whole allowed
// range picks the basins the simplex then refines; the objective is smooth on this scale.
std::vector<std::array<double, 2>> gridStarts(const Spectrum& s, double maxFirstOrderDeg) {
    const Mask mask = phaseMask(s);
    const double scale = normalisation(s, mask);
    std::vector<std::pair<double, std::array<double, 2>>> scored;
    const int steps = int(maxFirstOrderDeg / kGridStepPh1Deg);
    for (int k = -steps; k <= steps; ++k) {
        const double ph1 = k * kGridStepPh1Deg;
        std::pair<double, std::array<double, 2>> best{1e300, {0.0, ph1}};
        for (double ph0 = -180.0; ph0 < 180.0; ph0 += kGridStepPh0Deg)
            best = std::min(best, {entropyScaled(s, {ph0, ph1}, scale, mask), {ph0, ph1}});
        scored.push_back(best);
    }
    // The cell at ph1 = 0 always seeds a simplex: the common case, and the tie-breaker's favourite.
    std::vector<std::array<double, 2>> starts = {scored[std::size_t(steps)].second};
    std::sort(scored.begin(), scored.end());
    for (std::size_t k = 0; k < scored.size() && starts.size() <= kGridStarts; ++k)
        starts.push_back(scored[k].second);
    return starts;
}

} // namespace

PhaseAngles autoPhase(Spectrum& s) {
    return autoPhase(s, kDefaultMaxFirstOrderDeg);
}

PhaseAngles autoPhase(Spectrum& s, double maxFirstOrderDeg) {
    requireImaginary(s);
    const std::size_t factor = std::max<std::size_t>(1, s.real.size() / kSearchPoints);
    const Spectrum coarse = factor > 1 ? decimated(s, factor) : s;
    std::array<double, 2> best =
        searchPhase(coarse, gridStarts(coarse, maxFirstOrderDeg), 80, maxFirstOrderDeg);
    if (factor > 1) best = searchPhase(s, {best}, 40, maxFirstOrderDeg);
    const PhaseAngles angles{std::remainder(best[0], 360.0), best[1]};
    phaseCorrect(s, angles);
    s.history.back() = "automatic phase (ACME entropy): " + s.history.back();
    return angles;
}

} // namespace spinhance

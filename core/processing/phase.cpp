#include "processing/phase.h"

#include "common/error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <complex>
#include <sstream>

namespace spinhance {

namespace {

constexpr double kDegToRad = 3.14159265358979323846 / 180.0;
// Weight of the negative-intensity penalty relative to the entropy term (ACME uses 1000 on data
// scaled by its maximum).
constexpr double kNegativePenalty = 1000.0;
constexpr double kMaxFirstOrderDeg = 540.0;
constexpr std::size_t kSearchPoints = 8192;
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
        if ((i & 4095) == 0) rotation = std::polar(1.0, a.ph0Deg * kDegToRad + (double(i) - pivot) * step);
        f(i, std::complex<double>(s.real[i], s.imag[i]) * rotation);
        rotation *= advance;
    }
}

struct Simplex {
    std::array<std::array<double, 2>, 3> points;
    std::array<double, 3> values;
};

template <typename F>
std::array<double, 2> nelderMead(F f, std::array<double, 2> start, std::array<double, 2> scale, int iterations) {
    Simplex sx;
    sx.points = {start, {start[0] + scale[0], start[1]}, {start[0], start[1] + scale[1]}};
    for (int k = 0; k < 3; ++k) sx.values[k] = f(sx.points[k]);
    for (int it = 0; it < iterations; ++it) {
        std::array<int, 3> order = {0, 1, 2};
        std::sort(order.begin(), order.end(), [&](int a, int b) { return sx.values[a] < sx.values[b]; });
        const auto best = sx.points[order[0]], mid = sx.points[order[1]], worst = sx.points[order[2]];
        const std::array<double, 2> centre = {(best[0] + mid[0]) / 2, (best[1] + mid[1]) / 2};
        auto along = [&](double t) {
            return std::array<double, 2>{centre[0] + t * (worst[0] - centre[0]), centre[1] + t * (worst[1] - centre[1])};
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
                    sx.points[k] = {(sx.points[k][0] + best[0]) / 2, (sx.points[k][1] + best[1]) / 2};
                    sx.values[k] = f(sx.points[k]);
                }
            }
        }
    }
    const int bestIndex = int(std::min_element(sx.values.begin(), sx.values.end()) - sx.values.begin());
    return sx.points[bestIndex];
}

// Points [begin, end) left out of the objective: a water line in an H2O sample is so tall and
// distorted by presaturation that it would decide the phase on its own.
struct Mask {
    std::size_t begin = 0, end = 0;
    bool contains(std::size_t i) const { return i >= begin && i < end; }
};

Mask waterMask(const Spectrum& s) {
    const std::string solvent = s.solvent;
    const bool aqueous = solvent.find("H2O") != std::string::npos || solvent.find("h2o") != std::string::npos;
    if (!aqueous || s.ppm.size() != s.real.size()) return {};
    std::size_t tallest = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (std::hypot(s.real[i], s.imag[i]) > std::hypot(s.real[tallest], s.imag[tallest])) tallest = i;
    if (s.ppm[tallest] < kWaterLowPpm || s.ppm[tallest] > kWaterHighPpm) return {};
    Mask mask{tallest, tallest + 1};
    while (mask.begin > 0 && std::abs(s.ppm[mask.begin - 1] - s.ppm[tallest]) < kWaterHalfWidthPpm) --mask.begin;
    while (mask.end < s.ppm.size() && std::abs(s.ppm[mask.end] - s.ppm[tallest]) < kWaterHalfWidthPpm) ++mask.end;
    return mask;
}

double normalisation(const Spectrum& s, const Mask& mask) {
    double maxMagnitude = 0.0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (!mask.contains(i)) maxMagnitude = std::max(maxMagnitude, std::hypot(s.real[i], s.imag[i]));
    return maxMagnitude > 0 ? 1.0 / maxMagnitude : 1.0;
}

double entropyScaled(const Spectrum& s, const PhaseAngles& angles, double scale, const Mask& mask) {
    double previous = 0.0, derivativeSum = 0.0, negative = 0.0;
    std::vector<double> derivative;
    derivative.reserve(s.real.size());
    forEachRotated(s, angles, double(s.real.size() / 2), [&](std::size_t i, std::complex<double> v) {
        const double r = v.real() * scale;
        if (mask.contains(i)) return;
        if (i > 0 && !mask.contains(i - 1)) derivative.push_back(std::abs(r - previous)), derivativeSum += derivative.back();
        if (r < 0) negative += r * r;
        previous = r;
    });
    double entropy = 0.0;
    for (double d : derivative)
        if (d > 0) entropy -= (d / derivativeSum) * std::log(d / derivativeSum);
    return entropy + kNegativePenalty * negative;
}

} // namespace

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

double phaseEntropy(const Spectrum& s, const PhaseAngles& angles) {
    requireImaginary(s);
    const Mask mask = waterMask(s);
    return entropyScaled(s, angles, normalisation(s, mask), mask);
}

namespace {

// Block averages of the complex spectrum: the phase is a smooth function of position, so the
// global search runs on a few thousand points and only the final polish on all of them.
Spectrum decimated(const Spectrum& s, std::size_t factor) {
    Spectrum out;
    out.solvent = s.solvent;
    for (std::size_t begin = 0; begin + factor <= s.real.size(); begin += factor) {
        double re = 0, im = 0, ppm = 0;
        for (std::size_t i = begin; i < begin + factor; ++i) re += s.real[i], im += s.imag[i], ppm += s.ppm.empty() ? 0 : s.ppm[i];
        out.real.push_back(re), out.imag.push_back(im), out.ppm.push_back(ppm / double(factor));
    }
    return out;
}

std::array<double, 2> searchPhase(const Spectrum& s, const std::vector<std::array<double, 2>>& starts, int iterations) {
    const Mask mask = waterMask(s);
    const double scale = normalisation(s, mask);
    // A first-order phase beyond a few turns is never physical for 1H; the bound keeps the
    // simplex from wandering off on spectra dominated by a suppressed solvent line.
    auto objective = [&](const std::array<double, 2>& p) {
        const double excess = std::max(0.0, std::abs(p[1]) - kMaxFirstOrderDeg);
        return entropyScaled(s, {p[0], p[1]}, scale, mask) + excess * excess;
    };
    std::array<double, 2> best = starts.front();
    double bestValue = objective(best);
    for (const auto& start : starts) {
        const auto found = nelderMead(objective, start, {20.0, 40.0}, iterations);
        const double value = objective(found);
        if (value < bestValue) bestValue = value, best = found;
    }
    return best;
}

} // namespace

PhaseAngles autoPhase(Spectrum& s) {
    requireImaginary(s);
    std::vector<std::array<double, 2>> starts;
    for (double start = 0.0; start < 360.0; start += 45.0) starts.push_back({start, 0.0});
    const std::size_t factor = std::max<std::size_t>(1, s.real.size() / kSearchPoints);
    std::array<double, 2> best = searchPhase(factor > 1 ? decimated(s, factor) : s, starts, 80);
    if (factor > 1) best = searchPhase(s, {best}, 40);
    const PhaseAngles angles{std::remainder(best[0], 360.0), best[1]};
    phaseCorrect(s, angles);
    s.history.back() = "automatic phase (ACME entropy): " + s.history.back();
    return angles;
}

} // namespace spinhance

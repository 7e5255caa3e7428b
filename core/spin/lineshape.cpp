#include "spin/lineshape.h"

#include "common/error.h"
#include "spin/fftworkspace.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace spinhance {

namespace {

// Gaussian gridding (Greengard & Lee, SIAM Rev. 2004): each stick is spread onto a fine buffer with
// a narrow Gaussian g(u) = exp(-u²/4τ); one FFT, division by ĝ, multiplication by the line's own
// transform, one inverse FFT. For a Lorentzian the aliasing error is ≈ max(e^{-4π²τ}, K̂(π))
// and truncation e^{-W²/4τ}, all ~1e-7 of a line's peak with the constants below, whatever the
// number of sticks. The buffer is periodic, so Lorentzian tails wrap around (and sticks beyond the
// buffer are left out); both are smooth over the grid and are corrected on a coarse grid
// afterwards. For a Gaussian line the worst aliasing sits inside the band: e^{-4π²τ(1 - 1/σ²)}
// with σ in fine points, hence σ ≥ 2.1 below.
constexpr double kTau = 0.5;
constexpr int kSpreadHalfWidth = 7;
constexpr double kLorentzHwhmFinePoints = 5.2; // e^{-πγ} < 1e-7 at the fine Nyquist frequency
constexpr double kGaussSigmaFinePoints = 2.1;
constexpr int kMaxOversampling = 8; // narrower lines are summed directly
constexpr double kPi = 3.14159265358979323846;

struct Kernel {
    double hwhmPoints = 0.0;  // Lorentzian half width, grid points
    double sigmaPoints = 0.0; // Gaussian standard deviation, grid points
    double gaussWeight = 0.0; // 0 Lorentzian, 1 Gaussian
    double lorentz(double u) const {
        return hwhmPoints / (kPi * (u * u + hwhmPoints * hwhmPoints));
    }
    double gauss(double u) const {
        return std::exp(-0.5 * u * u / (sigmaPoints * sigmaPoints)) /
               (sigmaPoints * std::sqrt(2.0 * kPi));
    }
    double value(double u) const {
        return (gaussWeight < 1.0 ? (1.0 - gaussWeight) * lorentz(u) : 0.0) +
               (gaussWeight > 0.0 ? gaussWeight * gauss(u) : 0.0);
    }
    // Continuous Fourier transform (unit area), ω in radians per grid point, scaled by R.
    double transform(double omega) const {
        const double w = std::abs(omega);
        return (1.0 - gaussWeight) * std::exp(-hwhmPoints * w) +
               gaussWeight * std::exp(-0.5 * sigmaPoints * sigmaPoints * w * w);
    }
    double halfWindowPoints() const { // where the line falls below 1e-8 of its peak
        return std::max(gaussWeight < 1.0 ? hwhmPoints * 1e4 : 0.0,
                        gaussWeight > 0.0 ? sigmaPoints * 6.1 : 0.0) +
               2.0;
    }
    int oversampling() const {
        double need = 1.0;
        if (gaussWeight < 1.0) need = std::max(need, kLorentzHwhmFinePoints / hwhmPoints);
        if (gaussWeight > 0.0) need = std::max(need, kGaussSigmaFinePoints / sigmaPoints);
        return int(std::ceil(need - 1e-9));
    }
};

Kernel kernelFor(const LineShapeOptions& options, double stepHz) {
    if (!(options.linewidthHz > 0.0) || !std::isfinite(options.linewidthHz))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a positive linewidth in Hz, found " +
                        std::to_string(options.linewidthHz),
                    {"", 0, "linewidthHz"});
    Kernel k;
    const double fwhmPoints = options.linewidthHz / stepHz;
    k.hwhmPoints = 0.5 * fwhmPoints;
    k.sigmaPoints = fwhmPoints / (2.0 * std::sqrt(2.0 * std::log(2.0)));
    if (options.shape == LineShape::Gaussian) k.gaussWeight = 1.0;
    if (options.shape == LineShape::Voigt)
        k.gaussWeight = std::clamp(options.gaussianFraction, 0.0, 1.0);
    return k;
}

// Lines narrower than a few grid points: exact samples of each line inside its window.
void renderDirect(const std::vector<Stick>& sticks, const PpmGrid& grid, const Kernel& kernel,
                  std::vector<double>& out) {
    const double step = grid.stepPpm(), window = kernel.halfWindowPoints();
    const long last = long(out.size()) - 1;
    for (const Stick& s : sticks) {
        const double x = (s.shiftPpm - grid.fromPpm) / step;
        const long lo = std::max(0L, long(std::ceil(x - window)));
        const long hi = std::min(last, long(std::floor(x + window)));
        for (long i = lo; i <= hi; ++i)
            out[std::size_t(i)] += s.intensity * kernel.value(double(i) - x);
    }
}

struct SpreadTable {
    std::array<double, 2 * kSpreadHalfWidth + 1> weights{};
    SpreadTable() {
        for (int l = -kSpreadHalfWidth; l <= kSpreadHalfWidth; ++l)
            weights[std::size_t(l + kSpreadHalfWidth)] = std::exp(-double(l * l) / (4.0 * kTau));
    }
};

void spread(const std::vector<Stick>& sticks, const PpmGrid& grid, int r, std::size_t offset,
            FftWorkspace& fft) {
    static const SpreadTable table;
    double* buffer = fft.real();
    std::fill(buffer, buffer + fft.size(), 0.0);
    const double scale = double(r) / grid.stepPpm();
    const double lowest = kSpreadHalfWidth, highest = double(fft.size()) - kSpreadHalfWidth - 1;
    for (const Stick& s : sticks) {
        const double f = (s.shiftPpm - grid.fromPpm) * scale + double(offset);
        if (!(f >= lowest && f <= highest)) continue; // beyond the padding: tails corrected later
        const long k0 = std::lround(f);
        const double d = f - double(k0);
        // exp(-(l-d)²/4τ) = exp(-d²/4τ) · exp(l d/2τ) · exp(-l²/4τ): two exps per stick.
        const double base = s.intensity * std::exp(-d * d / (4.0 * kTau));
        const double ratio = std::exp(d / (2.0 * kTau)), inverse = 1.0 / ratio;
        double up = base, down = base;
        buffer[k0] += base;
        for (int l = 1; l <= kSpreadHalfWidth; ++l) {
            up *= ratio;
            down *= inverse;
            buffer[k0 + l] += up * table.weights[std::size_t(kSpreadHalfWidth + l)];
            buffer[k0 - l] += down * table.weights[std::size_t(kSpreadHalfWidth - l)];
        }
    }
}

// Multiplier per frequency bin: K̂(ω)/ĝ(ω)/n. Cached per thread for the last (n, kernel).
const std::vector<double>& filterFor(std::size_t n, const Kernel& kernel, int r) {
    thread_local std::vector<double> filter;
    thread_local std::array<double, 5> key{};
    const std::array<double, 5> wanted{double(n), kernel.hwhmPoints, kernel.sigmaPoints,
                                       kernel.gaussWeight, double(r)};
    if (wanted == key && !filter.empty()) return filter;
    Kernel fine = kernel;
    fine.hwhmPoints *= r;
    fine.sigmaPoints *= r;
    filter.resize(n / 2 + 1);
    for (std::size_t m = 0; m < filter.size(); ++m) {
        const double omega = 2.0 * kPi * double(m) / double(n);
        const double spreadTransform =
            std::sqrt(4.0 * kPi * kTau) * std::exp(-kTau * omega * omega);
        filter[m] = fine.transform(omega) / spreadTransform / double(n);
    }
    key = wanted;
    return filter;
}

// Σ_{q≠0} L(u + qM): the closed-form periodic Lorentzian sinh(a)/(M (cosh(a) − cos(2πu/M))),
// a = 2πγ/M, minus the line itself.
double wrappedLorentz(double u, double gamma, double period) {
    const double a = 2.0 * kPi * gamma / period;
    const double periodic =
        std::sinh(a) / (period * (std::cosh(a) - std::cos(2.0 * kPi * u / period)));
    return periodic - gamma / (kPi * (u * u + gamma * gamma));
}

// What the periodic buffer got wrong, in fine-buffer units at `points` positions spanning the grid:
// minus the wrapped tails of sticks inside the buffer, plus the tails of sticks outside it.
// Sticks are lumped into coarse bins: the correction varies on the scale of the whole buffer.
std::vector<double> tailCorrection(const std::vector<Stick>& sticks, const PpmGrid& grid, int r,
                                   std::size_t offset, std::size_t period, double gamma,
                                   const std::vector<double>& at) {
    constexpr int kBins = 32;
    std::vector<double> binIntensity(kBins, 0.0), binMoment(kBins, 0.0), out(at.size(), 0.0);
    const double scale = double(r) / grid.stepPpm(), m = double(period);
    for (const Stick& s : sticks) {
        const double f = (s.shiftPpm - grid.fromPpm) * scale + double(offset);
        if (f >= kSpreadHalfWidth && f <= m - kSpreadHalfWidth - 1) {
            const int b = std::min(kBins - 1, int(f / m * kBins));
            binIntensity[b] += s.intensity;
            binMoment[b] += s.intensity * f;
            continue;
        }
        for (std::size_t p = 0; p < at.size(); ++p) {
            const double u = at[p] - f;
            out[p] += s.intensity * gamma / (kPi * (u * u + gamma * gamma));
        }
    }
    for (int b = 0; b < kBins; ++b) {
        if (binIntensity[b] == 0.0) continue;
        const double centre = binMoment[b] / binIntensity[b];
        for (std::size_t p = 0; p < at.size(); ++p)
            out[p] -= binIntensity[b] * wrappedLorentz(at[p] - centre, gamma, m);
    }
    return out;
}

void correctTails(const std::vector<Stick>& sticks, const PpmGrid& grid, const Kernel& kernel,
                  int r, std::size_t offset, std::size_t period, std::vector<double>& out) {
    if (kernel.gaussWeight >= 1.0) return; // Gaussian tails neither wrap nor reach from far away
    constexpr std::size_t kCoarse = 65;
    const double last = double(out.size() - 1);
    std::vector<double> at(kCoarse);
    for (std::size_t p = 0; p < kCoarse; ++p)
        at[p] = double(offset) + double(r) * last * double(p) / (kCoarse - 1);
    const std::vector<double> c =
        tailCorrection(sticks, grid, r, offset, period, kernel.hwhmPoints * r, at);
    const double weight = (1.0 - kernel.gaussWeight) * double(r);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const double x = double(i) / last * (kCoarse - 1);
        const std::size_t p = std::min(kCoarse - 2, std::size_t(x));
        out[i] += weight * (c[p] + (x - double(p)) * (c[p + 1] - c[p]));
    }
}

void renderGridded(const std::vector<Stick>& sticks, const PpmGrid& grid, const Kernel& kernel,
                   int r, std::vector<double>& out) {
    const std::size_t points = out.size();
    // Padding each side of a quarter grid, and at least 50 half widths: far enough that the tails
    // of sticks beyond it (and wrapped-around tails) are smooth over the grid and are corrected on
    // the coarse grid to ~1e-7 of a peak.
    const std::size_t pad = std::max(points / 4, std::size_t(std::ceil(50.0 * kernel.hwhmPoints)));
    const std::size_t offset = std::size_t(r) * pad;
    FftWorkspace& fft = FftWorkspace::forThread(fastFftLength(std::size_t(r) * (points + 2 * pad)));
    spread(sticks, grid, r, offset, fft);
    fft.forward();
    const std::vector<double>& filter = filterFor(fft.size(), kernel, r);
    std::complex<double>* bins = fft.spectrum();
    for (std::size_t m = 0; m < filter.size(); ++m)
        bins[m] *= filter[m];
    fft.backward();
    const double* fine = fft.real();
    for (std::size_t i = 0; i < points; ++i)
        out[i] = double(r) * fine[offset + std::size_t(r) * i];
    correctTails(sticks, grid, kernel, r, offset, fft.size(), out);
}

} // namespace

std::vector<double> renderSpectrum(const std::vector<Stick>& sticks, const PpmGrid& grid,
                                   double fieldMHz, const LineShapeOptions& options) {
    if (grid.points < 2 || !(grid.toPpm != grid.fromPpm) || !std::isfinite(grid.stepPpm()))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a grid of at least 2 points over a non-empty range", {"", 0, "grid"});
    if (!(fieldMHz > 0.0))
        throw Error(ErrorCode::InvalidArgument, "expected a positive field in MHz",
                    {"", 0, "fieldMHz"});
    const double stepPpm = std::abs(grid.stepPpm());
    const Kernel kernel = kernelFor(options, stepPpm * fieldMHz);
    std::vector<double> out(std::size_t(grid.points), 0.0);
    const int r = kernel.oversampling();
    if (r > kMaxOversampling)
        renderDirect(sticks, grid, kernel, out);
    else
        renderGridded(sticks, grid, kernel, r, out);
    // Kernel values are per grid point; per ppm makes each line's area its intensity.
    for (double& v : out)
        v /= stepPpm;
    return out;
}

} // namespace spinhance

#include "fit/linerenderer.h"

#include "common/error.h"
#include "spin/fftworkspace.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

constexpr double kTau = 0.41; // spreading Gaussian exp(−u²/4τ), as spin/lineshape.cpp
constexpr int kSpreadHalfWidth = 6;
constexpr double kMinHwhmFinePoints = 5.2; // keeps the Lorentzian's transform < 1e-7 at Nyquist
constexpr int kMaxOversampling = 16;
constexpr double kPi = 3.14159265358979323846;

} // namespace

LineRenderer::LineRenderer(const PpmGrid& grid, double fieldMHz)
    : m_grid(grid), m_fieldMHz(fieldMHz), m_filters(3), m_filterReady(3, false) {
    for (int l = -kSpreadHalfWidth; l <= kSpreadHalfWidth; ++l)
        m_tapWeight[std::size_t(l + kSpreadHalfWidth)] = std::exp(-double(l * l) / (4.0 * kTau));
    if (grid.points < 2 || !(grid.stepPpm() > 0.0))
        throw Error(ErrorCode::InvalidArgument, "expected an ascending grid of at least 2 points",
                    {"", 0, "grid"});
    setShape(1.0, 0.0);
}

void LineRenderer::setShape(double linewidthHz, double phaseRad) {
    if (!(linewidthHz > 0.0) || !std::isfinite(linewidthHz))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a positive linewidth, found " + std::to_string(linewidthHz),
                    {"", 0, "linewidthHz"});
    m_linewidthHz = linewidthHz;
    m_phaseRad = phaseRad;
    const double hwhmPoints = 0.5 * linewidthHz / (m_grid.stepPpm() * m_fieldMHz);
    m_oversampling =
        std::clamp(int(std::ceil(kMinHwhmFinePoints / hwhmPoints - 1e-9)), 1, kMaxOversampling);
    // Half a grid's width of padding each side keeps wrapped-around tails small.
    m_offset = std::size_t(m_oversampling) * std::size_t(m_grid.points) / 2;
    const std::size_t length =
        fastFftLength(2 * std::size_t(m_oversampling) * std::size_t(m_grid.points));
    if (length != m_fftLength) {
        m_fftLength = length;
        // The spreading Gaussian's transform depends on the length only, not on the shape: kept
        // across setShape calls (a fit changes the shape at every evaluation).
        m_inverseSpread.resize(m_fftLength / 2 + 1);
        for (std::size_t m = 0; m < m_inverseSpread.size(); ++m) {
            const double omega = 2.0 * kPi * double(m) / double(m_fftLength);
            m_inverseSpread[m] = 1.0 / (std::sqrt(4.0 * kPi * kTau) *
                                        std::exp(-kTau * omega * omega) * double(m_fftLength));
        }
    }
    std::fill(m_filterReady.begin(), m_filterReady.end(), false);
}

// Multiplier per bin: kernel transform / spreading transform / n. ω ≥ 0 in radians per fine
// point.
const std::vector<std::complex<double>>& LineRenderer::filter(LineKernel kernel) {
    const std::size_t k = std::size_t(kernel);
    if (m_filterReady[k]) return m_filters[k];
    const double r = m_oversampling;
    const double gammaFine = r * 0.5 * m_linewidthHz / (m_grid.stepPpm() * m_fieldMHz);
    const double dGammaFine = r * 0.5 / (m_grid.stepPpm() * m_fieldMHz); // per Hz of FWHM
    const double n = double(m_fftLength);
    const double cosPhase = std::cos(m_phaseRad), sinPhase = std::sin(m_phaseRad);
    // exp(-γω) at ω = 2πm/n is q^m: a running product, exact again every kExactEvery bins so
    // the rounding stays near 1e-14 (an exp per bin had been a tenth of an analysis' time).
    constexpr std::size_t kExactEvery = 256;
    const double q = std::exp(-gammaFine * 2.0 * kPi / n);
    double decay = 1.0;
    std::vector<std::complex<double>>& f = m_filters[k];
    f.resize(m_fftLength / 2 + 1);
    for (std::size_t m = 0; m < f.size(); ++m) {
        const double omega = 2.0 * kPi * double(m) / n;
        const double sign = m == 0 ? 0.0 : 1.0;
        decay = m % kExactEvery == 0 ? std::exp(-gammaFine * omega) : decay * q;
        // Absorption ↔ e^{−γ|ω|}; dispersion ↔ −i sgn(ω) e^{−γ|ω|}.
        std::complex<double> line{cosPhase, -sign * sinPhase};
        if (kernel == LineKernel::WidthDerivative) line *= -omega * dGammaFine;
        if (kernel == LineKernel::PhaseDerivative) line = {-sinPhase, -sign * cosPhase};
        f[m] = line * (decay * m_inverseSpread[m]);
    }
    m_filterReady[k] = true;
    return f;
}

void LineRenderer::setPositions(const std::vector<double>& frequencyHz) {
    static_assert(kTaps == 2 * kSpreadHalfWidth + 1, "spreading width");
    m_pointsPerHz = double(m_oversampling) / (m_grid.stepPpm() * m_fieldMHz);
    const double originHz = m_grid.fromPpm * m_fieldMHz;
    const double lowest = kSpreadHalfWidth, highest = double(m_fftLength) - kSpreadHalfWidth - 1;
    m_firstTap.assign(frequencyHz.size(), -1);
    m_gauss.resize(frequencyHz.size() * kTaps);
    m_gaussDerivative.resize(frequencyHz.size() * kTaps);
    for (std::size_t s = 0; s < frequencyHz.size(); ++s) {
        const double f = (frequencyHz[s] - originHz) * m_pointsPerHz + double(m_offset);
        if (!(f >= lowest && f <= highest)) continue; // beyond half a grid's width outside: dropped
        const long k0 = std::lround(f);
        const double d = f - double(k0);
        m_firstTap[s] = k0 - kSpreadHalfWidth;
        // exp(-(l-d)^2/4t) = exp(-d^2/4t) exp(l d/2t) exp(-l^2/4t), t = kTau: two exps per
        // stick instead of thirteen (as spin/lineshape.cpp); they had been a tenth of an
        // analysis' time.
        const double ratio = std::exp(d / (2.0 * kTau)), inverse = 1.0 / ratio;
        double up = std::exp(-d * d / (4.0 * kTau)), down = up;
        double* g = &m_gauss[s * kTaps + kSpreadHalfWidth];
        g[0] = up;
        for (int l = 1; l <= kSpreadHalfWidth; ++l) {
            up *= ratio;
            down *= inverse;
            g[l] = up * m_tapWeight[std::size_t(kSpreadHalfWidth + l)];
            g[-l] = down * m_tapWeight[std::size_t(kSpreadHalfWidth - l)];
        }
        // ∂/∂f of g(l − f) = (l − f)/(2τ) g, per Hz of the stick position.
        double* dg = &m_gaussDerivative[s * kTaps + kSpreadHalfWidth];
        for (int l = -kSpreadHalfWidth; l <= kSpreadHalfWidth; ++l)
            dg[l] = g[l] * (double(l) - d) / (2.0 * kTau) * m_pointsPerHz;
    }
}

FftWorkspace& LineRenderer::spread(const double* values, const double* positionWeights) {
    FftWorkspace& fft = FftWorkspace::forThread(m_fftLength);
    double* buffer = fft.real();
    std::fill(buffer, buffer + m_fftLength, 0.0);
    for (std::size_t s = 0; s < m_firstTap.size(); ++s) {
        if (m_firstTap[s] < 0) continue;
        double* target = buffer + m_firstTap[s];
        const double a = values ? values[s] : 0.0, b = positionWeights ? positionWeights[s] : 0.0;
        if (a == 0.0 && b == 0.0) continue; // a derivative column's sticks another group owns
        const double* g = &m_gauss[s * kTaps];
        const double* dg = &m_gaussDerivative[s * kTaps];
        if (b == 0.0)
            for (int l = 0; l < kTaps; ++l)
                target[l] += a * g[l];
        else
            for (int l = 0; l < kTaps; ++l)
                target[l] += a * g[l] + b * dg[l];
    }
    return fft;
}

void LineRenderer::render(const double* values, const double* positionWeights, LineKernel kernel,
                          double* out) {
    FftWorkspace& fft = spread(values, positionWeights);
    fft.forward();
    const std::vector<std::complex<double>>& f = filter(kernel);
    std::complex<double>* bins = fft.spectrum();
    // Written out: std::complex's operator* checks each product for NaN (C99 Annex G) in a
    // branch that had kept the loop from vectorising; the finite values are the same.
    for (std::size_t m = 0; m < f.size(); ++m) {
        const double re = bins[m].real(), im = bins[m].imag();
        bins[m] = {re * f[m].real() - im * f[m].imag(), re * f[m].imag() + im * f[m].real()};
    }
    fft.backward();
    const double* fine = fft.real();
    const double scale = double(m_oversampling) / m_grid.stepPpm();
    for (int i = 0; i < m_grid.points; ++i)
        out[i] = scale * fine[m_offset + std::size_t(m_oversampling) * std::size_t(i)];
}

} // namespace spinhance

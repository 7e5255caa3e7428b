#pragma once

#include "common/ppmgrid.h"

#include <array>
#include <complex>
#include <cstddef>
#include <vector>

namespace spinhance {

class FftWorkspace;

/// Which kernel a rendering applies to the sticks.
enum class LineKernel {
    Line,            ///< cos φ · absorption + sin φ · dispersion Lorentzian
    WidthDerivative, ///< ∂Line/∂(FWHM in Hz)
    PhaseDerivative, ///< ∂Line/∂φ (radians)
};

/// Renders Lorentzian lines with a global phase, and their derivatives, onto an ascending uniform
/// grid by Gaussian gridding (as spin/lineshape.cpp): spread, one FFT, multiply by the kernel's
/// transform over the spreading transform, one inverse FFT. Position derivatives come in the same
/// pass by spreading with the derivative of the Gaussian. Output follows renderSpectrum's
/// normalisation (line area in ppm = intensity), so at φ = 0 it matches that function.
class LineRenderer {
public:
    LineRenderer(const PpmGrid& grid, double fieldMHz);
    void setShape(double linewidthHz, double phaseRad);

    /// Stick positions (Hz from 0 ppm) for the following renders; precomputes the spreading
    /// weights, which depend on the shape: call it again after each setShape.
    void setPositions(const std::vector<double>& frequencyHz);

    /// Σ_k values[k]·K(x − x_k) + positionWeights[k]·∂K(x − x_k)/∂f_k, f in Hz, over the
    /// sticks of setPositions (either pointer may be null). `out` gets grid.points values.
    void render(const double* values, const double* positionWeights, LineKernel kernel,
                double* out);

    const PpmGrid& grid() const { return m_grid; }
    std::size_t fftLength() const { return m_fftLength; } ///< transform length of one render

private:
    FftWorkspace& spread(const double* values, const double* positionWeights);
    const std::vector<std::complex<double>>& filter(LineKernel kernel);
    PpmGrid m_grid;
    double m_fieldMHz;
    double m_linewidthHz = 1.0, m_phaseRad = 0.0;
    int m_oversampling = 1;
    std::size_t m_fftLength = 0, m_offset = 0;
    std::vector<std::vector<std::complex<double>>> m_filters; // per LineKernel, rebuilt by setShape
    std::vector<bool> m_filterReady;
    std::vector<double> m_inverseSpread;            // per bin: 1 / (spreading transform · n)
    static constexpr int kTaps = 13;                // 2 × 6 + 1 spreading points per stick
    std::array<double, kTaps> m_tapWeight{};        // exp(−l²/4τ), l = −6 … 6
    std::vector<long> m_firstTap;                   // per stick, −1 when outside the buffer
    std::vector<double> m_gauss, m_gaussDerivative; // per stick × kTaps
    double m_pointsPerHz = 1.0;
};

} // namespace spinhance

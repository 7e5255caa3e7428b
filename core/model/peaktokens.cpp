#include "model/peaktokens.h"

#include <cmath>

namespace spinhance::model {

namespace {

constexpr int kPeakWindowPoints = 9;
constexpr double kPeakFloor = 0.02; // of the tallest point; below it maxima are noise
// Log-widths are read relative to one grid point and scaled so that 1–1000 points map to 0–1.
constexpr double kLogWidthScale = 6.907755; // ln(1000)
constexpr double kValueFrequencyStd = 1.0;
constexpr double kCentrePpm = 6.0; // the middle of the 0–12 ppm model grid

// Gathers x at `index` clamped to the row, for the neighbours of each picked top.
torch::Tensor valueAt(const torch::Tensor& x, const torch::Tensor& index) {
    return x.gather(1, index.clamp(0, x.size(1) - 1));
}

} // namespace

torch::Tensor peakMask(const torch::Tensor& unitSpectra) {
    const auto& x = unitSpectra;
    auto localMax =
        torch::max_pool1d(x.unsqueeze(1), {kPeakWindowPoints}, {1}, {kPeakWindowPoints / 2})
            .squeeze(1);
    return (x >= localMax).logical_and(x > kPeakFloor);
}

PickedPeaks pickPeaks(const torch::Tensor& spectra, const PpmGrid& grid, int count) {
    torch::NoGradGuard noGrad;
    auto x = spectra / spectra.amax(1, true).clamp_min(1e-12);
    auto isPeak = peakMask(x);
    // The row's tallest point always counts, so that no row is all padding.
    isPeak = isPeak.logical_or(x == x.amax(1, true));
    const auto k = std::min<int64_t>(count, x.size(1));
    auto score = torch::where(isPeak, x, torch::full_like(x, -1.0));
    auto [top, index] = score.topk(k, 1);
    auto y0 = valueAt(x, index);
    auto below = valueAt(x, index - 1);
    auto above = valueAt(x, index + 1);
    auto curvature = below - 2.0 * y0 + above; // < 0 at a rounded top
    auto rounded = (curvature < -1e-9).logical_and(y0 > 0.0);
    auto safeCurvature = torch::where(rounded, curvature, torch::full_like(curvature, -1.0));
    auto offset = torch::where(rounded, (0.5 * (below - above) / safeCurvature).clamp(-0.5, 0.5),
                               torch::zeros_like(y0));
    // A Lorentzian h / (1 + (2u / w)²) has second derivative −8h / w² at its top.
    auto widthPoints = torch::where(rounded, (8.0 * y0.clamp_min(0.0) / (-safeCurvature)).sqrt(),
                                    torch::ones_like(y0))
                           .clamp(1.0, double(x.size(1)));
    PickedPeaks peaks;
    peaks.padding = top < 0.0;
    // Padding slots hold arbitrary points (noise below zero among them): they become zeros, as
    // attention gives them zero weight and 0 × NaN would still poison the sums.
    auto real = peaks.padding.logical_not().to(x.dtype());
    peaks.positionPpm = ((index.to(x.dtype()) + offset) * grid.stepPpm() + grid.fromPpm) * real;
    peaks.height = y0 * real;
    peaks.widthPpm = widthPoints * grid.stepPpm() * real + grid.stepPpm() * (1.0 - real);
    return peaks;
}

PeakTokeniserImpl::PeakTokeniserImpl(int modelDim, int fourierFeatures, double gridStepPpm)
    : m_gridStepPpm(gridStepPpm) {
    const int half = fourierFeatures / 2;
    auto periods = torch::logspace(std::log10(24.0), std::log10(0.01), half, 10.0);
    m_positionFrequencies = register_parameter("position_frequencies", 1.0 / periods);
    m_valueFrequencies =
        register_parameter("value_frequencies", torch::randn({2, half}) * kValueFrequencyStd);
    m_project = register_module("project", torch::nn::Linear(4 * half + 3, modelDim));
}

torch::Tensor PeakTokeniserImpl::forward(const PickedPeaks& peaks) {
    const double twoPi = 2.0 * M_PI;
    auto logWidth = (peaks.widthPpm / m_gridStepPpm).clamp_min(1.0).log() / kLogWidthScale;
    auto position = peaks.positionPpm.unsqueeze(-1) * m_positionFrequencies * twoPi;
    auto values = torch::stack({peaks.height, logWidth}, -1);     // [B, P, 2]
    auto valuePhase = values.matmul(m_valueFrequencies) * twoPi;  // [B, P, F/2]
    auto centred = (peaks.positionPpm - kCentrePpm) / kCentrePpm; // about −1..1
    auto features = torch::cat({position.sin(), position.cos(), valuePhase.sin(), valuePhase.cos(),
                                values, centred.unsqueeze(-1)},
                               -1);
    return m_project->forward(features).permute({1, 0, 2});
}

} // namespace spinhance::model

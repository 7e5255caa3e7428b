#include "model/peaktokens.h"

#include <cmath>

namespace spinhance::model {

namespace {

constexpr int kPeakWindowPoints = 9;
constexpr double kPeakFloor = 0.02; // of the tallest point; below it maxima are noise
// Log-widths are read relative to one grid point and scaled so that 1–1000 points map to 0–1.
constexpr double kLogWidthScale = 6.907755; // ln(1000)
constexpr double kValueFrequencyStd = 1.0;

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
    // Scaled to a maximum of 1, or to a largest magnitude of 1 where nothing is above zero.
    const auto tallest = spectra.amax(1, true);
    const auto scale =
        torch::where(tallest > 0.0, tallest, spectra.abs().amax(1, true)).clamp_min(1e-12);
    auto x = spectra / scale;
    auto isPeak = peakMask(x);
    // The row's tallest point always counts and always ranks (score 2), so no row is all padding.
    const auto isTallest = x == x.amax(1, true);
    isPeak = isPeak.logical_or(isTallest);
    const auto k = std::min<int64_t>(count, x.size(1));
    auto score = torch::where(isPeak, x, torch::full_like(x, -1.0));
    score = torch::where(isTallest, torch::full_like(x, 2.0), score);
    auto index = std::get<1>(score.topk(k, 1));
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
    peaks.padding = isPeak.gather(1, index).logical_not();
    // Padding slots hold arbitrary points (noise below zero among them): they become zeros, as
    // attention gives them zero weight and 0 × NaN would still poison the sums.
    auto real = peaks.padding.logical_not().to(x.dtype());
    peaks.positionPpm = ((index.to(x.dtype()) + offset) * grid.stepPpm() + grid.fromPpm) * real;
    peaks.height = y0 * real;
    peaks.widthPpm = widthPoints * grid.stepPpm() * real + grid.stepPpm() * (1.0 - real);
    return peaks;
}

PeakTokeniserImpl::PeakTokeniserImpl(int modelDim, int fourierFeatures, const PpmGrid& grid)
    : m_gridStepPpm(grid.stepPpm()), m_centrePpm(0.5 * (grid.fromPpm + grid.toPpm)),
      m_halfWidthPpm(0.5 * (grid.toPpm - grid.fromPpm)) {
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
    auto values = torch::stack({peaks.height, logWidth}, -1);          // [B, P, 2]
    auto valuePhase = values.matmul(m_valueFrequencies) * twoPi;       // [B, P, F/2]
    auto centred = (peaks.positionPpm - m_centrePpm) / m_halfWidthPpm; // −1..1 on the grid
    auto features = torch::cat({position.sin(), position.cos(), valuePhase.sin(), valuePhase.cos(),
                                values, centred.unsqueeze(-1)},
                               -1);
    return m_project->forward(features).permute({1, 0, 2});
}

} // namespace spinhance::model

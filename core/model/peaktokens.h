#pragma once
// Private to core/model (includes LibTorch): the peak-list encoder's input (reference 001).

#include "common/ppmgrid.h"

#include <torch/torch.h>

namespace spinhance::model {

/// The peaks picked from a batch of spectra on the model grid, tallest first, `count` per row.
/// Rows with fewer peaks are padded; `padding` is true there (what attention masks out).
struct PickedPeaks {
    torch::Tensor positionPpm; ///< [B, P], centre by parabolic interpolation of the top point
    torch::Tensor height;      ///< [B, P], share of the spectrum's tallest point (0..1]
    torch::Tensor widthPpm;    ///< [B, P], FWHM of a Lorentzian with the top's curvature
    torch::Tensor padding;     ///< [B, P] bool
};

/// True at the local maxima over 9 points that reach 2 % of the tallest; `unitSpectra` [B, N]
/// scaled to a maximum of 1. The rule of recipe 026's peak channel and of pickPeaks.
torch::Tensor peakMask(const torch::Tensor& unitSpectra);

/// Local maxima over 9 points above 2 % of the tallest point (the peak channel's rule), the
/// `count` tallest of them. A row never comes out all padding: its tallest point stays, so an
/// empty, flat or all-negative spectrum still gives attention one token to read.
PickedPeaks pickPeaks(const torch::Tensor& spectra, const PpmGrid& grid, int count);

/// Turns picked peaks into tokens: trainable Fourier features (Tancik et al. 2020) of the
/// position — frequencies started log-spaced over periods of 24 to 0.01 ppm, as the dense
/// encoder's fixed ppm features — and of the height and log-width, concatenated with the raw
/// values and projected to the model width by one linear layer.
class PeakTokeniserImpl : public torch::nn::Module {
public:
    PeakTokeniserImpl(int modelDim, int fourierFeatures, const PpmGrid& grid);
    /// [P, B, d], the layout of the Transformer encoder's input.
    torch::Tensor forward(const PickedPeaks& peaks);

private:
    torch::Tensor m_positionFrequencies; ///< [F/2] cycles per ppm
    torch::Tensor m_valueFrequencies;    ///< [2, F/2]
    torch::nn::Linear m_project{nullptr};
    double m_gridStepPpm;
    double m_centrePpm;    ///< the grid's middle, where the raw position feature is 0
    double m_halfWidthPpm; ///< half the grid, where it is ±1
};
TORCH_MODULE(PeakTokeniser);

} // namespace spinhance::model

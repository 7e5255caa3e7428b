#pragma once

#include "model/computedevice.h"
#include "model/recipe.h"
#include "spin/spinsystem.h"

#include <memory>
#include <string>
#include <vector>

namespace spinhance {

/// Identity and quality of a model file, readable without LibTorch types.
struct ModelInfo {
    std::string path;
    model::Recipe recipe = model::Recipe::R025;
    model::ModelSize size = model::ModelSize::Light;
    long long parameterCount = 0;
    double fieldMHz = 90.0;
    std::string metricsJson; ///< evaluation figures recorded at training time ("{}" when none)
    std::string trainingDataHash;
    bool fieldInput = false;   ///< the network takes the spectrum's field as an input
    double fieldMinMHz = 90.0; ///< the fields it was trained on
    double fieldMaxMHz = 90.0;
    model::InputKind input = model::InputKind::Spectrum; ///< what its encoder reads
    /// True when a spectrum at `spectrumMHz` lies within `tolerance` (a fraction) of the fields
    /// the model was trained on.
    bool coversField(double spectrumMHz, double tolerance) const {
        return spectrumMHz >= fieldMinMHz * (1.0 - tolerance) &&
               spectrumMHz <= fieldMaxMHz * (1.0 + tolerance);
    }
};

/// A predicted spin system plus confidences (0..1) per group and per pair.
struct Prediction {
    SpinSystem system;
    std::vector<double> groupConfidence; ///< existence probability of each returned group
    std::vector<double> pairConfidence;  ///< row-major n×n, coupled-or-not probability
};

/// One stage's representation of a batch of spectra: `rows` × `cols`, row-major.
struct LayerActivations {
    std::string name; ///< "stem", "encoder 1", …, "decoder 1", …, "nodes"
    long long rows = 0;
    long long cols = 0;
    std::vector<double> values;
    /// With tokens asked for, stages with a ppm axis before their mean over tokens:
    /// rows × tokens × cols, token k covering the k-th of `tokens` equal slices of the model
    /// grid (ascending ppm). 0 and empty otherwise (decoder stages have group slots instead).
    long long tokens = 0;
    std::vector<double> tokenValues;
    /// Peak-list models: rows × tokens, the ppm of each token's peak (NaN for padding); a group
    /// is read at the peak nearest its shift. Empty for dense models (equal slices).
    std::vector<double> tokenPositionsPpm;
};

/// Loads a model file and predicts spin systems from spectra on the model grid (PpmGrid::model(),
/// unit integral). Hides LibTorch behind a pimpl so UI code never compiles torch headers.
class Predictor {
public:
    /// Throws Error{Mismatch} for a file of another format/grid, Error{Io}/NotFound otherwise.
    /// `device` Auto falls back to the CPU; Cuda without CUDA throws Error{Unsupported}.
    static std::unique_ptr<Predictor> load(const std::string& modelPath,
                                           ComputeDevice device = preferredComputeDevice());
    virtual ~Predictor() = default;

    virtual const ModelInfo& info() const = 0;
    /// `modelGridSpectrum` has PpmGrid::model().points values. Thread-compatible (one call at a
    /// time).
    virtual Prediction predict(const std::vector<double>& modelGridSpectrum) = 0;
    /// The same for a spectrum measured at `fieldMHz`: a field-aware model (ModelInfo::fieldInput)
    /// reads its multiplets at that field; others ignore it, as `predict` does.
    virtual Prediction predictAtField(const std::vector<double>& modelGridSpectrum,
                                      double fieldMHz);
    /// Each stage's representation of these spectra (model grid, one per row), and with
    /// `withTokens` the per-token values of the stages that have them. Throws Error{Unsupported}
    /// for predictors that have no layers to show.
    virtual std::vector<LayerActivations>
    layerActivations(const std::vector<std::vector<double>>& modelGridSpectra,
                     bool withTokens = false);
};

} // namespace spinhance

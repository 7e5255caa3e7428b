#pragma once
// Private to core/model: the only header besides modelio.h that includes LibTorch.

#include "model/modelconfig.h"
#include "model/peaktokens.h"
#include "model/targets.h"

#include <map>
#include <string>
#include <torch/torch.h>
#include <utility>
#include <vector>

namespace spinhance::model {

/// Raw head outputs for a batch of B spectra (8 slots, V degeneracy classes).
struct NetOutput {
    torch::Tensor shift;            ///< [B,8] standardised shift
    torch::Tensor degeneracyLogits; ///< [B,8,V]
    torch::Tensor existLogit;       ///< [B,8]
    torch::Tensor coupling;         ///< [B,8,8] J / couplingScale, exactly symmetric
    torch::Tensor coupledLogit;     ///< [B,8,8] exactly symmetric
    torch::Tensor equivalentLogit;  ///< [B,8,8] exactly symmetric
};

/// CNN stem → ppm-encoded Transformer encoder → 8 group queries in a Transformer decoder →
/// node heads and a symmetric pair head. Input [B, grid points], one spectrum per row. A
/// peak-list network (ModelConfig::input) picks the spectrum's peaks instead of the stem and
/// encodes them as tokens (peaktokens.h); the encoder and decoder mask the padding.
class SpinGraphNetImpl : public torch::nn::Module {
public:
    explicit SpinGraphNetImpl(const ModelConfig& config);
    /// `fieldsMHz` [B]: each spectrum's field, read by field-aware networks (ModelConfig::
    /// fieldInput); undefined means 90 MHz. Field-blind networks ignore it.
    NetOutput forward(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz = {});
    /// Zeroes the gradient components that are zero in exact arithmetic: the biases of stem
    /// convolutions whose GroupNorm has one channel per group (it subtracts them again) and the
    /// key biases of every attention (a constant added to all keys shifts a softmax row
    /// uniformly). Adam divides each component by its own running scale, so rounding noise there
    /// would otherwise move those weights by full steps, differently on every machine.
    void zeroGradientFreeDirections();
    /// The representation after each stage, one row per spectrum (mean over tokens or group
    /// slots, so slot order does not matter): "stem" ("peak tokens"), "encoder 1" …,
    /// "decoder 1" …, "nodes".
    /// What model inspection (CKA, probes) compares.
    std::vector<std::pair<std::string, torch::Tensor>> stages(const torch::Tensor& spectra,
                                                              const torch::Tensor& fieldsMHz = {});
    /// As stages(), and the stages with a ppm axis ("stem", "encoder …") also unpooled into
    /// `tokenStages`: [B, tokens, d], token k covering the k-th of `tokens` equal slices of the
    /// model grid (what per-group probes read at each group's shift). A peak-list network's
    /// tokens are its picked peaks instead (tokenPositionsPpm).
    std::vector<std::pair<std::string, torch::Tensor>>
    stages(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz,
           std::vector<std::pair<std::string, torch::Tensor>>* tokenStages);
    /// Peak-list networks: [B, tokens] the ppm of each token's peak, NaN for padding. Dense
    /// networks: undefined (their tokens are equal ppm slices).
    torch::Tensor tokenPositionsPpm(const torch::Tensor& spectra) const;
    /// The stem's input channels for a batch (spectrum, peak map, cumulative integral as enabled).
    torch::Tensor inputChannels(const torch::Tensor& spectra) const;

private:
    struct Tokens {
        torch::Tensor z;       ///< [T, B, d]
        torch::Tensor padding; ///< [B, T] bool, true where attention must not look; or undefined
    };
    Tokens tokens(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz);
    Tokens encode(const torch::Tensor& spectra, const torch::Tensor& fieldsMHz);
    torch::Tensor conditionOnField(const torch::Tensor& z, const torch::Tensor& fieldsMHz,
                                   int64_t batch);
    NetOutput heads(const torch::Tensor& nodes);

    RecipeFlags m_flags;
    SizeSpec m_size;
    PpmGrid m_grid;
    torch::nn::Sequential m_stem{nullptr};
    torch::nn::Linear m_position{nullptr};
    torch::nn::TransformerEncoder m_encoder{nullptr};
    torch::nn::TransformerDecoder m_decoder{nullptr};
    torch::nn::LayerNorm m_nodeNorm{nullptr};
    torch::nn::Sequential m_nodeHead{nullptr};
    torch::nn::Sequential m_pairHead{nullptr};
    torch::nn::Sequential m_fieldFilm{nullptr}; ///< field-aware networks only
    PeakTokeniser m_peakTokens{nullptr};        ///< peak-list networks only (no stem then)
    torch::Tensor m_queries;
    torch::Tensor m_ppmFeatures;
};
TORCH_MODULE(SpinGraphNet);

long long parameterCount(torch::nn::Module& module);

/// Targets of a batch as tensors (shifts standardised, couplings scaled).
struct BatchTargets {
    torch::Tensor shift, degeneracy, exists, coupling, coupled, equivalent, pairMask;
};
BatchTargets makeBatchTargets(const std::vector<EncodedTarget>& targets, const Standardiser& s);
torch::Tensor makeBatchSpectra(const std::vector<const std::vector<float>*>& spectra);

struct LossParts {
    torch::Tensor total;
    std::map<std::string, double> parts;
};
/// What the losses average over: all group slots, existing groups, group pairs and equivalent
/// pairs of a batch. Data-parallel training sums them over the ranks first, so that each rank's
/// loss is its share of the global batch's loss and the summed gradients equal one process's.
struct LossDenominators {
    torch::Tensor slots, groups, pairs, equivalentPairs;
};
LossDenominators lossDenominators(const BatchTargets& t);

/// The recipe's losses, averaged over `t`'s own counts or over `global` when given.
LossParts computeLoss(const NetOutput& out, const BatchTargets& t, const RecipeFlags& flags,
                      const LossDenominators* global = nullptr);

} // namespace spinhance::model

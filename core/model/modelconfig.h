#pragma once

#include "common/ppmgrid.h"
#include "model/recipe.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spinhance::model {

/// Version of the .spinmodel file layout; files of another version are refused.
constexpr int kModelFormatVersion = 1;

/// The switches a recipe sets on the shared spin-graph backbone (see spin-graph.md).
struct RecipeFlags {
    bool peakChannel = false;     ///< 026: local-maxima channel computed inside the model
    bool softEquivalence = false; ///< 026: equivalence pair flag, shift tying, averaged outputs
    bool focalLoss = false;       ///< 027: focal loss on the classification heads
    bool integralChannel = false; ///< 028: cumulative-integral channel
    double shiftLossWeight = 2.0; ///< 025: shifts weighted 2x

    /// Number of input channels the stem reads: the spectrum plus the optional channels.
    int inputChannels() const { return 1 + int(peakChannel) + int(integralChannel); }
};

/// What `recipe` switches on.
RecipeFlags recipeFlags(Recipe recipe);

/// Width and depth of one size tier.
struct SizeSpec {
    int modelDim = 0;
    int heads = 0;
    int encoderLayers = 0;
    int decoderLayers = 0;
    int feedForwardDim = 0;
    int tokens = 0;                ///< sequence length after the CNN stem
    std::vector<int> stemChannels; ///< channels of the stem stages before the last (= modelDim)
};

/// tiny (tests), small (~0.2 M, CPU training), desk (~1.2 M, a 2-core desktop), light (~10 M),
/// med (~57 M), xl (~137 M).
SizeSpec sizeSpec(ModelSize size);

/// Shifts are standardised ((δ − mean) / std) and couplings scaled (J / scale) for the
/// regressions.
struct Standardiser {
    double shiftMeanPpm = 4.0;
    double shiftStdPpm = 2.5;
    double couplingScaleHz = 7.0;
};

/// Everything a model file records besides its weights.
struct ModelConfig {
    int formatVersion = kModelFormatVersion;
    Recipe recipe = Recipe::R030;
    ModelSize size = ModelSize::Light;
    PpmGrid grid = PpmGrid::model();
    double fieldMHz = kModelFieldMHz;
    /// The network takes each spectrum's field as an input (FiLM on the encoder tokens) and was
    /// trained on fields in [fieldMinMHz, fieldMaxMHz]; without, it knows fieldMHz only.
    bool fieldInput = false;
    /// The dense spectrum (every file before the peak-list encoder) or picked peaks.
    InputKind input = InputKind::Spectrum;
    double fieldMinMHz = kModelFieldMHz;
    double fieldMaxMHz = kModelFieldMHz;
    std::vector<int> vocabulary; ///< degeneracy classes, {1,2,3,4,6,9,12,18}
    Standardiser standardiser;
    std::string trainingDataHash;
    std::string metricsJson = "{}";
    long long parameterCount = 0;
    std::uint64_t seed = 1;
};

std::string toJson(const ModelConfig& config);
/// Throws Error{InvalidInput} naming the missing or malformed field; `source` names the file.
ModelConfig modelConfigFromJson(const std::string& json, const std::string& source);

/// Throws Error{Mismatch} when `found` cannot be used where `expected` is required
/// (format version, grid, vocabulary; and the recipe and input kind when `sameRecipe`, i.e.
/// when the same network must continue, as for a resume or a warm start).
void requireCompatible(const ModelConfig& expected, const ModelConfig& found,
                       const std::string& source, bool sameRecipe = true);

} // namespace spinhance::model

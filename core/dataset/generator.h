#pragma once

#include "common/ppmgrid.h"
#include "dataset/augmentation.h"
#include "dataset/sampler.h"
#include "spin/spinsystem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spinhance {

/// Where each spectrum's nominal field comes from. Off (minMHz ≤ 0): every spectrum at
/// GeneratorOptions::fieldMHz. On: log-uniform in [minMHz, maxMHz] (the benchtop range), except a
/// `highFieldShare` of spectra log-uniform in [highMinMHz, highMaxMHz]; drawn from its own random
/// stream, so the molecules of a seed do not change with the fields.
struct FieldDistribution {
    double minMHz = 0.0;
    double maxMHz = 0.0;
    double highFieldShare = 0.0;
    double highMinMHz = 300.0;
    double highMaxMHz = 600.0;
    bool enabled() const { return minMHz > 0.0; }
};

/// "40-130" or "40-130+0.2" (a share of 300–600 MHz spectra) → FieldDistribution; throws
/// Error{InvalidArgument} naming `option` otherwise.
FieldDistribution parseFieldDistribution(const std::string& text,
                                         const std::string& option = "--field-range");

/// What the training-data generator produces. Every field is part of the dataset's recorded
/// metadata, so two files made with equal options and seed are byte-identical.
struct GeneratorOptions {
    int minGroups = 1;           ///< fewest proton groups per molecule (1..8)
    int maxGroups = 8;           ///< most proton groups per molecule (1..8)
    SamplerProfile profile;      ///< how molecules are drawn (default: the original uniform)
    bool benchtopAugment = true; ///< false: clean Lorentzian spectrum at exactly fieldMHz
    double fieldMHz = 90.0;      ///< nominal spectrometer frequency (jittered when augmenting)
    FieldDistribution fields;    ///< when enabled, each spectrum's nominal field instead
    PpmGrid grid = PpmGrid::model();
    AugmentationOptions augmentation; ///< which benchtop effects apply and their ranges
    int augmentationsPerMolecule = 1; ///< spectra per sampled spin system (same split fold)
    double validationFraction = 0.1;  ///< share of molecules in the validation fold
    double testFraction = 0.1;        ///< share of molecules in the test fold
};

/// One training example: the model input and the clean target.
struct DatasetSample {
    std::vector<float> spectrum; ///< on GeneratorOptions::grid, sum × stepPpm = 1
    double fieldMHz = 90.0;      ///< the field the spectrum was simulated at (jitter included)
    SpinSystem target;           ///< the clean system, groups in canonical order (shift ↓, n ↓)
    std::string moleculeId;
};

/// A molecule-like spin system of minGroups..maxGroups groups assembled from the fragment
/// library (see fragments.h). Deterministic per seed; groups in canonical order; `fragments`
/// lists the fragment names used.
SpinSystem sampleSpinSystem(std::uint64_t seed, const GeneratorOptions& options);

/// sampleSpinSystem(seed) plus its rendered spectrum on options.grid, unit integral, with the
/// benchtop effects applied when options.benchtopAugment. Thread-safe.
DatasetSample generateSample(std::uint64_t seed, const GeneratorOptions& options);

/// The nominal field of sample `seed`: options.fieldMHz, or a draw from options.fields.
double nominalFieldMHz(std::uint64_t seed, const GeneratorOptions& options);
/// `options` with fieldMHz set to nominalFieldMHz(seed, options).
GeneratorOptions atNominalField(std::uint64_t seed, const GeneratorOptions& options);

/// Renders a given (clean) system the way generateSample does; `augmentSeed` drives the effects.
/// `extraLinewidthHz` (empty, or one value per group) adds exchange broadening to a group, e.g.
/// an OH. `draw`, when given, receives the random settings used.
std::vector<float> renderTrainingSpectrum(const SpinSystem& system, std::uint64_t augmentSeed,
                                          const GeneratorOptions& options,
                                          const std::vector<double>& extraLinewidthHz = {},
                                          AugmentationDraw* draw = nullptr);

/// Generator version recorded in every dataset; bump when the sampler or renderer changes output.
const char* generatorVersion();

} // namespace spinhance

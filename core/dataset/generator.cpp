#include "dataset/generator.h"

#include "common/error.h"
#include "dataset/benchtop.h"
#include "dataset/sampler.h"
#include "spin/lineshape.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace spinhance {

namespace {

// Independent random streams under one seed: the system and its spectrum effects.
constexpr std::uint64_t kSystemStream = 1;
constexpr std::uint64_t kAugmentStream = 2;
constexpr std::uint64_t kFieldStream = 3;

bool validFields(const FieldDistribution& f) {
    return f.minMHz > 1.0 && f.maxMHz >= f.minMHz && f.highFieldShare >= 0 &&
           f.highFieldShare <= 1 && f.highMinMHz > 1.0 && f.highMaxMHz >= f.highMinMHz;
}

void checkOptions(const GeneratorOptions& o) {
    if (o.grid.points < 2 || !(o.grid.toPpm > o.grid.fromPpm))
        throw Error(ErrorCode::InvalidArgument, "expected a grid of at least 2 points, low to high",
                    {"", 0, "grid"});
    if (!(o.fieldMHz > 1.0))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a field above 1 MHz, found " + std::to_string(o.fieldMHz),
                    {"", 0, "fieldMHz"});
    if (o.fields.enabled() && !validFields(o.fields))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a field range MIN-MAX above 1 MHz and a high-field share in 0..1",
                    {"", 0, "fields"});
}

// Uncoupled groups with exchange broadening are rendered apart with their own width.
SpinSystem splitBroadGroups(const SpinSystem& system, const std::vector<double>& extraLinewidthHz,
                            std::vector<BroadLine>& broad) {
    SpinSystem sharp = system;
    if (extraLinewidthHz.size() != system.size()) return sharp;
    for (std::size_t i = system.size(); i-- > 0;) {
        if (extraLinewidthHz[i] <= 0.0) continue;
        bool coupled = false;
        for (std::size_t j = 0; j < system.size(); ++j)
            coupled |= system.couplingHz(i, j) != 0.0;
        if (coupled) continue;
        broad.push_back(
            {system.group(i).shiftPpm, double(system.group(i).protonCount), extraLinewidthHz[i]});
        sharp.removeGroup(i);
    }
    return sharp;
}

void shiftSticks(std::vector<Stick>& sticks, std::vector<BroadLine>& broad, double offsetPpm,
                 double fieldMHz) {
    for (Stick& s : sticks) {
        s.shiftPpm += offsetPpm;
        s.frequencyHz = s.shiftPpm * fieldMHz;
    }
    for (BroadLine& line : broad)
        line.shiftPpm += offsetPpm;
}

std::vector<double> renderLines(const std::vector<Stick>& sticks,
                                const std::vector<BroadLine>& broad, const PpmGrid& grid,
                                const AugmentationDraw& d) {
    LineShapeOptions shape;
    shape.linewidthHz = d.linewidthHz;
    shape.shape = d.gaussianFraction > 0.0 ? LineShape::Voigt : LineShape::Lorentzian;
    shape.gaussianFraction = d.gaussianFraction;
    std::vector<double> spectrum = renderSpectrum(sticks, grid, d.fieldMHz, shape);
    // Exchange-broadened lines (≥ 1 Hz wider, i.e. ≥ 15 grid points) are sampled directly.
    for (const BroadLine& line : broad)
        addLorentzian(spectrum, grid, line.shiftPpm, line.protons,
                      (d.linewidthHz + line.extraLinewidthHz) / d.fieldMHz);
    return spectrum;
}

void applyInstrumentEffects(std::vector<double>& spectrum, Rng& rng, const AugmentationOptions& o,
                            const AugmentationDraw& d) {
    if (d.phase0Degrees != 0.0 || d.phase1Degrees != 0.0)
        applyPhaseError(spectrum, d.phase0Degrees, d.phase1Degrees);
    const double peakMax = *std::max_element(spectrum.begin(), spectrum.end());
    const double meanLevel =
        std::accumulate(spectrum.begin(), spectrum.end(), 0.0) / double(spectrum.size());
    const double baselineFraction = rng.uniform(0.0, o.maxBaselineFraction);
    if (o.baselineDrift)
        addBaselineDrift(spectrum, rng, baselineFraction * peakMax,
                         o.maxBaselineOffset * std::abs(meanLevel));
    if (d.snr > 0.0) addWhiteNoise(spectrum, rng, peakMax / d.snr);
}

} // namespace

const char* generatorVersion() {
    return "spinhance-generator 1";
}

SpinSystem sampleSpinSystem(std::uint64_t seed, const GeneratorOptions& options) {
    return sampleMolecule(deriveSeed(seed, kSystemStream, 0), options.minGroups, options.maxGroups,
                          options.profile)
        .system;
}

std::vector<float> renderTrainingSpectrum(const SpinSystem& system, std::uint64_t augmentSeed,
                                          const GeneratorOptions& options,
                                          const std::vector<double>& extraLinewidthHz,
                                          AugmentationDraw* drawOut) {
    checkOptions(options);
    Rng rng(augmentSeed);
    const AugmentationOptions& o = options.augmentation;
    AugmentationDraw d;
    d.fieldMHz = options.fieldMHz;
    d.linewidthHz = o.cleanLinewidthHz;
    if (options.benchtopAugment) d = drawAugmentation(rng, o, options.fieldMHz);
    std::vector<BroadLine> broad;
    const SpinSystem sharp = splitBroadGroups(system, extraLinewidthHz, broad);
    SimulationOptions simulation;
    simulation.fieldMHz = d.fieldMHz;
    std::vector<Stick> sticks =
        sharp.empty() ? std::vector<Stick>{} : simulateSticks(sharp, simulation);
    if (options.benchtopAugment) {
        addSolventLines(rng, o, d.fieldMHz, sticks, broad);
        if (o.carbonSatellites) addCarbonSatellites(sticks, d.fieldMHz);
        shiftSticks(sticks, broad, d.referenceOffsetPpm, d.fieldMHz);
    }
    std::vector<double> spectrum = renderLines(sticks, broad, options.grid, d);
    if (options.benchtopAugment) applyInstrumentEffects(spectrum, rng, o, d);
    normaliseUnitIntegral(spectrum, options.grid.stepPpm());
    if (drawOut) *drawOut = d;
    return {spectrum.begin(), spectrum.end()};
}

double nominalFieldMHz(std::uint64_t seed, const GeneratorOptions& options) {
    checkOptions(options);
    const FieldDistribution& f = options.fields;
    if (!f.enabled()) return options.fieldMHz;
    Rng rng(deriveSeed(seed, kFieldStream, 0));
    const bool high = rng.chance(f.highFieldShare);
    return high ? rng.logUniform(f.highMinMHz, f.highMaxMHz) : rng.logUniform(f.minMHz, f.maxMHz);
}

GeneratorOptions atNominalField(std::uint64_t seed, const GeneratorOptions& options) {
    GeneratorOptions at = options;
    at.fieldMHz = nominalFieldMHz(seed, options);
    return at;
}

FieldDistribution parseFieldDistribution(const std::string& text, const std::string& option) {
    FieldDistribution f;
    char tail = 0;
    const bool share = text.find('+') != std::string::npos;
    const int read = share ? std::sscanf(text.c_str(), "%lf-%lf+%lf%c", &f.minMHz, &f.maxMHz,
                                         &f.highFieldShare, &tail)
                           : std::sscanf(text.c_str(), "%lf-%lf%c", &f.minMHz, &f.maxMHz, &tail);
    if (read != (share ? 3 : 2) || !validFields(f))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a field range MIN-MAX in MHz, optionally +SHARE of 300–600 MHz "
                    "spectra (e.g. 40-130+0.2), found '" +
                        text + "'",
                    {"", 0, option});
    return f;
}

DatasetSample generateSample(std::uint64_t seed, const GeneratorOptions& options) {
    const SampledMolecule molecule = sampleMolecule(
        deriveSeed(seed, kSystemStream, 0), options.minGroups, options.maxGroups, options.profile);
    DatasetSample sample;
    AugmentationDraw draw;
    sample.spectrum =
        renderTrainingSpectrum(molecule.system, deriveSeed(seed, kAugmentStream, 0),
                               atNominalField(seed, options), molecule.extraLinewidthHz, &draw);
    sample.fieldMHz = draw.fieldMHz;
    sample.target = molecule.system;
    char id[32];
    std::snprintf(id, sizeof id, "syn-%016llx", static_cast<unsigned long long>(seed));
    sample.moleculeId = id;
    sample.target.id = sample.moleculeId;
    return sample;
}

} // namespace spinhance

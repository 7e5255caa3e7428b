#include "model/modelconfig.h"

#include "common/error.h"
#include "model/targets.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <type_traits>

namespace spinhance::model {

namespace {

using nlohmann::json;

Error badField(const std::string& source, const std::string& field, const std::string& what) {
    return Error(ErrorCode::InvalidInput, what, ErrorContext{source, 0, field});
}

// Whether `value` is a JSON integer that T can hold. The JSON library converts any number to an
// integer type, and converting 1e127 to long long is undefined behaviour (found by fuzzing).
template <typename T> bool fitsInteger(const json& value) {
    if (value.is_number_unsigned())
        return value.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max());
    if (!value.is_number_integer()) return false;
    const auto number = value.get<std::int64_t>();
    return number >= std::int64_t(std::numeric_limits<T>::min()) &&
           (number < 0 || std::uint64_t(number) <= std::uint64_t(std::numeric_limits<T>::max()));
}

template <typename T> T fieldOf(const json& j, const char* key, const std::string& source) {
    if (!j.contains(key)) throw badField(source, key, "expected this field in the model config");
    const json& value = j.at(key);
    bool integersFit = true;
    if constexpr (std::is_integral_v<T> && !std::is_same_v<T, bool>)
        integersFit = fitsInteger<T>(value);
    if constexpr (std::is_same_v<T, std::vector<int>>)
        integersFit =
            !value.is_array() || std::all_of(value.begin(), value.end(), fitsInteger<int>);
    if (!integersFit)
        throw badField(source, key,
                       "expected whole numbers within range, found " + value.dump().substr(0, 60));
    try {
        return value.get<T>();
    } catch (const json::exception& e) {
        throw badField(source, key, std::string("malformed value: ") + e.what());
    }
}

// An optional field: `fallback` when absent, checked like a required one when present.
template <typename T>
T optionalFieldOf(const json& j, const char* key, T fallback, const std::string& source) {
    return j.contains(key) ? fieldOf<T>(j, key, source) : fallback;
}

} // namespace

RecipeFlags recipeFlags(Recipe recipe) {
    RecipeFlags flags;
    const bool has026 = recipe == Recipe::R026 || recipe == Recipe::R029 || recipe == Recipe::R030;
    const bool has027 = recipe == Recipe::R027 || recipe == Recipe::R029 || recipe == Recipe::R030;
    const bool has028 = recipe == Recipe::R028 || recipe == Recipe::R030;
    flags.peakChannel = flags.softEquivalence = has026;
    flags.focalLoss = has027;
    flags.integralChannel = has028;
    return flags;
}

SizeSpec sizeSpec(ModelSize size) {
    // Widths and depths chosen so the parameter counts land near 10 M / 57 M / 137 M (modelbench).
    if (size == ModelSize::Tiny) return {64, 4, 1, 1, 128, 128, {8, 16}};
    // "small" is what a 2-core CPU can train on 64 k spectra within an hour; it keeps 256
    // tokens (~4 Hz per token at 90 MHz), twice the resolution of "tiny".
    if (size == ModelSize::Small) return {64, 4, 2, 2, 128, 256, {16, 32}};
    // "desk" is built for a 2-core desktop: over 1 M parameters (1.16 M) that infer in 5 ms
    // there. On this CPU a training step is matrix products over tokens, so desk halves small's
    // tokens (128, ~8.4 Hz each at 90 MHz) and widens the model instead (128 wide, 2 + 2 layers),
    // and drops dropout (network.cpp). modelbench (wall clock, 2 threads, OpenBLAS on the calling
    // thread): 110 spectra/s at batch 16, 64 at batch 64; 13 ms inference (model card).
    if (size == ModelSize::Desk) return {128, 4, 2, 2, 512, 128, {32, 64}};
    if (size == ModelSize::Light) return {256, 8, 6, 4, 1024, 512, {64, 128}};
    if (size == ModelSize::Med) return {512, 8, 8, 6, 2304, 512, {96, 192}};
    if (size == ModelSize::Xl) return {768, 12, 11, 6, 3072, 1024, {128, 256}};
    return {768, 12, 11, 6, 3072, 1024, {128, 256}}; // not reached: every size is listed
}

std::string toJson(const ModelConfig& c) {
    json j;
    j["format"] = "spinhance-model";
    j["format_version"] = c.formatVersion;
    j["recipe"] = recipeName(c.recipe);
    j["size"] = modelSizeName(c.size);
    j["grid"] = {{"from_ppm", c.grid.fromPpm}, {"to_ppm", c.grid.toPpm}, {"points", c.grid.points}};
    j["field_mhz"] = c.fieldMHz;
    if (c.fieldInput) { // absent from single-field files, which stay as they were
        j["field_input"] = true;
        j["field_range_mhz"] = {c.fieldMinMHz, c.fieldMaxMHz};
    }
    if (c.input != InputKind::Spectrum) j["input"] = inputKindName(c.input); // absent: spectrum
    j["vocabulary"] = c.vocabulary;
    j["standardiser"] = {{"shift_mean_ppm", c.standardiser.shiftMeanPpm},
                         {"shift_std_ppm", c.standardiser.shiftStdPpm},
                         {"coupling_scale_hz", c.standardiser.couplingScaleHz}};
    j["training_data_hash"] = c.trainingDataHash;
    j["metrics"] = json::parse(c.metricsJson.empty() ? "{}" : c.metricsJson);
    j["parameter_count"] = c.parameterCount;
    j["seed"] = c.seed;
    return j.dump();
}

ModelConfig modelConfigFromJson(const std::string& text, const std::string& source) {
    json j;
    try {
        j = json::parse(text);
    } catch (const json::exception& e) {
        throw badField(source, "config", std::string("expected a JSON model config: ") + e.what());
    }
    if (fieldOf<std::string>(j, "format", source) != "spinhance-model")
        throw Error(ErrorCode::Mismatch, "expected a spinhance-model file",
                    ErrorContext{source, 0, "format"});
    ModelConfig c;
    c.formatVersion = fieldOf<int>(j, "format_version", source);
    try {
        c.recipe = parseRecipe(fieldOf<std::string>(j, "recipe", source));
        c.size = parseModelSize(fieldOf<std::string>(j, "size", source));
        c.input = parseInputKind(optionalFieldOf<std::string>(j, "input", "spectrum", source));
    } catch (const Error& e) {
        if (e.code() != ErrorCode::InvalidArgument) throw;
        throw badField(source, e.context().field, e.reason());
    }
    const json grid = fieldOf<json>(j, "grid", source);
    c.grid = {fieldOf<double>(grid, "from_ppm", source), fieldOf<double>(grid, "to_ppm", source),
              fieldOf<int>(grid, "points", source)};
    c.fieldMHz = fieldOf<double>(j, "field_mhz", source);
    c.fieldInput = optionalFieldOf<bool>(j, "field_input", false, source);
    const auto range = optionalFieldOf<std::vector<double>>(
        j, "field_range_mhz", std::vector<double>{c.fieldMHz, c.fieldMHz}, source);
    if (range.size() != 2 || !(range[0] > 0) || !(range[1] >= range[0]))
        throw badField(source, "field_range_mhz", "expected [min, max] in MHz, min > 0");
    c.fieldMinMHz = range[0];
    c.fieldMaxMHz = range[1];
    c.vocabulary = fieldOf<std::vector<int>>(j, "vocabulary", source);
    const json s = fieldOf<json>(j, "standardiser", source);
    c.standardiser = {fieldOf<double>(s, "shift_mean_ppm", source),
                      fieldOf<double>(s, "shift_std_ppm", source),
                      fieldOf<double>(s, "coupling_scale_hz", source)};
    c.trainingDataHash = optionalFieldOf<std::string>(j, "training_data_hash", "", source);
    c.metricsJson = j.contains("metrics") ? j["metrics"].dump() : "{}";
    c.parameterCount = optionalFieldOf<long long>(j, "parameter_count", 0, source);
    c.seed = optionalFieldOf<std::uint64_t>(j, "seed", 1, source);
    return c;
}

void requireCompatible(const ModelConfig& expected, const ModelConfig& found,
                       const std::string& source, bool sameRecipe) {
    auto mismatch = [&](const std::string& field, const std::string& what) {
        return Error(ErrorCode::Mismatch, what, ErrorContext{source, 0, field});
    };
    if (found.formatVersion != expected.formatVersion)
        throw mismatch("format_version", "expected model format version " +
                                             std::to_string(expected.formatVersion) + ", found " +
                                             std::to_string(found.formatVersion));
    if (sameRecipe && found.recipe != expected.recipe)
        throw mismatch("recipe", "expected recipe " + recipeName(expected.recipe) +
                                     ", found recipe " + recipeName(found.recipe));
    if (found.grid != expected.grid)
        throw mismatch("grid", "expected a grid of " + std::to_string(expected.grid.points) +
                                   " points over " + std::to_string(expected.grid.fromPpm) + "–" +
                                   std::to_string(expected.grid.toPpm) + " ppm, found " +
                                   std::to_string(found.grid.points) + " points over " +
                                   std::to_string(found.grid.fromPpm) + "–" +
                                   std::to_string(found.grid.toPpm) + " ppm");
    if (sameRecipe && found.input != expected.input)
        throw mismatch("input", "expected a model that reads " + inputKindName(expected.input) +
                                    ", found one that reads " + inputKindName(found.input) +
                                    " (train with --input " + inputKindName(found.input) + ")");
    if (found.vocabulary != degeneracyVocabulary())
        throw mismatch("vocabulary", "expected the degeneracy vocabulary {1,2,3,4,6,9,12,18}");
}

} // namespace spinhance::model

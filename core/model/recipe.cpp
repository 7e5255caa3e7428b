#include "model/recipe.h"

#include "common/error.h"

#include <array>
#include <ostream>
#include <utility>

namespace spinhance::model {

namespace {

constexpr std::array<std::pair<Recipe, const char*>, 6> kRecipes{{{Recipe::R025, "025"},
                                                                  {Recipe::R026, "026"},
                                                                  {Recipe::R027, "027"},
                                                                  {Recipe::R028, "028"},
                                                                  {Recipe::R029, "029"},
                                                                  {Recipe::R030, "030"}}};

constexpr std::array<std::pair<ModelSize, const char*>, 6> kSizes{{{ModelSize::Tiny, "tiny"},
                                                                   {ModelSize::Small, "small"},
                                                                   {ModelSize::Desk, "desk"},
                                                                   {ModelSize::Light, "light"},
                                                                   {ModelSize::Med, "med"},
                                                                   {ModelSize::Xl, "xl"}}};

} // namespace

Recipe parseRecipe(const std::string& name, const std::string& option) {
    for (const auto& [recipe, text] : kRecipes)
        if (name == text) return recipe;
    throw Error(ErrorCode::InvalidArgument,
                "expected a recipe 025, 026, 027, 028, 029 or 030, found '" + name.substr(0, 40) +
                    "'",
                ErrorContext{{}, 0, option});
}

std::string recipeName(Recipe recipe) {
    for (const auto& [r, text] : kRecipes)
        if (r == recipe) return text;
    return "?";
}

std::vector<Recipe> allRecipes() {
    std::vector<Recipe> out;
    for (const auto& entry : kRecipes)
        out.push_back(entry.first);
    return out;
}

ModelSize parseModelSize(const std::string& name, const std::string& option) {
    for (const auto& [size, text] : kSizes)
        if (name == text) return size;
    throw Error(ErrorCode::InvalidArgument,
                "expected a model size tiny, small, desk, light, med or xl, found '" +
                    name.substr(0, 40) + "'",
                ErrorContext{{}, 0, option});
}

std::string modelSizeName(ModelSize size) {
    for (const auto& [s, text] : kSizes)
        if (s == size) return text;
    return "?";
}

InputKind parseInputKind(const std::string& name, const std::string& option) {
    if (name == "spectrum") return InputKind::Spectrum;
    if (name == "peaks") return InputKind::Peaks;
    throw Error(ErrorCode::InvalidArgument,
                "expected an input spectrum or peaks, found '" + name.substr(0, 40) + "'",
                ErrorContext{{}, 0, option});
}

std::string inputKindName(InputKind input) {
    return input == InputKind::Peaks ? "peaks" : "spectrum";
}

std::vector<ModelSize> allModelSizes() {
    std::vector<ModelSize> out;
    for (const auto& entry : kSizes)
        out.push_back(entry.first);
    return out;
}

std::ostream& operator<<(std::ostream& out, Recipe recipe) {
    return out << recipeName(recipe);
}

std::ostream& operator<<(std::ostream& out, ModelSize size) {
    return out << modelSizeName(size);
}

} // namespace spinhance::model

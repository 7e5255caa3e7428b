#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace spinhance::model {

/// The training recipes of the spin-graph model (spin-graph.md): 025 is the base; 026 adds the
/// peak channel and soft equivalence, 027 the focal loss, 028 the integral channel; 029 = 026 +
/// 027 and 030 = all of them.
enum class Recipe { R025, R026, R027, R028, R029, R030 };

/// Width and depth tiers: tiny (tests), small (~0.2 M), desk (~1.2 M, a 2-core desktop), light
/// (~10 M), med (~57 M), xl (~137 M).
enum class ModelSize { Tiny, Small, Desk, Light, Med, Xl };

/// What the encoder reads: the dense spectrum through a CNN stem (the recipes' input), or a
/// list of picked peaks, each a token of Fourier features of its position, height and width
/// (reference 001's peak-list encoder). Both feed the same spin-graph decoder.
enum class InputKind { Spectrum, Peaks };

/// "025" … "030"; throws Error{InvalidArgument} naming `option` for anything else.
Recipe parseRecipe(const std::string& name, const std::string& option = "recipe");
/// "025" … "030", as model files, the CLI and the GUI write it.
std::string recipeName(Recipe recipe);
/// Every recipe, in order.
std::vector<Recipe> allRecipes();

/// "tiny", "small", "desk", "light", "med" or "xl"; throws Error{InvalidArgument} naming
/// `option` for anything else.
ModelSize parseModelSize(const std::string& name, const std::string& option = "size");
std::string modelSizeName(ModelSize size);
/// Every size, smallest first.
std::vector<ModelSize> allModelSizes();

/// "spectrum" or "peaks"; throws Error{InvalidArgument} naming `option` for anything else.
InputKind parseInputKind(const std::string& name, const std::string& option = "input");
std::string inputKindName(InputKind input);

/// Prints the name ("025", "light").
std::ostream& operator<<(std::ostream& out, Recipe recipe);
std::ostream& operator<<(std::ostream& out, ModelSize size);

} // namespace spinhance::model

#pragma once

#include <filesystem>
#include <optional>

namespace spinhance::io {

/// Where a Bruker experiment lives: the folder holding acqus, and the pdata/N folder to read the
/// processed spectrum from (empty when there is none).
struct BrukerLocation {
    std::filesystem::path experiment;
    std::filesystem::path pdata;
};

/// Finds the experiment for a folder, a parent folder (the 1H 1D experiment with the lowest
/// number) or a file inside an experiment. Throws Error{NotFound} naming the folder and "acqus"
/// when the folder looks like Bruker data without acquisition parameters.
BrukerLocation locateBrukerExperiment(const std::filesystem::path& path);

/// 1.0 folder with acqus; 0.9 an experiment below or a file inside one; 0.6 Bruker-looking folder
/// without acqus; 0 otherwise.
double brukerFolderConfidence(const std::filesystem::path& path);

} // namespace spinhance::io

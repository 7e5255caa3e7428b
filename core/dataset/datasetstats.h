#pragma once

#include "dataset/datasetreader.h"

#include <array>
#include <map>
#include <string>

namespace spinhance {

/// Distributions over a dataset's targets, to compare with real molecules.
struct DatasetStatistics {
    std::size_t count = 0;
    std::array<std::size_t, 3> splitCounts{};      ///< train, validation, test
    std::array<std::size_t, 9> groupCounts{};      ///< index = number of groups (0..8)
    std::map<int, std::size_t> degeneracies;       ///< protons per group → groups
    std::map<int, std::size_t> couplingsPerSystem; ///< non-zero pairs → systems
    std::array<std::size_t, 12> shiftPerPpm{}; ///< groups with shift in [k, k+1) ppm (12 → 11)
    std::array<std::size_t, 7> couplingMagnitudes{}; ///< |J| bins, see kCouplingBinEdgesHz
    std::map<std::string, std::size_t> fragments;    ///< fragment kind (name before ':') → uses
};

/// Upper edges of the |J| bins: <1, <3, <6, <9, <12, <18, ≥18 Hz.
constexpr double kCouplingBinEdgesHz[6] = {1.0, 3.0, 6.0, 9.0, 12.0, 18.0};

/// Reads the targets only (no spectra).
DatasetStatistics computeStatistics(const DatasetReader& reader);

/// Text report with the file's metadata, one histogram per block.
std::string formatStatistics(const DatasetReader& reader, const DatasetStatistics& statistics);

} // namespace spinhance

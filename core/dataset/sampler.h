#pragma once

#include "dataset/moleculebuilder.h"

#include <cstdint>

namespace spinhance {

/// A molecule of exactly N groups, N drawn uniformly in [minGroups, maxGroups], assembled from
/// fragmentLibrary() entries that fit the remaining group budget. Deterministic per seed.
/// Throws Error{InvalidArgument} unless 1 ≤ minGroups ≤ maxGroups ≤ 8.
SampledMolecule sampleMolecule(std::uint64_t seed, int minGroups, int maxGroups);

} // namespace spinhance

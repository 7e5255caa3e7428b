#pragma once

#include "dataset/moleculebuilder.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace spinhance {

/// A molecule of exactly N groups, N drawn uniformly in [minGroups, maxGroups], assembled from
/// fragmentLibrary() entries that fit the remaining group budget. Deterministic per seed.
/// Throws Error{InvalidArgument} unless 1 ≤ minGroups ≤ maxGroups ≤ 8.
SampledMolecule sampleMolecule(std::uint64_t seed, int minGroups, int maxGroups);

/// How molecules are drawn. The default ("uniform") is the sampler every existing dataset was
/// made with; other profiles change the draws and so the data.
struct SamplerProfile {
    std::string name = "uniform";
    std::vector<double> groupCountWeights; ///< N = 1..8; empty: uniform over [min, max]
    double singletWeightScale = 1.0;       ///< isolated singlet fragments (methyl, tBu, CH2, ...)
    double aromaticWeightScale = 1.0;      ///< benzene and heteroaromatic rings
    /// Fragments (by library name) drawn with this weight instead of the library's, before the
    /// scales: how a profile swaps a fragment for another form of it or adds a profile-only one.
    std::vector<std::pair<std::string, double>> fragmentWeights;
};

/// "uniform" (the default), "molecule-like" (group counts and fragment mix reweighted towards real
/// metabolites) or "metabolite-like" (molecule-like, with magnetically inequivalent protons as the
/// separate groups they are, diastereotopic CH2 more often, and sugars; docs/dataset.md,
/// `dataset compare`). Error{InvalidArgument} otherwise.
SamplerProfile samplerProfile(const std::string& name);

/// sampleMolecule with a profile; the default profile gives exactly the three-argument result.
SampledMolecule sampleMolecule(std::uint64_t seed, int minGroups, int maxGroups,
                               const SamplerProfile& profile);

} // namespace spinhance

#pragma once

#include "dataset/rng.h"
#include "spin/spinsystem.h"

#include <cstddef>
#include <string>
#include <vector>

namespace spinhance {

/// A sampled molecule: the clean spin system plus what the renderer needs to know about it.
struct SampledMolecule {
    SpinSystem system;                    ///< canonical order (shift ↓, then degeneracy ↓)
    std::vector<double> extraLinewidthHz; ///< per group: exchange broadening (0 for most)
};

/// Assembles a spin system fragment by fragment. Fragments add groups and couplings inside
/// themselves; the builder adds the couplings *between* fragments (benzylic ⁴J) when finishing.
class MoleculeBuilder {
public:
    explicit MoleculeBuilder(Rng& rng) : m_rng(rng) {}

    Rng& rng() { return m_rng; }
    std::size_t groupCount() const { return m_system.size(); }

    /// Adds a group at a shift (clamped to 0–12 ppm) and returns its index.
    std::size_t addGroup(double shiftPpm, int protonCount);
    /// Adds a group with a shift drawn uniformly in [lowPpm, highPpm].
    std::size_t addGroupIn(double lowPpm, double highPpm, int protonCount);
    /// Sets J between two groups to a value drawn uniformly in [lowHz, highHz]; returns it.
    double couple(std::size_t a, std::size_t b, double lowHz, double highHz);
    void coupleHz(std::size_t a, std::size_t b, double couplingHz);
    /// An exchangeable proton (OH/NH): uncoupled and broadened by `extraLinewidthHz`.
    void markExchangeable(std::size_t group, double extraLinewidthHz);
    void noteFragment(const std::string& name);

    /// Ring proton ortho to an alkyl substituent: may receive a benzylic ⁴J.
    void offerRingSite(std::size_t group) { m_ringSites.push_back(group); }
    /// CH3/CH2 on an aromatic ring: may couple (⁴J, −0.3 to −0.9 Hz) to an offered ring site.
    void offerBenzylic(std::size_t group) { m_benzylic.push_back(group); }

    /// Adds the benzylic couplings and returns the system in canonical order.
    SampledMolecule finish();

private:
    void addBenzylicCouplings();

    Rng& m_rng;
    SpinSystem m_system;
    std::vector<double> m_extraLinewidthHz;
    std::vector<std::size_t> m_ringSites;
    std::vector<std::size_t> m_benzylic;
};

/// `system` with its groups sorted by shift ↓, then degeneracy ↓ (stable), couplings permuted
/// alike, labels re-lettered A, B, ... when `relabel`. `perGroup` values are permuted alongside.
SpinSystem canonicalOrder(const SpinSystem& system, bool relabel,
                          std::vector<double>* perGroup = nullptr);

} // namespace spinhance

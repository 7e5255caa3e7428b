#include "dataset/moleculebuilder.h"

#include <algorithm>
#include <numeric>

namespace spinhance {

std::size_t MoleculeBuilder::addGroup(double shiftPpm, int protonCount) {
    m_extraLinewidthHz.push_back(0.0);
    return m_system.addGroup(std::clamp(shiftPpm, 0.0, 12.0), protonCount);
}

std::size_t MoleculeBuilder::addGroupIn(double lowPpm, double highPpm, int protonCount) {
    return addGroup(m_rng.uniform(lowPpm, highPpm), protonCount);
}

double MoleculeBuilder::couple(std::size_t a, std::size_t b, double lowHz, double highHz) {
    const double couplingHz = m_rng.uniform(lowHz, highHz);
    coupleHz(a, b, couplingHz);
    return couplingHz;
}

void MoleculeBuilder::coupleHz(std::size_t a, std::size_t b, double couplingHz) {
    m_system.setCouplingHz(a, b, couplingHz);
}

void MoleculeBuilder::markExchangeable(std::size_t group, double extraLinewidthHz) {
    m_extraLinewidthHz.at(group) = extraLinewidthHz;
}

void MoleculeBuilder::noteFragment(const std::string& name) {
    m_system.fragments.push_back(name);
}

void MoleculeBuilder::addBenzylicCouplings() {
    // Each aryl-bound CH3/CH2 sits next to at most one offered ring position; about half of the
    // pairs are drawn as bonded neighbours (a small ⁴J shows as line broadening at 90 MHz).
    std::size_t site = 0;
    for (std::size_t group : m_benzylic) {
        if (site >= m_ringSites.size()) break;
        if (m_rng.chance(0.5)) couple(group, m_ringSites[site++], -0.9, -0.3);
    }
}

SampledMolecule MoleculeBuilder::finish() {
    addBenzylicCouplings();
    SampledMolecule molecule;
    std::vector<double> extra = m_extraLinewidthHz;
    molecule.system = canonicalOrder(m_system, true, &extra);
    molecule.extraLinewidthHz = std::move(extra);
    return molecule;
}

SpinSystem canonicalOrder(const SpinSystem& system, bool relabel, std::vector<double>* perGroup) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SpinGroup& ga = system.group(a);
        const SpinGroup& gb = system.group(b);
        if (ga.shiftPpm != gb.shiftPpm) return ga.shiftPpm > gb.shiftPpm;
        return ga.protonCount > gb.protonCount;
    });
    SpinSystem sorted;
    sorted.id = system.id;
    sorted.smiles = system.smiles;
    sorted.fragments = system.fragments;
    for (std::size_t from : order) {
        const SpinGroup& g = system.group(from);
        sorted.addGroup(g.shiftPpm, g.protonCount, relabel ? std::string() : g.label);
    }
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j)
            if (system.couplingHz(order[i], order[j]) != 0.0)
                sorted.setCouplingHz(i, j, system.couplingHz(order[i], order[j]));
    if (perGroup && perGroup->size() == order.size()) {
        std::vector<double> permuted;
        for (std::size_t from : order)
            permuted.push_back((*perGroup)[from]);
        *perGroup = std::move(permuted);
    }
    return sorted;
}

} // namespace spinhance

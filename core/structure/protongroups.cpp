#include "structure/protongroups.h"

#include "structure/substituentkind.h"

#include <GraphMol/MolOps.h>
#include <GraphMol/ROMol.h>
#include <GraphMol/new_canon.h>
#include <cmath>
#include <map>
#include <tuple>

namespace spinhance::structure {

namespace {

using RDKit::Atom;

std::vector<unsigned int> symmetryRanks(const RDKit::ROMol& mol) {
    std::vector<unsigned int> ranks;
    RDKit::Canon::rankMolAtoms(mol, ranks, /*breakTies=*/false);
    return ranks;
}

std::vector<bool> stereocentres(const RDKit::ROMol& mol) {
    RDKit::ROMol copy(mol);
    RDKit::MolOps::assignStereochemistry(copy, true, true, true);
    std::vector<bool> centres(copy.getNumAtoms(), false);
    for (const Atom* atom : copy.atoms())
        centres[atom->getIdx()] = atom->hasProp("_ChiralityPossible") ||
                                  atom->getChiralTag() == Atom::CHI_TETRAHEDRAL_CW ||
                                  atom->getChiralTag() == Atom::CHI_TETRAHEDRAL_CCW;
    return centres;
}

// A CH2 whose two other substituents differ is prochiral; with a stereocentre nearby its two
// protons see different surroundings whatever the conformation (diastereotopic).
bool isDiastereotopicCh2(const RDKit::ROMol& mol, const Atom& carbon,
                         const std::vector<unsigned int>& ranks, const std::vector<bool>& centres) {
    if (!isSp3Carbon(carbon) || carbon.getTotalNumHs(true) != 2) return false;
    std::vector<unsigned int> heavyRanks;
    for (const Atom* n : mol.atomNeighbors(&carbon))
        if (n->getAtomicNum() > 1) heavyRanks.push_back(ranks[n->getIdx()]);
    if (heavyRanks.size() != 2 || heavyRanks[0] == heavyRanks[1]) return false;
    const double* distances = RDKit::MolOps::getDistanceMat(mol);
    const unsigned int n = mol.getNumAtoms();
    for (unsigned int i = 0; i < n; ++i)
        if (centres[i] && i != carbon.getIdx() && distances[carbon.getIdx() * n + i] <= 3.0)
            return true;
    return false;
}

std::vector<int> diastereotopicIndex(const RDKit::ROMol& mol, const ProtonTable& table,
                                     const std::vector<unsigned int>& ranks) {
    const std::vector<bool> centres = stereocentres(mol);
    std::map<int, int> seenOnCarbon;
    std::vector<int> index(table.hydrogens.size(), 0);
    for (std::size_t p = 0; p < table.hydrogens.size(); ++p) {
        const Atom& h = *mol.getAtomWithIdx(table.hydrogens[p]);
        const Atom& carbon = **mol.atomNeighbors(&h).begin();
        if (isDiastereotopicCh2(mol, carbon, ranks, centres))
            index[p] = 1 + seenOnCarbon[int(carbon.getIdx())]++;
    }
    return index;
}

// Splits `group` (positions into the proton table) by each member's couplings to every proton
// outside it; returns the parts (one part when the group is magnetically equivalent).
std::vector<std::vector<int>> splitByCouplings(const std::vector<int>& group,
                                               const ProtonTable& table) {
    const std::size_t n = table.hydrogens.size();
    std::vector<bool> inside(n, false);
    for (int p : group)
        inside[p] = true;
    std::map<std::vector<long>, std::vector<int>> parts;
    for (int p : group) {
        std::vector<long> signature;
        for (std::size_t q = 0; q < n; ++q)
            if (!inside[q]) signature.push_back(std::lround(table.couplingHz[p * n + q] * 100.0));
        parts[signature].push_back(p);
    }
    std::vector<std::vector<int>> result;
    for (auto& [signature, members] : parts)
        result.push_back(std::move(members));
    return result;
}

void refineMagnetically(std::vector<std::vector<int>>& groups, std::vector<int>& classes,
                        const ProtonTable& table) {
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t g = 0; g < groups.size() && !changed; ++g) {
            auto parts = splitByCouplings(groups[g], table);
            if (parts.size() < 2) continue;
            groups[g] = parts[0];
            for (std::size_t k = 1; k < parts.size(); ++k) {
                groups.push_back(parts[k]);
                classes.push_back(classes[g]);
            }
            changed = true;
        }
    }
}

} // namespace

std::vector<ProtonGroup> groupProtons(const RDKit::ROMol& mol, const ProtonTable& table) {
    const std::vector<unsigned int> ranks = symmetryRanks(mol);
    const std::vector<int> subIndex = diastereotopicIndex(mol, table, ranks);
    std::map<std::tuple<unsigned int, int, long>, std::size_t> keyToGroup;
    std::map<unsigned int, int> rankToClass;
    std::vector<std::vector<int>> groups;
    std::vector<int> classes;
    for (std::size_t p = 0; p < table.hydrogens.size(); ++p) {
        const unsigned int rank = ranks[table.hydrogens[p]];
        const auto key = std::make_tuple(rank, subIndex[p], std::lround(table.shiftPpm[p] * 1e3));
        const auto [it, isNew] = keyToGroup.emplace(key, groups.size());
        if (isNew) {
            groups.emplace_back();
            classes.push_back(rankToClass.emplace(rank, int(rankToClass.size())).first->second);
        }
        groups[it->second].push_back(int(p));
    }
    refineMagnetically(groups, classes, table);
    std::vector<ProtonGroup> result;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        ProtonGroup group{{}, classes[g], subIndex[groups[g].front()] > 0};
        for (int p : groups[g])
            group.hydrogens.push_back(table.hydrogens[p]);
        result.push_back(std::move(group));
    }
    return result;
}

} // namespace spinhance::structure

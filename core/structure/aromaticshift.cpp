#include "structure/aromaticshift.h"

#include "structure/shiftincrements.h"
#include "structure/substituentkind.h"

#include <GraphMol/ROMol.h>
#include <GraphMol/RingInfo.h>
#include <algorithm>
#include <optional>
#include <vector>

namespace spinhance::structure {

namespace {

using RDKit::Atom;

bool isAromaticRing(const RDKit::ROMol& mol, const std::vector<int>& ring) {
    return std::all_of(ring.begin(), ring.end(),
                       [&](int i) { return mol.getAtomWithIdx(i)->getIsAromatic(); });
}

bool ringHolds(const std::vector<int>& ring, const Atom& atom) {
    return std::find(ring.begin(), ring.end(), int(atom.getIdx())) != ring.end();
}

// The smallest aromatic ring holding `atom`, in ring order.
std::vector<int> aromaticRing(const Atom& atom) {
    const auto& mol = atom.getOwningMol();
    std::vector<int> best;
    for (const auto& ring : mol.getRingInfo()->atomRings())
        if (ringHolds(ring, atom) && isAromaticRing(mol, ring) &&
            (best.empty() || ring.size() < best.size()))
            best = ring;
    return best;
}

int ringDistance(const std::vector<int>& ring, int a, int b) {
    const int n = int(ring.size());
    const int ia = int(std::find(ring.begin(), ring.end(), a) - ring.begin());
    const int ib = int(std::find(ring.begin(), ring.end(), b) - ring.begin());
    const int d = std::abs(ia - ib);
    return std::min(d, n - d);
}

AromaticSite heteroSite(int element, int distance, int ringSize) {
    if (ringSize == 6)
        return distance == 1   ? AromaticSite::PyridineAlpha
               : distance == 2 ? AromaticSite::PyridineBeta
                               : AromaticSite::PyridineGamma;
    const bool alpha = distance == 1;
    if (element == 8) return alpha ? AromaticSite::FuranAlpha : AromaticSite::FuranBeta;
    if (element == 16) return alpha ? AromaticSite::ThiopheneAlpha : AromaticSite::ThiopheneBeta;
    return alpha ? AromaticSite::PyrroleAlpha : AromaticSite::PyrroleBeta;
}

// An atom shared by two aromatic rings (naphthalene's C4a); a benzene ring fused to an aliphatic
// ring (tetralin) is a benzene with two alkyl substituents.
bool isFusionAtom(const Atom& atom) {
    const auto& mol = atom.getOwningMol();
    const auto& rings = mol.getRingInfo()->atomRings();
    return std::count_if(rings.begin(), rings.end(), [&](const std::vector<int>& ring) {
               return ringHolds(ring, atom) && isAromaticRing(mol, ring);
           }) > 1;
}

// An N-substituted 2-pyridone ring: the ring atoms of its N1 and its C2(=O), or nullopt.
struct PyridoneRing {
    int nitrogen;
    int carbonyl;
};
std::optional<PyridoneRing> pyridoneRing(const RDKit::ROMol& mol, const std::vector<int>& ring) {
    if (ring.size() != 6) return std::nullopt;
    int carbonyl = -1, nitrogen = -1, heteroatoms = 0;
    for (int i : ring) {
        const Atom& a = *mol.getAtomWithIdx(i);
        if (a.getAtomicNum() == 6 && isCarbonyl(a)) carbonyl = i;
        if (a.getAtomicNum() != 6) ++heteroatoms, nitrogen = a.getAtomicNum() == 7 ? i : nitrogen;
    }
    if (carbonyl < 0 || nitrogen < 0 || heteroatoms != 1) return std::nullopt;
    if (ringDistance(ring, carbonyl, nitrogen) != 1) return std::nullopt;
    return PyridoneRing{nitrogen, carbonyl};
}

AromaticSite pyridoneSite(const PyridoneRing& pyridone, const std::vector<int>& ring, int carbon) {
    const int fromCarbonyl = ringDistance(ring, pyridone.carbonyl, carbon);
    if (fromCarbonyl == 1) return AromaticSite::PyridoneH3;
    if (fromCarbonyl == 3) return AromaticSite::PyridoneH5;
    return ringDistance(ring, pyridone.nitrogen, carbon) == 1 ? AromaticSite::PyridoneH6
                                                              : AromaticSite::PyridoneH4;
}

AromaticSite aromaticSite(const Atom& carbon, const std::vector<int>& ring) {
    const auto& mol = carbon.getOwningMol();
    if (const auto pyridone = pyridoneRing(mol, ring))
        return pyridoneSite(*pyridone, ring, int(carbon.getIdx()));
    int nearest = 99, element = 0;
    bool fused = false, nextToFusion = false;
    for (int i : ring) {
        const Atom& a = *mol.getAtomWithIdx(i);
        const int d = ringDistance(ring, i, int(carbon.getIdx()));
        if (a.getAtomicNum() != 6 && d < nearest) nearest = d, element = a.getAtomicNum();
        if (isFusionAtom(a)) fused = true, nextToFusion = nextToFusion || d == 1;
    }
    if (element != 0) return heteroSite(element, nearest, int(ring.size()));
    if (fused) return nextToFusion ? AromaticSite::NaphthaleneAlpha : AromaticSite::NaphthaleneBeta;
    return AromaticSite::Benzene;
}

// The peri partner of a carbon next to a ring fusion: the aromatic carbon across the fusion
// atom, in the other ring (naphthalene's C8 for C1), or nullptr.
const Atom* periAtom(const Atom& carbon, const std::vector<int>& ring) {
    const auto& mol = carbon.getOwningMol();
    for (const Atom* fusion : mol.atomNeighbors(&carbon)) {
        if (!ringHolds(ring, *fusion) || !isFusionAtom(*fusion)) continue;
        for (const Atom* n : mol.atomNeighbors(fusion))
            if (n != &carbon && n->getIsAromatic() && !ringHolds(ring, *n) && !isFusionAtom(*n))
                return n;
    }
    return nullptr;
}

double periIncrementPpm(const Atom& carbon, const std::vector<int>& ring) {
    const Atom* peri = periAtom(carbon, ring);
    if (!peri) return 0.0;
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(peri))
        if (n->getAtomicNum() == 6 && !n->getIsAromatic() && isCarbonyl(*n))
            return periincrement::kCarbonylPpm;
    return 0.0;
}

// Substituents a ring's base value already holds: the bonds of a fused aromatic ring, and a
// 2-pyridone's C=O and N-substituent.
bool inBaseValue(const Atom& ringAtom, const Atom& n, const std::optional<PyridoneRing>& pyridone) {
    if (n.getIsAromatic() && isRingBond(ringAtom, n)) return true;
    const int idx = int(ringAtom.getIdx());
    return pyridone && (idx == pyridone->nitrogen || idx == pyridone->carbonyl);
}

double ringIncrement(const BenzeneIncrement& inc, int distance) {
    return distance == 1 ? inc.orthoPpm : distance == 2 ? inc.metaPpm : inc.paraPpm;
}

} // namespace

double aromaticShiftPpm(const Atom& carbon) {
    const std::vector<int> ring = aromaticRing(carbon);
    if (ring.empty()) return kBenzeneBasePpm;
    const auto& mol = carbon.getOwningMol();
    const auto pyridone = pyridoneRing(mol, ring);
    double shiftPpm = aromaticBasePpm(aromaticSite(carbon, ring)) + periIncrementPpm(carbon, ring);
    for (int i : ring) {
        const Atom& ringAtom = *mol.getAtomWithIdx(i);
        const int distance = ringDistance(ring, i, int(carbon.getIdx()));
        for (const Atom* n : mol.atomNeighbors(&ringAtom)) {
            if (n->getAtomicNum() == 1 || distance == 0 || inBaseValue(ringAtom, *n, pyridone))
                continue;
            const SubstituentKind kind = classifySubstituent(ringAtom, *n);
            shiftPpm +=
                ringIncrement(benzeneIncrement(kind, int(n->getTotalNumHs(true))), distance);
        }
    }
    return shiftPpm;
}

} // namespace spinhance::structure

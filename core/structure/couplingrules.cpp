#include "structure/couplingrules.h"

#include "structure/alkenegeometry.h"
#include "structure/protonshifts.h"
#include "structure/substituentkind.h"

#include <GraphMol/MolOps.h>
#include <GraphMol/ROMol.h>
#include <GraphMol/RingInfo.h>
#include <algorithm>
#include <list>

namespace spinhance::structure {

namespace {

using RDKit::Atom;
using RDKit::Bond;
namespace J = typicalcoupling;

const Atom& parentOf(const Atom& hydrogen) {
    return **hydrogen.getOwningMol().atomNeighbors(&hydrogen).begin();
}

const Bond* bondBetween(const Atom& a, const Atom& b) {
    return a.getOwningMol().getBondBetweenAtoms(a.getIdx(), b.getIdx());
}

bool bearsHeteroatom(const Atom& carbon) {
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (n->getAtomicNum() == 7 || n->getAtomicNum() == 8) return true;
    return false;
}

int heavyNeighbours(const Atom& atom) {
    int count = 0;
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom))
        count += n->getAtomicNum() > 1 ? 1 : 0;
    return count;
}

double geminalHz(const Atom& carbon) {
    if (isSp3Carbon(carbon)) return J::kGeminalSp3Hz;
    const Bond* doubleBond = carbonDoubleBond(carbon);
    if (!doubleBond) return 0.0;
    return bearsHeteroatom(*doubleBond->getOtherAtom(&carbon)) ? J::kGeminalVinylHeteroHz
                                                               : J::kGeminalVinylHz;
}

double vinylHz(const Atom& h1, const Atom& h2, const Bond& bond) {
    const Atom& c1 = *bond.getBeginAtom();
    const Atom& c2 = *bond.getEndAtom();
    const bool cis = areCis(bond, h1, h2);
    if (bearsHeteroatom(c1) || bearsHeteroatom(c2))
        return cis ? J::kVinylCisHeteroHz : J::kVinylTransHeteroHz;
    if (heavyNeighbours(c1) == 2 && heavyNeighbours(c2) == 2)
        return cis ? J::kVinylCisDisubstitutedHz : J::kVinylTransDisubstitutedHz;
    return cis ? J::kVinylCisHz : J::kVinylTransHz;
}

// Rings of five: J depends on where the heteroatom sits (furan, thiophene, pyrrole).
int ringHeteroatom(const Atom& atom, const std::vector<int>& ring) {
    for (int i : ring) {
        const int z = atom.getOwningMol().getAtomWithIdx(i)->getAtomicNum();
        if (z != 6) return z;
    }
    return 0;
}

const std::vector<int>* sharedAromaticRing(const Atom& a, const Atom& b) {
    const RDKit::RingInfo& rings = *a.getOwningMol().getRingInfo();
    const std::vector<int>* best = nullptr;
    for (const auto& ring : rings.atomRings()) {
        const auto has = [&](const Atom& x) {
            return std::find(ring.begin(), ring.end(), int(x.getIdx())) != ring.end();
        };
        if (has(a) && has(b) && (!best || ring.size() < best->size())) best = &ring;
    }
    return best;
}

bool nextToHeteroatom(const Atom& atom) {
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom))
        if (n->getIsAromatic() && n->getAtomicNum() != 6) return true;
    return false;
}

// Furan / thiophene / pyrrole: J23, J34, J24, J25 (Pretsch heteroaromatic coupling table).
double fiveRingHz(int element, const Atom& a, const Atom& b, int bonds) {
    struct Row {
        double j23, j34, j24, j25;
    };
    const Row row = element == 8    ? Row{1.8, 3.3, 0.8, 1.5}
                    : element == 16 ? Row{4.9, 3.5, 1.0, 2.8}
                                    : Row{2.6, 3.4, 1.4, 1.9};
    const bool alphaA = nextToHeteroatom(a), alphaB = nextToHeteroatom(b);
    if (bonds == 1) return alphaA || alphaB ? row.j23 : row.j34;
    return alphaA && alphaB ? row.j25 : row.j24;
}

double aromaticHz(const Atom& a, const Atom& b, int bonds) {
    const std::vector<int>* ring = sharedAromaticRing(a, b);
    if (!ring) return 0.0;
    if (ring->size() == 5) return fiveRingHz(ringHeteroatom(a, *ring), a, b, bonds);
    if (bonds == 1)
        return nextToHeteroatom(a) || nextToHeteroatom(b) ? J::kOrthoNextToNitrogenHz : J::kOrthoHz;
    return bonds == 2 ? J::kMetaHz : J::kParaHz;
}

double vicinalSingleHz(const Atom& a, const Atom& b) {
    const bool sp3A = isSp3Carbon(a), sp3B = isSp3Carbon(b);
    if (sp3A && sp3B) return J::kVicinalSp3Hz;
    const Atom& other = sp3A ? b : a;
    if (sp3A || sp3B) {
        if (isCarbonyl(other)) return J::kVicinalAldehydeHz;
        return carbonDoubleBond(other) ? J::kVicinalAllylHz : 0.0;
    }
    if (isCarbonyl(a) || isCarbonyl(b)) return J::kVicinalVinylAldehydeHz;
    return carbonDoubleBond(a) && carbonDoubleBond(b) ? J::kVicinalDieneHz : 0.0;
}

double vicinalHz(const Atom& h1, const Atom& h2, const Atom& a, const Atom& b) {
    const Bond& bond = *bondBetween(a, b);
    if (bond.getIsAromatic()) return aromaticHz(a, b, 1);
    if (bond.getBondType() == Bond::DOUBLE) return vinylHz(h1, h2, bond);
    if (bond.getBondType() == Bond::SINGLE) return vicinalSingleHz(a, b);
    return 0.0;
}

// ⁴J: meta in an aromatic ring, allylic H–C(sp3)–C=C–H,
// benzylic H–C(sp3)–C(ar)–C(ar)–H.
double fourBondHz(const Atom& a, const Atom& middle, const Atom& b) {
    if (a.getIsAromatic() && b.getIsAromatic() && middle.getIsAromatic())
        return aromaticHz(a, b, 2);
    const bool sp3A = isSp3Carbon(a);
    const Atom& sp3 = sp3A ? a : b;
    const Atom& other = sp3A ? b : a;
    if (!isSp3Carbon(sp3) || isSp3Carbon(other)) return 0.0;
    const Bond& far = *bondBetween(middle, other);
    if (far.getIsAromatic() && middle.getIsAromatic()) return J::kBenzylicHz;
    if (far.getBondType() == Bond::DOUBLE && other.getAtomicNum() == 6) return J::kAllylicHz;
    return 0.0;
}

std::vector<int> shortestPath(const Atom& a, const Atom& b) {
    const std::list<int> path =
        RDKit::MolOps::getShortestPath(a.getOwningMol(), int(a.getIdx()), int(b.getIdx()));
    return {path.begin(), path.end()};
}

} // namespace

double protonCouplingHz(const Atom& first, const Atom& second) {
    if (isExchangeable(first) || isExchangeable(second)) return 0.0;
    const Atom& a = parentOf(first);
    const Atom& b = parentOf(second);
    if (&a == &b) return geminalHz(a);
    const std::vector<int> path = shortestPath(a, b);
    const int bonds = int(path.size()) - 1;
    const auto& mol = a.getOwningMol();
    if (bonds == 1) return vicinalHz(first, second, a, b);
    if (bonds == 2) return fourBondHz(a, *mol.getAtomWithIdx(path[1]), b);
    if (bonds == 3 && a.getIsAromatic() && b.getIsAromatic()) return aromaticHz(a, b, 3);
    return 0.0;
}

} // namespace spinhance::structure

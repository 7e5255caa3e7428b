#include "structure/substituentkind.h"

#include <GraphMol/ROMol.h>
#include <GraphMol/RingInfo.h>

namespace spinhance::structure {

namespace {

using RDKit::Atom;
using RDKit::Bond;

Bond::BondType bondType(const Atom& a, const Atom& b) {
    const Bond* bond = a.getOwningMol().getBondBetweenAtoms(a.getIdx(), b.getIdx());
    return bond ? bond->getBondType() : Bond::UNSPECIFIED;
}

// The first neighbour of `atom` other than `except` with atomic number `z` (0: any heavy atom).
const Atom* neighbour(const Atom& atom, const Atom* except, int z) {
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom)) {
        if (n == except || n->getAtomicNum() == 1) continue;
        if (z == 0 || n->getAtomicNum() == z) return n;
    }
    return nullptr;
}

bool hasBondOfType(const Atom& atom, Bond::BondType type, int z) {
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom))
        if (n->getAtomicNum() == z && bondType(atom, *n) == type) return true;
    return false;
}

int doubleBondedOxygens(const Atom& atom) {
    int count = 0;
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom))
        if (n->getAtomicNum() == 8 &&
            (bondType(atom, *n) == Bond::DOUBLE || n->getFormalCharge() < 0))
            ++count;
    return count;
}

bool hasAromaticNeighbour(const Atom& atom, const Atom* except) {
    for (const Atom* n : atom.getOwningMol().atomNeighbors(&atom))
        if (n != except && n->getIsAromatic()) return true;
    return false;
}

SubstituentKind classifyOxygen(const Atom& from, const Atom& oxygen) {
    const Atom* other = neighbour(oxygen, &from, 0);
    if (!other) return SubstituentKind::Hydroxy;
    if (other->getAtomicNum() == 6 && isCarbonyl(*other))
        return hasAromaticNeighbour(*other, &oxygen) ? SubstituentKind::Aroyloxy
                                                     : SubstituentKind::Acyloxy;
    if (other->getIsAromatic()) return SubstituentKind::Aryloxy;
    if (hasBondOfType(*other, Bond::DOUBLE, 6)) return SubstituentKind::VinylOxy;
    return SubstituentKind::Alkoxy;
}

SubstituentKind classifyNitrogen(const Atom& from, const Atom& nitrogen) {
    if (doubleBondedOxygens(nitrogen) >= 1) return SubstituentKind::Nitro;
    for (const Atom* n : nitrogen.getOwningMol().atomNeighbors(&nitrogen))
        if (n != &from && n->getAtomicNum() == 6 && isCarbonyl(*n))
            return SubstituentKind::AmideNitrogen;
    return SubstituentKind::Amine;
}

SubstituentKind classifySulfur(const Atom& sulfur) {
    const int oxygens = doubleBondedOxygens(sulfur);
    if (oxygens >= 2) return SubstituentKind::Sulfone;
    if (oxygens == 1) return SubstituentKind::Sulfoxide;
    return sulfur.getTotalNumHs(true) > 0 ? SubstituentKind::Thiol : SubstituentKind::Thioether;
}

SubstituentKind classifyCarbonyl(const Atom& from, const Atom& carbon) {
    if (carbon.getTotalNumHs(true) > 0) return SubstituentKind::Aldehyde;
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon)) {
        if (n == &from || bondType(carbon, *n) == Bond::DOUBLE) continue;
        if (n->getAtomicNum() == 8)
            return n->getTotalNumHs(true) > 0 || n->getFormalCharge() < 0
                       ? SubstituentKind::CarboxylicAcid
                       : SubstituentKind::Ester;
        if (n->getAtomicNum() == 7) return SubstituentKind::AmideCarbon;
        if (n->getAtomicNum() == 17) return SubstituentKind::AcylChloride;
        if (n->getIsAromatic()) return SubstituentKind::ArylKetone;
    }
    return SubstituentKind::Ketone;
}

SubstituentKind classifySp3Carbon(const Atom& from, const Atom& carbon) {
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon)) {
        if (n == &from) continue;
        switch (n->getAtomicNum()) {
        case 8:
            return SubstituentKind::AlkylOxy;
        case 7:
            return SubstituentKind::AlkylAmino;
        case 17:
        case 35:
            return SubstituentKind::AlkylHalo;
        case 53:
            return SubstituentKind::AlkylIodo;
        case 16:
            return SubstituentKind::AlkylThio;
        default:
            break;
        }
    }
    return SubstituentKind::Alkyl;
}

SubstituentKind classifyCarbon(const Atom& from, const Atom& carbon) {
    if (carbon.getIsAromatic()) return SubstituentKind::Aryl;
    if (hasBondOfType(carbon, Bond::TRIPLE, 7)) return SubstituentKind::Nitrile;
    if (hasBondOfType(carbon, Bond::TRIPLE, 6)) return SubstituentKind::Alkyne;
    if (isCarbonyl(carbon)) return classifyCarbonyl(from, carbon);
    if (hasBondOfType(carbon, Bond::DOUBLE, 6)) return SubstituentKind::Alkene;
    return classifySp3Carbon(from, carbon);
}

} // namespace

bool isRingBond(const Atom& a, const Atom& b) {
    const auto& mol = a.getOwningMol();
    const Bond* bond = mol.getBondBetweenAtoms(a.getIdx(), b.getIdx());
    return bond && mol.getRingInfo()->numBondRings(bond->getIdx()) > 0;
}

bool isSp3Carbon(const Atom& atom) {
    if (atom.getAtomicNum() != 6 || atom.getIsAromatic()) return false;
    for (const Bond* bond : atom.getOwningMol().atomBonds(&atom))
        if (bond->getBondType() != Bond::SINGLE) return false;
    return true;
}

bool isCarbonyl(const Atom& atom) {
    return hasBondOfType(atom, Bond::DOUBLE, 8) || hasBondOfType(atom, Bond::DOUBLE, 16);
}

SubstituentKind classifySubstituent(const Atom& from, const Atom& root) {
    switch (root.getAtomicNum()) {
    case 6:
        return classifyCarbon(from, root);
    case 7:
        return classifyNitrogen(from, root);
    case 8:
        return classifyOxygen(from, root);
    case 16:
        return classifySulfur(root);
    case 9:
        return SubstituentKind::Fluoro;
    case 17:
        return SubstituentKind::Chloro;
    case 35:
        return SubstituentKind::Bromo;
    case 53:
        return SubstituentKind::Iodo;
    default:
        return SubstituentKind::Other;
    }
}

} // namespace spinhance::structure

#include "structure/protonshifts.h"

#include "structure/alkenegeometry.h"
#include "structure/aromaticshift.h"
#include "structure/shiftincrements.h"
#include "structure/substituentkind.h"

#include <GraphMol/ROMol.h>
#include <algorithm>
#include <functional>
#include <vector>

namespace spinhance::structure {

namespace {

using RDKit::Atom;
using RDKit::Bond;

const Atom& parentOf(const Atom& hydrogen) {
    return **hydrogen.getOwningMol().atomNeighbors(&hydrogen).begin();
}

bool isOxygenSubstituent(SubstituentKind kind) {
    switch (kind) {
    case SubstituentKind::Hydroxy:
    case SubstituentKind::Alkoxy:
    case SubstituentKind::VinylOxy:
    case SubstituentKind::Aryloxy:
    case SubstituentKind::Acyloxy:
    case SubstituentKind::Aroyloxy:
        return true;
    default:
        return false;
    }
}

// Walks outwards through sp3 carbons: a group met at depth 1 is α, 2 is β, 3 is γ.
// `bearsOxygen`: the proton's own carbon has an oxygen substituent (then β oxygens add nothing;
// see oxygenationcorrection in shiftincrements.h).
double alkylIncrements(const Atom& from, const Atom& at, int depth, bool bearsOxygen) {
    double sumPpm = 0.0;
    for (const Atom* n : at.getOwningMol().atomNeighbors(&at)) {
        if (n == &from || n->getAtomicNum() == 1) continue;
        if (isSp3Carbon(*n)) {
            if (depth < 3) sumPpm += alkylIncrements(at, *n, depth + 1, bearsOxygen);
            continue;
        }
        const SubstituentKind kind = classifySubstituent(at, *n);
        if (depth == 2 && bearsOxygen && isOxygenSubstituent(kind)) continue;
        const AlkylIncrement inc = alkylIncrement(kind);
        sumPpm += depth == 1 ? inc.alphaPpm : depth == 2 ? inc.betaPpm : inc.gammaPpm;
    }
    return sumPpm;
}

// α increments of the carbon's own substituents; a second (third) oxygen on one carbon
// (acetals, hemiacetals, orthoesters) adds only part of its increment.
double alphaIncrementsPpm(const Atom& carbon, bool& bearsOxygen) {
    double sumPpm = 0.0;
    std::vector<double> oxygenPpm;
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon)) {
        if (n->getAtomicNum() == 1 || isSp3Carbon(*n)) continue;
        const SubstituentKind kind = classifySubstituent(carbon, *n);
        const double alphaPpm = alkylIncrement(kind).alphaPpm;
        if (isOxygenSubstituent(kind))
            oxygenPpm.push_back(alphaPpm);
        else
            sumPpm += alphaPpm;
    }
    // The largest counts in full, whatever the atom order.
    std::sort(oxygenPpm.begin(), oxygenPpm.end(), std::greater<>());
    for (std::size_t i = 0; i < oxygenPpm.size(); ++i)
        sumPpm +=
            i == 0 ? oxygenPpm[i] : oxygenationcorrection::kGeminalOxygenFactor * oxygenPpm[i];
    bearsOxygen = !oxygenPpm.empty();
    return sumPpm;
}

double sp3ShiftPpm(const Atom& carbon) {
    bool bearsOxygen = false;
    double shiftPpm = alkylBasePpm(int(carbon.getTotalNumHs(true)));
    shiftPpm += alphaIncrementsPpm(carbon, bearsOxygen);
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (n->getAtomicNum() != 1 && isSp3Carbon(*n))
            shiftPpm += alkylIncrements(carbon, *n, 2, bearsOxygen);
    return shiftPpm;
}

AlkeneIncrement alkeneRow(const Atom& end, const Atom& substituent) {
    const SubstituentKind kind = classifySubstituent(end, substituent);
    return alkeneIncrement(kind, kind == SubstituentKind::Alkyl && isRingBond(end, substituent));
}

double alkeneShiftPpm(const Atom& hydrogen, const Atom& carbon, const Bond& doubleBond) {
    const Atom& partner = *doubleBond.getOtherAtom(&carbon);
    double shiftPpm = kAlkeneBasePpm;
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (n != &partner && n->getAtomicNum() > 1) shiftPpm += alkeneRow(carbon, *n).gemPpm;
    for (const Atom* n : partner.getOwningMol().atomNeighbors(&partner)) {
        if (n == &carbon || n->getAtomicNum() == 1) continue;
        const AlkeneIncrement row = alkeneRow(partner, *n);
        shiftPpm += areCis(doubleBond, hydrogen, *n) ? row.cisPpm : row.transPpm;
    }
    return shiftPpm;
}

bool hasAromaticOrAlkeneNeighbour(const Atom& carbon, SubstituentKind wanted) {
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (n->getAtomicNum() > 1 && classifySubstituent(carbon, *n) == wanted) return true;
    return false;
}

bool singleBondedHeteroatom(const Atom& carbon, const Atom& n) {
    const Bond* bond = carbon.getOwningMol().getBondBetweenAtoms(carbon.getIdx(), n.getIdx());
    return (n.getAtomicNum() == 7 || n.getAtomicNum() == 8) && bond->getBondType() == Bond::SINGLE;
}

double aldehydeShiftPpm(const Atom& carbon) {
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (singleBondedHeteroatom(carbon, *n)) return typicalshift::kFormylOnHeteroatomPpm;
    if (hasAromaticOrAlkeneNeighbour(carbon, SubstituentKind::Aryl))
        return typicalshift::kAromaticAldehydePpm;
    if (hasAromaticOrAlkeneNeighbour(carbon, SubstituentKind::Alkene))
        return typicalshift::kUnsaturatedAldehydePpm;
    return typicalshift::kAliphaticAldehydePpm;
}

enum class Exchangeable { Alcohol, Hemiacetal, Phenol, Acid, Amide, Aniline, Amine, Thiol };

// An OH on an sp3 carbon that bears another oxygen (a sugar's anomeric OH).
bool isHemiacetalOxygen(const Atom& oxygen) {
    const auto& mol = oxygen.getOwningMol();
    for (const Atom* carbon : mol.atomNeighbors(&oxygen)) {
        if (!isSp3Carbon(*carbon)) continue;
        for (const Atom* n : mol.atomNeighbors(carbon))
            if (n != &oxygen && n->getAtomicNum() == 8) return true;
    }
    return false;
}

Exchangeable exchangeableKind(const Atom& heteroatom) {
    const auto& mol = heteroatom.getOwningMol();
    const int element = heteroatom.getAtomicNum();
    bool onRing = false;
    for (const Atom* n : mol.atomNeighbors(&heteroatom)) {
        // An acid or amide wins over the ring: acetanilide's NH is an amide NH.
        if (n->getAtomicNum() == 6 && isCarbonyl(*n))
            return element == 8 ? Exchangeable::Acid : Exchangeable::Amide;
        onRing = onRing || n->getIsAromatic();
    }
    if (onRing) return element == 8 ? Exchangeable::Phenol : Exchangeable::Aniline;
    if (element == 8)
        return isHemiacetalOxygen(heteroatom) ? Exchangeable::Hemiacetal : Exchangeable::Alcohol;
    return element == 16 ? Exchangeable::Thiol : Exchangeable::Amine;
}

double exchangeableShiftPpm(const Atom& heteroatom, StructureSolvent solvent) {
    namespace usual = typicalshift;
    namespace dmso = typicalshiftdmso;
    const bool inDmso = solvent == StructureSolvent::Dmso;
    switch (exchangeableKind(heteroatom)) {
    case Exchangeable::Alcohol:
        return inDmso ? dmso::kAlcoholOhPpm : usual::kAlcoholOhPpm;
    case Exchangeable::Hemiacetal:
        return inDmso ? dmso::kHemiacetalOhPpm : usual::kAlcoholOhPpm;
    case Exchangeable::Phenol:
        return inDmso ? dmso::kPhenolOhPpm : usual::kPhenolOhPpm;
    case Exchangeable::Acid:
        return inDmso ? dmso::kCarboxylicAcidOhPpm : usual::kCarboxylicAcidOhPpm;
    case Exchangeable::Amide:
        return inDmso ? dmso::kAmideNhPpm : usual::kAmideNhPpm;
    case Exchangeable::Aniline:
        return inDmso ? dmso::kAnilineNhPpm : usual::kAnilineNhPpm;
    case Exchangeable::Amine:
        return inDmso ? dmso::kAmineNhPpm : usual::kAmineNhPpm;
    case Exchangeable::Thiol:
        break;
    }
    return inDmso ? dmso::kThiolShPpm : usual::kThiolShPpm;
}

double sp2ShiftPpm(const Atom& hydrogen, const Atom& carbon) {
    if (isCarbonyl(carbon)) return aldehydeShiftPpm(carbon);
    if (const Bond* doubleBond = carbonDoubleBond(carbon))
        return alkeneShiftPpm(hydrogen, carbon, *doubleBond);
    return typicalshift::kIminePpm;
}

double alkyneShiftPpm(const Atom& carbon) {
    for (const Atom* n : carbon.getOwningMol().atomNeighbors(&carbon))
        if (n->getAtomicNum() == 6 && n->getIsAromatic()) return typicalshift::kArylAlkynePpm;
    return typicalshift::kAlkynePpm;
}

} // namespace

bool isExchangeable(const Atom& hydrogen) {
    const int element = parentOf(hydrogen).getAtomicNum();
    return element == 7 || element == 8 || element == 16;
}

double protonShiftPpm(const Atom& hydrogen, StructureSolvent solvent) {
    const Atom& parent = parentOf(hydrogen);
    if (isExchangeable(hydrogen)) return exchangeableShiftPpm(parent, solvent);
    if (parent.getIsAromatic()) return aromaticShiftPpm(parent);
    if (isSp3Carbon(parent)) return sp3ShiftPpm(parent);
    if (parent.getHybridization() == Atom::SP) return alkyneShiftPpm(parent);
    return sp2ShiftPpm(hydrogen, parent);
}

} // namespace spinhance::structure

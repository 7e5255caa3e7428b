#include "structure/alkenegeometry.h"

#include <GraphMol/ROMol.h>
#include <tuple>

namespace spinhance::structure {

namespace {

using RDKit::Atom;
using RDKit::Bond;

// Neighbours of `end` other than `partner`: the two positions a cis/trans relation refers to.
std::vector<const Atom*> sideAtoms(const Atom& end, const Atom& partner) {
    std::vector<const Atom*> side;
    for (const Atom* n : end.getOwningMol().atomNeighbors(&end))
        if (n != &partner) side.push_back(n);
    return side;
}

auto priority(const Atom& atom) {
    return std::make_tuple(atom.getAtomicNum(), atom.getDegree(), -int(atom.getIdx()));
}

const Atom* preferred(const std::vector<const Atom*>& side) {
    const Atom* best = nullptr;
    for (const Atom* a : side)
        if (!best || priority(*a) > priority(*best)) best = a;
    return best;
}

bool stereoKnown(const Bond& bond) {
    const auto stereo = bond.getStereo();
    return (stereo == Bond::STEREOE || stereo == Bond::STEREOZ || stereo == Bond::STEREOCIS ||
            stereo == Bond::STEREOTRANS) &&
           bond.getStereoAtoms().size() == 2;
}

} // namespace

const Bond* carbonDoubleBond(const Atom& carbon) {
    if (carbon.getAtomicNum() != 6 || carbon.getIsAromatic()) return nullptr;
    for (const Bond* bond : carbon.getOwningMol().atomBonds(&carbon))
        if (bond->getBondType() == Bond::DOUBLE && bond->getOtherAtom(&carbon)->getAtomicNum() == 6)
            return bond;
    return nullptr;
}

bool areCis(const Bond& bond, const Atom& a, const Atom& b) {
    const Atom& begin = *bond.getBeginAtom();
    const Atom& end = *bond.getEndAtom();
    const bool aOnBegin = a.getOwningMol().getBondBetweenAtoms(a.getIdx(), begin.getIdx());
    const Atom& onBegin = aOnBegin ? a : b;
    const Atom& onEnd = aOnBegin ? b : a;
    int refBegin = preferred(sideAtoms(begin, end))->getIdx();
    int refEnd = preferred(sideAtoms(end, begin))->getIdx();
    bool refsCis = false; // assumed E: the preferred neighbours trans
    if (stereoKnown(bond)) {
        refBegin = bond.getStereoAtoms()[0];
        refEnd = bond.getStereoAtoms()[1];
        refsCis = bond.getStereo() == Bond::STEREOZ || bond.getStereo() == Bond::STEREOCIS;
    }
    const bool sameBegin = int(onBegin.getIdx()) == refBegin;
    const bool sameEnd = int(onEnd.getIdx()) == refEnd;
    return sameBegin == sameEnd ? refsCis : !refsCis;
}

bool hasUnspecifiedStereo(const Bond& bond) {
    if (stereoKnown(bond)) return false;
    for (const Atom* end : {bond.getBeginAtom(), bond.getEndAtom()}) {
        const auto side = sideAtoms(*end, *bond.getOtherAtom(end));
        // Two like neighbours (=CH2, =C(CH3)2, roughly) make no stereo bond.
        if (side.size() != 2 || (side[0]->getAtomicNum() == side[1]->getAtomicNum() &&
                                 side[0]->getDegree() == side[1]->getDegree()))
            return false;
    }
    return true;
}

} // namespace spinhance::structure

#pragma once

#include "dataset/moleculebuilder.h"

#include <vector>

namespace spinhance {

/// One entry of the fragment library: a chemical building block that adds exactly `groupCount`
/// proton groups (with their internal couplings) to a molecule. Shift ranges and couplings follow
/// the standard ¹H tables (Pretsch, Silverstein; substituent increments for benzene rings).
struct Fragment {
    const char* name;
    int groupCount;
    double weight; ///< relative frequency in sampled molecules
    void (*build)(MoleculeBuilder&);
};

/// All fragments, in a fixed order (the order is part of the generator's reproducibility). The
/// last ones weigh 0 here and enter only through a sampler profile (sampler.h), so that the
/// default profile draws exactly as it did before they existed.
const std::vector<Fragment>& fragmentLibrary();

// The builders, grouped by chemistry (fragmentsaliphatic/-unsaturated/-aromatic/-hetero.cpp).
void addMethylSinglet(MoleculeBuilder&);
void addSixProtonSinglet(MoleculeBuilder&);
void addNineProtonSinglet(MoleculeBuilder&);
void addTwelveProtonSinglet(MoleculeBuilder&);
void addEighteenProtonSinglet(MoleculeBuilder&);
void addMethyleneSinglet(MoleculeBuilder&);
void addFourProtonSinglet(MoleculeBuilder&);
void addMethineSinglet(MoleculeBuilder&);
void addEthyl(MoleculeBuilder&);
void addDiethyl(MoleculeBuilder&);
void addPropyl(MoleculeBuilder&);
void addButyl(MoleculeBuilder&);
void addIsopropyl(MoleculeBuilder&);
void addIsobutyl(MoleculeBuilder&);
void addEthyleneBridge(MoleculeBuilder&);
void addEthyleneBridgeFourSpin(MoleculeBuilder&);
void addPropyleneBridge(MoleculeBuilder&);
void addRingMethylenePair(MoleculeBuilder&);
void addStereocentre(MoleculeBuilder&);
void addStereocentreMethyl(MoleculeBuilder&);

void addVinyl(MoleculeBuilder&);
void addAllyl(MoleculeBuilder&);
void addDisubstitutedAlkene(MoleculeBuilder&);
void addCrotyl(MoleculeBuilder&);
void addMethacryl(MoleculeBuilder&);
void addAromaticAldehyde(MoleculeBuilder&);
void addAliphaticAldehyde(MoleculeBuilder&);
void addExchangeable(MoleculeBuilder&);

void addPhenyl(MoleculeBuilder&);
void addPhenylFiveSpin(MoleculeBuilder&);
void addParaRing(MoleculeBuilder&);
void addOrthoRing(MoleculeBuilder&);
void addMetaRing(MoleculeBuilder&);
void addSymmetricMetaRing(MoleculeBuilder&);
void addTrisubstitutedRing(MoleculeBuilder&);
void addAromaticSinglet(MoleculeBuilder&);

void addPyridine2(MoleculeBuilder&);
void addPyridine3(MoleculeBuilder&);
void addPyridine4(MoleculeBuilder&);
void addPyrimidine2(MoleculeBuilder&);
void addFuran2(MoleculeBuilder&);
void addThiophene2(MoleculeBuilder&);
void addPyrrole1(MoleculeBuilder&);
void addImidazole1(MoleculeBuilder&);

void addPyranose(MoleculeBuilder&);

} // namespace spinhance

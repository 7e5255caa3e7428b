#include "dataset/fragments.h"

namespace spinhance {

const std::vector<Fragment>& fragmentLibrary() {
    // Weights: rough frequencies of these motifs in small organic molecules; singlets and
    // aromatic rings dominate, exotic degeneracies (12H, 18H) are rare but present.
    static const std::vector<Fragment> library = {
        {"methyl", 1, 5.0, addMethylSinglet},
        {"6H", 1, 1.5, addSixProtonSinglet},
        {"9H", 1, 1.5, addNineProtonSinglet},
        {"12H", 1, 0.3, addTwelveProtonSinglet},
        {"18H", 1, 0.3, addEighteenProtonSinglet},
        {"CH2", 1, 1.5, addMethyleneSinglet},
        {"4H", 1, 0.6, addFourProtonSinglet},
        {"CH", 1, 0.7, addMethineSinglet},
        {"ethyl", 2, 3.0, addEthyl},
        {"diethyl", 2, 0.8, addDiethyl},
        {"n-propyl", 3, 1.2, addPropyl},
        {"n-butyl", 4, 0.8, addButyl},
        {"isopropyl", 2, 1.2, addIsopropyl},
        {"isobutyl", 3, 0.6, addIsobutyl},
        {"CH2CH2", 2, 1.5, addEthyleneBridge},
        {"CH2CH2CH2", 3, 0.6, addPropyleneBridge},
        {"ring-CH2x2", 2, 0.6, addRingMethylenePair},
        {"diastereotopic-CH2", 3, 0.8, addStereocentre},
        {"diastereotopic-CH2+CH3", 4, 0.8, addStereocentreMethyl},
        {"vinyl", 3, 1.0, addVinyl},
        {"allyl", 4, 0.6, addAllyl},
        {"CH=CH", 2, 1.0, addDisubstitutedAlkene},
        {"crotyl", 3, 0.4, addCrotyl},
        {"methacryl", 3, 0.4, addMethacryl},
        {"CHO:aryl", 1, 0.6, addAromaticAldehyde},
        {"CHO:CH2", 2, 0.3, addAliphaticAldehyde},
        {"exchangeable", 1, 1.5, addExchangeable},
        {"phenyl", 3, 4.0, addPhenyl},
        {"para-ring", 4, 2.5, addParaRing},
        {"ortho-ring", 4, 1.2, addOrthoRing},
        {"meta-ring", 4, 0.8, addMetaRing},
        {"meta-ring-symmetric", 3, 0.4, addSymmetricMetaRing},
        {"1,2,4-ring", 3, 0.9, addTrisubstitutedRing},
        {"aryl-singlet", 1, 0.6, addAromaticSinglet},
        {"pyridin-2-yl", 4, 0.6, addPyridine2},
        {"pyridin-3-yl", 4, 0.5, addPyridine3},
        {"pyridin-4-yl", 2, 0.4, addPyridine4},
        {"pyrimidin-2-yl", 2, 0.3, addPyrimidine2},
        {"furan-2-yl", 3, 0.5, addFuran2},
        {"thiophen-2-yl", 3, 0.5, addThiophene2},
        {"pyrrol-1-yl", 2, 0.3, addPyrrole1},
        {"imidazol-1-yl", 3, 0.3, addImidazole1},
        // Profile-only (weight 0 by default): the magnetically inequivalent forms of the phenyl
        // and the CH2-CH2 above, and sugars.
        {"phenyl-AA'BB'C", 5, 0.0, addPhenylFiveSpin},
        {"CH2CH2-AA'XX'", 4, 0.0, addEthyleneBridgeFourSpin},
        {"pyranose", 7, 0.0, addPyranose},
    };
    return library;
}

} // namespace spinhance

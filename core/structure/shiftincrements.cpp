#include "structure/shiftincrements.h"

namespace spinhance::structure {

using K = SubstituentKind;

double alkylBasePpm(int hydrogenCount) {
    // Beauchamp & Marquez, J. Chem. Educ. 1997, 74, 1483, base values; CH4 itself: 0.23.
    switch (hydrogenCount) {
    case 4:
        return 0.23;
    case 3:
        return 0.9;
    case 2:
        return 1.2;
    default:
        return 1.5;
    }
}

AlkylIncrement alkylIncrement(SubstituentKind kind) {
    // Beauchamp & Marquez, J. Chem. Educ. 1997, 74, 1483, table of substituent constants
    // (α, β, γ). Alkyl carbons carry 0: the walk passes through them to reach β and γ groups.
    switch (kind) {
    case K::Alkene:
        return {0.8, 0.2, 0.1};
    case K::Alkyne:
        return {0.9, 0.3, 0.1};
    case K::Aryl:
        return {1.4, 0.4, 0.1};
    case K::Fluoro:
        return {3.2, 0.5, 0.2};
    case K::Chloro:
        return {2.2, 0.5, 0.2};
    case K::Bromo:
        return {2.1, 0.7, 0.2};
    case K::Iodo:
        return {2.0, 0.9, 0.1};
    case K::Hydroxy:
        return {2.3, 0.3, 0.1};
    case K::Alkoxy:
        return {2.1, 0.3, 0.1};
    case K::VinylOxy:
        return {2.5, 0.4, 0.2};
    case K::Aryloxy:
        return {2.8, 0.5, 0.3};
    case K::Aldehyde:
        return {1.1, 0.4, 0.1};
    case K::Ketone:
        return {1.2, 0.3, 0.0};
    case K::ArylKetone:
        return {1.7, 0.3, 0.1};
    case K::Acyloxy:
        return {2.8, 0.5, 0.1};
    case K::Aroyloxy:
        return {3.1, 0.5, 0.2};
    case K::CarboxylicAcid:
        return {1.1, 0.3, 0.1};
    case K::Ester:
        return {1.1, 0.3, 0.1};
    case K::AcylChloride:
        return {1.8, 0.4, 0.1};
    case K::Amine:
        return {1.5, 0.2, 0.1};
    case K::AmideNitrogen:
        return {2.1, 0.3, 0.1};
    case K::AmideCarbon:
        return {1.0, 0.3, 0.1};
    case K::Nitrile:
        return {1.1, 0.4, 0.2};
    case K::Nitro:
        return {3.2, 0.8, 0.1};
    case K::Thiol:
        return {1.3, 0.4, 0.1};
    case K::Thioether:
        return {1.3, 0.4, 0.1};
    case K::Sulfoxide:
        return {1.6, 0.5, 0.3};
    case K::Sulfone:
        return {1.8, 0.5, 0.3};
    default:
        return {};
    }
}

AlkeneIncrement alkeneIncrement(SubstituentKind kind, bool inRing) {
    // Pascual, Meier & Simon, Helv. Chim. Acta 1966, 49, 164, as extended by Matter, Pascual,
    // Pretsch, Pross, Simon & Sternhell, Tetrahedron 1969, 25, 691 (Z_gem, Z_cis, Z_trans).
    // Rows for isolated (not further conjugated) substituents are used throughout.
    switch (kind) {
    case K::Alkyl:
        return inRing ? AlkeneIncrement{0.69, -0.25, -0.28} : AlkeneIncrement{0.45, -0.22, -0.28};
    case K::AlkylOxy:
    case K::AlkylIodo:
        return {0.64, -0.01, -0.02};
    case K::AlkylThio:
        return {0.71, -0.13, -0.22};
    case K::AlkylHalo:
        return {0.70, 0.11, -0.04};
    case K::AlkylAmino:
        return {0.58, -0.10, -0.08};
    case K::Alkyne:
        return {0.47, 0.38, 0.12};
    case K::Alkene:
        return {1.00, -0.09, -0.23};
    case K::Nitrile:
        return {0.27, 0.75, 0.55};
    case K::Ketone:
    case K::ArylKetone:
        return {1.10, 1.12, 0.87};
    case K::CarboxylicAcid:
        return {0.97, 1.41, 0.71};
    case K::Ester:
        return {0.80, 1.18, 0.55};
    case K::Aldehyde:
        return {1.02, 0.95, 1.17};
    case K::AmideCarbon:
        return {1.37, 0.98, 0.46};
    case K::AcylChloride:
        return {1.11, 1.46, 1.01};
    case K::Hydroxy:
    case K::Alkoxy:
        return {1.22, -1.07, -1.21};
    case K::VinylOxy:
    case K::Aryloxy:
        return {1.18, -1.06, -1.28};
    case K::Acyloxy:
    case K::Aroyloxy:
        return {2.11, -0.35, -0.64};
    case K::Aryl:
        return {1.38, 0.36, -0.07};
    case K::Fluoro:
        return {1.54, -0.40, -1.02};
    case K::Chloro:
        return {1.08, 0.18, 0.13};
    case K::Bromo:
        return {1.07, 0.45, 0.55};
    case K::Iodo:
        return {1.14, 0.81, 0.88};
    case K::Amine:
        return {0.80, -1.26, -1.21};
    case K::AmideNitrogen:
        return {2.08, -0.57, -0.72};
    case K::Thiol:
    case K::Thioether:
        return {1.11, -0.29, -0.13};
    case K::Sulfoxide:
        return {1.27, 0.67, 0.41};
    case K::Sulfone:
        return {1.55, 1.16, 0.93};
    case K::Nitro:
        return {1.87, 1.32, 0.62};
    default:
        return {};
    }
}

namespace {

BenzeneIncrement alkylBenzeneIncrement(int substituentHydrogens) {
    switch (substituentHydrogens) {
    case 3:
        return {-0.18, -0.11, -0.21}; // CH3
    case 2:
        return {-0.15, -0.06, -0.18}; // CH2R
    case 1:
        return {-0.13, -0.08, -0.18}; // CHR2
    default:
        return {0.02, -0.08, -0.21}; // CR3
    }
}

} // namespace

BenzeneIncrement benzeneIncrement(SubstituentKind kind, int substituentHydrogens) {
    // Beeby, Sternhell, Hoffmann-Ostenhof, Pretsch & Simon, Anal. Chem. 1973, 45, 1571 (Z_ortho,
    // Z_meta, Z_para), the table reproduced in Pretsch, Bühlmann & Badertscher, Structure
    // Determination of Organic Compounds (Springer). CH2N, CH2S and CH2I have no row of their
    // own and take the CH2Cl row (all zero).
    switch (kind) {
    case K::Alkyl:
        return alkylBenzeneIncrement(substituentHydrogens);
    case K::AlkylOxy:
        return {-0.07, -0.07, -0.07};
    case K::AlkylHalo:
    case K::AlkylAmino:
    case K::AlkylThio:
    case K::AlkylIodo:
        return {0.00, 0.00, 0.00};
    case K::Alkene:
        return {0.06, -0.03, -0.10};
    case K::Alkyne:
        return {0.15, -0.02, -0.01};
    case K::Aryl:
        return {0.37, 0.20, 0.10};
    case K::Aldehyde:
        return {0.56, 0.22, 0.29};
    case K::Ketone:
        return {0.62, 0.14, 0.21};
    case K::ArylKetone:
        return {0.47, 0.13, 0.22};
    case K::CarboxylicAcid:
        return {0.85, 0.18, 0.27};
    case K::Ester:
        return {0.71, 0.11, 0.21};
    case K::AmideCarbon:
        return {0.61, 0.10, 0.17};
    case K::AcylChloride:
        return {0.84, 0.22, 0.36};
    case K::Nitrile:
        return {0.36, 0.18, 0.28};
    case K::Hydroxy:
        return {-0.56, -0.12, -0.45};
    case K::Alkoxy:
    case K::VinylOxy:
        return {-0.48, -0.09, -0.44};
    case K::Aryloxy:
        return {-0.29, -0.05, -0.23};
    case K::Acyloxy:
    case K::Aroyloxy:
        return {-0.25, 0.03, -0.13};
    case K::Amine:
        return substituentHydrogens > 0 ? BenzeneIncrement{-0.75, -0.25, -0.65}
                                        : BenzeneIncrement{-0.66, -0.18, -0.67};
    case K::AmideNitrogen:
        return {0.12, -0.07, -0.28};
    case K::Nitro:
        return {0.95, 0.26, 0.38};
    case K::Thiol:
        return {-0.08, -0.16, -0.22};
    case K::Thioether:
        return {-0.08, -0.10, -0.24};
    case K::Sulfoxide:
        return {0.36, 0.20, 0.24};
    case K::Sulfone:
        return {0.60, 0.32, 0.34};
    case K::Fluoro:
        return {-0.26, 0.00, -0.20};
    case K::Chloro:
        return {0.03, -0.02, -0.09};
    case K::Bromo:
        return {0.18, -0.08, -0.04};
    case K::Iodo:
        return {0.39, -0.21, 0.00};
    default:
        return {};
    }
}

double aromaticBasePpm(AromaticSite site) {
    // The parent compounds in CDCl3 (Pretsch, Bühlmann & Badertscher, heteroaromatic and
    // condensed aromatic tables); substituents on these rings add the benzene increments above,
    // the usual approximation when no ring-specific table exists.
    switch (site) {
    case AromaticSite::PyridineAlpha:
        return 8.60;
    case AromaticSite::PyridineBeta:
        return 7.25;
    case AromaticSite::PyridineGamma:
        return 7.64;
    case AromaticSite::FuranAlpha:
        return 7.42;
    case AromaticSite::FuranBeta:
        return 6.38;
    case AromaticSite::ThiopheneAlpha:
        return 7.33;
    case AromaticSite::ThiopheneBeta:
        return 7.12;
    case AromaticSite::PyrroleAlpha:
        return 6.68;
    case AromaticSite::PyrroleBeta:
        return 6.22;
    case AromaticSite::NaphthaleneAlpha:
        return 7.84;
    case AromaticSite::NaphthaleneBeta:
        return 7.47;
    // 1-Methyl-2(1H)-pyridinone (SDBS, CDCl3): its C=O and N-alkyl are part of these values.
    case AromaticSite::PyridoneH3:
        return 6.57;
    case AromaticSite::PyridoneH4:
        return 7.32;
    case AromaticSite::PyridoneH5:
        return 6.16;
    case AromaticSite::PyridoneH6:
        return 7.28;
    default:
        return kBenzeneBasePpm;
    }
}

} // namespace spinhance::structure

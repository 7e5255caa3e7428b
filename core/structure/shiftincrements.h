#pragma once

#include "structure/substituentkind.h"

namespace spinhance::structure {

/// α, β, γ increments for a proton on an sp3 carbon, δ = base(CH3, CH2, CH) + Σ increments.
struct AlkylIncrement {
    double alphaPpm = 0.0;
    double betaPpm = 0.0;
    double gammaPpm = 0.0;
};

/// Geminal, cis and trans increments for an alkene proton, δ = 5.25 + Σ Z.
struct AlkeneIncrement {
    double gemPpm = 0.0;
    double cisPpm = 0.0;
    double transPpm = 0.0;
};

/// Ortho, meta and para increments for a benzene proton, δ = 7.26 + Σ Z.
struct BenzeneIncrement {
    double orthoPpm = 0.0;
    double metaPpm = 0.0;
    double paraPpm = 0.0;
};

/// Base shift of CH3 / CH2 / CH (and CH4) on an sp3 carbon with `hydrogenCount` protons.
double alkylBasePpm(int hydrogenCount);
AlkylIncrement alkylIncrement(SubstituentKind kind);

constexpr double kAlkeneBasePpm = 5.25;
/// `inRing`: the substituent is an alkyl carbon in the same ring as the double bond.
AlkeneIncrement alkeneIncrement(SubstituentKind kind, bool inRing);

constexpr double kBenzeneBasePpm = 7.26;
/// `substituentHydrogens`: protons on the substituent's first atom (CH3 / CH2R / CHR2 / CR3;
/// NH2 / NR2).
BenzeneIncrement benzeneIncrement(SubstituentKind kind, int substituentHydrogens);

/// Ring positions of heteroaromatic and fused base values.
enum class AromaticSite {
    Benzene,
    PyridineAlpha,
    PyridineBeta,
    PyridineGamma,
    FuranAlpha,
    FuranBeta,
    ThiopheneAlpha,
    ThiopheneBeta,
    PyrroleAlpha,
    PyrroleBeta,
    NaphthaleneAlpha,
    NaphthaleneBeta,
    /// An N-substituted 2-pyridone (2(1H)-pyridinone): positions counted from N1 and the C2=O.
    PyridoneH3,
    PyridoneH4,
    PyridoneH5,
    PyridoneH6,
};
double aromaticBasePpm(AromaticSite site);

/// The peri effect in naphthalenes: a carbonyl at C1 (held coplanar with the ring) deshields H8,
/// 2.5 Å from its oxygen, far beyond any benzene increment (Pretsch, Bühlmann & Badertscher,
/// condensed aromatics). Set on three reference compounds (SDBS, CDCl3; H8 against naphthalene's
/// α proton 7.84 ppm): 1-naphthaldehyde 9.25 (+1.41), 1-acetonaphthone 8.75 (+0.91), methyl
/// 1-naphthoate 8.92 ppm (+1.08), mean +1.13.
namespace periincrement {
constexpr double kCarbonylPpm = 1.13;
} // namespace periincrement

/// Where the α/β/γ increments stop adding up: carbons with several oxygens near them. The scheme
/// was fitted to monofunctional compounds and overshoots acetals and polyols (by about 1 ppm at
/// glucose's anomeric and ring protons). Set on literature shifts of small reference compounds
/// (CDCl3; tests/structure/oxygenatedtest.cpp lists them with sources), never on the sets the
/// rules are scored on:
/// - the acetals CH2(OMe)2 4.58, MeCH(OMe)2 4.57, MeCH(OEt)2 4.67 and 1,3-dioxolane 4.90 ppm give
///   the second oxygen on one carbon 0.46–0.76 of its α increment (mean 0.59);
/// - a β oxygen on a carbon that bears an oxygen itself moves it by −0.17…+0.07 ppm
///   (ethanol → ethylene glycol +0.04, diethyl ether → 1,2-dimethoxyethane +0.07, THF →
///   1,4-dioxane −0.05, 2-propanol → propane-1,2-diol −0.17), not by the table's +0.3: it is
///   left out there.
namespace oxygenationcorrection {
/// Fraction of its α increment that a second or third oxygen on the same carbon adds.
constexpr double kGeminalOxygenFactor = 0.6;
} // namespace oxygenationcorrection

/// Typical shifts of protons the increment schemes do not cover.
namespace typicalshift {
constexpr double kAliphaticAldehydePpm = 9.75;
constexpr double kAromaticAldehydePpm = 9.95;
constexpr double kUnsaturatedAldehydePpm = 9.50;
constexpr double kFormylOnHeteroatomPpm = 8.05;
constexpr double kAlkynePpm = 1.90;
constexpr double kArylAlkynePpm = 3.05;
constexpr double kIminePpm = 8.0;
constexpr double kAlcoholOhPpm = 2.0;
constexpr double kPhenolOhPpm = 5.5;
constexpr double kCarboxylicAcidOhPpm = 11.0;
constexpr double kAmineNhPpm = 1.5;
constexpr double kAnilineNhPpm = 3.6;
constexpr double kAmideNhPpm = 7.0;
constexpr double kThiolShPpm = 1.5;
} // namespace typicalshift

/// Typical shifts of exchangeable protons in DMSO-d6, where they hydrogen-bond to the solvent's
/// oxygen and move downfield (Abraham, Byrne, Griffiths & Perez, Magn. Reson. Chem. 2006, 44, 491,
/// "the effect of DMSO vs chloroform solvent on 1H chemical shifts"; Gottlieb, Kotlyar & Nudelman,
/// J. Org. Chem. 1997, 62, 7512, DMSO-d6 column: methanol OH 4.01, ethanol OH 4.63). Thiols
/// hydrogen-bond weakly and keep their chloroform value.
namespace typicalshiftdmso {
constexpr double kAlcoholOhPpm = 4.5;
/// The OH of a hemiacetal (a reducing sugar's anomeric OH) hydrogen-bonds to DMSO more strongly
/// than the other OHs: 6.2–6.6 ppm (Casu, Reggiani, Gallo & Vigevani, Tetrahedron 1966, 22,
/// 3061, hydroxy protons of glucose and its oligomers in DMSO-d6).
constexpr double kHemiacetalOhPpm = 6.3;
constexpr double kPhenolOhPpm = 9.3;
constexpr double kCarboxylicAcidOhPpm = 12.0;
constexpr double kAmineNhPpm = 2.0;
constexpr double kAnilineNhPpm = 5.0;
constexpr double kAmideNhPpm = 8.0;
constexpr double kThiolShPpm = typicalshift::kThiolShPpm;
} // namespace typicalshiftdmso

} // namespace spinhance::structure

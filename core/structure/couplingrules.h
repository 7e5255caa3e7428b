#pragma once

namespace RDKit {
class Atom;
}

namespace spinhance::structure {

/// Typical proton–proton couplings, Hz (Pretsch, Bühlmann & Badertscher, Structure Determination
/// of Organic Compounds, 1H coupling tables; Günther, NMR Spectroscopy, 3rd ed., Wiley 2013,
/// ch. 4). Open chains average over rotamers, so ³J(sp3–sp3) is one value, ~7 Hz.
namespace typicalcoupling {
constexpr double kGeminalSp3Hz = -12.5;
constexpr double kGeminalVinylHz = 1.5;
constexpr double kGeminalVinylHeteroHz = -1.5; ///< =CH2 on a C bearing O or N
constexpr double kVicinalSp3Hz = 7.0;          ///< rotation-averaged H–C–C–H
constexpr double kVicinalAllylHz = 6.5;        ///< H–C(sp3)–C(sp2)–H
constexpr double kVicinalAldehydeHz = 2.0;     ///< H–C(sp3)–CHO
constexpr double kVicinalVinylAldehydeHz = 7.8;
constexpr double kVicinalDieneHz = 10.5; ///< H–C=C... across the single bond of a diene
constexpr double kVinylTransHz = 17.0;
constexpr double kVinylCisHz = 10.5;
constexpr double kVinylTransDisubstitutedHz = 15.5;
constexpr double kVinylCisDisubstitutedHz = 11.0;
constexpr double kVinylTransHeteroHz = 14.0; ///< an O or N on the double bond
constexpr double kVinylCisHeteroHz = 6.5;
constexpr double kOrthoHz = 7.7;
constexpr double kOrthoNextToNitrogenHz = 4.9; ///< pyridine J23
constexpr double kMetaHz = 1.6;
constexpr double kParaHz = 0.7;
constexpr double kAllylicHz = -1.5;  ///< ⁴J H–C(sp3)–C=C–H
constexpr double kBenzylicHz = -0.7; ///< ⁴J H–C(sp3)–C(ar)–C(ar)–H
} // namespace typicalcoupling

/// The coupling between two explicit hydrogens from the bonds between them; 0 when they are more
/// than five bonds apart, when a rule does not cover the path, or when either is exchangeable
/// (fast exchange averages it away in most solvents).
double protonCouplingHz(const RDKit::Atom& first, const RDKit::Atom& second);

} // namespace spinhance::structure

#pragma once

namespace RDKit {
class Atom;
}

namespace spinhance::structure {

/// The kinds of substituent the increment tables distinguish. Each table maps a kind to its own
/// row; kinds a table lacks fall back to the nearest row it has (documented there).
enum class SubstituentKind {
    Alkyl,      ///< sp3 carbon bearing only C and H
    AlkylOxy,   ///< sp3 carbon bearing O (CH2O)
    AlkylAmino, ///< sp3 carbon bearing N (CH2N)
    AlkylHalo,  ///< sp3 carbon bearing Cl or Br
    AlkylIodo,  ///< sp3 carbon bearing I
    AlkylThio,  ///< sp3 carbon bearing S
    Alkene,     ///< C=C carbon
    Alkyne,     ///< C#C carbon
    Aryl,       ///< aromatic carbon
    Aldehyde,   ///< CHO
    Ketone,     ///< C(=O)R, R alkyl or alkenyl
    ArylKetone, ///< C(=O)Ar
    CarboxylicAcid,
    Ester,       ///< C(=O)OR
    AmideCarbon, ///< C(=O)N
    AcylChloride,
    Nitrile,
    Hydroxy,
    Alkoxy,
    VinylOxy, ///< O-C=C
    Aryloxy,  ///< O-Ar
    Acyloxy,  ///< O-C(=O)R
    Aroyloxy, ///< O-C(=O)Ar
    Amine,
    AmideNitrogen, ///< N-C(=O)
    Nitro,
    Thiol,
    Thioether,
    Sulfoxide,
    Sulfone,
    Fluoro,
    Chloro,
    Bromo,
    Iodo,
    Other,
};

/// The kind of the substituent rooted at `root`, seen from the atom `from` it is bound to.
SubstituentKind classifySubstituent(const RDKit::Atom& from, const RDKit::Atom& root);

/// True when the bond between `a` and `b` lies in a ring.
bool isRingBond(const RDKit::Atom& a, const RDKit::Atom& b);

/// True for an sp3 carbon (four single bonds).
bool isSp3Carbon(const RDKit::Atom& atom);

/// True when the carbon bears a C=O (or C=S) double bond.
bool isCarbonyl(const RDKit::Atom& atom);

} // namespace spinhance::structure

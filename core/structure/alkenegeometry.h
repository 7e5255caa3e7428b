#pragma once

namespace RDKit {
class Atom;
class Bond;
} // namespace RDKit

namespace spinhance::structure {

/// The C=C double bond of a non-aromatic sp2 carbon, or nullptr.
const RDKit::Bond* carbonDoubleBond(const RDKit::Atom& carbon);

/// True when `a` (a neighbour of one end of the double bond) and `b` (a neighbour of the other
/// end) lie cis. The bond's stereo (SMILES / \, or 2D coordinates of a MOL file) decides; without
/// it the higher-priority neighbours (heavier, then more connected) are taken trans (E), the
/// usual case, and noted by `unspecifiedStereo` for a bond where it matters.
bool areCis(const RDKit::Bond& doubleBond, const RDKit::Atom& a, const RDKit::Atom& b);

/// True when both ends carry two different substituents and the bond has no stereo.
bool hasUnspecifiedStereo(const RDKit::Bond& doubleBond);

} // namespace spinhance::structure

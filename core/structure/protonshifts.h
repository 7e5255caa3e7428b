#pragma once

#include "structure/structure.h"

namespace RDKit {
class Atom;
}

namespace spinhance::structure {

/// Predicted shift of one explicit hydrogen from the increment tables (shiftincrements.h):
/// sp3 C–H by α/β/γ increments, alkene C–H by Z_gem/Z_cis/Z_trans, aromatic C–H by the
/// ring's base value plus ortho/meta/para increments; aldehyde, alkyne and exchangeable
/// protons take typical values, for exchangeable ones those of `solvent`.
double protonShiftPpm(const RDKit::Atom& hydrogen,
                      StructureSolvent solvent = StructureSolvent::Aprotic);

/// True for a proton bound to O, N or S (it exchanges with the solvent and other such protons).
bool isExchangeable(const RDKit::Atom& hydrogen);

} // namespace spinhance::structure

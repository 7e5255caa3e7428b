#pragma once

namespace RDKit {
class Atom;
}

namespace spinhance::structure {

/// δ (ppm) of a proton on an aromatic carbon: the ring's base value (benzene, a heteroaromatic
/// or fused parent, 2-pyridone) plus benzene substituent increments and the peri carbonyl effect
/// (sources in shiftincrements.h/.cpp).
double aromaticShiftPpm(const RDKit::Atom& carbon);

} // namespace spinhance::structure

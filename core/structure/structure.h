#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// What the structure room knows about one group besides its shift and proton count.
struct StructureGroupInfo {
    std::vector<int> atomIndices; ///< 0-based heavy atoms (input order) carrying the protons
    bool exchangeable = false;    ///< bound to O, N or S: shift varies, couplings set to 0
    int chemicalClass = 0;        ///< groups of one symmetry class share it (AA'BB' partners)
};

/// A spin system predicted from a structure, with what was assumed on the way.
struct StructureSpin {
    SpinSystem system;                    ///< the interchange record (labels see below)
    std::vector<StructureGroupInfo> info; ///< one entry per group of `system`
    std::vector<std::string> warnings;    ///< choices made for the user (fragment kept, ...)
    /// Bonds between the protons of groups i and j (row-major, size()²): 2 geminal, 3 vicinal,
    /// 4 allylic/meta...; what each coupling of `system` is (²J, ³J, ⁴J).
    std::vector<int> bondsBetween;
    int heavyAtomCount = 0;
    /// The molecule as an MDL molfile (V2000, heavy atoms only, 2D coordinates): its atom
    /// numbers are StructureGroupInfo::atomIndices + 1, so an NMReDATA export can assign groups.
    std::string molBlock;
};

/// Limits of the structure room: beyond them the rules (and a spin simulation) make no sense.
namespace structurelimits {
constexpr int kMaxHeavyAtoms = 150;
constexpr int kMaxProtonGroups = 60;
} // namespace structurelimits

/// What the solvent does to the protons on O, N and S (their shifts come from hydrogen bonds to
/// it, and deuterated protic solvents exchange them away).
enum class StructureSolvent {
    Aprotic,   ///< CDCl3, CD2Cl2, C6D6, acetone-d6, CD3CN, or not given: the usual table values
    Dmso,      ///< DMSO-d6: strong hydrogen bonds move OH and NH 2–3 ppm downfield
    Exchanging ///< D2O, CD3OD: OH, NH and SH become OD, ND, SD and leave the ¹H spectrum
};

/// The solvent class of a name as files and journals write it ("DMSO-d6", "(CD3)2SO", "D2O",
/// "MeOD", "methanol-d4", "CDCl3", ...); Aprotic for anything else, an empty name included.
StructureSolvent structureSolventOf(const std::string& name);

struct StructureOptions {
    StructureSolvent solvent = StructureSolvent::Aprotic;
};

/// Predicts the spin system of a molecule: explicit hydrogens; groups from the graph's symmetry
/// (canonical ranks), split into magnetically equivalent sets (AA'BB' partners apart); shifts
/// from published additive increments; couplings from the bond topology (docs/structure.md).
/// `input` is a SMILES string or the path of a MOL/SDF file (the first record of an SDF).
/// Labels: "H<n>" for the protons on heavy atom n (1-based), "a"/"b" appended for diastereotopic
/// pairs; exchangeable protons carry the element in front ("OH7", "NH3", "SH2").
/// Throws Error{InvalidInput} for unreadable input, Error{Unsupported} beyond structurelimits.
/// With `options.solvent`, exchangeable protons take that solvent's typical shifts, or are left
/// out (with a warning) in a solvent that exchanges them.
StructureSpin structureToSpin(const std::string& input, const StructureOptions& options = {});

/// The same from a SMILES string or from the text of a MOL/SDF file (`sourceName` for messages).
StructureSpin spinFromSmiles(const std::string& smiles, const StructureOptions& options = {});
StructureSpin spinFromMolText(const std::string& molText, const std::string& sourceName,
                              const StructureOptions& options = {});

} // namespace spinhance

namespace spinhance {

/// `spin.system` without its exchangeable groups (OH, NH, SH), whose shifts depend on solvent,
/// concentration and temperature more than on the structure.
SpinSystem withoutExchangeable(const StructureSpin& spin);

} // namespace spinhance

#pragma once

#include <memory>
#include <string>
#include <vector>

namespace RDKit {
class RWMol;
}

namespace spinhance::structure {

/// A molecule read for the structure room: sanitised, hydrogens explicit, one fragment.
struct ReadMolecule {
    std::unique_ptr<RDKit::RWMol> mol;
    std::vector<std::string> warnings;
    int heavyAtomCount = 0;
};

/// True when `input` names a MOL/SDF file rather than being a SMILES string.
bool looksLikeStructureFile(const std::string& input);

/// Parses SMILES; Error{InvalidInput} with RDKit's reason when it cannot be read.
ReadMolecule readSmiles(const std::string& smiles);
/// Parses MOL or SDF text (first record); implicit hydrogens come from standard valences.
ReadMolecule readMolText(const std::string& text, const std::string& sourceName);

} // namespace spinhance::structure

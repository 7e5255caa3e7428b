#include "structure/structureread.h"

#include "common/error.h"
#include "structure/structure.h"

#include <GraphMol/FileParsers/FileParsers.h>
#include <GraphMol/MolOps.h>
#include <GraphMol/RWMol.h>
#include <GraphMol/SmilesParse/SmilesParse.h>
#include <RDGeneral/RDLog.h>
#include <algorithm>
#include <mutex>

namespace spinhance::structure {

namespace {

// RDKit prints its parse errors to stderr; we report them ourselves, once, as an Error.
void silenceRdkitLog() {
    static std::once_flag once;
    std::call_once(once, [] { boost::logging::disable_logs("rdApp.*"); });
}

bool endsWith(const std::string& text, const std::string& suffix) {
    return text.size() >= suffix.size() &&
           std::equal(suffix.rbegin(), suffix.rend(), text.rbegin(),
                      [](char a, char b) { return std::tolower(a) == std::tolower(b); });
}

int heavyAtoms(const RDKit::ROMol& mol) {
    int count = 0;
    for (const RDKit::Atom* atom : mol.atoms())
        count += atom->getAtomicNum() > 1 ? 1 : 0;
    return count;
}

bool hasCarbon(const RDKit::ROMol& mol) {
    for (const RDKit::Atom* atom : mol.atoms())
        if (atom->getAtomicNum() == 6) return true;
    return false;
}

// A salt or a solvate: keep the largest organic fragment (most heavy atoms, carbon-bearing first)
// and say so, since its counter-ion has no protons worth simulating in most cases.
std::unique_ptr<RDKit::RWMol> largestOrganicFragment(const RDKit::ROMol& mol,
                                                     std::vector<std::string>& warnings) {
    const auto fragments = RDKit::MolOps::getMolFrags(mol, true);
    if (fragments.size() < 2) return std::make_unique<RDKit::RWMol>(mol);
    auto score = [](const auto& f) { return std::make_pair(hasCarbon(*f), heavyAtoms(*f)); };
    const auto best =
        std::max_element(fragments.begin(), fragments.end(),
                         [&](const auto& a, const auto& b) { return score(a) < score(b); });
    warnings.push_back(std::to_string(fragments.size()) +
                       " fragments (a salt or mixture): kept the largest organic one (" +
                       std::to_string(heavyAtoms(**best)) +
                       " heavy atoms); atom numbers in "
                       "labels refer to that fragment");
    return std::make_unique<RDKit::RWMol>(**best);
}

ReadMolecule finish(std::unique_ptr<RDKit::RWMol> mol, const std::string& sourceName) {
    ReadMolecule read;
    read.mol = largestOrganicFragment(*mol, read.warnings);
    read.heavyAtomCount = heavyAtoms(*read.mol);
    if (read.heavyAtomCount > structurelimits::kMaxHeavyAtoms)
        throw Error(ErrorCode::Unsupported,
                    "the molecule has " + std::to_string(read.heavyAtomCount) +
                        " heavy atoms; the structure room takes at most " +
                        std::to_string(structurelimits::kMaxHeavyAtoms) +
                        " (increment rules and a spin simulation make no sense beyond)",
                    {sourceName, 0, "structure"});
    RDKit::MolOps::addHs(*read.mol);
    return read;
}

std::string firstRecord(const std::string& text) {
    const std::size_t end = text.find("M  END");
    return end == std::string::npos ? text : text.substr(0, end + 6) + "\n";
}

} // namespace

bool looksLikeStructureFile(const std::string& input) {
    return endsWith(input, ".mol") || endsWith(input, ".sdf") || endsWith(input, ".sd") ||
           endsWith(input, ".mdl");
}

ReadMolecule readSmiles(const std::string& smiles) {
    silenceRdkitLog();
    const std::string name = "SMILES '" + smiles + "'";
    if (smiles.empty()) throw Error(ErrorCode::InvalidInput, "empty SMILES", {"", 0, "smiles"});
    std::unique_ptr<RDKit::RWMol> mol;
    try {
        mol.reset(RDKit::SmilesToMol(smiles));
    } catch (const std::exception& e) {
        throw Error(ErrorCode::InvalidInput, "cannot read " + name + ": " + e.what(),
                    {"", 0, "smiles"});
    }
    if (!mol)
        throw Error(ErrorCode::InvalidInput,
                    "cannot read " + name +
                        ": not valid SMILES (check brackets, ring closure "
                        "digits and element symbols)",
                    {"", 0, "smiles"});
    return finish(std::move(mol), "");
}

ReadMolecule readMolText(const std::string& text, const std::string& sourceName) {
    silenceRdkitLog();
    std::unique_ptr<RDKit::RWMol> mol;
    try {
        mol.reset(RDKit::MolBlockToMol(firstRecord(text), true, false));
    } catch (const std::exception& e) {
        throw Error(ErrorCode::InvalidInput, std::string("cannot read the MOL block: ") + e.what(),
                    {sourceName, 0, "molblock"});
    }
    if (!mol || mol->getNumAtoms() == 0)
        throw Error(ErrorCode::InvalidInput,
                    "no atoms in the MOL block (expected a V2000/V3000 "
                    "connection table ending in 'M  END')",
                    {sourceName, 0, "molblock"});
    bool noHydrogens = true;
    for (const RDKit::Atom* atom : mol->atoms())
        noHydrogens = noHydrogens && atom->getAtomicNum() != 1;
    ReadMolecule read = finish(std::move(mol), sourceName);
    // Most MOL files leave hydrogens implicit: standard valences give them, as chemists expect.
    if (noHydrogens)
        read.warnings.push_back("the MOL block lists no hydrogens; added them from standard "
                                "valences and charges");
    if (text.find("$$$$") != std::string::npos &&
        text.find("M  END", text.find("$$$$")) != std::string::npos)
        read.warnings.push_back("the SD file holds several records; read the first");
    return read;
}

} // namespace spinhance::structure

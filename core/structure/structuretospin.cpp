#include "common/error.h"
#include "structure/alkenegeometry.h"
#include "structure/couplingrules.h"
#include "structure/protongroups.h"
#include "structure/protonshifts.h"
#include "structure/structure.h"
#include "structure/structureread.h"

#include <GraphMol/Depictor/RDDepictor.h>
#include <GraphMol/FileParsers/FileParsers.h>
#include <GraphMol/MolOps.h>
#include <GraphMol/RWMol.h>
#include <GraphMol/SmilesParse/SmilesWrite.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace spinhance {

namespace {

using structure::ProtonGroup;
using structure::ProtonTable;

ProtonTable protonTable(const RDKit::ROMol& mol, StructureSolvent solvent) {
    ProtonTable table;
    for (const RDKit::Atom* atom : mol.atoms())
        if (atom->getAtomicNum() == 1 && atom->getDegree() == 1)
            table.hydrogens.push_back(int(atom->getIdx()));
    const std::size_t n = table.hydrogens.size();
    table.couplingHz.assign(n * n, 0.0);
    for (std::size_t p = 0; p < n; ++p) {
        const RDKit::Atom& hp = *mol.getAtomWithIdx(table.hydrogens[p]);
        table.shiftPpm.push_back(structure::protonShiftPpm(hp, solvent));
        for (std::size_t q = p + 1; q < n; ++q) {
            const double jHz =
                structure::protonCouplingHz(hp, *mol.getAtomWithIdx(table.hydrogens[q]));
            table.couplingHz[p * n + q] = table.couplingHz[q * n + p] = jHz;
        }
    }
    return table;
}

const RDKit::Atom& parentOf(const RDKit::ROMol& mol, int hydrogen) {
    return **mol.atomNeighbors(mol.getAtomWithIdx(hydrogen)).begin();
}

std::string labelOf(const RDKit::ROMol& mol, const ProtonGroup& group) {
    const RDKit::Atom& parent = parentOf(mol, group.hydrogens.front());
    const std::string number = std::to_string(parent.getIdx() + 1);
    if (parent.getAtomicNum() == 6) return "H" + number;
    return parent.getSymbol() + "H" + number;
}

// Diastereotopic and cis/trans partners share their carbon: "H5" becomes "H5a" and "H5b".
void makeLabelsUnique(std::vector<std::string>& labels) {
    std::map<std::string, int> count, seen;
    for (const auto& label : labels)
        ++count[label];
    for (auto& label : labels)
        if (count[label] > 1) label += char('a' + seen[label]++);
}

std::vector<std::string> stereoWarnings(const RDKit::ROMol& mol) {
    std::vector<std::string> warnings;
    for (const RDKit::Bond* bond : mol.bonds())
        if (bond->getBondType() == RDKit::Bond::DOUBLE &&
            bond->getBeginAtom()->getAtomicNum() == 6 && bond->getEndAtom()->getAtomicNum() == 6 &&
            structure::hasUnspecifiedStereo(*bond))
            warnings.push_back("double bond " + std::to_string(bond->getBeginAtomIdx() + 1) + "=" +
                               std::to_string(bond->getEndAtomIdx() + 1) +
                               " has no stereo; assumed E (larger groups trans)");
    return warnings;
}

StructureGroupInfo groupInfo(const RDKit::ROMol& mol, const ProtonGroup& group) {
    std::set<int> atoms;
    for (int h : group.hydrogens)
        atoms.insert(int(parentOf(mol, h).getIdx()));
    return {{atoms.begin(), atoms.end()},
            structure::isExchangeable(*mol.getAtomWithIdx(group.hydrogens.front())),
            group.chemicalClass};
}

double groupShiftPpm(const ProtonTable& table, const std::map<int, std::size_t>& position,
                     const ProtonGroup& group) {
    double sumPpm = 0.0;
    for (int h : group.hydrogens)
        sumPpm += table.shiftPpm[position.at(h)];
    // The tables carry two decimals; more would only print floating-point noise.
    return std::round(sumPpm / double(group.hydrogens.size()) * 100.0) / 100.0;
}

void checkGroupCount(std::size_t groups) {
    if (groups > std::size_t(structurelimits::kMaxProtonGroups))
        throw Error(ErrorCode::Unsupported,
                    "the molecule has " + std::to_string(groups) +
                        " groups of equivalent protons; the structure room takes at most " +
                        std::to_string(structurelimits::kMaxProtonGroups),
                    {"", 0, "structure"});
}

std::map<int, std::size_t> positionsOf(const ProtonTable& table) {
    std::map<int, std::size_t> position;
    for (std::size_t p = 0; p < table.hydrogens.size(); ++p)
        position[table.hydrogens[p]] = p;
    return position;
}

void setCouplings(StructureSpin& result, const RDKit::ROMol& mol, const ProtonTable& table,
                  const std::vector<ProtonGroup>& groups) {
    std::map<int, std::size_t> position = positionsOf(table);
    const std::size_t n = table.hydrogens.size(), atoms = mol.getNumAtoms();
    const double* distances = RDKit::MolOps::getDistanceMat(mol);
    result.bondsBetween.assign(groups.size() * groups.size(), 0);
    for (std::size_t i = 0; i < groups.size(); ++i)
        for (std::size_t j = i + 1; j < groups.size(); ++j) {
            const int hi = groups[i].hydrogens.front(), hj = groups[j].hydrogens.front();
            const int bonds = int(distances[std::size_t(hi) * atoms + std::size_t(hj)]);
            result.bondsBetween[i * groups.size() + j] = bonds;
            result.bondsBetween[j * groups.size() + i] = bonds;
            const double jHz = table.couplingHz[position[hi] * n + position[hj]];
            if (jHz != 0.0) result.system.setCouplingHz(i, j, jHz);
        }
}

// Groups in descending shift, as a journal lists them; labels from the carrying atoms.
void addGroups(StructureSpin& result, const RDKit::ROMol& mol, const ProtonTable& table,
               std::vector<ProtonGroup>& groups) {
    const std::map<int, std::size_t> position = positionsOf(table);
    std::stable_sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
        return groupShiftPpm(table, position, a) > groupShiftPpm(table, position, b);
    });
    std::vector<std::string> labels;
    for (const ProtonGroup& group : groups)
        labels.push_back(labelOf(mol, group));
    makeLabelsUnique(labels);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        result.system.addGroup(groupShiftPpm(table, position, groups[g]),
                               int(groups[g].hydrogens.size()), labels[g]);
        result.info.push_back(groupInfo(mol, groups[g]));
    }
}

// In D2O or CD3OD the OH, NH and SH protons are replaced by deuterium and leave the spectrum.
void dropExchanged(const RDKit::ROMol& mol, std::vector<ProtonGroup>& groups,
                   std::vector<std::string>& warnings) {
    const auto exchanged = [&](const ProtonGroup& g) {
        return structure::isExchangeable(*mol.getAtomWithIdx(g.hydrogens.front()));
    };
    const auto before = groups.size();
    groups.erase(std::remove_if(groups.begin(), groups.end(), exchanged), groups.end());
    if (groups.size() != before)
        warnings.push_back("the solvent exchanges OH, NH and SH protons for deuterium: " +
                           std::to_string(before - groups.size()) + " group(s) left out");
}

StructureSpin buildSpin(structure::ReadMolecule read, const StructureOptions& options) {
    const RDKit::ROMol& mol = *read.mol;
    const ProtonTable table = protonTable(mol, options.solvent);
    std::vector<ProtonGroup> groups = structure::groupProtons(mol, table);
    StructureSpin result;
    if (options.solvent == StructureSolvent::Exchanging) dropExchanged(mol, groups, read.warnings);
    checkGroupCount(groups.size());
    result.heavyAtomCount = read.heavyAtomCount;
    result.warnings = std::move(read.warnings);
    for (auto& w : stereoWarnings(mol))
        result.warnings.push_back(std::move(w));
    if (groups.empty()) result.warnings.push_back("the molecule has no protons");
    addGroups(result, mol, table, groups);
    setCouplings(result, mol, table, groups);
    std::unique_ptr<RDKit::ROMol> heavy(RDKit::MolOps::removeHs(mol));
    result.system.smiles = RDKit::MolToSmiles(*heavy);
    // removeHs keeps the heavy atoms' order: the molfile's atom k + 1 is atomIndices' k.
    RDDepict::compute2DCoords(*heavy);
    result.molBlock = RDKit::MolToMolBlock(*heavy);
    return result;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(ErrorCode::Io, "cannot open the structure file", {path, 0, ""});
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

StructureSolvent structureSolventOf(const std::string& name) {
    std::string key;
    for (char ch : name)
        if (std::isalnum(static_cast<unsigned char>(ch)))
            key += char(std::tolower(static_cast<unsigned char>(ch)));
    if (key.find("dmso") != std::string::npos || key.find("cd32so") != std::string::npos ||
        key.find("dimethylsulfoxide") != std::string::npos)
        return StructureSolvent::Dmso;
    for (const char* protic : {"d2o", "deuteriumoxide", "heavywater", "cd3od", "meod", "methanold4",
                               "methanold", "cd3cd2od", "ethanold6"})
        if (key.rfind(protic, 0) == 0) return StructureSolvent::Exchanging;
    return StructureSolvent::Aprotic;
}

StructureSpin spinFromSmiles(const std::string& smiles, const StructureOptions& options) {
    return buildSpin(structure::readSmiles(smiles), options);
}

StructureSpin spinFromMolText(const std::string& molText, const std::string& sourceName,
                              const StructureOptions& options) {
    return buildSpin(structure::readMolText(molText, sourceName), options);
}

StructureSpin structureToSpin(const std::string& input, const StructureOptions& options) {
    if (structure::looksLikeStructureFile(input))
        return spinFromMolText(readFile(input), input, options);
    return spinFromSmiles(input, options);
}

} // namespace spinhance

namespace spinhance {

SpinSystem withoutExchangeable(const StructureSpin& spin) {
    SpinSystem system = spin.system;
    for (std::size_t g = spin.info.size(); g-- > 0;)
        if (spin.info[g].exchangeable) system.removeGroup(g);
    return system;
}

} // namespace spinhance

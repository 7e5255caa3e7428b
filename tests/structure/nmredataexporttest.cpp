// A structure's spin system written as NMReDATA with its molfile and assignment: the molfile
// holds the heavy atoms in input order with 2D coordinates, and each group is assigned to the
// atoms that carry its protons (ethyl acetate, CCOC(C)=O: atoms 1 CH3, 2 OCH2, 5 acetyl CH3).
#include "spin/spinsystemnmredata.h"
#include "structure/structure.h"

#include <gtest/gtest.h>
#include <sstream>

namespace spinhance {
namespace {

std::vector<std::string> linesOf(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        out.push_back(line);
    return out;
}

TEST(StructureNmredata, TheMolfileHoldsTheHeavyAtomsInInputOrder) {
    const StructureSpin spin = structureToSpin("CCOC(C)=O");
    const std::vector<std::string> mol = linesOf(spin.molBlock);
    ASSERT_GT(mol.size(), 10u) << spin.molBlock;
    EXPECT_NE(mol[3].find("V2000"), std::string::npos) << mol[3];
    EXPECT_EQ(std::stoi(mol[3].substr(0, 3)), 6); // atoms
    EXPECT_EQ(std::stoi(mol[3].substr(3, 3)), 5); // bonds
    const char* elements[] = {"C", "C", "O", "C", "C", "O"};
    for (int a = 0; a < 6; ++a) {
        std::istringstream atom(mol[std::size_t(4 + a)]);
        double x = 0, y = 0, z = 0;
        std::string element;
        atom >> x >> y >> z >> element;
        EXPECT_EQ(element, elements[a]) << "atom " << a + 1;
    }
    EXPECT_EQ(mol.back(), "M  END");
}

TEST(StructureNmredata, EachGroupIsAssignedToTheAtomsCarryingItsProtons) {
    const StructureSpin spin = structureToSpin("CCOC(C)=O");
    NmredataStructure structure{spin.molBlock, {}};
    for (std::size_t g = 0; g < spin.system.size(); ++g) {
        std::vector<int> atoms;
        for (int a : spin.info[g].atomIndices)
            atoms.push_back(a + 1);
        structure.assignedAtoms.push_back({spin.system.group(g).label, atoms});
    }
    const std::string record = nmredataOf(spin.system, 60.0, "CDCl3", &structure);
    const std::string title = spin.system.id.empty() ? "spin system" : spin.system.id;
    EXPECT_EQ(record.rfind(title + "\n", 0), 0u) << record.substr(0, 40); // the titled molfile
    EXPECT_NE(record.find("V2000"), std::string::npos);
    const std::size_t tag = record.find(">  <NMREDATA_ASSIGNMENT>");
    ASSERT_NE(tag, std::string::npos) << record;
    const std::string assignment = record.substr(tag);
    for (std::size_t g = 0; g < spin.system.size(); ++g) {
        const std::string& label = spin.system.group(g).label; // "H2": the protons of atom 2
        EXPECT_NE(assignment.find("\n" + label + ", "), std::string::npos) << label;
        EXPECT_NE(assignment.find(", " + label + "\\"), std::string::npos) << label;
    }
    // The record still reads back as the same system.
    const SpinSystem back = parseNmredata(record, "written");
    ASSERT_EQ(back.size(), spin.system.size());
    EXPECT_NEAR(back.couplingHz(0, 2), spin.system.couplingHz(0, 2), 0.005);
}

} // namespace
} // namespace spinhance

// The structure room against 65 small molecules with literature 1H data
// (tests/data/analysis/literature-systems.json: SMILES, groups, couplings, a source per record).
#include "spin/spinsystemjson.h"
#include "structure/structure.h"
#include "structurescore.h"

#include <fstream>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace spinhance {
namespace {

std::string readText(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<test::MoleculeScore> scoreLiteratureSet() {
    const std::string path =
        std::string(SPINHANCE_TEST_DATA_DIR) + "/analysis/literature-systems.json";
    const std::string text = readText(path);
    const std::vector<SpinSystem> truths = parseSpinSystems(text, path);
    std::vector<test::MoleculeScore> scores;
    for (const SpinSystem& truth : truths)
        scores.push_back(test::scoreAgainst(spinFromSmiles(truth.smiles), truth));
    return scores;
}

void printScores(const std::vector<test::MoleculeScore>& scores) {
    std::cout << std::fixed << std::setprecision(2);
    for (const auto& s : scores)
        std::cout << std::left << std::setw(24) << s.id
                  << (s.countsRight ? " counts ok " : " COUNTS   ") << " shift MAE "
                  << s.shiftAbsSumPpm / std::max(s.matchedGroups, 1) << " ppm, 3J MAE "
                  << s.vicinalAbsSumHz / std::max(s.vicinalCount, 1) << " Hz (" << s.matchedGroups
                  << " groups, " << s.vicinalCount << " 3J)\n";
}

TEST(Literature, MeetsTheIssueTargetsOnTheLiteratureSet) {
    const std::vector<test::MoleculeScore> scores = scoreLiteratureSet();
    printScores(scores);
    const test::SetScore set = test::summarise(scores);
    std::cout << "molecules " << set.molecules << ", group/proton counts right " << set.countsRight
              << ", shift MAE " << set.shiftMaePpm << " ppm, 3J MAE " << set.vicinalMaeHz
              << " Hz, all-J MAE " << set.couplingMaeHz << " Hz\n";
    EXPECT_GE(set.molecules, 40);
    EXPECT_GE(double(set.countsRight) / set.molecules, 0.95);
    EXPECT_LE(set.shiftMaePpm, 0.20);
    EXPECT_LE(set.vicinalMaeHz, 1.0);
}

} // namespace
} // namespace spinhance

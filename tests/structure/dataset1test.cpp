// The structure room against the assigned 1H shifts of the ten nmr-dataset1 molecules
// (../shared/data/nmr-dataset1: NMReDATA SD files whose assignment tag lists "hK, δ, H<atom>").
#include "structure/structure.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <iomanip>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>

namespace spinhance {
namespace {

namespace fs = std::filesystem;

const fs::path kDataset = fs::path(SPINHANCE_SHARED_DATA_DIR) / "nmr-dataset1" / "data";

std::string readText(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Assigned proton shifts by heavy atom (0-based, molblock order); two for a diastereotopic CH2.
std::map<int, std::vector<double>> assignedShifts(const std::string& sdf) {
    static const std::regex line(R"(^h\d+,\s*([-0-9.]+),\s*H(\d+))");
    std::map<int, std::vector<double>> shifts;
    std::istringstream in(sdf);
    for (std::string text; std::getline(in, text);) {
        std::smatch m;
        if (std::regex_search(text, m, line))
            shifts[std::stoi(m[2]) - 1].push_back(std::stod(m[1]));
    }
    return shifts;
}

std::string solventOf(const std::string& sdf) {
    static const std::regex tag(R"(>\s*<NMREDATA_SOLVENT>\s*\n([^\n]*))");
    std::smatch m;
    return std::regex_search(sdf, m, tag) ? m[1].str() : std::string();
}

std::vector<double> predictedShifts(const StructureSpin& spin, int atom, bool carbonOnly) {
    std::vector<double> shifts;
    for (std::size_t g = 0; g < spin.system.size(); ++g) {
        if (carbonOnly && spin.info[g].exchangeable) continue;
        const auto& atoms = spin.info[g].atomIndices;
        if (std::find(atoms.begin(), atoms.end(), atom) != atoms.end())
            shifts.push_back(spin.system.group(g).shiftPpm);
    }
    return shifts;
}

struct Dataset1Score {
    int entries = 0;
    double absSumPpm = 0.0;
    int atoms = 0;
    int splitsRight = 0; ///< atoms where the room makes as many groups as the assignment lists
};

void scoreMolecule(const StructureSpin& spin, const std::map<int, std::vector<double>>& truth,
                   bool carbonOnly, Dataset1Score& score) {
    for (const auto& [atom, shifts] : truth) {
        std::vector<double> truthPpm = shifts, predPpm = predictedShifts(spin, atom, carbonOnly);
        if (predPpm.empty()) continue;
        ++score.atoms;
        score.splitsRight += predPpm.size() == truthPpm.size() ? 1 : 0;
        std::sort(truthPpm.begin(), truthPpm.end());
        std::sort(predPpm.begin(), predPpm.end());
        for (std::size_t k = 0; k < truthPpm.size(); ++k) {
            score.absSumPpm += std::abs(truthPpm[k] - predPpm[std::min(k, predPpm.size() - 1)]);
            ++score.entries;
        }
    }
}

TEST(Dataset1, ShiftsOfTheAssignedMolecules) {
    if (!fs::is_directory(kDataset)) GTEST_SKIP() << "no " << kDataset << " (../shared absent)";
    Dataset1Score total, carbonBound;
    std::cout << std::fixed << std::setprecision(3);
    for (const auto& dir : fs::directory_iterator(kDataset)) {
        for (const auto& file : fs::directory_iterator(dir.path())) {
            if (file.path().string().find(".nmredata.sdf") == std::string::npos) continue;
            const std::string sdf = readText(file.path());
            // The record names its solvent (NMREDATA_SOLVENT): OH and NH shifts depend on it.
            StructureOptions options;
            options.solvent = structureSolventOf(solventOf(sdf));
            const StructureSpin spin = spinFromMolText(sdf, file.path().string(), options);
            Dataset1Score one;
            scoreMolecule(spin, assignedShifts(sdf), false, one);
            scoreMolecule(spin, assignedShifts(sdf), true, carbonBound);
            std::cout << dir.path().filename().string() << ": " << one.entries
                      << " assigned shifts, MAE " << one.absSumPpm / std::max(one.entries, 1)
                      << " ppm, " << one.splitsRight << "/" << one.atoms << " atoms split right\n";
            total.entries += one.entries, total.absSumPpm += one.absSumPpm;
            total.atoms += one.atoms, total.splitsRight += one.splitsRight;
        }
    }
    const double maePpm = total.absSumPpm / std::max(total.entries, 1);
    std::cout << "nmr-dataset1: " << total.entries << " shifts, MAE " << maePpm << " ppm, "
              << total.splitsRight << "/" << total.atoms << " atoms split right\n";
    const double carbonMaePpm = carbonBound.absSumPpm / std::max(carbonBound.entries, 1);
    std::cout << "C-H only: " << carbonBound.entries << " shifts, MAE " << carbonMaePpm << " ppm\n";
    ASSERT_GT(total.entries, 50);
    // The issue's target; glucose's ring C–H stay about 0.5 ppm high (docs/structure.md).
    EXPECT_LE(maePpm, 0.20);
    EXPECT_LE(carbonMaePpm, 0.20);
    EXPECT_GE(total.splitsRight, total.atoms - 1);
}

} // namespace
} // namespace spinhance

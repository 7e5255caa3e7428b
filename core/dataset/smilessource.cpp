#include "dataset/smilessource.h"

#include "common/error.h"
#include "dataset/validation.h"
#include "spin/couplinggraph.h"
#include "spin/spinlimits.h"
#include "structure/structure.h"

#include <fstream>
#include <sstream>

namespace spinhance {

namespace {

constexpr std::size_t kProgressEvery = 100;

struct SmilesLine {
    std::string smiles, name;
    int lineNumber = 0;
};

std::vector<SmilesLine> readSmilesLines(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(ErrorCode::Io, "cannot open the SMILES list", {path, 0, {}});
    std::vector<SmilesLine> out;
    int number = 0;
    for (std::string text; std::getline(in, text);) {
        ++number;
        std::istringstream fields(text);
        SmilesLine line;
        line.lineNumber = number;
        if (!(fields >> line.smiles) || line.smiles.front() == '#') continue;
        std::getline(fields >> std::ws, line.name);
        while (!line.name.empty() && (line.name.back() == '\r' || line.name.back() == ' '))
            line.name.pop_back();
        out.push_back(std::move(line));
    }
    if (out.empty())
        throw Error(ErrorCode::InvalidInput, "expected one SMILES per line, found none",
                    {path, 0, {}});
    return out;
}

// Whether the exact simulator can render every coupled cluster (counted without the weak-coupling
// split, so a few renderable molecules are left out rather than failing mid-file); the reason if
// not.
std::string simulationProblem(const SpinSystem& system) {
    for (const std::vector<std::size_t>& members : couplingComponents(system)) {
        std::vector<int> counts;
        for (std::size_t g : members)
            counts.push_back(system.group(g).protonCount);
        try {
            checkClusterSize(simulationClusterSize(counts), describeCluster(system, members));
        } catch (const Error& error) {
            return error.what();
        }
    }
    return {};
}

// The system of one molecule, or the reason it is left out.
std::string systemOf(const SmilesLine& line, int maxGroups, SpinSystem& system) {
    try {
        system = withoutExchangeable(spinFromSmiles(line.smiles));
    } catch (const Error& error) {
        return error.what();
    }
    if (system.empty()) return "no C-H protons";
    const std::vector<std::string> problems = targetProblems(system, maxGroups);
    return problems.empty() ? simulationProblem(system) : problems.front();
}

} // namespace

SmilesSource readSmilesSource(const std::string& path, int maxGroups,
                              const ProgressCallback& progress, const CancelFlag* cancel) {
    const std::vector<SmilesLine> lines = readSmilesLines(path);
    SmilesSource out;
    for (const SmilesLine& line : lines) {
        throwIfCancelled(cancel);
        const std::string id =
            line.name.empty() ? "line " + std::to_string(line.lineNumber) : line.name;
        SpinSystem system;
        const std::string problem = systemOf(line, maxGroups, system);
        if (problem.empty()) {
            system.id = id;
            system.smiles = line.smiles;
            out.systems.push_back(std::move(system));
        } else {
            out.skipped.push_back(path + ":" + std::to_string(line.lineNumber) + " (" + id +
                                  "): " + problem);
        }
        if (progress && ++out.read % kProgressEvery == 0)
            progress({(long long)out.read, (long long)lines.size(), "structures"});
    }
    out.read = lines.size();
    if (progress) progress({(long long)out.read, (long long)lines.size(), "structures"});
    return out;
}

} // namespace spinhance

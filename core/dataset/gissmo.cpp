#include "dataset/gissmo.h"

#include "common/error.h"
#include "dataset/moleculebuilder.h"
#include "dataset/validation.h"
#include "spin/simulator.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

namespace spinhance {

namespace {

struct Atoms {
    std::vector<double> shiftPpm;
    std::vector<std::vector<double>> couplingHz; // dense, by atom position
};

// An atom ID must be an integer: a float such as 1e21 has no long value (converting it is
// undefined behaviour, found by fuzzing).
long atomId(const nlohmann::json& entry, const char* key, const std::string& path,
            const char* field) {
    const nlohmann::json& id = entry.at(key);
    if (!id.is_number_integer())
        throw Error(ErrorCode::InvalidInput,
                    std::string("expected an integer atom ") + key + ", found " + id.dump(),
                    {path, 0, field});
    return id.get<long>();
}

Atoms parseAtoms(const nlohmann::json& root, const std::string& path) {
    if (!root.is_object() || !root.contains("chemical shift") || !root["chemical shift"].is_array())
        throw Error(ErrorCode::InvalidInput, "expected an object with a \"chemical shift\" array",
                    {path, 0, "chemical shift"});
    Atoms atoms;
    std::map<long, std::size_t> positionOf;
    for (const auto& entry : root["chemical shift"]) {
        positionOf[atomId(entry, "ID", path, "chemical shift")] = atoms.shiftPpm.size();
        atoms.shiftPpm.push_back(entry.at("value").get<double>());
    }
    const std::size_t n = atoms.shiftPpm.size();
    atoms.couplingHz.assign(n, std::vector<double>(n, 0.0));
    for (const auto& entry : root.value("J-coupling", nlohmann::json::array())) {
        const auto a = positionOf.find(atomId(entry, "ID1", path, "J-coupling"));
        const auto b = positionOf.find(atomId(entry, "ID2", path, "J-coupling"));
        if (a == positionOf.end() || b == positionOf.end())
            throw Error(ErrorCode::InvalidInput, "a coupling names an atom without a shift",
                        {path, 0, "J-coupling"});
        atoms.couplingHz[a->second][b->second] = entry.at("value").get<double>();
        atoms.couplingHz[b->second][a->second] = entry.at("value").get<double>();
    }
    return atoms;
}

bool equivalent(const Atoms& atoms, std::size_t a, std::size_t b, const GissmoGrouping& g) {
    if (std::abs(atoms.shiftPpm[a] - atoms.shiftPpm[b]) > g.shiftTolerancePpm) return false;
    for (std::size_t k = 0; k < atoms.shiftPpm.size(); ++k) {
        if (k == a || k == b) continue;
        if (std::abs(atoms.couplingHz[a][k] - atoms.couplingHz[b][k]) > g.couplingToleranceHz)
            return false;
    }
    return true;
}

SpinSystem groupAtoms(const Atoms& atoms, const GissmoGrouping& grouping) {
    std::vector<std::size_t> representative; // first atom of each group
    std::vector<int> size;
    for (std::size_t atom = 0; atom < atoms.shiftPpm.size(); ++atom) {
        std::size_t g = 0;
        while (g < representative.size() && !equivalent(atoms, representative[g], atom, grouping))
            ++g;
        if (g == representative.size()) {
            representative.push_back(atom);
            size.push_back(0);
        }
        ++size[g];
    }
    SpinSystem system;
    for (std::size_t g = 0; g < representative.size(); ++g)
        system.addGroup(atoms.shiftPpm[representative[g]], size[g]);
    for (std::size_t g = 0; g < representative.size(); ++g)
        for (std::size_t h = g + 1; h < representative.size(); ++h)
            if (atoms.couplingHz[representative[g]][representative[h]] != 0.0)
                system.setCouplingHz(g, h, atoms.couplingHz[representative[g]][representative[h]]);
    return system;
}

std::string whyUnfit(const SpinSystem& system, int maxGroups) {
    const std::vector<std::string> problems = targetProblems(system, maxGroups);
    if (!problems.empty()) return problems.front();
    try {
        simulateSticks(system);
    } catch (const Error& e) {
        return e.reason();
    }
    return {};
}

} // namespace

SpinSystem readGissmoFile(const std::string& path, const GissmoGrouping& grouping) {
    std::ifstream in(path);
    if (!in) throw Error(ErrorCode::Io, "cannot read the file", {path, 0, ""});
    nlohmann::json root;
    try {
        in >> root;
        SpinSystem system = canonicalOrder(groupAtoms(parseAtoms(root, path), grouping), true);
        system.id = std::filesystem::path(path).stem().string();
        system.fragments = {"gissmo"};
        return system;
    } catch (const nlohmann::json::exception& e) {
        throw Error(ErrorCode::InvalidInput, std::string("malformed GISSMO JSON: ") + e.what(),
                    {path, 0, ""});
    }
}

GissmoFolder readGissmoFolder(const std::string& folder, int maxGroups,
                              const GissmoGrouping& grouping) {
    if (!std::filesystem::is_directory(folder))
        throw Error(ErrorCode::NotFound, "not a folder of GISSMO *.json files", {folder, 0, ""});
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    GissmoFolder result;
    for (const auto& file : files) {
        SpinSystem system = readGissmoFile(file.string(), grouping);
        const std::string reason = whyUnfit(system, maxGroups);
        if (reason.empty())
            result.systems.push_back(std::move(system));
        else
            result.skipped.push_back(file.filename().string() + ": " + reason);
    }
    return result;
}

} // namespace spinhance

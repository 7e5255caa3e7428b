#include "spin/spinsystemjson.h"

#include "common/atomicfile.h"
#include "common/error.h"
#include "common/numberformat.h"
#include "spin/spinlimits.h"
#include "spin/spinsystemnmredata.h"

#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace spinhance {

namespace {

using nlohmann::json;

// Carries where we are while reading, so every error names file, record and field.
struct RecordReader {
    std::string sourceName;
    std::string recordName;

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw Error(ErrorCode::InvalidInput, reason, {sourceName, 0, recordName + ": " + field});
    }

    double number(const json& value, const std::string& field) const {
        if (!value.is_number()) fail(field, "expected a number, found " + value.dump());
        return value.get<double>();
    }

    const json& array(const json& record, const char* key) const {
        const json& value = record.at(key);
        if (!value.is_array()) fail(key, "expected an array, found " + value.dump());
        return value;
    }

    std::vector<std::string> strings(const json& record, const char* key) const {
        std::vector<std::string> out;
        for (const json& item : array(record, key)) {
            if (!item.is_string()) fail(key, "expected strings, found " + item.dump());
            out.push_back(item.get<std::string>());
        }
        return out;
    }

    void readGroups(const json& record, SpinSystem& system) const {
        if (!record.contains("spin_groups"))
            fail("spin_groups", "missing (expected [[ppm, n], ...])");
        const json& groups = array(record, "spin_groups");
        // Before anything is added: each group grows the coupling matrix, so a huge list costs n³.
        if (groups.size() > limits::kMaxGroups)
            fail("spin_groups", "expected at most " + std::to_string(limits::kMaxGroups) +
                                    " groups, found " + std::to_string(groups.size()));
        std::vector<std::string> labels;
        if (record.contains("labels")) labels = strings(record, "labels");
        if (!labels.empty() && labels.size() != groups.size())
            fail("labels", "expected " + std::to_string(groups.size()) +
                               " labels (one per spin group), found " +
                               std::to_string(labels.size()));
        for (std::size_t i = 0; i < groups.size(); ++i)
            readGroup(groups[i], i, labels, system);
    }

    void readGroup(const json& group, std::size_t i, const std::vector<std::string>& labels,
                   SpinSystem& system) const {
        const std::string field = "spin_groups[" + std::to_string(i) + "]";
        if (!group.is_array() || group.size() != 2)
            fail(field, "expected [ppm, n], found " + group.dump());
        const double n = number(group[1], field + " n");
        if (n != std::floor(n) || std::abs(n) > 1e6)
            fail(field + " n", "expected a whole number of protons, found " + group[1].dump());
        system.addGroup(number(group[0], field + " ppm"), int(n), labels.empty() ? "" : labels[i]);
    }

    std::size_t labelIndex(const SpinSystem& system, const json& label,
                           const std::string& field) const {
        if (!label.is_string()) fail(field, "expected a group label, found " + label.dump());
        const int index = system.indexOfLabel(label.get<std::string>());
        if (index < 0) fail(field, "unknown label " + label.dump());
        return std::size_t(index);
    }

    void readCouplings(const json& record, SpinSystem& system) const {
        if (!record.contains("couplings")) return;
        const json& couplings = array(record, "couplings");
        std::set<std::pair<std::size_t, std::size_t>> seen;
        for (std::size_t k = 0; k < couplings.size(); ++k) {
            const std::string field = "couplings[" + std::to_string(k) + "]";
            const json& c = couplings[k];
            if (!c.is_array() || c.size() != 3)
                fail(field, "expected [labelA, labelB, Hz], found " + c.dump());
            const std::size_t a = labelIndex(system, c[0], field);
            const std::size_t b = labelIndex(system, c[1], field);
            if (a == b) fail(field, "a group cannot couple to itself (" + c.dump() + ")");
            const double hz = number(c[2], field + " Hz");
            const auto key = std::minmax(a, b);
            if (!seen.insert(key).second && system.couplingHz(a, b) != hz)
                fail(field, "coupling listed twice with different values (asymmetric matrix): " +
                                c.dump() + " vs " + formatNumber(system.couplingHz(a, b)));
            system.setCouplingHz(a, b, hz);
        }
    }

    // {"label": Hz, ...}: the broad (exchanging) groups' extra line widths.
    void readExtraWidths(const json& record, SpinSystem& system) const {
        if (!record.contains("extra_widths_hz")) return;
        const json& widths = record["extra_widths_hz"];
        if (!widths.is_object())
            fail("extra_widths_hz", "expected {\"label\": Hz, ...}, found " + widths.dump());
        for (const auto& [label, value] : widths.items()) {
            const std::string field = "extra_widths_hz." + label;
            const double hz = number(value, field);
            if (!(hz >= 0.0 && hz <= limits::kMaxExtraWidthHz))
                fail(field, "expected a line broadening of 0 to " +
                                std::to_string(int(limits::kMaxExtraWidthHz)) + " Hz, found " +
                                value.dump());
            system.group(labelIndex(system, json(label), field)).extraWidthHz = hz;
        }
    }

    SpinSystem read(const json& record) const {
        if (!record.is_object()) fail("record", "expected a JSON object, found " + record.dump());
        SpinSystem system;
        if (record.contains("id"))
            system.id =
                record["id"].is_string() ? record["id"].get<std::string>() : record["id"].dump();
        if (record.contains("smiles") && record["smiles"].is_string())
            system.smiles = record["smiles"].get<std::string>();
        if (record.contains("fragments")) system.fragments = strings(record, "fragments");
        readGroups(record, system);
        readCouplings(record, system);
        readExtraWidths(record, system);
        try {
            validate(system, recordName);
        } catch (const Error& e) {
            throw Error(e.code(), e.reason(), {sourceName, 0, e.context().field});
        }
        return system;
    }
};

std::string recordNameOf(const json& record, std::size_t index) {
    if (record.is_object() && record.contains("id") && record["id"].is_string())
        return "record " + std::to_string(index) + " (id " + record["id"].get<std::string>() + ")";
    return "record " + std::to_string(index);
}

json toJsonValue(const SpinSystem& system) {
    json record = json::object();
    record["id"] = system.id;
    if (!system.smiles.empty()) record["smiles"] = system.smiles;
    json labels = json::array(), groups = json::array(), couplings = json::array();
    for (const SpinGroup& g : system.groups()) {
        labels.push_back(g.label);
        groups.push_back({g.shiftPpm, g.protonCount});
    }
    for (std::size_t i = 0; i < system.size(); ++i)
        for (std::size_t j = i + 1; j < system.size(); ++j)
            if (system.couplingHz(i, j) != 0.0)
                couplings.push_back(
                    {system.group(i).label, system.group(j).label, system.couplingHz(i, j)});
    record["labels"] = labels;
    record["spin_groups"] = groups;
    record["couplings"] = couplings;
    if (!system.fragments.empty()) record["fragments"] = system.fragments;
    json widths = json::object();
    for (const SpinGroup& g : system.groups())
        if (g.extraWidthHz > 0.0) widths[g.label] = g.extraWidthHz;
    if (!widths.empty()) record["extra_widths_hz"] = widths;
    return record;
}

// The simulator validates on every call, so messages (strings) are built only on failure.
[[noreturn]] void failValidation(const std::string& reason, const std::string& record,
                                 const std::string& field) {
    throw Error(ErrorCode::InvalidInput, reason, {"", 0, record + ": " + field});
}

std::string recordLabel(const SpinSystem& system, const std::string& recordName) {
    return recordName.empty() ? "record " + system.id : recordName;
}

void validateGroup(const SpinSystem& system, std::size_t i, const std::string& record) {
    const SpinGroup& g = system.group(i);
    const std::string group = "spin_groups[" + std::to_string(i) + "]";
    if (!(g.shiftPpm >= limits::kMinShiftPpm && g.shiftPpm <= limits::kMaxShiftPpm))
        failValidation("expected a finite 1H shift within " + formatNumber(limits::kMinShiftPpm) +
                           ".." + formatNumber(limits::kMaxShiftPpm) + " ppm, found " +
                           formatNumber(g.shiftPpm),
                       record, group + " ppm");
    if (g.protonCount < 1 || g.protonCount > limits::kMaxProtonsPerGroup)
        failValidation("expected 1 to " + std::to_string(limits::kMaxProtonsPerGroup) +
                           " equivalent protons in a group, found " + std::to_string(g.protonCount),
                       record, group + " n");
    for (std::size_t j = 0; j < i; ++j)
        if (g.label.empty() || g.label == system.group(j).label)
            failValidation("expected a unique, non-empty label, found \"" + g.label + "\"", record,
                           "labels[" + std::to_string(i) + "]");
    if (g.label.empty())
        failValidation("expected a non-empty label", record, "labels[" + std::to_string(i) + "]");
}

} // namespace

std::vector<SpinSystem> parseSpinSystems(const std::string& jsonText,
                                         const std::string& sourceName) {
    json document;
    try {
        document = json::parse(jsonText);
    } catch (const json::exception& e) {
        // Also number overflow ("1e400"), which the library reports as out_of_range, not
        // parse_error.
        throw Error(ErrorCode::InvalidInput, std::string("not valid JSON: ") + e.what(),
                    {sourceName, 0, ""});
    }
    std::vector<SpinSystem> systems;
    if (!document.is_array()) {
        systems.push_back(RecordReader{sourceName, recordNameOf(document, 0)}.read(document));
        return systems;
    }
    for (std::size_t i = 0; i < document.size(); ++i)
        systems.push_back(RecordReader{sourceName, recordNameOf(document[i], i)}.read(document[i]));
    return systems;
}

std::vector<SpinSystem> readSpinSystems(const std::string& path) {
    std::ifstream in(path);
    if (!in) throw Error(ErrorCode::Io, "cannot open the file for reading", {path, 0, ""});
    std::stringstream text;
    text << in.rdbuf();
    if (isNmredata(text.str())) {
        SpinSystem system = parseNmredata(text.str(), path);
        validate(system, path);
        return {system};
    }
    return parseSpinSystems(text.str(), path);
}

std::string spinSystemToJson(const SpinSystem& system) {
    return toJsonValue(system).dump();
}

std::string spinSystemsToJson(const std::vector<SpinSystem>& systems) {
    std::string out = "[";
    for (std::size_t i = 0; i < systems.size(); ++i)
        out += (i ? ",\n " : "\n ") + spinSystemToJson(systems[i]);
    return out + "\n]\n";
}

void writeSpinSystems(const std::string& path, const std::vector<SpinSystem>& systems,
                      bool asArray) {
    const std::string extension = path.size() >= 4 ? path.substr(path.size() - 4) : "";
    if (extension == ".sdf" || extension == ".SDF") { // NMReDATA, one record per system
        std::string sdf;
        for (const SpinSystem& system : systems)
            sdf += nmredataOf(system, 0.0, {});
        return writeFileAtomically(path, sdf);
    }
    writeFileAtomically(path, !asArray && systems.size() == 1
                                  ? spinSystemToJson(systems.front()) + "\n"
                                  : spinSystemsToJson(systems));
}

void validate(const SpinSystem& system, const std::string& recordName) {
    const std::size_t n = system.size();
    if (n > limits::kMaxGroups)
        failValidation("expected at most " + std::to_string(limits::kMaxGroups) +
                           " groups, found " + std::to_string(n),
                       recordLabel(system, recordName), "spin_groups");
    for (std::size_t i = 0; i < n; ++i)
        validateGroup(system, i, recordLabel(system, recordName));
    const std::vector<double>& matrix = system.couplingMatrixHz();
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            const double value = matrix[i * n + j];
            if (std::abs(value) <= limits::kMaxAbsCouplingHz && value == matrix[j * n + i] &&
                (i != j || value == 0.0))
                continue;
            const std::string field =
                "couplings " + system.group(i).label + "-" + system.group(j).label;
            if (!(std::abs(value) <= limits::kMaxAbsCouplingHz))
                failValidation(
                    "expected a finite J within ±" + formatNumber(limits::kMaxAbsCouplingHz) +
                        " Hz (no 1H-1H coupling is larger), found " + formatNumber(value),
                    recordLabel(system, recordName), field);
            failValidation("expected a symmetric coupling matrix with zero diagonal",
                           recordLabel(system, recordName), field);
        }
}

} // namespace spinhance

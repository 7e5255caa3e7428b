#include "report/exportrecord.h"

#include "report/spinsystemcsv.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <nlohmann/json.hpp>

namespace spinhance {

namespace {

using json = nlohmann::ordered_json;

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string significant(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2g", value);
    return buffer;
}

json metadataJson(const ExportMetadata& m) {
    json out = json::object();
    out["file"] = m.file;
    if (!m.title.empty()) out["title"] = m.title;
    if (!m.instrument.empty()) out["instrument"] = m.instrument;
    out["nucleus"] = m.nucleus;
    out["field_mhz"] = roundTo(m.fieldMHz, 1e-4);
    out["solvent"] = m.solvent;
    if (!m.model.empty()) out["model"] = m.model;
    out["created_utc"] = m.createdUtc;
    out["software"] = "Spinhance";
    return out;
}

std::vector<std::pair<std::string, std::string>> metadataRows(const ExportMetadata& m) {
    std::vector<std::pair<std::string, std::string>> rows{{"file", m.file}};
    if (!m.title.empty()) rows.push_back({"title", m.title});
    if (!m.instrument.empty()) rows.push_back({"instrument", m.instrument});
    rows.push_back({"nucleus", m.nucleus});
    rows.push_back({"field_MHz", fixed(m.fieldMHz, 4)});
    rows.push_back({"solvent", m.solvent});
    if (!m.model.empty()) rows.push_back({"model", m.model});
    rows.push_back({"created_utc", m.createdUtc});
    return rows;
}

} // namespace

std::string utcTimestamp() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return buffer;
}

double roundedShiftPpm(double shiftPpm) {
    return roundTo(shiftPpm, 1e-4);
}

double roundedCouplingHz(double couplingHz) {
    return roundTo(couplingHz, 1e-2);
}

double roundedError(double error) {
    if (!(error > 0.0) || !std::isfinite(error)) return error;
    return std::stod(significant(error));
}

std::string exportRecordJson(const SpinSystem& system, const std::vector<double>& confidence,
                             const ExportErrors& errors, const ExportMetadata& metadata) {
    const std::size_t n = system.size();
    const bool withErrors = errors.present(n);
    json record = json::object();
    record["id"] = system.id;
    if (!system.smiles.empty()) record["smiles"] = system.smiles;
    json labels = json::array(), groups = json::array(), couplings = json::array();
    json shiftErrors = json::array(), couplingErrors = json::array(), held = json::array();
    for (std::size_t i = 0; i < n; ++i) {
        const SpinGroup& g = system.group(i);
        labels.push_back(g.label);
        groups.push_back({roundedShiftPpm(g.shiftPpm), g.protonCount});
        if (withErrors) shiftErrors.push_back(roundedError(errors.shiftErrorPpm[i]));
        for (std::size_t j = i + 1; j < n; ++j) {
            if (system.couplingHz(i, j) == 0.0) continue;
            const std::string& other = system.group(j).label;
            couplings.push_back({g.label, other, roundedCouplingHz(system.couplingHz(i, j))});
            if (withErrors && errors.held(i, j, n)) { // kept at its start: no error to give
                couplingErrors.push_back({g.label, other, nullptr});
                held.push_back({g.label, other});
            } else if (withErrors) {
                couplingErrors.push_back(
                    {g.label, other, roundedError(errors.couplingErrorHz[i * n + j])});
            }
        }
    }
    record["labels"] = labels;
    record["spin_groups"] = groups;
    record["couplings"] = couplings;
    if (confidence.size() == n) {
        json c = json::array();
        for (double v : confidence)
            c.push_back(roundTo(v, 1e-3));
        record["confidence"] = c;
    }
    if (withErrors) {
        record["shift_errors_ppm"] = shiftErrors;
        record["coupling_errors_hz"] = couplingErrors;
        if (!held.empty()) record["held_couplings"] = held;
    }
    record["units"] = {{"spin_groups", "[shift ppm, protons]"}, {"couplings", "Hz"}};
    record["metadata"] = metadataJson(metadata);
    return record.dump(1) + "\n";
}

std::string exportRecordCsv(const SpinSystem& system, const std::vector<double>& confidence,
                            const ExportErrors& errors, const ExportMetadata& metadata,
                            const MultiplicityOptions& options) {
    std::string csv;
    for (const auto& [key, value] : metadataRows(metadata))
        csv += "# " + key + "," + csvField(value) + "\n";
    return csv + spinSystemToCsv(system, confidence, options, errors);
}

} // namespace spinhance

#include "report/spinsystemcsv.h"

#include "common/atomicfile.h"

#include <cstdio>

namespace spinhance {

namespace {

std::string number(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string significant(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.2g", value);
    return buffer;
}

std::string headerRow(const SpinSystem& system, bool withErrors) {
    std::string row = withErrors ? "label,shift_ppm,shift_error_ppm,protons,multiplicity,confidence"
                                 : "label,shift_ppm,protons,multiplicity,confidence";
    for (const SpinGroup& g : system.groups())
        row += "," + csvField("J_" + g.label + "_Hz");
    if (withErrors)
        for (const SpinGroup& g : system.groups())
            row += "," + csvField("J_" + g.label + "_error_Hz");
    return row + "\n";
}

std::string groupRow(const SpinSystem& system, std::size_t i, const std::vector<double>& confidence,
                     const MultiplicityOptions& options, const ExportErrors& errors) {
    const std::size_t n = system.size();
    const bool withErrors = errors.present(n);
    const SpinGroup& g = system.group(i);
    std::string row = csvField(g.label) + "," + number(g.shiftPpm, 4) + ",";
    if (withErrors) row += significant(errors.shiftErrorPpm[i]) + ",";
    row +=
        std::to_string(g.protonCount) + "," + describeMultiplicity(system, i, options).label + ",";
    if (i < confidence.size()) row += number(confidence[i], 3);
    for (std::size_t j = 0; j < n; ++j)
        row += "," + number(system.couplingHz(i, j), 2);
    if (withErrors)
        for (std::size_t j = 0; j < n; ++j)
            row += "," + (i == j || system.couplingHz(i, j) == 0.0 ? std::string()
                          : errors.held(i, j, n)                   ? std::string("held")
                                                 : significant(errors.couplingErrorHz[i * n + j]));
    return row + "\n";
}

} // namespace

std::string csvField(const std::string& field) {
    if (field.find_first_of(",\"\r\n") == std::string::npos) return field;
    std::string out = "\"";
    for (char c : field)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string spinSystemToCsv(const SpinSystem& system, const std::vector<double>& groupConfidence,
                            const MultiplicityOptions& options, const ExportErrors& errors) {
    std::string csv = headerRow(system, errors.present(system.size()));
    for (std::size_t i = 0; i < system.size(); ++i)
        csv += groupRow(system, i, groupConfidence, options, errors);
    return csv;
}

void writeSpinSystemCsv(const std::string& path, const SpinSystem& system,
                        const std::vector<double>& groupConfidence,
                        const MultiplicityOptions& options) {
    writeFileAtomically(path, spinSystemToCsv(system, groupConfidence, options));
}

} // namespace spinhance

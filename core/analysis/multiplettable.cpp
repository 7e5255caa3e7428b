#include "analysis/multiplettable.h"

#include <iomanip>
#include <sstream>

namespace spinhance::analysis {

namespace {

std::string fixed(double value, int decimals) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

} // namespace

std::string multiplicityFromLines(int lines) {
    static const char* const kNames[] = {"s", "d", "t", "q", "quint", "sext", "sept"};
    return lines >= 1 && lines <= 7 ? kNames[lines - 1] : "m";
}

std::vector<MultipletRow> multipletTable(const Evidence& evidence) {
    std::vector<MultipletRow> rows;
    const double perProton =
        evidence.totalProtons > 0 ? evidence.moleculeArea / evidence.totalProtons : 0.0;
    for (std::size_t r = 0; r < evidence.regions.size(); ++r) {
        const SignalRegion& region = evidence.regions[r];
        MultipletRow row;
        row.fromPpm = region.fromPpm;
        row.toPpm = region.toPpm;
        row.integralProtons = perProton > 0 ? region.integral / perProton : 0.0;
        if (r < evidence.regionProtons.size()) row.protons = evidence.regionProtons[r];
        if (r < evidence.multiplets.size()) {
            const MultipletReading& m = evidence.multiplets[r];
            row.centrePpm = m.centrePpm;
            row.lines = m.lines;
            row.widthHz = m.widthHz;
            row.splittingsHz = m.splittingCandidatesHz;
        } else {
            row.centrePpm = region.centroidPpm;
        }
        row.multiplicity = multiplicityFromLines(row.lines);
        rows.push_back(row);
    }
    return rows;
}

std::string multipletTableCsv(const std::vector<MultipletRow>& rows) {
    std::string csv =
        "from_ppm,to_ppm,centre_ppm,multiplicity,lines,width_Hz,integral_H,protons,splittings_Hz\n";
    for (const MultipletRow& row : rows) {
        std::string splittings;
        for (double j : row.splittingsHz)
            splittings += (splittings.empty() ? "" : ";") + fixed(j, 2);
        csv += fixed(row.fromPpm, 4) + "," + fixed(row.toPpm, 4) + "," + fixed(row.centrePpm, 4) +
               "," + row.multiplicity + "," + std::to_string(row.lines) + "," +
               fixed(row.widthHz, 2) + "," + fixed(row.integralProtons, 2) + "," +
               std::to_string(row.protons) + "," + splittings + "\n";
    }
    return csv;
}

} // namespace spinhance::analysis

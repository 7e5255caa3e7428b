#pragma once

#include "analysis/evidence.h"

#include <string>
#include <vector>

namespace spinhance::analysis {

/// One row of the multiplet table a chemist reads off a spectrum (as NMRium's ranges table):
/// where the multiplet lies, its centre, its first-order pattern, the splittings its lines show and
/// its integral on the molecule's proton scale.
struct MultipletRow {
    double fromPpm = 0.0;
    double toPpm = 0.0;
    double centrePpm = 0.0;
    double integralProtons = 0.0; ///< the region's area in protons (the scale the total sets)
    int protons = 0;              ///< the whole count the analysis gave the region
    int lines = 0;
    double widthHz = 0.0;
    std::string multiplicity;              ///< s, d, t, q, quint, sext, sept or m
    std::vector<double> splittingsHz;      ///< distinct spacings the lines show, ascending
};

/// The multiplet regions of `evidence`, ascending ppm.
std::vector<MultipletRow> multipletTable(const Evidence& evidence);

/// "s" (1 line) … "sept" (7) from the number of lines, "m" beyond.
std::string multiplicityFromLines(int lines);

/// RFC 4180 CSV with a header: from_ppm,to_ppm,centre_ppm,multiplicity,lines,width_Hz,
/// integral_H,protons,splittings_Hz (the splittings joined by ';').
std::string multipletTableCsv(const std::vector<MultipletRow>& rows);

} // namespace spinhance::analysis

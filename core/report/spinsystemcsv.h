#pragma once

#include "report/multiplicity.h"
#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// The last fit's standard errors; empty when the system was not fitted (or was edited since).
struct ExportErrors {
    std::vector<double> shiftErrorPpm;   ///< per group
    std::vector<double> couplingErrorHz; ///< row-major n × n
    bool present(std::size_t groups) const {
        return shiftErrorPpm.size() == groups && couplingErrorHz.size() == groups * groups;
    }
};

/// `field` as one CSV field (RFC 4180): quoted when it holds a comma, quote or line break,
/// quotes doubled.
std::string csvField(const std::string& field);

/// One spin system as a rectangular CSV table (RFC 4180, UTF-8, "\n" line ends), one row per group:
/// `label,shift_ppm,protons,multiplicity,confidence,J_<label>_Hz...` — the last columns are the
/// group's row of the J matrix (Hz, sign kept), so a spreadsheet shows the whole system.
/// `groupConfidence` may be empty (the column is then left blank). With `errors` present, a
/// `shift_error_ppm` column follows `shift_ppm` and `J_<label>_error_Hz` columns the J row (two
/// significant digits; blank on the diagonal and where J is 0).
std::string spinSystemToCsv(const SpinSystem& system,
                            const std::vector<double>& groupConfidence = {},
                            const MultiplicityOptions& options = {},
                            const ExportErrors& errors = {});

/// Writes spinSystemToCsv() to `path`; throws Error{Io} naming the file when it cannot be written.
void writeSpinSystemCsv(const std::string& path, const SpinSystem& system,
                        const std::vector<double>& groupConfidence = {},
                        const MultiplicityOptions& options = {});

} // namespace spinhance

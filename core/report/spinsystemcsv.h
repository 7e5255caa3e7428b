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
    /// Row-major n × n: 1 where the fit kept J at its start (FitResult::couplingHeld); its error
    /// is no measurement. Empty: none held.
    std::vector<char> couplingHeld;
    bool present(std::size_t groups) const {
        return shiftErrorPpm.size() == groups && couplingErrorHz.size() == groups * groups;
    }
    bool held(std::size_t i, std::size_t j, std::size_t groups) const {
        return couplingHeld.size() == groups * groups && couplingHeld[i * groups + j] != 0;
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
/// significant digits; blank on the diagonal and where J is 0; "held" where the fit kept J).
std::string spinSystemToCsv(const SpinSystem& system,
                            const std::vector<double>& groupConfidence = {},
                            const MultiplicityOptions& options = {},
                            const ExportErrors& errors = {});

/// Writes spinSystemToCsv() to `path`; throws Error{Io} naming the file when it cannot be written.
void writeSpinSystemCsv(const std::string& path, const SpinSystem& system,
                        const std::vector<double>& groupConfidence = {},
                        const MultiplicityOptions& options = {});

} // namespace spinhance

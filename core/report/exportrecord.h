#pragma once

#include "report/multiplicity.h"
#include "report/spinsystemcsv.h"
#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// Where an exported spin system came from: what a reader needs to file it without the app.
struct ExportMetadata {
    std::string file;       ///< the spectrum file, folder or zip
    std::string title;      ///< the file's own title, if any
    std::string instrument; ///< the spectrometer as the file names it, if it does
    double fieldMHz = 0.0;  ///< ¹H frequency used for the system's multiplets
    std::string solvent;    ///< as the file names it ("" when unknown)
    std::string nucleus = "1H";
    std::string model;      ///< the model file that proposed the system ("" when none)
    std::string createdUtc; ///< ISO 8601, e.g. "2026-12-01T11:30:00Z" (utcTimestamp())
};

/// Now, as ISO 8601 UTC to the second.
std::string utcTimestamp();

/// Shifts to 0.0001 ppm and couplings to 0.01 Hz (the precision of the simulator's fit at
/// benchtop fields, finer than any error it reports); errors to two significant digits.
double roundedShiftPpm(double shiftPpm);
double roundedCouplingHz(double couplingHz);
double roundedError(double error);

/// The interchange record (`labels`, `spin_groups`, `couplings`; spinSystemFromJson reads it
/// back) with rounded numbers, plus `metadata`, `confidence` (when given), `shift_errors_ppm`
/// and `coupling_errors_hz` ([label, label, ±Hz] beside each coupling; null for a J the fit held
/// at its start, which `held_couplings` then lists as [label, label]) when the errors are present,
/// and `units`.
std::string exportRecordJson(const SpinSystem& system, const std::vector<double>& confidence,
                             const ExportErrors& errors, const ExportMetadata& metadata);

/// The metadata as "# key,value" lines, then spinSystemToCsv's table with the errors.
std::string exportRecordCsv(const SpinSystem& system, const std::vector<double>& confidence,
                            const ExportErrors& errors, const ExportMetadata& metadata,
                            const MultiplicityOptions& options);

} // namespace spinhance

#pragma once

#include "report/multiplicity.h"
#include "spin/spinsystem.h"

#include <string>

namespace spinhance {

/// What the journal line states besides the spin system.
struct JournalOptions {
    double fieldMHz = 90.0;
    std::string solvent = "CDCl3"; ///< written with subscript digits (CDCl₃); empty: left out
    std::string nucleus = "1H";    ///< written with a superscript mass number (¹H)
    /// Neighbouring "m" entries closer than this are reported as one range ("7.28–7.17 (m, 5H)").
    double mergeMultipletsWithinPpm = 0.15;
    MultiplicityOptions multiplicity; ///< its fieldMHz is replaced by `fieldMHz`
};

/// The experimental-section line, e.g.
/// `¹H NMR (90 MHz, CDCl₃) δ 7.28 (m, 2H), 2.64 (q, J = 7.6 Hz, 2H), 1.23 (t, J = 7.6 Hz, 3H)`:
/// shifts descending (2 decimals), J descending (1 decimal), UTF-8.
std::string formatJournalString(const SpinSystem& system, const JournalOptions& options = {});

/// Vendor solvent names to formulas: "Chloroform-d" → "CDCl3", "DMSO" → "DMSO-d6"; others
/// unchanged.
std::string canonicalSolventFormula(const std::string& solvent);

/// "CDCl3" → "CDCl₃", "DMSO-d6" → "DMSO-d₆", "Chloroform-d" → "CDCl₃" (digits after a
/// letter become subscripts).
std::string prettySolventName(const std::string& solvent);

/// "1H" → "¹H", "13C" → "¹³C".
std::string prettyNucleusName(const std::string& nucleus);

} // namespace spinhance

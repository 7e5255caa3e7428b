#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// One signal as a journal prints it: "7.28–7.17 (m, 5H)", "4.12 (q, J = 7.1 Hz, 2H)".
struct JournalEntry {
    double highPpm = 0.0;
    double lowPpm = 0.0;             ///< equal to highPpm unless a range was given
    std::string multiplicity;        ///< normalised letters: "s", "dd", "br s", "m", ...
    std::vector<double> couplingsHz; ///< as printed, in order
    int protonCount = 1;
    bool protonCountGiven = false;
    bool exchangeable = false; ///< "br s" or an OH/NH/COOH assignment
    std::string assignment;    ///< other text in the parentheses ("ArH", "2 x CH3")
};

struct JournalParseOptions {
    /// Two printed J values are one coupling when closer than this (journals round to 0.1 Hz and
    /// read each multiplet separately).
    double couplingToleranceHz = 0.5;
};

/// A parsed line and the spin system it implies: one group per entry at the centre of its range,
/// couplings found by matching each multiplet's J values with partners whose proton count fits
/// the splitting ("q, J = 7.1" needs 3 protons with 7.1 Hz). What cannot be matched is listed in
/// `warnings`, never silently invented.
struct ParsedJournal {
    double fieldMHz = 0.0; ///< 0 when the header gives none
    std::string solvent;   ///< as written, e.g. "CDCl3"
    std::vector<JournalEntry> entries;
    SpinSystem system;
    std::vector<std::string> warnings;
};

/// The spin system of parsed entries (the second half of parseJournalString); unmatched
/// couplings are described in `warnings`.
SpinSystem spinSystemFromJournalEntries(const std::vector<JournalEntry>& entries,
                                        const JournalParseOptions& options,
                                        std::vector<std::string>& warnings);

/// Parses ¹H lines in ACS/RSC/Wiley style: an optional header "¹H NMR (400 MHz, CDCl₃) δ",
/// then entries "δ (multiplicity, J = a, b Hz, nH, assignment)" separated by commas or semicolons.
/// Accepts Unicode dashes, ×, sub- and superscript digits, "br s"/"brs"/"bs", "app t", "quint",
/// "sext", "sept"/"hept". Throws Error{InvalidInput} ("journal" as the file) when no entry is
/// found or the system breaks the spin limits (a shift of 1e308 ppm, 1000 protons in a group).
ParsedJournal parseJournalString(const std::string& text, const JournalParseOptions& options = {});

} // namespace spinhance

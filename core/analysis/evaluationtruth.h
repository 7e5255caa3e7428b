#pragma once

#include "spin/spinsystem.h"

#include <string>

namespace spinhance::analysis {

/// What an evaluation case's `X.truth.json` says: one interchange record (spinsystemjson.h) plus
/// the optional "protons" (the molecule's protons, default the record's) and "field_mhz" (0 when
/// absent: take the spectrum's).
struct EvaluationTruth {
    SpinSystem system;
    int protons = 0;
    double fieldMHz = 0.0;
};

/// Parses a truth file's text; throws Error{InvalidInput} naming `source` and the field (not one
/// record, protons not a whole number within 1..kMaxGroups × kMaxProtonsPerGroup, field_mhz not a
/// number ≥ 0).
EvaluationTruth parseEvaluationTruth(const std::string& jsonText, const std::string& source);

} // namespace spinhance::analysis

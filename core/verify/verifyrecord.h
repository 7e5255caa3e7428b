#pragma once

#include "verify/verify.h"

#include <string>

namespace spinhance::verify {

/// The verification as a JSON record: score, its parts, each predicted group's verdict, the
/// unexplained signals, the predicted system and the analysis record (see docs/verify.md).
std::string verificationJson(const Verification& verification, int indent = 1);

/// The verification as a few lines of text for a terminal or a status area.
std::string verificationText(const Verification& verification);

} // namespace spinhance::verify

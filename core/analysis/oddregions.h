#pragma once

#include "analysis/evidence.h"

namespace spinhance::analysis {

/// `evidence` with each two touching regions of odd proton counts joined into one (and their
/// readings: integral, lines, centre). A multiplet cut through one proton's lines (a doublet
/// halved at 60 MHz, a strongly coupled 4 H multiplet's outer line) leaves two odd counts side by
/// side. Unchanged where the regions and multiplets do not pair up.
Evidence oddNeighboursJoined(Evidence evidence);

} // namespace spinhance::analysis

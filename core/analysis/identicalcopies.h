#pragma once

#include "analysis/textbookcouplings.h"
#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance::analysis {

/// How many identical copies of `system` the molecule's proton count asks for: 2 or 3 when the
/// system holds exactly half or a third of `totalProtons`, else 1 (also when the total is not
/// given). Independent identical fragments give the same spectrum as one of them at k times the
/// intensity, so the fit alone cannot tell the two ethyls of diethyl ether from one ethyl; only
/// the proton count can.
int copiesForTotal(const SpinSystem& system, int totalProtons);

/// `system` as `copies` identical, independent fragments: every coupled cluster (groups linked by
/// a non-zero J) repeated with its couplings, and every uncoupled group holding `copies` times its
/// protons (repeated instead when that count is outside the degeneracy vocabulary). The spectrum is
/// `copies` times the original's. Labels follow the shifts.
SpinSystem withIdenticalCopies(const SpinSystem& system, int copies);

/// As withIdenticalCopies, labels by position (not yet by shift), with every `held` coupling
/// ("A-B" labels of `system`: a ring template's textbook J) held in each copy.
TemplateStart identicalCopiesOf(const SpinSystem& system, const std::vector<std::string>& held,
                                int copies);

} // namespace spinhance::analysis

#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// One row of a distribution: a section ("groups per system"), a bin ("3") and its share in
/// percent of the section's population (systems, groups or coupled pairs).
struct DistributionRow {
    std::string section;
    std::string bin;
    double percent = 0.0;
};

/// The distributions issue 15 compares between generated and real molecules: groups per system
/// (1…8+), protons per group (1, 2, 3, 4, 6, 9, other), systems without any coupling, |J| of the
/// coupled pairs (bins of datasetstats.h), group shifts per ppm (0…11+), and strong coupling at
/// `fieldMHz`: the share of coupled pairs, and of systems with at least one pair, whose shift
/// difference in Hz is below 3 |J|. Labels hold no '|' (the table is Markdown).
std::vector<DistributionRow> distributionOf(const std::vector<SpinSystem>& systems,
                                            double fieldMHz = 60.0);

/// A Markdown table of two distributions row by row (same sections and bins), with the difference
/// in percentage points and, last, the largest |difference|.
std::string formatComparison(const std::vector<DistributionRow>& a,
                             const std::vector<DistributionRow>& b, const std::string& nameA,
                             const std::string& nameB);

} // namespace spinhance

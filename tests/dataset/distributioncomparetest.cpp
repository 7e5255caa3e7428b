// The generated-vs-real distribution table (issue 15): shares counted by hand on two systems.
#include "dataset/distributioncompare.h"

#include <gtest/gtest.h>

using namespace spinhance;

namespace {

double share(const std::vector<DistributionRow>& rows, const std::string& section,
             const std::string& bin) {
    for (const DistributionRow& r : rows)
        if (r.section == section && r.bin == bin) return r.percent;
    ADD_FAILURE() << "no row " << section << " / " << bin;
    return -1.0;
}

} // namespace

TEST(DistributionCompare, SharesOfTwoHandCountedSystems) {
    // Ethyl acetate: 3 groups (2, 3, 3 H), one 7.1 Hz coupling 2.86 ppm = 171.6 Hz apart at 60 MHz.
    SpinSystem ethylAcetate;
    ethylAcetate.addGroup(4.12, 2);
    ethylAcetate.addGroup(2.05, 3);
    ethylAcetate.addGroup(1.26, 3);
    ethylAcetate.setCouplingHz(0, 2, 7.1);
    // An AB pair: 0.1 ppm = 6 Hz apart at 60 MHz with J = 12 Hz, strongly coupled.
    SpinSystem ab;
    ab.addGroup(3.90, 1);
    ab.addGroup(3.80, 1);
    ab.setCouplingHz(0, 1, 12.0);
    const auto rows = distributionOf({ethylAcetate, ab}, 60.0);
    EXPECT_DOUBLE_EQ(share(rows, "groups per system", "2"), 50.0);
    EXPECT_DOUBLE_EQ(share(rows, "groups per system", "3"), 50.0);
    EXPECT_DOUBLE_EQ(share(rows, "protons per group", "1"), 40.0); // 2 of 5 groups
    EXPECT_DOUBLE_EQ(share(rows, "protons per group", "3"), 40.0);
    EXPECT_DOUBLE_EQ(share(rows, "systems", "with no coupling"), 0.0);
    EXPECT_DOUBLE_EQ(share(rows, "J magnitude of coupled pairs", "6-9 Hz"), 50.0);
    EXPECT_DOUBLE_EQ(share(rows, "J magnitude of coupled pairs", "12-18 Hz"), 50.0);
    EXPECT_DOUBLE_EQ(share(rows, "group shift", "3-4 ppm"), 40.0);
    EXPECT_DOUBLE_EQ(share(rows, "coupled pairs at 60 MHz", "strong (shift difference < 3 J)"),
                     50.0);
    EXPECT_DOUBLE_EQ(share(rows, "systems at 60 MHz", "with a strong pair"), 50.0);
    // At 600 MHz the AB pair is 60 Hz apart, not below 3 × 12 = 36 Hz: weak.
    EXPECT_DOUBLE_EQ(share(distributionOf({ab}, 600.0), "coupled pairs at 600 MHz",
                           "strong (shift difference < 3 J)"),
                     0.0);
    const std::string table = formatComparison(rows, distributionOf({ab}, 60.0), "a", "b");
    EXPECT_NE(table.find("| groups per system | 2 | 50.0 | 100.0 | -50.0 |"), std::string::npos)
        << table;
    EXPECT_NE(table.find("largest difference: 60.0 points"), std::string::npos) << table;
}

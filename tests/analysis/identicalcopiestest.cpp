// Identical copies (the proton count decides what the spectrum cannot): k independent copies of a
// system give exactly k times its spectrum — checked with the exact simulator at 60 MHz, where
// the ethyl is strongly coupled enough for second-order intensities.
#include "analysis/identicalcopies.h"

#include "spin/lineshape.h"
#include "spin/simulator.h"

#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

// Diethyl malonate's half: OCH2 (2H) – CH3 (3H), J 7.1 Hz, and half of the CH2 singlet (1H).
SpinSystem halfMalonate() {
    SpinSystem s;
    s.addGroup(4.20, 2);
    s.addGroup(3.36, 1);
    s.addGroup(1.28, 3);
    s.setCouplingHz(0, 2, 7.1);
    return s;
}

std::vector<double> spectrumOf(const SpinSystem& s) {
    SimulationOptions options;
    options.fieldMHz = 60.0;
    return renderSpectrum(simulateSticks(s, options), PpmGrid{0.0, 5.0, 8192}, 60.0, {});
}

TEST(IdenticalCopies, TheProtonCountAsksForTwoOrThreeCopiesOnly) {
    const SpinSystem half = halfMalonate(); // 6 H
    EXPECT_EQ(copiesForTotal(half, 12), 2);
    EXPECT_EQ(copiesForTotal(half, 18), 3);
    EXPECT_EQ(copiesForTotal(half, 6), 1);
    EXPECT_EQ(copiesForTotal(half, 0), 1);  // not given
    EXPECT_EQ(copiesForTotal(half, 13), 1); // not a multiple
    EXPECT_EQ(copiesForTotal(half, 24), 1); // four copies: not proposed
}

TEST(IdenticalCopies, CoupledClustersRepeatAndSingletsGrow) {
    const SpinSystem twice = withIdenticalCopies(halfMalonate(), 2);
    ASSERT_EQ(twice.size(), 5u); // two ethyls and one 2H singlet: diethyl malonate
    EXPECT_EQ(twice.protonCount(), 12);
    int singlets = 0, couplings = 0;
    for (std::size_t g = 0; g < twice.size(); ++g) {
        if (twice.group(g).shiftPpm == 3.36) {
            ++singlets;
            EXPECT_EQ(twice.group(g).protonCount, 2);
        }
        for (std::size_t h = g + 1; h < twice.size(); ++h) {
            if (twice.couplingHz(g, h) == 0.0) continue;
            ++couplings;
            EXPECT_DOUBLE_EQ(twice.couplingHz(g, h), 7.1);
        }
    }
    EXPECT_EQ(singlets, 1);
    EXPECT_EQ(couplings, 2); // each OCH2 to its own CH3 only
}

TEST(IdenticalCopies, KCopiesGiveKTimesTheSpectrum) {
    for (int copies : {2, 3}) {
        const std::vector<double> one = spectrumOf(halfMalonate());
        const std::vector<double> many = spectrumOf(withIdenticalCopies(halfMalonate(), copies));
        ASSERT_EQ(one.size(), many.size());
        double largest = 0.0, worst = 0.0;
        for (std::size_t i = 0; i < one.size(); ++i) {
            largest = std::max(largest, std::abs(one[i]));
            worst = std::max(worst, std::abs(many[i] - copies * one[i]));
        }
        EXPECT_LT(worst, 1e-9 * largest) << copies;
    }
}

} // namespace
} // namespace spinhance::analysis

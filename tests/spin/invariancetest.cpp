// Properties every exact spectrum has, checked against the simulator itself and against an
// independent full-space (2^N) reference.
#include "common/error.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"
#include "spintesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::testing;

namespace {

constexpr double kField = 90.0;

// Ethyl propenoate-like, strongly coupled at 90 MHz: vinyl ABC + ethyl A2X3.
SpinSystem acrylate() {
    SpinSystem s;
    s.addGroup(6.40, 1);
    s.addGroup(6.12, 1);
    s.addGroup(5.82, 1);
    s.addGroup(4.21, 2);
    s.addGroup(1.29, 3);
    s.setCouplingHz(0, 1, 17.3);
    s.setCouplingHz(0, 2, 1.5);
    s.setCouplingHz(1, 2, 10.4);
    s.setCouplingHz(3, 4, 7.1);
    return s;
}

// A strongly coupled A2B2C3 chain plus a 1H group, all in one component.
SpinSystem propylChain() {
    SpinSystem s;
    s.addGroup(1.62, 2);
    s.addGroup(1.38, 2);
    s.addGroup(0.93, 3);
    s.addGroup(2.30, 1);
    s.setCouplingHz(0, 1, 7.4);
    s.setCouplingHz(1, 2, 7.3);
    s.setCouplingHz(0, 3, 6.9);
    s.setCouplingHz(0, 2, -0.4);
    return s;
}

// Compares intensity gathered within 2 mHz of every stick of either list, so near-degenerate lines
// that two code paths merge differently still compare equal.
void expectSameIntensityEverywhere(const std::vector<Stick>& a, const std::vector<Stick>& b) {
    for (const auto* list : {&a, &b})
        for (const Stick& s : *list)
            EXPECT_NEAR(intensityNear(a, s.frequencyHz, 2e-3),
                        intensityNear(b, s.frequencyHz, 2e-3), 1e-8)
                << "near " << s.frequencyHz << " Hz";
    EXPECT_NEAR(totalIntensity(a), totalIntensity(b), 1e-7);
}

void expectSameSticks(const std::vector<Stick>& a, const std::vector<Stick>& b,
                      double offsetHz = 0.0) {
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
        EXPECT_NEAR(a[k].frequencyHz + offsetHz, b[k].frequencyHz, 1e-6) << "stick " << k;
        EXPECT_NEAR(a[k].intensity, b[k].intensity, 1e-9 * std::max(1.0, b[k].intensity))
            << "stick " << k;
    }
}

SpinSystem permuted(const SpinSystem& s, const std::vector<std::size_t>& order) {
    SpinSystem p;
    for (std::size_t i : order)
        p.addGroup(s.group(i).shiftPpm, s.group(i).protonCount);
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j)
            p.setCouplingHz(i, j, s.couplingHz(order[i], order[j]));
    return p;
}

} // namespace

TEST(Invariance, CompositeMethylEqualsThreeExplicitProtons) {
    SpinSystem composite;
    composite.addGroup(1.10, 3);
    composite.addGroup(1.35, 2);
    composite.addGroup(2.45, 1);
    composite.setCouplingHz(0, 1, 7.2);
    composite.setCouplingHz(1, 2, 6.5);
    SpinSystem explicitSpins;
    for (int k = 0; k < 3; ++k)
        explicitSpins.addGroup(1.10, 1);
    explicitSpins.addGroup(1.35, 2);
    explicitSpins.addGroup(2.45, 1);
    for (std::size_t k = 0; k < 3; ++k)
        explicitSpins.setCouplingHz(k, 3, 7.2);
    explicitSpins.setCouplingHz(3, 4, 6.5);
    const std::vector<Stick> a = simulateSticks(composite, {kField});
    const std::vector<Stick> b = simulateSticks(explicitSpins, {kField});
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t k = 0; k < a.size(); ++k) {
        EXPECT_NEAR(a[k].frequencyHz, b[k].frequencyHz, 1e-6);
        EXPECT_NEAR(a[k].intensity, b[k].intensity, 1e-9 * a[k].intensity);
    }
}

TEST(Invariance, AgreesWithFullSpaceReference) {
    for (const SpinSystem& s : {acrylate(), propylChain()}) {
        const std::vector<Stick> ours = simulateSticks(s, {kField});
        expectSameIntensityEverywhere(ours, bruteForceSticks(s, kField));
    }
}

// An isopropyl written as two CH3 groups at one shift (as GISSMO writes some truths), with a J
// between them that no spectrum can show: the full 2^N reference of that form equals our
// simulation of the merged 6 H group. Groups at one shift whose J to a third differ stay apart.
TEST(Invariance, MagneticallyEquivalentGroupsMergeIntoOneWithTheSameSpectrum) {
    SpinSystem split;
    split.addGroup(1.21, 3);
    split.addGroup(2.90, 1);
    split.addGroup(1.21, 3);
    split.setCouplingHz(0, 1, 6.9);
    split.setCouplingHz(2, 1, 6.9);
    split.setCouplingHz(0, 2, 4.0);
    const SpinSystem merged = withEquivalentGroupsMerged(split);
    ASSERT_EQ(merged.size(), 2u);
    EXPECT_EQ(merged.group(0).protonCount, 6);
    EXPECT_EQ(merged.group(1).protonCount, 1);
    EXPECT_DOUBLE_EQ(merged.couplingHz(0, 1), 6.9);
    expectSameIntensityEverywhere(simulateSticks(merged, {kField}),
                                  bruteForceSticks(split, kField));

    SpinSystem inequivalent = split;
    inequivalent.setCouplingHz(2, 1, 6.0);
    EXPECT_EQ(withEquivalentGroupsMerged(inequivalent).size(), 3u);
    SpinSystem apart = split;
    apart.group(2).shiftPpm = 1.23;
    EXPECT_EQ(withEquivalentGroupsMerged(apart).size(), 3u);
}

// A para-disubstituted ring whose two AA' pairs fall on one shift (p-xylene's 7.05 ppm) is one
// 4 H singlet whatever its ortho, meta and para J; with H2/H6 0.2 ppm from H3/H5 the AA'XX'
// stays four groups (H2 and H6 couple differently to H3).
TEST(Invariance, IsochronousRingProtonsMergeWhateverTheirInnerCouplings) {
    SpinSystem ring; // H2, H3, H5, H6
    for (double ppm : {7.05, 7.05, 7.05, 7.05})
        ring.addGroup(ppm, 1);
    ring.setCouplingHz(0, 1, 8.1); // ortho H2-H3
    ring.setCouplingHz(2, 3, 8.1); // ortho H5-H6
    ring.setCouplingHz(0, 2, 0.5); // para H2-H5
    ring.setCouplingHz(1, 3, 0.5); // para H3-H6
    ring.setCouplingHz(0, 3, 2.0); // meta H2-H6
    ring.setCouplingHz(1, 2, 2.0); // meta H3-H5
    const SpinSystem merged = withEquivalentGroupsMerged(ring);
    ASSERT_EQ(merged.size(), 1u);
    EXPECT_EQ(merged.group(0).protonCount, 4);
    expectSameIntensityEverywhere(simulateSticks(merged, {kField}), bruteForceSticks(ring, kField));
    SpinSystem aaxx = ring;
    aaxx.group(1).shiftPpm = aaxx.group(2).shiftPpm = 7.25;
    EXPECT_EQ(withEquivalentGroupsMerged(aaxx).size(), 4u);
}

// Classes interleaved in the group order (CH3, CH, CH3, CH at two shifts, two isopropyl-like
// halves) merge pairwise, labels and couplings of the first members kept; an empty system and
// a single group come back unchanged.
TEST(Invariance, InterleavedEquivalentGroupsMergeIntoTheirFirstMembers) {
    SpinSystem s;
    s.addGroup(1.20, 3, "M1");
    s.addGroup(2.90, 1, "H1");
    s.addGroup(1.20, 3, "M2");
    s.addGroup(2.90, 1, "H2");
    for (std::size_t m : {0u, 2u})
        for (std::size_t h : {1u, 3u})
            s.setCouplingHz(m, h, 6.9);
    const SpinSystem merged = withEquivalentGroupsMerged(s);
    ASSERT_EQ(merged.size(), 2u);
    EXPECT_EQ(merged.group(0).label, "M1");
    EXPECT_EQ(merged.group(0).protonCount, 6);
    EXPECT_EQ(merged.group(1).label, "H1");
    EXPECT_EQ(merged.group(1).protonCount, 2);
    EXPECT_DOUBLE_EQ(merged.couplingHz(0, 1), 6.9);
    expectSameIntensityEverywhere(simulateSticks(merged, {kField}), simulateSticks(s, {kField}));
    EXPECT_TRUE(withEquivalentGroupsMerged(SpinSystem{}).empty());
    SpinSystem one;
    one.addGroup(3.0, 2);
    EXPECT_EQ(withEquivalentGroupsMerged(one).group(0).protonCount, 2);
}

TEST(Invariance, PermutingGroupsChangesNothing) {
    const SpinSystem s = propylChain();
    expectSameSticks(simulateSticks(s, {kField}),
                     simulateSticks(permuted(s, {3, 1, 0, 2}), {kField}));
    expectSameSticks(simulateSticks(acrylate(), {kField}),
                     simulateSticks(permuted(acrylate(), {4, 2, 0, 3, 1}), {kField}));
}

TEST(Invariance, FlippingEveryCouplingSignChangesNothing) {
    SpinSystem flipped = propylChain();
    for (std::size_t i = 0; i < flipped.size(); ++i)
        for (std::size_t j = i + 1; j < flipped.size(); ++j)
            flipped.setCouplingHz(i, j, -flipped.couplingHz(i, j));
    expectSameSticks(simulateSticks(propylChain(), {kField}), simulateSticks(flipped, {kField}));
}

TEST(Invariance, MovingAllShiftsMovesTheSpectrumRigidly) {
    SpinSystem moved = acrylate();
    for (std::size_t i = 0; i < moved.size(); ++i)
        moved.group(i).shiftPpm += 0.7;
    expectSameSticks(simulateSticks(acrylate(), {kField}), simulateSticks(moved, {kField}),
                     0.7 * kField);
}

TEST(Invariance, TotalIntensityIsTheProtonCount) {
    SpinSystem tBu = propylChain();
    tBu.addGroup(1.25, 9); // uncoupled: one singlet
    tBu.addGroup(7.26, 6);
    tBu.addGroup(7.10, 4);
    tBu.setCouplingHz(5, 6, 7.9);
    // Lines below 1e-9 of the strongest are dropped, which may lose ~1e-8 of the total.
    for (const SpinSystem& s : {acrylate(), propylChain(), tBu})
        EXPECT_NEAR(totalIntensity(simulateSticks(s, {kField})), s.protonCount(),
                    1e-6 * s.protonCount());
}

TEST(Invariance, SticksAreSortedAndCarryPpm) {
    const std::vector<Stick> sticks = simulateSticks(acrylate(), {60.0});
    for (std::size_t k = 0; k < sticks.size(); ++k) {
        EXPECT_NEAR(sticks[k].shiftPpm * 60.0, sticks[k].frequencyHz, 1e-9);
        if (k == 0) continue;
        EXPECT_LT(sticks[k - 1].frequencyHz, sticks[k].frequencyHz);
    }
}

TEST(SizeLimit, OversizedClusterIsRefusedClearly) {
    SpinSystem s;
    for (int k = 0; k < 8; ++k)
        s.addGroup(1.0 + 0.05 * k, 4);
    for (std::size_t k = 0; k + 1 < 8; ++k)
        s.setCouplingHz(k, k + 1, 7.0);
    try {
        simulateSticks(s, {kField});
        FAIL() << "expected Error{Unsupported}";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Unsupported);
        EXPECT_NE(std::string(e.what()).find("limit"), std::string::npos) << e.what();
    }
}

TEST(WeakCoupling, TruncatedLinksMatchTheExactSpectrum) {
    // Styrene with a 0.6 Hz ortho–Hα link (Δν = 63 Hz): second order 0.0014 Hz, |J/Δν| =
    // 0.0095.
    SpinSystem s;
    for (double ppm : {7.42, 7.40, 7.33, 7.31, 7.26, 6.72, 5.75, 5.24})
        s.addGroup(ppm, 1);
    const double links[][3] = {{0, 2, 7.8}, {1, 3, 7.8},  {2, 4, 7.5},  {3, 4, 7.5}, {0, 4, 1.2},
                               {1, 4, 1.2}, {5, 6, 17.6}, {5, 7, 10.9}, {6, 7, 1.0}, {0, 5, 0.6}};
    for (const auto& l : links)
        s.setCouplingHz(std::size_t(l[0]), std::size_t(l[1]), l[2]);
    SimulationOptions exact{kField};
    exact.weakCouplingToleranceHz = 0.0;
    const std::vector<Stick> reference = simulateSticks(s, exact);
    const std::vector<Stick> approximate = simulateSticks(s, {kField});
    EXPECT_NEAR(totalIntensity(approximate), 8.0, 1e-6);
    // Rendered with narrow (0.3 Hz) lines, the two spectra differ by less than 1% of the tallest
    // peak.
    const PpmGrid grid{5.0, 7.6, 32768};
    LineShapeOptions narrow;
    narrow.linewidthHz = 0.3;
    const std::vector<double> a = renderSpectrum(reference, grid, kField, narrow);
    const std::vector<double> b = renderSpectrum(approximate, grid, kField, narrow);
    double peak = 0.0, worst = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        peak = std::max(peak, a[i]);
        worst = std::max(worst, std::abs(a[i] - b[i]));
    }
    EXPECT_LT(worst, 0.01 * peak);
}

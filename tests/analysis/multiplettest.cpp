#include "analysis/multiplets.h"
#include "fit/fitproblem.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace spinhance::analysis {
namespace {

bool hasCandidate(const MultipletReading& r, double hz, double tolerance) {
    return std::any_of(r.splittingCandidatesHz.begin(), r.splittingCandidatesHz.end(),
                       [&](double c) { return std::abs(c - hz) <= tolerance; });
}

FitData render(const SpinSystem& s, double fieldMHz) {
    FitData data;
    data.fieldMHz = fieldMHz;
    data.grid = {0.0, 5.0, int(5.0 * fieldMHz / 0.1) + 1};
    LineModel line;
    line.linewidthHz = 0.8;
    line.scale = 1.0;
    data.intensity = renderFitModel(s, line, data.grid, fieldMHz);
    return data;
}

TEST(Multiplets, AFirstOrderQuartetShowsItsCouplingAndFourLines) {
    SpinSystem ethyl; // CH2 quartet at 4.0, CH3 triplet at 1.0, J = 7.1 Hz, first order at 300 MHz
    ethyl.addGroup(4.0, 2);
    ethyl.addGroup(1.0, 3);
    ethyl.setCouplingHz(0, 1, 7.1);
    const FitData data = render(ethyl, 300.0);
    const std::size_t from = std::size_t((3.9 - data.grid.fromPpm) / data.grid.stepPpm());
    const std::size_t to = std::size_t((4.1 - data.grid.fromPpm) / data.grid.stepPpm());
    const MultipletReading q = readMultiplet(pickPeaks(data, from, to, 0.01), data.fieldMHz);
    EXPECT_EQ(q.lines, 4);
    EXPECT_NEAR(q.centrePpm, 4.0,
                0.1 / 300.0); // within 0.1 Hz: overlapping tails pull the outer lines in
    EXPECT_NEAR(q.widthHz, 3 * 7.1, 0.05);
    EXPECT_TRUE(hasCandidate(q, 7.1, 0.05));
}

TEST(Multiplets, ASingletBesideAQuartetIsItsOwnMultiplet) {
    // 2-butanone at 60 MHz: the CH2 quartet (2.46 ppm, J 7.3 Hz) ends 8 Hz from the COCH3 singlet
    // (2.14 ppm): closer than the 9 Hz that keeps lines together, but neither run is the mirror
    // image of the other, so they are two multiplets.
    SpinSystem s;
    s.addGroup(2.46, 2);
    s.addGroup(2.14, 3);
    s.addGroup(1.06, 3);
    s.setCouplingHz(0, 2, 7.3);
    const FitData data = render(s, 60.0);
    const std::size_t from = std::size_t((2.0 - data.grid.fromPpm) / data.grid.stepPpm());
    const std::size_t to = std::size_t((2.8 - data.grid.fromPpm) / data.grid.stepPpm());
    const auto segments = multipletSegments(data, from, to, 1e-4);
    ASSERT_EQ(segments.size(), 2u);
    const double cutPpm = data.grid.ppmAt(segments[0].second);
    EXPECT_GT(cutPpm, 2.14);
    EXPECT_LT(cutPpm, 2.46 - 1.5 * 7.3 / 60.0); // below the quartet's lowest line
}

TEST(Multiplets, AFirstOrderQuartetStaysOneMultiplet) {
    SpinSystem s;
    s.addGroup(2.46, 2);
    s.addGroup(1.06, 3);
    s.setCouplingHz(0, 1, 7.3);
    const FitData data = render(s, 60.0);
    const std::size_t from = std::size_t((2.0 - data.grid.fromPpm) / data.grid.stepPpm());
    const std::size_t to = std::size_t((2.8 - data.grid.fromPpm) / data.grid.stepPpm());
    EXPECT_EQ(multipletSegments(data, from, to, 1e-4).size(), 1u);
}

std::size_t indexAt(const FitData& data, double ppm) {
    return std::size_t((ppm - data.grid.fromPpm) / data.grid.stepPpm());
}

TEST(Multiplets, ASpanNoLineStandsOutOfIsNoPartOfItsNeighboursMultiplet) {
    // A 9 H singlet at 1.31 ppm and a line of 0.04 H at 0.00 ppm (a faint TMS line): under the
    // peak picking's 1 % threshold, yet a signal region of its own. Without the spans the one
    // segment runs from 0.0 to the singlet and its integral holds both.
    SpinSystem s;
    s.addGroup(1.31, 9);
    s.addGroup(0.0, 1);
    const FitData bright = render(s, 90.0);
    SpinSystem alone;
    alone.addGroup(1.31, 9);
    const FitData singlet = render(alone, 90.0);
    FitData data = singlet; // the faint line: 4 % of a proton
    for (std::size_t i = 0; i < data.intensity.size(); ++i)
        data.intensity[i] += 0.04 * (bright.intensity[i] - singlet.intensity[i]);
    const std::size_t from = indexAt(data, -0.0) + 1, to = indexAt(data, 1.4);
    const std::vector<std::pair<std::size_t, std::size_t>> spans = {{from, indexAt(data, 0.04)},
                                                                    {indexAt(data, 1.25), to}};
    EXPECT_EQ(multipletSegments(data, from, to, 1e-4).size(), 1u);
    const auto segments = multipletSegments(data, from, to, 1e-4, spans);
    ASSERT_EQ(segments.size(), 2u);
    EXPECT_EQ(segments[0], spans[0]);
    EXPECT_EQ(segments[1].second, to);
    EXPECT_GE(segments[1].first, spans[1].first);
}

TEST(Multiplets, TheHalvesOfADoubletInTwoSpansStayOneSegment) {
    // The geminal AB of ARoofedDoubletBesideItsPartnerStaysOneMultiplet with the region detection
    // cutting the upper doublet between its halves: both spans hold its lines, so the spans change
    // nothing.
    SpinSystem s;
    s.addGroup(3.25, 1);
    s.addGroup(3.75, 1);
    s.setCouplingHz(0, 1, -15.0);
    const FitData data = render(s, 90.0);
    const std::size_t from = indexAt(data, 2.9), to = indexAt(data, 4.1);
    const std::vector<std::pair<std::size_t, std::size_t>> spans = {{from, indexAt(data, 3.75)},
                                                                    {indexAt(data, 3.75) + 2, to}};
    const auto plain = multipletSegments(data, from, to, 1e-4);
    ASSERT_EQ(plain.size(), 2u);
    EXPECT_EQ(multipletSegments(data, from, to, 1e-4, spans), plain);
}

TEST(Multiplets, TwoSingletsOfUnequalSizeAreTwoMultiplets) {
    // Two uncoupled CH2 groups 15 Hz apart at 90 MHz, 2 H and 4 H: alike enough to be a roofed
    // doublet's halves, but a roof that steep (1 : 2) needs a partner about 3 J away on the
    // taller side, and there is none.
    SpinSystem s;
    s.addGroup(4.15, 2);
    s.addGroup(3.9833, 4);
    const FitData data = render(s, 90.0);
    const auto segments = multipletSegments(data, indexAt(data, 3.7), indexAt(data, 4.4), 1e-4);
    ASSERT_EQ(segments.size(), 2u);
    const double cutPpm = data.grid.ppmAt(segments[0].second);
    EXPECT_GT(cutPpm, 3.99);
    EXPECT_LT(cutPpm, 4.14);
}

TEST(Multiplets, ARoofedDoubletBesideItsPartnerStaysOneMultiplet) {
    // A geminal AB at 90 MHz, J 15 Hz, Δν 45 Hz: each doublet's halves stand about 1 : 2
    // (closed form (1 - J/D) / (1 + J/D), D = √(Δν² + J²)), the partner where that puts it.
    SpinSystem s;
    s.addGroup(3.25, 1);
    s.addGroup(3.75, 1);
    s.setCouplingHz(0, 1, -15.0);
    const FitData data = render(s, 90.0);
    const auto segments = multipletSegments(data, indexAt(data, 2.9), indexAt(data, 4.1), 1e-4);
    ASSERT_EQ(segments.size(), 2u);
    const double cutPpm = data.grid.ppmAt(segments[0].second);
    EXPECT_GT(cutPpm, 3.25 + 7.5 / 90.0);
    EXPECT_LT(cutPpm, 3.75 - 7.5 / 90.0);
}

TEST(Multiplets, ASteeplyRoofedDoubletStaysWhole) {
    // An AB at 90 MHz, J 11 Hz, Δν 22 Hz: the closed form puts each doublet's outer
    // half at 0.38 of its inner one, steeper than roofing at Δν/J ≥ 3 allows; the partner sits
    // where that ratio says, so the halves stay one multiplet (a 1 H doublet, not two 0.5 H
    // regions).
    SpinSystem s;
    s.addGroup(4.40, 1);
    s.addGroup(4.645, 1);
    s.setCouplingHz(0, 1, 11.0);
    const FitData data = render(s, 90.0);
    const auto segments = multipletSegments(data, indexAt(data, 4.2), indexAt(data, 4.9), 1e-4);
    ASSERT_EQ(segments.size(), 2u);
    const double cutPpm = data.grid.ppmAt(segments[0].second);
    EXPECT_GT(cutPpm, 4.40 + 5.5 / 90.0);
    EXPECT_LT(cutPpm, 4.645 - 5.5 / 90.0);
}

TEST(Multiplets, PeakPositionsAreInterpolatedBetweenGridPoints) {
    SpinSystem s;
    s.addGroup(2.00037, 1); // not on a grid point
    const FitData data = render(s, 100.0);
    const std::vector<Peak> peaks = pickPeaks(data, 0, std::size_t(data.grid.points - 1), 0.01);
    ASSERT_EQ(peaks.size(), 1u);
    EXPECT_NEAR(peaks[0].ppm, 2.00037, 0.02 * data.grid.stepPpm() + 1e-5);
}

TEST(ProtonCounts, IntegralsRoundOnTheFewestProtonScale) {
    EXPECT_EQ(protonCountsFromIntegrals({1.02, 0.99, 2.03, 2.96, 3.05}),
              (std::vector<int>{1, 1, 2, 3, 3}));
    // 1.5 : 1 is 3 : 2, not 2 : 1.
    EXPECT_EQ(protonCountsFromIntegrals({1.5, 1.0}), (std::vector<int>{3, 2}));
}

TEST(ProtonCounts, AGivenTotalIsKeptExactly) {
    const std::vector<int> counts = protonCountsFromIntegrals({5.1, 2.0, 1.1, 9.2}, 18);
    EXPECT_EQ(counts, (std::vector<int>{5, 2, 1, 10}));
}

TEST(ProtonCounts, ACountRaisedToOneTakesNoExtraProton) {
    // Ethyl crotonate at 60 MHz: 0.98 H must not become 2 H because its floor was raised to 1.
    const std::vector<int> counts =
        protonCountsFromIntegrals({0.0567, 0.0562, 0.0376, 0.0186, 0.0212}, 10);
    EXPECT_EQ(counts, (std::vector<int>{3, 3, 2, 1, 1}));
}

TEST(ProtonCounts, SplitsIntoAllowedGroupSizes) {
    EXPECT_EQ(splitIntoGroups(3), (std::vector<int>{3}));
    EXPECT_EQ(splitIntoGroups(5), (std::vector<int>{3, 2}));
    EXPECT_EQ(splitIntoGroups(7), (std::vector<int>{3, 2, 2}));
    EXPECT_EQ(splitIntoGroups(8), (std::vector<int>{3, 3, 2}));
    EXPECT_EQ(splitIntoGroups(10), (std::vector<int>{3, 3, 2, 2}));
    EXPECT_EQ(splitIntoGroups(9), (std::vector<int>{9}));
}

} // namespace
} // namespace spinhance::analysis

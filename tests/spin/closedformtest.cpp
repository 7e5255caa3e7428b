// Closed-form spectra from the textbooks (Pople, Schneider & Bernstein 1959; Günther, NMR
// Spectroscopy, ch. 4): AB quartet, AB2 energies, ABX sub-quartets, first-order multiplets.
#include "spin/simulator.h"
#include "spintesthelpers.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::testing;

namespace {

constexpr double kField = 90.0;
constexpr double kPositionToleranceHz = 0.001;

SpinSystem twoGroups(double ppmA, int nA, double ppmB, int nB, double jHz) {
    SpinSystem s;
    s.addGroup(ppmA, nA);
    s.addGroup(ppmB, nB);
    s.setCouplingHz(0, 1, jHz);
    return s;
}

// The four AB lines: centre ± ½(C ± J), C = √(Δν² + J²); inner lines ∝ 1 + J/C, outer 1
// − J/C (intensities out of 2 protons).
void expectAbQuartet(const std::vector<Stick>& sticks, double centreHz, double deltaHz, double jHz,
                     double totalIntensity, double intensityTolerance = 1e-6) {
    const double c = std::hypot(deltaHz, jHz);
    const double positions[4] = {centreHz - 0.5 * (c + jHz), centreHz - 0.5 * (c - jHz),
                                 centreHz + 0.5 * (c - jHz), centreHz + 0.5 * (c + jHz)};
    const double intensities[4] = {1 - jHz / c, 1 + jHz / c, 1 + jHz / c, 1 - jHz / c};
    for (int k = 0; k < 4; ++k) {
        const Stick s = nearest(sticks, positions[k]);
        EXPECT_NEAR(s.frequencyHz, positions[k], kPositionToleranceHz) << "AB line " << k;
        EXPECT_NEAR(s.intensity, totalIntensity / 4 * intensities[k],
                    intensityTolerance * totalIntensity)
            << "AB line " << k;
    }
}

} // namespace

TEST(ClosedForm, AbQuartetPositionsAndRoofing) {
    for (double jHz : {7.0, -12.5, 16.0}) {
        const SpinSystem s = twoGroups(2.10, 1, 2.00, 1, jHz); // Δν = 9 Hz: strongly coupled
        const std::vector<Stick> sticks = simulateSticks(s, {kField});
        ASSERT_EQ(sticks.size(), 4u);
        expectAbQuartet(sticks, 2.05 * kField, 0.10 * kField, std::abs(jHz), 2.0);
        EXPECT_NEAR(sticks[0].shiftPpm, sticks[0].frequencyHz / kField, 1e-12);
    }
}

TEST(ClosedForm, Ab2EnergiesGiveNineLines) {
    // AB2: A = 1 proton, B2 = 2 equivalent. With Δ = νA − νB, the M = ±1/2 symmetric levels
    // split by 2C± = √(Δ² ± ΔJ + 9J²/4); the antisymmetric B2 singlet gives a line exactly
    // at νA.
    const double nuA = 3.05 * kField, nuB = 3.00 * kField, j = 6.0, delta = nuA - nuB;
    const std::vector<Stick> sticks = simulateSticks(twoGroups(3.05, 1, 3.00, 2, j), {kField});
    const double cPlus = 0.5 * std::sqrt(delta * delta + delta * j + 2.25 * j * j);
    const double cMinus = 0.5 * std::sqrt(delta * delta - delta * j + 2.25 * j * j);
    const double e1 = 0.5 * nuA + nuB + 0.5 * j, e4 = -0.5 * nuA - nuB + 0.5 * j;
    const double mean2 = 0.5 * (0.5 * nuA + (-0.5 * nuA + nuB - 0.5 * j));
    const double mean3 = 0.5 * ((0.5 * nuA - nuB - 0.5 * j) + (-0.5 * nuA));
    const double e2[2] = {mean2 + cPlus, mean2 - cPlus}, e3[2] = {mean3 + cMinus, mean3 - cMinus};
    std::vector<double> expected{nuA};
    for (double up : e2)
        expected.push_back(e1 - up);
    for (double up : e2)
        for (double down : e3)
            expected.push_back(up - down);
    for (double down : e3)
        expected.push_back(down - e4);
    EXPECT_EQ(sticks.size(), expected.size());
    for (double f : expected)
        EXPECT_NEAR(nearest(sticks, f).frequencyHz, f, kPositionToleranceHz);
    EXPECT_NEAR(totalIntensity(sticks), 3.0, 1e-9);
    // Intensities: the independent full-space (2^3) reference.
    const std::vector<Stick> reference =
        merged(bruteForceSticks(twoGroups(3.05, 1, 3.00, 2, j), kField));
    ASSERT_EQ(reference.size(), sticks.size());
    for (std::size_t k = 0; k < sticks.size(); ++k)
        EXPECT_NEAR(sticks[k].intensity, reference[k].intensity, 1e-9);
}

TEST(ClosedForm, AbxSubQuartetsAndXPart) {
    // X placed 10⁶ Hz away so the ABX formulas (exact in the X limit) hold to ~1e-5 Hz. A 10 GHz
    // field keeps every shift inside the validated 1H range (limits::kMaxShiftPpm) at these Hz.
    const double field = 10000.0, nuA = 0.026 * field, nuB = 0.025 * field, nuX = 100.0 * field;
    const double jAB = 15.0, jAX = 7.0, jBX = 3.0;
    SpinSystem s;
    s.addGroup(0.026, 1);
    s.addGroup(0.025, 1);
    s.addGroup(100.0, 1);
    s.setCouplingHz(0, 1, jAB);
    s.setCouplingHz(0, 2, jAX);
    s.setCouplingHz(1, 2, jBX);
    const std::vector<Stick> sticks = simulateSticks(s, {field});
    const double dAB = nuA - nuB, centre = 0.5 * (nuA + nuB);
    const double dPlus = 0.5 * std::hypot(dAB + 0.5 * (jAX - jBX), jAB);
    const double dMinus = 0.5 * std::hypot(dAB - 0.5 * (jAX - jBX), jAB);
    // Two AB sub-quartets (one per X spin state), each holding one proton's worth of intensity.
    expectAbQuartet(sticks, centre + 0.25 * (jAX + jBX), dAB + 0.5 * (jAX - jBX), jAB, 1.0, 1e-5);
    expectAbQuartet(sticks, centre - 0.25 * (jAX + jBX), dAB - 0.5 * (jAX - jBX), jAB, 1.0, 1e-5);
    // X part: νX ± ½(JAX + JBX) (¼ each), νX ± (D+ − D−) (cos²(θ+ − θ−)/4), νX ±
    // (D+ + D−).
    const double thetaPlus = 0.5 * std::atan2(jAB, dAB + 0.5 * (jAX - jBX));
    const double thetaMinus = 0.5 * std::atan2(jAB, dAB - 0.5 * (jAX - jBX));
    const double cos2 = std::pow(std::cos(thetaPlus - thetaMinus), 2);
    const double lines[3][2] = {
        {0.5 * (jAX + jBX), 0.25}, {dPlus - dMinus, cos2 / 4}, {dPlus + dMinus, (1 - cos2) / 4}};
    for (const auto& line : lines)
        for (double sign : {-1.0, 1.0}) {
            const Stick x = nearest(sticks, nuX + sign * line[0]);
            EXPECT_NEAR(x.frequencyHz, nuX + sign * line[0], kPositionToleranceHz);
            EXPECT_NEAR(x.intensity, line[1], 1e-4);
        }
    EXPECT_NEAR(totalIntensity(sticks), 3.0, 1e-9);
}

TEST(ClosedForm, FirstOrderLimitGivesBinomialMultiplets) {
    // Ethyl, A3X2 at Δν/J = 200: the CH3 is a 1:2:1 triplet, the CH2 a 1:3:3:1 quartet. Each line
    // is a cluster of sticks split by second order by at most J²/Δν (0.035 Hz); intensities are
    // distorted (roofing) by a few J/Δν (up to 1.5% here).
    const double j = 7.0, field = 400.0, secondOrderHz = j / 200;
    const double ppmCh2 = 4.50, ppmCh3 = ppmCh2 - 200 * j / field;
    const std::vector<Stick> sticks = simulateSticks(twoGroups(ppmCh2, 2, ppmCh3, 3, j), {field});
    auto expectLine = [&](double f, double intensity) {
        double sum = 0.0, moment = 0.0;
        for (const Stick& s : sticks)
            if (std::abs(s.frequencyHz - f) <= 0.3) {
                sum += s.intensity;
                moment += s.intensity * s.frequencyHz;
            }
        EXPECT_NEAR(moment / sum, f, secondOrderHz);
        EXPECT_NEAR(sum, intensity, 6 * j / (200 * j) * intensity);
    };
    const double triplet[3] = {1, 2, 1}, quartet[4] = {1, 3, 3, 1};
    for (int k = 0; k < 3; ++k)
        expectLine(ppmCh3 * field + (k - 1) * j, 3.0 * triplet[k] / 4);
    for (int k = 0; k < 4; ++k)
        expectLine(ppmCh2 * field + (k - 1.5) * j, 2.0 * quartet[k] / 8);
    EXPECT_NEAR(totalIntensity(sticks), 5.0, 1e-9);
}

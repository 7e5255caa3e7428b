#include "dataset/benchtop.h"

#include "dataset/generator.h"
#include "dataset/halffloat.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numeric>

using namespace spinhance;

namespace {

double integral(const std::vector<float>& spectrum, double stepPpm) {
    return std::accumulate(spectrum.begin(), spectrum.end(), 0.0) * stepPpm;
}

std::size_t argmax(const std::vector<float>& v) {
    return std::size_t(std::max_element(v.begin(), v.end()) - v.begin());
}

// Lorentzian absorption and its exact dispersion (half width γ points, centre c).
double absorption(double x, double c, double g) {
    return g / ((x - c) * (x - c) + g * g);
}
double dispersion(double x, double c, double g) {
    return (x - c) / ((x - c) * (x - c) + g * g);
}

} // namespace

// IEEE 754 binary16 bit patterns (values from the standard's tables).
TEST(HalfFloat, KnownBitPatterns) {
    EXPECT_EQ(floatToHalf(1.0f), 0x3C00);
    EXPECT_EQ(floatToHalf(-2.0f), 0xC000);
    EXPECT_EQ(floatToHalf(65504.0f), 0x7BFF);
    EXPECT_EQ(floatToHalf(1e6f), 0x7C00);
    EXPECT_EQ(floatToHalf(std::ldexp(1.0f, -24)), 0x0001);
    EXPECT_EQ(floatToHalf(0.1f), 0x2E66);
    EXPECT_EQ(halfToFloat(0x3555), 0.333251953125f);
    EXPECT_EQ(halfToFloat(0x0001), std::ldexp(1.0f, -24));
    for (std::uint32_t bits = 0; bits < 0x7C00; ++bits)
        ASSERT_EQ(floatToHalf(halfToFloat(std::uint16_t(bits))), bits);
}

TEST(Benchtop, NinetyDegreePhaseTurnsAbsorptionIntoDispersion) {
    const std::size_t n = 4096;
    const double centre = 2000.0, width = 12.0;
    std::vector<double> spectrum(n);
    for (std::size_t i = 0; i < n; ++i)
        spectrum[i] = absorption(double(i), centre, width);
    applyPhaseError(spectrum, 90.0, 0.0);
    // Sign convention aside, the result must be the dispersion line (up to the truncated tails).
    const double sign = spectrum[std::size_t(centre + width)] > 0 ? 1.0 : -1.0;
    for (std::size_t i = 1500; i < 2500; i += 25)
        EXPECT_NEAR(sign * spectrum[i], dispersion(double(i), centre, width), 0.01 / width);
}

TEST(Benchtop, CarbonSatellitesAreHalfAPercentEachAtHalfTheCoupling) {
    std::vector<Stick> sticks = {{1.0 * 90.0, 1.0, 3.0}};
    addCarbonSatellites(sticks, 90.0);
    ASSERT_EQ(sticks.size(), 3u);
    EXPECT_NEAR(sticks[1].frequencyHz, 90.0 - 64.0, 1e-9); // ¹J(CH) 128 Hz aliphatic
    EXPECT_NEAR(sticks[2].frequencyHz, 90.0 + 64.0, 1e-9);
    EXPECT_NEAR(sticks[1].intensity, 3.0 * 0.0055, 1e-12);
}

TEST(Generator, CleanSingletSitsAtItsShiftWithUnitIntegral) {
    SpinSystem methyl;
    methyl.addGroup(3.70, 3);
    GeneratorOptions options;
    options.benchtopAugment = false;
    const std::vector<float> spectrum = renderTrainingSpectrum(methyl, 1, options);
    ASSERT_EQ(spectrum.size(), 16384u);
    EXPECT_NEAR(integral(spectrum, options.grid.stepPpm()), 1.0, 1e-5);
    EXPECT_NEAR(options.grid.ppmAt(argmax(spectrum)), 3.70, options.grid.stepPpm());
}

// An AB pair at 90 MHz, Δν = 450 Hz, J = 10 Hz: lines at δ·90 ± J/2 Hz (to 0.1 Hz), the inner
// line stronger by (1 + sin 2θ)/(1 − sin 2θ) with tan 2θ = J/Δν (roofing), ≈ 1.045.
TEST(Generator, CleanDoubletLinesSitAtPlusMinusHalfJ) {
    SpinSystem ax;
    ax.addGroup(7.0, 1);
    ax.addGroup(2.0, 1);
    ax.setCouplingHz(0, 1, 10.0);
    GeneratorOptions options;
    options.benchtopAugment = false;
    const std::vector<float> s = renderTrainingSpectrum(ax, 1, options);
    const PpmGrid& g = options.grid;
    const std::size_t low = std::size_t((7.0 - 5.0 / 90.0) / g.stepPpm() + 0.5);
    const std::size_t high = std::size_t((7.0 + 5.0 / 90.0) / g.stepPpm() + 0.5);
    const std::size_t middle = (low + high) / 2;
    EXPECT_GT(s[low], 10 * s[middle]);
    EXPECT_GT(s[high], 10 * s[middle]);
    const double sin2Theta = std::sin(std::atan(10.0 / 450.0));
    EXPECT_NEAR(s[low] / s[high], (1 + sin2Theta) / (1 - sin2Theta), 0.01);
}

TEST(Generator, AugmentedSampleIsDeterministicAndNormalised) {
    const GeneratorOptions options;
    const DatasetSample a = generateSample(7, options), b = generateSample(7, options);
    EXPECT_EQ(a.spectrum, b.spectrum);
    EXPECT_EQ(a.moleculeId, b.moleculeId);
    EXPECT_NEAR(integral(a.spectrum, options.grid.stepPpm()), 1.0, 1e-4);
    EXPECT_NE(generateSample(8, options).spectrum, a.spectrum);
}

TEST(Generator, EachEffectCanBeSwitchedOff) {
    GeneratorOptions all;
    GeneratorOptions none = all;
    AugmentationOptions& o = none.augmentation;
    o.lineWidth = o.lineShapeMix = o.fieldJitter = o.referenceOffset = o.solventPeaks = false;
    o.water = o.carbonSatellites = o.phaseError = o.baselineDrift = o.noise = false;
    SpinSystem methyl;
    methyl.addGroup(3.70, 3);
    GeneratorOptions clean = all;
    clean.benchtopAugment = false;
    const std::vector<float> off = renderTrainingSpectrum(methyl, 3, none);
    const std::vector<float> reference = renderTrainingSpectrum(methyl, 3, clean);
    for (std::size_t i = 0; i < off.size(); ++i)
        ASSERT_NEAR(off[i], reference[i], 1e-4f);
    EXPECT_NE(renderTrainingSpectrum(methyl, 3, all), reference);
}

// Area of a Lorentzian inside the window: (area/π)·[atan((b − x0)/γ) − atan((a − x0)/γ)].
TEST(Benchtop, SampledLorentzianHasTheClosedFormAreaInsideTheWindow) {
    const PpmGrid grid;
    std::vector<double> spectrum(std::size_t(grid.points), 0.0);
    const double shiftPpm = 11.9, fwhmPpm = 0.2, gamma = 0.1;
    addLorentzian(spectrum, grid, shiftPpm, 2.0, fwhmPpm);
    const double trapezoid = (std::accumulate(spectrum.begin(), spectrum.end(), 0.0) -
                              0.5 * (spectrum.front() + spectrum.back())) *
                             grid.stepPpm();
    const double expected =
        2.0 / M_PI * (std::atan((12.0 - shiftPpm) / gamma) - std::atan((0.0 - shiftPpm) / gamma));
    EXPECT_NEAR(trapezoid, expected, 1e-5); // trapezoid rule error ~ h²·f″ ≈ 1e-6
    EXPECT_NEAR(spectrum[std::size_t((shiftPpm - 0.0) / grid.stepPpm() + 0.5)],
                2.0 / (M_PI * gamma), 1e-2);
}

// Normalisation divides by the final area, so drift, phase and noise must never dominate it.
TEST(Generator, EveryAugmentedSampleHasUnitIntegral) {
    const GeneratorOptions options;
    for (std::uint64_t seed = 0; seed < 150; ++seed) {
        const DatasetSample s = generateSample(seed, options);
        ASSERT_NEAR(integral(s.spectrum, options.grid.stepPpm()), 1.0, 1e-4) << "seed " << seed;
    }
}

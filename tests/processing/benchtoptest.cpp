#include "io/readerregistry.h"
#include "processing/autoprocess.h"
#include "processing/linearprediction.h"
#include "syntheticfid.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

std::string shared(const std::string& relative) {
    return std::string(SPINHANCE_SHARED_DATA_DIR) + "/" + relative;
}

// Mean position of the `count` tallest local maxima in [fromPpm, toPpm]: the centre of a
// first-order multiplet whose lines are all among them.
double centreOfTallest(const Spectrum& s, double fromPpm, double toPpm, std::size_t count) {
    std::vector<std::pair<double, double>> maxima; // height, ppm
    for (std::size_t i = 1; i + 1 < s.real.size(); ++i)
        if (s.ppm[i] >= fromPpm && s.ppm[i] <= toPpm && s.real[i] > s.real[i - 1] &&
            s.real[i] >= s.real[i + 1])
            maxima.emplace_back(s.real[i], s.ppm[i]);
    std::sort(maxima.rbegin(), maxima.rend());
    if (maxima.size() < count) return NAN;
    double sum = 0;
    for (std::size_t k = 0; k < count; ++k)
        sum += maxima[k].second;
    return sum / double(count);
}

double negativeShare(const Spectrum& s) {
    double positive = 0, negative = 0;
    for (double v : s.real)
        (v > 0 ? positive : negative) += std::abs(v);
    return negative / positive;
}

// Mean of the real part over a stretch without lines, relative to the tallest line.
double baselineLevel(const Spectrum& s, double fromPpm, double toPpm) {
    double sum = 0;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.real.size(); ++i)
        if (s.ppm[i] >= fromPpm && s.ppm[i] <= toPpm) sum += s.real[i], ++n;
    return sum / double(n) / *std::max_element(s.real.begin(), s.real.end());
}

struct Multiplet {
    double literaturePpm;
    std::size_t lines; // tallest lines whose mean is the centre
};

// Shifts within 0.03 ppm of the literature in CDCl3: low field, other concentration.
void expectMultiplets(const Spectrum& s, const std::vector<Multiplet>& multiplets) {
    for (const Multiplet& m : multiplets)
        EXPECT_NEAR(centreOfTallest(s, m.literaturePpm - 0.3, m.literaturePpm + 0.3, m.lines),
                    m.literaturePpm, 0.03)
            << "multiplet at " << m.literaturePpm;
}

} // namespace

// Oxford X-Pulse, 59.7 MHz, ethyl crotonate in CDCl3 with TMS. The FID starts ~7.7 dwells after
// the pulse (ph1 ~ 2800 degrees). Literature (SDBS, CDCl3): 6.97 dq, 5.84 dq, 4.18 q, 1.87 dd, 1.28
// t.
TEST(Benchtop, OxfordEthylCrotonateIsAbsorptiveAndReferenced) {
    const std::string path = shared("jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found";
    const Spectrum s = processAuto(openSpectrum(path));
    EXPECT_LT(negativeShare(s), 0.05);
    EXPECT_LT(std::abs(baselineLevel(s, 8.5, 12.0)), 0.005);
    expectMultiplets(s, {{6.97, 4}, {5.84, 4}, {4.18, 2}, {1.87, 4}, {1.28, 1}});
}

// Nanalysis 60 MHz, ibuprofen in CDCl3: 7.22/7.10 (AB of ArH), 3.70 q, 2.45 d, 1.50 d, 0.90 d.
TEST(Benchtop, NanalysisIbuprofenIsAbsorptiveAndReferenced) {
    const std::string path = shared("jcamp-data-test/data/nmr/nanalysis/1h.jdx");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found";
    const Spectrum s = processAuto(openSpectrum(path));
    EXPECT_LT(negativeShare(s), 0.05);
    expectMultiplets(s, {{7.16, 2}, {3.70, 2}, {2.45, 2}, {1.50, 2}, {0.90, 2}});
}

// Q Magnetics 124 MHz, ibuprofen in CDCl3 with TMS; the file's .SHIFT REFERENCE puts the carrier
// at 0 ppm, 13.4 ppm from where TMS is.
TEST(Benchtop, QMagneticsIbuprofenFindsTmsFarOffAxis) {
    const std::string path =
        shared("jcamp-data-test/data/nmr/qmagnetics/ibuprofen_j_ave_qmagnetics.jdx");
    if (!std::filesystem::exists(path)) GTEST_SKIP() << "shared data not found";
    const Spectrum s = processAuto(openSpectrum(path));
    EXPECT_LT(negativeShare(s), 0.05);
    expectMultiplets(s, {{3.70, 2}, {2.45, 2}, {1.50, 2}, {0.90, 2}});
}

// A sum of decaying sinusoids obeys a linear recursion: points cut from its start come back.
TEST(Benchtop, BackwardPredictionRestoresSumOfExponentials) {
    const Spectrum full = syntheticFid({{-310.0, 1.0, 2.0}, {120.0, 0.7, 1.0}, {455.0, 0.4, 3.0}});
    const auto& points = full.fid->points;
    const std::vector<std::complex<double>> cut(points.begin() + 6, points.end());
    const auto predicted = predictBackward(cut, 6, 8, 512);
    ASSERT_EQ(predicted.size(), 6u);
    for (std::size_t i = 0; i < 6; ++i)
        EXPECT_NEAR(std::abs(predicted[i] - points[i]), 0.0, 1e-6 * std::abs(points[i]));
}

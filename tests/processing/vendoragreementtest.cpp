#include "io/readerregistry.h"
#include "processing/autoprocess.h"
#include "processing/baseline.h"
#include "processing/referencing.h"
#include "processing/resample.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

std::string shared(const std::string& relative) {
    return std::string(SPINHANCE_SHARED_DATA_DIR) + "/" + relative;
}

struct Pair {
    const char* fid;    // file holding the FID we process
    const char* vendor; // the vendor's processed spectrum of the same acquisition
};

// FID and vendor spectrum of one acquisition each (TopSpin/XWIN-NMR processing).
const Pair kPairs[] = {
    {"jcamp-data-test/data/nmr/aspirin/1h.fid.dx", "jcamp-data-test/data/nmr/aspirin/1h.dx"},
    {"nmr-dataset1/data/50-36-2/1h.fid.dx", "nmr-dataset1/data/50-36-2/1h.dx"},
    {"nmr-dataset1/data/623-70-1/1h.fid.dx", "nmr-dataset1/data/623-70-1/1h.dx"},
    {"nmr-dataset1/data/403-40-7/1h.fid.dx", "nmr-dataset1/data/403-40-7/1h.dx"},
    {"nmredata-data-test/data/menthol_1D_1H_assigned_J.zip",
     "nmredata-data-test/data/menthol_1D_1H_assigned_J.zip"},
    {"bruker-data-test/data/zipped/strychnine-1h.zip",
     "bruker-data-test/data/zipped/strychnine-1h.zip"},
    {"nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA/1H",
     "nmrML/examples/reference_spectra_examples/metabohub/VZBBI_13R03_GABA/1H"},
};

double correlationOnGrid(const Spectrum& a, const Spectrum& b) {
    const auto [aLow, aHigh] = std::minmax_element(a.ppm.begin(), a.ppm.end());
    const auto [bLow, bHigh] = std::minmax_element(b.ppm.begin(), b.ppm.end());
    const PpmGrid grid{std::max(*aLow, *bLow), std::min(*aHigh, *bHigh), 32768};
    const auto x = resampleToGrid(a, grid), y = resampleToGrid(b, grid);
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        mx += x[i], my += y[i];
    mx /= double(x.size()), my /= double(y.size());
    double xy = 0, xx = 0, yy = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
        xy += (x[i] - mx) * (y[i] - my), xx += (x[i] - mx) * (x[i] - mx),
            yy += (y[i] - my) * (y[i] - my);
    return xy / std::sqrt(xx * yy);
}

// Sharp singlets to compare: TMS/DSS at 0 and the residual solvent line, where the vendor's
// spectrum shows them well above the noise.
std::vector<std::pair<double, double>> singletWindows(const Spectrum& vendor) {
    // The tallest line of the spectrum, whatever it is, is compared as well.
    const std::size_t top =
        std::size_t(std::max_element(vendor.real.begin(), vendor.real.end()) - vendor.real.begin());
    std::vector<std::pair<double, double>> windows = {
        {vendor.ppm[top] - 0.005, vendor.ppm[top] + 0.005}, {-0.03, 0.03}};
    if (auto solvent = residualSolventPpm(vendor.solvent))
        windows.emplace_back(*solvent - 0.03, *solvent + 0.03);
    return windows;
}

// Far above the noise and the tallest line within 0.3 ppm: a reference singlet, not a multiplet
// leg or a baseline wiggle.
bool isSharpSinglet(const Spectrum& s, double ppm, double noise) {
    double height = 0, tallestAround = 0, nearest = 1e300;
    for (std::size_t i = 0; i < s.ppm.size(); ++i) {
        const double distance = std::abs(s.ppm[i] - ppm);
        if (distance < nearest) nearest = distance, height = s.real[i];
        if (distance < 0.3) tallestAround = std::max(tallestAround, s.real[i]);
    }
    if (!(height > 50 * noise) || height < tallestAround) return false;
    double width = 0; // ppm above half height, a TMS or CHCl3 line is a few hundredths of a Hz-ppm
    for (std::size_t i = 0; i + 1 < s.ppm.size(); ++i)
        if (std::abs(s.ppm[i] - ppm) < 0.1 && s.real[i] > height / 2)
            width += std::abs(s.ppm[i + 1] - s.ppm[i]);
    return width < 0.02;
}

} // namespace

TEST(VendorAgreement, ProcessedFidsPutSharpSingletsWhereTheVendorDid) {
    if (!std::filesystem::exists(shared("MANIFEST.md"))) GTEST_SKIP() << "shared data not found";
    for (const Pair& pair : kPairs) {
        SCOPED_TRACE(pair.fid);
        ProcessOptions fromFid;
        fromFid.preferFid = true;
        const Spectrum ours = processAuto(openSpectrum(shared(pair.fid)), fromFid);
        const Spectrum vendor = processAuto(openSpectrum(shared(pair.vendor)));
        EXPECT_GT(correlationOnGrid(ours, vendor), 0.99);
        const double noise = noiseLevel(vendor.real);
        int compared = 0;
        for (const auto& [from, to] : singletWindows(vendor)) {
            const auto theirs = peakPositionPpm(vendor, from, to);
            if (!theirs) continue;
            if (!isSharpSinglet(vendor, *theirs, noise)) continue;
            const auto mine = peakPositionPpm(ours, from, to);
            ASSERT_TRUE(mine);
            EXPECT_NEAR(*mine, *theirs, 0.002) << "singlet near " << (from + to) / 2;
            ++compared;
        }
        EXPECT_GE(compared, 1);
    }
}

// Varian/Agilent: procpar's rfl/rfp put DSS at 0 ppm; our FFT must agree without any referencing
// (the quadrature sense of VNMR is opposite to Bruker's, a mirror image would put DSS near 9.6).
TEST(VendorAgreement, VarianFidPutsDssAtZeroFromProcparReferencing) {
    if (!std::filesystem::exists(shared("MANIFEST.md"))) GTEST_SKIP() << "shared data not found";
    ProcessOptions noReference;
    noReference.reference = false;
    const Spectrum s = processAuto(
        openSpectrum(shared("nmrML/examples/reference_spectra_examples/hmdb/HMDB00005.fid")),
        noReference);
    const auto dss = peakPositionPpm(s, -0.05, 0.05);
    ASSERT_TRUE(dss);
    EXPECT_NEAR(*dss, 0.0, 0.01);
    EXPECT_TRUE(isSharpSinglet(s, *dss, noiseLevel(s.real)));
}

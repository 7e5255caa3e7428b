#include "io/spectrumcheck.h"

#include "common/error.h"
#include "common/numberformat.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace spinhance {

namespace {

struct Checker {
    const std::string& file;
    const std::string& what;

    [[noreturn]] void fail(const std::string& field, const std::string& reason) const {
        throw Error(ErrorCode::InvalidInput, "the " + what + " data are unusable: " + reason,
                    {file, 0, field});
    }

    void size(std::size_t n, const std::string& field) const {
        if (n < spectrumlimits::kMinPoints || n > spectrumlimits::kMaxPoints)
            fail(field, "expected " + std::to_string(spectrumlimits::kMinPoints) + " to " +
                            std::to_string(spectrumlimits::kMaxPoints) + " points, found " +
                            std::to_string(n));
    }

    void finite(const std::vector<double>& values, const std::string& field,
                double bound = spectrumlimits::kMaxAbsIntensity) const {
        const auto bad = std::find_if(values.begin(), values.end(),
                                      [&](double v) { return !(std::abs(v) <= bound); });
        if (bad != values.end())
            fail(field, "expected finite numbers within ±" + formatNumber(bound) + ", found " +
                            formatNumber(*bad) + " at index " +
                            std::to_string(bad - values.begin()));
    }

    void axis(const std::vector<double>& ppm) const {
        finite(ppm, "ppm", spectrumlimits::kMaxAbsPpm);
        const auto [low, high] = std::minmax_element(ppm.begin(), ppm.end());
        if (!(*high > *low))
            fail("ppm", "expected a ppm axis spanning a range, found every point at " +
                            formatNumber(*low));
    }

    void frequencyDomain(const Spectrum& s) const {
        size(s.real.size(), "intensity");
        if (s.ppm.size() != s.real.size() || (!s.imag.empty() && s.imag.size() != s.real.size()))
            fail("ppm", "expected one ppm value (and imaginary value) per intensity, found " +
                            std::to_string(s.ppm.size()) + " ppm and " +
                            std::to_string(s.imag.size()) + " imaginary for " +
                            std::to_string(s.real.size()) + " intensities");
        finite(s.real, "intensity");
        finite(s.imag, "imaginary intensity");
        axis(s.ppm);
    }

    void timeDomain(const Fid& fid) const {
        size(fid.points.size(), "fid");
        const auto bad =
            std::find_if(fid.points.begin(), fid.points.end(), [](const std::complex<double>& p) {
                return !(std::abs(p.real()) <= spectrumlimits::kMaxAbsIntensity &&
                         std::abs(p.imag()) <= spectrumlimits::kMaxAbsIntensity);
            });
        if (bad != fid.points.end())
            fail("fid", "expected finite FID points within ±" +
                            formatNumber(spectrumlimits::kMaxAbsIntensity) + ", found (" +
                            formatNumber(bad->real()) + ", " + formatNumber(bad->imag()) +
                            ") at index " + std::to_string(bad - fid.points.begin()));
        if (!(fid.spectralWidthHz > 0.0 &&
              fid.spectralWidthHz <= spectrumlimits::kMaxSpectralWidthHz))
            fail("spectral width", "expected a spectral width above 0 and at most " +
                                       formatNumber(spectrumlimits::kMaxSpectralWidthHz) +
                                       " Hz, found " + formatNumber(fid.spectralWidthHz));
        if (!(std::abs(fid.carrierPpm) <= spectrumlimits::kMaxAbsPpm))
            fail("carrier", "expected a finite carrier within ±" +
                                formatNumber(spectrumlimits::kMaxAbsPpm) + " ppm, found " +
                                formatNumber(fid.carrierPpm));
        if (!(std::abs(fid.groupDelayPoints) <= double(fid.points.size())))
            fail("group delay", "expected a digital-filter delay shorter than the FID, found " +
                                    formatNumber(fid.groupDelayPoints) + " points");
    }

    void field(double fieldMHz) const {
        if (fieldMHz == 0.0) return;
        if (!(fieldMHz >= spectrumlimits::kMinFieldMHz && fieldMHz <= spectrumlimits::kMaxFieldMHz))
            fail("field", "expected a spectrometer frequency of " +
                              formatNumber(spectrumlimits::kMinFieldMHz) + " to " +
                              formatNumber(spectrumlimits::kMaxFieldMHz) +
                              " MHz (0 = unknown), found " + formatNumber(fieldMHz));
    }
};

} // namespace

void checkSpectrum(const Spectrum& spectrum, const std::string& file, const std::string& what) {
    const Checker check{file, what};
    check.field(spectrum.fieldMHz);
    if (!spectrum.hasSpectrum() && !spectrum.fid)
        check.fail("", "expected a spectrum or a FID, found neither");
    if (spectrum.hasSpectrum() || !spectrum.ppm.empty()) check.frequencyDomain(spectrum);
    // A FID left empty beside a spectrum is never processed (processAuto needs two points).
    if (spectrum.fid && (!spectrum.fid->points.empty() || !spectrum.hasSpectrum()))
        check.timeDomain(*spectrum.fid);
}

} // namespace spinhance

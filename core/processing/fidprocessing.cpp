#include "processing/fidprocessing.h"

#include "common/error.h"
#include "processing/fft.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

namespace spinhance {

namespace {

constexpr double kPi = 3.14159265358979323846;

Fid& fidOf(Spectrum& s, const char* step) {
    if (!s.fid || s.fid->points.size() < 2)
        throw Error(ErrorCode::InvalidArgument,
                    std::string(step) + " needs a FID, the spectrum has none",
                    {s.origin.path, 0, "fid"});
    return *s.fid;
}

std::string describe(const char* name, double value, const char* unit) {
    std::ostringstream text;
    text << name << " " << value << " " << unit;
    return text.str();
}

// Applies w(t) for t >= 0 (t measured from the digital-filter delay); earlier points keep w = 1.
template <typename Window> void applyWindow(Fid& fid, Window window) {
    const double dwellS = 1.0 / fid.spectralWidthHz;
    for (std::size_t i = 0; i < fid.points.size(); ++i) {
        const double t = std::max(0.0, (double(i) - fid.groupDelayPoints) * dwellS);
        fid.points[i] *= window(t);
    }
}

} // namespace

void dcCorrect(Spectrum& s) {
    Fid& fid = fidOf(s, "DC correction");
    const std::size_t n = fid.points.size(), start = n - std::max<std::size_t>(1, n / 8);
    const std::complex<double> mean = std::accumulate(fid.points.begin() + long(start),
                                                      fid.points.end(), std::complex<double>()) /
                                      double(n - start);
    for (auto& p : fid.points)
        p -= mean;
    s.history.push_back("DC offset correction (mean of last 1/8 of FID)");
}

void apodizeExponential(Spectrum& s, double lineBroadeningHz) {
    applyWindow(fidOf(s, "apodization"),
                [&](double t) { return std::exp(-kPi * lineBroadeningHz * t); });
    s.history.push_back(describe("exponential apodization LB", lineBroadeningHz, "Hz"));
}

void apodizeGaussian(Spectrum& s, double gaussianHz) {
    const double a = kPi * gaussianHz;
    applyWindow(fidOf(s, "apodization"),
                [&](double t) { return std::exp(-(a * t) * (a * t) / (4.0 * std::log(2.0))); });
    s.history.push_back(describe("Gaussian apodization GB", gaussianHz, "Hz"));
}

std::size_t zeroFillPoints(const Fid& fid, int factor) {
    const std::size_t wanted = std::size_t(std::max(factor, 1)) * fid.points.size();
    std::size_t points = 1;
    while (points < wanted)
        points *= 2;
    return points;
}

void zeroFill(Spectrum& s, std::size_t points) {
    Fid& fid = fidOf(s, "zero filling");
    if (points <= fid.points.size()) return;
    s.history.push_back("zero fill " + std::to_string(fid.points.size()) + " -> " +
                        std::to_string(points) + " points");
    fid.points.resize(points);
}

void fourierTransform(Spectrum& s) {
    const Fid& fid = fidOf(s, "Fourier transform");
    if (s.fieldMHz <= 0 || fid.spectralWidthHz <= 0)
        throw Error(ErrorCode::InvalidArgument,
                    "Fourier transform needs the field and spectral width",
                    {s.origin.path, 0, s.fieldMHz <= 0 ? "field" : "spectral width"});
    // The first sample of an undelayed FID is the t = 0 end of a one-sided signal; the discrete
    // transform counts it twice relative to a continuous integral, which shows up as a DC offset
    // of the whole spectrum. Halving it is the usual correction; after a digital filter the
    // signal's t = 0 lies g points later and the first sample needs no weight.
    std::vector<std::complex<double>> points = fid.points;
    if (fid.groupDelayPoints == 0.0) points.front() *= 0.5;
    auto spectrum = fftCentred(points);
    const std::size_t n = spectrum.size();
    const double half = double(n / 2);
    // A delay of g points is a linear phase exp(+2 pi i k g / N) on bin k.
    for (std::size_t j = 0; j < n && fid.groupDelayPoints != 0.0; ++j)
        spectrum[j] *=
            std::polar(1.0, 2.0 * kPi * (double(j) - half) * fid.groupDelayPoints / double(n));
    // Bin j is the offset (j - N/2) * SW / N from the carrier; spectra are stored high ppm first.
    s.ppm.resize(n), s.real.resize(n), s.imag.resize(n);
    const double stepPpm = fid.spectralWidthHz / double(n) / s.fieldMHz;
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t j = n - 1 - i;
        const std::complex<double> value = spectrum[j];
        s.ppm[i] = fid.carrierPpm + (double(j) - half) * stepPpm;
        s.real[i] = value.real();
        s.imag[i] = value.imag();
    }
    s.history.push_back(
        "Fourier transform (" + std::to_string(n) + " points" +
        (fid.groupDelayPoints != 0.0
             ? ", digital filter delay " + std::to_string(fid.groupDelayPoints) + " points removed"
             : "") +
        ")");
}

} // namespace spinhance

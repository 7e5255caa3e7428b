#include "dataset/benchtop.h"

#include "spin/fftworkspace.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numeric>

namespace spinhance {

namespace {

constexpr double kSatelliteFraction = 0.0055; // 1.1 % 13C, half on each side
constexpr double kDegrees = 3.14159265358979323846 / 180.0;

double symmetric(Rng& rng, double maxMagnitude) {
    return rng.uniform(-maxMagnitude, maxMagnitude);
}

double carbonCouplingHz(double shiftPpm) {
    if (shiftPpm > 9.0) return 172.0;
    if (shiftPpm > 5.0) return 160.0;
    if (shiftPpm > 3.2) return 145.0; // O/N-bound CH
    return 128.0;
}

Stick singletStick(double shiftPpm, double fieldMHz, double intensity) {
    return {shiftPpm * fieldMHz, shiftPpm, intensity};
}

void addSatellitePair(std::vector<Stick>& out, const Stick& s, double couplingHz, double fieldMHz) {
    for (double sign : {-0.5, 0.5}) {
        const double hz = s.frequencyHz + sign * couplingHz;
        out.push_back({hz, hz / fieldMHz, s.intensity * kSatelliteFraction});
    }
}

} // namespace

AugmentationDraw drawAugmentation(Rng& rng, const AugmentationOptions& o, double nominalFieldMHz) {
    AugmentationDraw d;
    d.fieldMHz = nominalFieldMHz + (o.fieldJitter ? symmetric(rng, o.fieldJitterMHz) : 0.0);
    d.linewidthHz =
        o.lineWidth ? rng.uniform(o.minLinewidthHz, o.maxLinewidthHz) : o.cleanLinewidthHz;
    d.gaussianFraction = o.lineShapeMix ? rng.uniform(0.0, o.maxGaussianFraction) : 0.0;
    d.referenceOffsetPpm = o.referenceOffset ? symmetric(rng, o.maxReferenceOffsetPpm) : 0.0;
    d.phase0Degrees = o.phaseError ? symmetric(rng, o.maxPhaseDegrees) : 0.0;
    d.phase1Degrees = o.phaseError ? symmetric(rng, o.maxPhaseDegrees) : 0.0;
    d.snr = o.noise ? rng.logUniform(o.minSnr, o.maxSnr) : 0.0;
    return d;
}

void addSolventLines(Rng& rng, const AugmentationOptions& o, double fieldMHz,
                     std::vector<Stick>& sticks, std::vector<BroadLine>& broad) {
    // Sizes in proton equivalents of the analyte: residual CHCl3 in CDCl3 and 0.03 % TMS are
    // typically comparable to one analyte proton; water in CDCl3 varies widely.
    const bool tms = o.solventPeaks && rng.chance(0.7);
    const double tmsSize = rng.uniform(0.2, 3.0);
    const bool chcl3 = o.solventPeaks && rng.chance(0.8);
    const double chcl3Size = rng.uniform(0.05, 1.0);
    const bool water = o.water && rng.chance(0.5);
    const double waterSize = rng.uniform(0.1, 2.0);
    const double waterExtraHz = rng.uniform(1.0, 6.0);
    if (tms) sticks.push_back(singletStick(0.0, fieldMHz, tmsSize));
    if (chcl3) sticks.push_back(singletStick(7.26, fieldMHz, chcl3Size));
    if (water) broad.push_back({1.56, waterSize, waterExtraHz});
}

void addCarbonSatellites(std::vector<Stick>& sticks, double fieldMHz) {
    std::vector<Stick> satellites;
    satellites.reserve(2 * sticks.size());
    for (const Stick& s : sticks) {
        double couplingHz = carbonCouplingHz(s.shiftPpm);
        if (s.shiftPpm == 0.0) couplingHz = 118.0;  // TMS
        if (s.shiftPpm == 7.26) couplingHz = 209.0; // CHCl3
        addSatellitePair(satellites, s, couplingHz, fieldMHz);
    }
    sticks.insert(sticks.end(), satellites.begin(), satellites.end());
}

void applyPhaseError(std::vector<double>& spectrum, double phase0Degrees, double phase1Degrees) {
    const std::size_t n = spectrum.size();
    FftWorkspace& fft = FftWorkspace::forThread(fastFftLength(2 * n)); // padding: no wrap-around
    std::fill(fft.real(), fft.real() + fft.size(), 0.0);
    std::copy(spectrum.begin(), spectrum.end(), fft.real());
    fft.forward();
    const std::size_t bins = fft.size() / 2 + 1;
    // Hilbert transform: multiply positive frequencies by −i, drop DC and Nyquist.
    fft.spectrum()[0] = 0.0;
    for (std::size_t k = 1; k < bins; ++k)
        fft.spectrum()[k] *= std::complex<double>(0.0, -1.0);
    if (fft.size() % 2 == 0) fft.spectrum()[bins - 1] = 0.0;
    fft.backward();
    // The phase is linear in i: rotate by a fixed step instead of calling sin/cos per point.
    const double scale = 1.0 / double(fft.size());
    const double stepRadians = n > 1 ? phase1Degrees * kDegrees / double(n - 1) : 0.0;
    const std::complex<double> step = std::polar(1.0, stepRadians);
    std::complex<double> rotor = std::polar(1.0, (phase0Degrees - 0.5 * phase1Degrees) * kDegrees);
    for (std::size_t i = 0; i < n; ++i) {
        spectrum[i] = spectrum[i] * rotor.real() + fft.real()[i] * scale * rotor.imag();
        rotor *= step;
    }
}

void addLorentzian(std::vector<double>& spectrum, const PpmGrid& grid, double shiftPpm, double area,
                   double fwhmPpm) {
    const double halfWidth = 0.5 * fwhmPpm;
    const double height = area * halfWidth / 3.14159265358979323846;
    for (std::size_t i = 0; i < spectrum.size(); ++i) {
        const double d = grid.ppmAt(i) - shiftPpm;
        spectrum[i] += height / (d * d + halfWidth * halfWidth);
    }
}

void addBaselineDrift(std::vector<double>& spectrum, Rng& rng, double shapeAmplitude,
                      double offsetAmplitude) {
    const double c0 = symmetric(rng, offsetAmplitude);
    const double c1 = symmetric(rng, shapeAmplitude);
    const double c2 = symmetric(rng, shapeAmplitude);
    const double c3 = symmetric(rng, shapeAmplitude);
    const std::size_t n = spectrum.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double u = n > 1 ? 2.0 * double(i) / double(n - 1) - 1.0 : 0.0;
        spectrum[i] +=
            c0 + c1 * u + c2 * (2 * u * u - 1 + 1.0 / 3.0) + c3 * (4 * u * u * u - 3 * u);
    }
}

void addWhiteNoise(std::vector<double>& spectrum, Rng& rng, double sigma) {
    for (double& value : spectrum)
        value += sigma * rng.normal();
}

void normaliseUnitIntegral(std::vector<double>& spectrum, double stepPpm) {
    const double area = std::accumulate(spectrum.begin(), spectrum.end(), 0.0) * stepPpm;
    if (!(area > 0.0) || !std::isfinite(area)) return;
    for (double& value : spectrum)
        value /= area;
}

} // namespace spinhance

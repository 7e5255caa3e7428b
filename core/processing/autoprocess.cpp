#include "processing/autoprocess.h"

#include "common/error.h"
#include "io/spectrumcheck.h"
#include "processing/baseline.h"
#include "processing/fidprocessing.h"
#include "processing/linearprediction.h"
#include "processing/phase.h"
#include "processing/referencing.h"

#include <cmath>
#include <string>

namespace spinhance {

namespace {

// 360 degrees of ph1 per dwell of delay between the pulse and the first point. A removed
// digital filter leaves well under two dwells (dead time, analog filter); without one, benchtop
// receivers (Oxford X-Pulse, Nanalysis) show up to about ten.
constexpr double kFirstOrderRangeFilterRemovedDeg = 540.0;
constexpr double kFirstOrderRangeUnknownDelayDeg = 3600.0;
// Above half a dwell of apparent delay the FID is transformed again (see
// transformWithReceiverDelay).
constexpr double kDelayThresholdDeg = 180.0;
constexpr int kDelayPasses = 3;

double firstOrderRange(const Fid& fid) {
    return fid.groupDelayPoints != 0.0 ? kFirstOrderRangeFilterRemovedDeg
                                       : kFirstOrderRangeUnknownDelayDeg;
}

PhaseAngles transformFid(Spectrum& s, const ProcessOptions& options) {
    dcCorrect(s);
    if (options.lineBroadeningHz > 0) apodizeExponential(s, options.lineBroadeningHz);
    if (options.gaussianBroadeningHz > 0) apodizeGaussian(s, options.gaussianBroadeningHz);
    zeroFill(s, zeroFillPoints(*s.fid, options.zeroFillFactor));
    fourierTransform(s);
    return options.autoPhase ? autoPhase(s, firstOrderRange(*s.fid)) : PhaseAngles{};
}

// A first-order phase of many turns means the FID's time origin lies that many dwells before its
// first point (dead time plus receiver filter of benchtop spectrometers). As a phase alone that
// leaves the missed start of the signal as a broad negative hump with sinc ripples under the
// lines, which also biases the phase search. So the origin is estimated from the phase (ph1 =
// -360 degrees per point, see fourierTransform), the whole points missed are restored by backward
// linear prediction and the FID is transformed again; the fraction left is a small ph1. Two
// passes: the second estimate is made on a spectrum without the hump.
Spectrum transformWithReceiverDelay(const Spectrum& raw, const ProcessOptions& options) {
    Spectrum s = raw;
    PhaseAngles phase = transformFid(s, options);
    if (!options.autoPhase || raw.fid->groupDelayPoints != 0.0) return s;
    double originPoints = 0.0; // where t = 0 lies, in points of the raw FID
    for (int pass = 0; pass < kDelayPasses && std::abs(phase.ph1Deg) >= kDelayThresholdDeg;
         ++pass) {
        originPoints -= phase.ph1Deg / 360.0;
        Spectrum again = raw;
        again.fid->groupDelayPoints = originPoints;
        again.history.push_back(
            "time origin " + std::to_string(originPoints) +
            " points from the first FID point, estimated from the first-order phase");
        if (originPoints <= -0.5)
            restoreLeadingPoints(again, std::size_t(std::lround(-originPoints)));
        phase = transformFid(again, options);
        s = std::move(again);
    }
    return s;
}

// The added phase needs the imaginary part.
void applyManualPhase(Spectrum& s, const ProcessOptions& options) {
    if (!options.hasManualPhase()) return;
    if (s.imag.size() != s.real.size())
        throw Error(ErrorCode::InvalidInput,
                    "this spectrum has no imaginary part, so its phase cannot be changed by hand "
                    "(open the FID, or a file that stores both parts)",
                    {s.origin.path, 0, "phase"});
    phaseCorrectAboutPpm(s, {options.extraPh0Deg, options.extraPh1Deg}, options.pivotPpm);
    s.history.push_back("phase by hand: ph0 " + std::to_string(options.extraPh0Deg) + "°, ph1 " +
                        std::to_string(options.extraPh1Deg) + "°");
}

void applyReferenceOffset(Spectrum& s, double offsetPpm) {
    if (offsetPpm == 0.0) return;
    for (double& ppm : s.ppm)
        ppm += offsetPpm;
    s.history.push_back("reference by hand: axis moved by " + std::to_string(offsetPpm) + " ppm");
}

} // namespace

void checkProcessOptions(const ProcessOptions& o) {
    auto within = [](double value, double limit, const char* option, const char* unit) {
        if (!std::isfinite(value) || std::abs(value) > limit)
            throw Error(ErrorCode::InvalidArgument,
                        std::string("expected ") + option + " within ±" +
                            std::to_string(int(limit)) + " " + unit + ", found " +
                            std::to_string(value),
                        {"", 0, option});
    };
    within(o.extraPh0Deg, 3600, "ph0", "degrees");
    within(o.extraPh1Deg, 3600, "ph1", "degrees");
    within(o.referenceOffsetPpm, 50, "reference-offset", "ppm");
    if (o.pivotPpm) within(*o.pivotPpm, 1000, "pivot", "ppm");
    if (o.baselineOrder < 0 || o.baselineOrder > 9)
        throw Error(ErrorCode::InvalidArgument,
                    "expected a baseline order of 0–9, found " + std::to_string(o.baselineOrder),
                    {"", 0, "baseline-order"});
    if (!(o.lineBroadeningHz >= 0 && o.lineBroadeningHz <= 100))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a line broadening of 0–100 Hz, found " +
                        std::to_string(o.lineBroadeningHz),
                    {"", 0, "line-broadening"});
    if (!(o.gaussianBroadeningHz >= 0 && o.gaussianBroadeningHz <= 100))
        throw Error(ErrorCode::InvalidArgument,
                    "expected a Gaussian broadening of 0–100 Hz, found " +
                        std::to_string(o.gaussianBroadeningHz),
                    {"", 0, "gaussian-hz"});
    if (o.zeroFillFactor < 1 || o.zeroFillFactor > 16)
        throw Error(ErrorCode::InvalidArgument,
                    "expected a zero-fill factor of 1–16, found " +
                        std::to_string(o.zeroFillFactor),
                    {"", 0, "zero-fill"});
}

Spectrum processAuto(const Spectrum& raw) {
    return processAuto(raw, ProcessOptions{});
}

Spectrum processAuto(const Spectrum& raw, const ProcessOptions& options) {
    checkProcessOptions(options);
    Spectrum s = raw;
    const bool useFid =
        s.fid && s.fid->points.size() >= 2 && (options.preferFid || !s.hasSpectrum());
    if (!useFid && !s.hasSpectrum())
        throw Error(ErrorCode::InvalidArgument,
                    "expected a FID or a spectrum to process, found neither",
                    {s.origin.path, 0, {}});
    if (useFid) s = transformWithReceiverDelay(s, options);
    applyManualPhase(s, options);
    if (options.baseline && !options.baselineRegionsPpm.empty() && options.baselineSpline)
        baselineCorrectSplineRegions(s, options.baselineRegionsPpm);
    else if (options.baseline && !options.baselineRegionsPpm.empty())
        baselineCorrectRegions(s, options.baselineRegionsPpm, options.baselineOrder);
    else if (options.baseline)
        baselineCorrect(s);
    if (options.reference && !referenceAuto(s))
        s.history.push_back("no reference line identified; ppm axis as in the file");
    applyReferenceOffset(s, options.referenceOffsetPpm);
    // The processed spectrum keeps the raw FID (Spectrum::fid is untouched data for re-processing).
    s.fid = raw.fid;
    checkSpectrum(s, s.origin.path, "processed");
    return s;
}

} // namespace spinhance

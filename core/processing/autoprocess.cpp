#include "processing/autoprocess.h"

#include "common/error.h"
#include "processing/baseline.h"
#include "processing/fidprocessing.h"
#include "processing/phase.h"
#include "processing/referencing.h"

namespace spinhance {

namespace {

void transformFid(Spectrum& s, const ProcessOptions& options) {
    dcCorrect(s);
    if (options.lineBroadeningHz > 0) apodizeExponential(s, options.lineBroadeningHz);
    zeroFill(s, defaultZeroFillPoints(*s.fid));
    fourierTransform(s);
    if (options.autoPhase) autoPhase(s);
}

} // namespace

Spectrum processAuto(const Spectrum& raw) { return processAuto(raw, ProcessOptions{}); }

Spectrum processAuto(const Spectrum& raw, const ProcessOptions& options) {
    Spectrum s = raw;
    const bool useFid = s.fid && s.fid->points.size() >= 2 && (options.preferFid || !s.hasSpectrum());
    if (!useFid && !s.hasSpectrum())
        throw Error(ErrorCode::InvalidArgument, "expected a FID or a spectrum to process, found neither",
                    {s.origin.path, 0, {}});
    if (useFid) transformFid(s, options);
    if (options.baseline) baselineCorrect(s);
    if (options.reference && !referenceAuto(s))
        s.history.push_back("no reference line identified; ppm axis as in the file");
    // The processed spectrum keeps the raw FID (Spectrum::fid is untouched data for re-processing).
    s.fid = raw.fid;
    return s;
}

} // namespace spinhance

#include "spectrumdocument.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace spinhance::ui {

DisplayTrace makeDisplayTrace(const Spectrum& spectrum) {
    if (!spectrum.hasSpectrum() || spectrum.ppm.size() != spectrum.real.size())
        throw Error(ErrorCode::InvalidInput,
                    "expected a processed spectrum with equal ppm and intensity lengths, found " +
                        std::to_string(spectrum.ppm.size()) + " and " +
                        std::to_string(spectrum.real.size()) + " points",
                    {spectrum.origin.path, 0, ""});
    DisplayTrace trace{spectrum.ppm, spectrum.real};
    if (trace.ppm.size() > 1 && trace.ppm.front() > trace.ppm.back()) {
        std::reverse(trace.ppm.begin(), trace.ppm.end());
        std::reverse(trace.intensity.begin(), trace.intensity.end());
    }
    double peak = 0.0;
    for (double v : trace.intensity) peak = std::max(peak, std::abs(v));
    if (peak > 0.0)
        for (double& v : trace.intensity) v /= peak;
    return trace;
}

} // namespace spinhance::ui

#include "spectrumdocument.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

double largestMagnitude(const std::vector<double>& values) {
    double peak = 0.0;
    for (double v : values)
        peak = std::max(peak, std::abs(v));
    return peak;
}

} // namespace

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
    const double peak = largestMagnitude(trace.intensity);
    if (peak > 0.0)
        for (double& v : trace.intensity)
            v /= peak;
    return trace;
}

std::vector<analysis::IntegralRow> integralRowsOf(const SpectrumDocument& doc) {
    const ManualIntegrals& m = doc.integrals;
    if (m.regions.empty()) return {};
    return analysis::scaledIntegrals(doc.spectrum, m.regions, m.reference, m.referenceProtons);
}

FitCurves makeFitCurves(const FitResult& result, const Spectrum& spectrum) {
    const double peak = largestMagnitude(spectrum.real);
    const double scale = peak > 0.0 ? 1.0 / peak : 1.0;
    FitCurves curves{result.grid, {}, {}};
    for (std::size_t i = 0; i < result.fitted.size() && i < result.measured.size(); ++i) {
        curves.fitted.push_back(result.fitted[i] * scale);
        curves.residual.push_back((result.measured[i] - result.fitted[i]) * scale);
    }
    return curves;
}

} // namespace spinhance::ui

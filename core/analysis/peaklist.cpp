#include "analysis/peaklist.h"

#include "analysis/multiplets.h"
#include "analysis/noiseestimate.h"
#include "common/error.h"
#include "fit/fitdata.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace spinhance::analysis {

std::vector<ListedPeak> peakList(const Spectrum& spectrum, double minimumSnr,
                                 std::optional<double> fieldMHz) {
    if (!std::isfinite(minimumSnr) || minimumSnr <= 0.0)
        throw Error(ErrorCode::InvalidArgument,
                    "peak list: expected a positive signal-to-noise threshold, found " +
                        std::to_string(minimumSnr));
    const FitData data = fitDataFromSpectrum(spectrum, fieldMHz);
    std::vector<ListedPeak> list;
    if (data.intensity.size() < 3) return list;
    const double sigma = noiseSigmaFromDifferences(data.intensity);
    // A noise-free (simulated) spectrum has σ = 0: rounding ripples far out in the wings must
    // still not count, hence a floor at 10⁻⁴ of the tallest point.
    const double tallest = *std::max_element(data.intensity.begin(), data.intensity.end());
    const double threshold = std::max(minimumSnr * sigma, 1e-4 * tallest);
    for (const Peak& peak : pickPeaks(data, 0, data.intensity.size() - 1, threshold, threshold))
        list.push_back({peak.ppm, peak.ppm * data.fieldMHz, peak.height});
    std::sort(list.begin(), list.end(),
              [](const ListedPeak& a, const ListedPeak& b) { return a.ppm > b.ppm; });
    return list;
}

std::string peaksAndIntegralsCsv(const std::vector<ListedPeak>& peaks,
                                 const std::vector<IntegralRow>& integrals) {
    std::string csv = "# peaks\nshift_ppm,frequency_hz,height\n";
    char line[128];
    for (const ListedPeak& p : peaks) {
        std::snprintf(line, sizeof line, "%.4f,%.2f,%.6g\n", p.ppm, p.hz, p.height);
        csv += line;
    }
    csv += "# integrals\nfrom_ppm,to_ppm,area,protons_h\n";
    for (const IntegralRow& row : integrals) {
        std::snprintf(line, sizeof line, "%.4f,%.4f,%.6g,%.2f\n", row.rangePpm.fromPpm,
                      row.rangePpm.toPpm, row.area, row.protons);
        csv += line;
    }
    return csv;
}

} // namespace spinhance::analysis

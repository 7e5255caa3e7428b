#include "analysis/integrals.h"

#include "common/error.h"
#include "processing/integrate.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <utility>

namespace spinhance::analysis {

namespace {

std::string describe(const PpmRange& range) {
    std::ostringstream text;
    text.precision(4);
    text << range.fromPpm << "–" << range.toPpm << " ppm";
    return text.str();
}

[[noreturn]] void badRange(const PpmRange& range, const std::string& why) {
    throw Error(ErrorCode::InvalidArgument, "integral region " + describe(range) + ": " + why);
}

} // namespace

double integrateRegion(const Spectrum& spectrum, const PpmRange& range) {
    if (!spectrum.hasSpectrum() || spectrum.ppm.size() != spectrum.real.size() ||
        spectrum.size() < 2)
        throw Error(ErrorCode::InvalidInput, "integration needs a processed spectrum",
                    {spectrum.origin.path, 0, ""});
    if (!std::isfinite(range.fromPpm) || !std::isfinite(range.toPpm))
        badRange(range, "expected finite bounds");
    const double low = std::min(range.fromPpm, range.toPpm);
    const double high = std::max(range.fromPpm, range.toPpm);
    const double stepPpm = std::abs(spectrum.ppm[1] - spectrum.ppm[0]);
    if (high - low < stepPpm) badRange(range, "narrower than one point spacing");
    const auto [first, last] = std::minmax(spectrum.ppm.front(), spectrum.ppm.back());
    if (high <= first || low >= last)
        badRange(range, "outside the spectrum (" + describe({first, last}) + ")");
    return integrateRange(spectrum, low, high);
}

std::vector<IntegralRow> scaledIntegrals(const Spectrum& spectrum,
                                         const std::vector<PpmRange>& ranges,
                                         std::size_t referenceIndex, double referenceProtons) {
    if (referenceIndex >= ranges.size())
        throw Error(ErrorCode::InvalidArgument,
                    "integral reference: region " + std::to_string(referenceIndex + 1) +
                        " does not exist (there are " + std::to_string(ranges.size()) + ")");
    if (!std::isfinite(referenceProtons) || referenceProtons <= 0.0)
        throw Error(ErrorCode::InvalidArgument,
                    "integral reference: expected a positive proton count, found " +
                        std::to_string(referenceProtons));
    std::vector<IntegralRow> rows;
    for (const PpmRange& range : ranges)
        rows.push_back({range, integrateRegion(spectrum, range), 0.0});
    const double referenceArea = rows[referenceIndex].area;
    if (referenceArea == 0.0)
        badRange(ranges[referenceIndex], "the reference region's area is zero");
    for (IntegralRow& row : rows)
        row.protons = row.area / referenceArea * referenceProtons;
    return rows;
}

} // namespace spinhance::analysis

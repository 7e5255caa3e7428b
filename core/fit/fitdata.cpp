#include "fit/fitdata.h"

#include "common/error.h"
#include "spin/fftworkspace.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

constexpr double kPi = 3.14159265358979323846;

void checkUniform(const std::vector<double>& ppm, const std::string& source) {
    const double step = (ppm.back() - ppm.front()) / double(ppm.size() - 1);
    for (std::size_t i = 1; i < ppm.size(); ++i)
        if (std::abs(ppm[i] - ppm[i - 1] - step) > 0.01 * std::abs(step))
            throw Error(ErrorCode::InvalidInput,
                        "expected a uniform ppm axis, found a step of " +
                            std::to_string(ppm[i] - ppm[i - 1]) + " ppm at point " +
                            std::to_string(i) + " against " + std::to_string(step),
                        {source, 0, "ppm"});
}

} // namespace

FitData fitDataFromSpectrum(const Spectrum& spectrum, std::optional<double> fieldMHz) {
    const std::string source = spectrum.origin.path;
    if (!spectrum.hasSpectrum() || spectrum.ppm.size() != spectrum.real.size() ||
        spectrum.size() < 8)
        throw Error(
            ErrorCode::InvalidInput,
            "expected a processed spectrum (ppm and intensity, at least 8 points), found none",
            {source, 0, "spectrum"});
    FitData data;
    data.fieldMHz = fieldMHz.value_or(spectrum.fieldMHz);
    if (!(data.fieldMHz > 0.0))
        throw Error(ErrorCode::InvalidArgument,
                    "the spectrum does not state its field; give it in MHz",
                    {source, 0, "fieldMHz"});
    checkUniform(spectrum.ppm, source);
    data.intensity = spectrum.real;
    const bool descending = spectrum.ppm.back() < spectrum.ppm.front();
    if (descending) std::reverse(data.intensity.begin(), data.intensity.end());
    data.grid.fromPpm = descending ? spectrum.ppm.back() : spectrum.ppm.front();
    data.grid.toPpm = descending ? spectrum.ppm.front() : spectrum.ppm.back();
    data.grid.points = int(spectrum.size());
    return data;
}

FitData cropToRegion(const FitData& data, double lowPpm, double highPpm) {
    if (lowPpm > highPpm) std::swap(lowPpm, highPpm);
    const double step = data.grid.stepPpm();
    const long first = std::max(0L, long(std::ceil((lowPpm - data.grid.fromPpm) / step - 1e-9)));
    const long last = std::min(long(data.grid.points) - 1,
                               long(std::floor((highPpm - data.grid.fromPpm) / step + 1e-9)));
    if (last - first + 1 < 8)
        throw Error(ErrorCode::InvalidArgument,
                    "expected a region with at least 8 points inside the spectrum (" +
                        std::to_string(data.grid.fromPpm) + " to " +
                        std::to_string(data.grid.toPpm) + " ppm), found " +
                        std::to_string(std::max(0L, last - first + 1)),
                    {"", 0, "region"});
    FitData out;
    out.fieldMHz = data.fieldMHz;
    out.grid = {data.grid.ppmAt(std::size_t(first)), data.grid.ppmAt(std::size_t(last)),
                int(last - first + 1)};
    out.intensity.assign(data.intensity.begin() + first, data.intensity.begin() + last + 1);
    if (!data.weight.empty())
        out.weight.assign(data.weight.begin() + first, data.weight.begin() + last + 1);
    return out;
}

std::vector<double> broadenLorentzian(const FitData& data, double fwhmHz) {
    if (fwhmHz <= 0.0) return data.intensity;
    const std::size_t n = data.intensity.size(), length = fastFftLength(2 * n);
    FftWorkspace& fft = FftWorkspace::forThread(length);
    double* buffer = fft.real();
    for (std::size_t i = 0; i < length;
         ++i) { // mirror image: x0 … x(n−1) x(n−1) … continues reflected
        const std::size_t period = i % (2 * n);
        buffer[i] = data.intensity[period < n ? period : 2 * n - 1 - period];
    }
    fft.forward();
    const double hwhmPoints = 0.5 * fwhmHz / (data.grid.stepPpm() * data.fieldMHz);
    std::complex<double>* bins = fft.spectrum();
    for (std::size_t m = 0; m <= length / 2; ++m)
        bins[m] *= std::exp(-hwhmPoints * 2.0 * kPi * double(m) / double(length)) / double(length);
    fft.backward();
    return std::vector<double>(buffer, buffer + n);
}

FitData decimate(const FitData& data, int factor) {
    if (factor <= 1) return data;
    FitData out;
    out.fieldMHz = data.fieldMHz;
    for (std::size_t i = 0; i < data.intensity.size(); i += std::size_t(factor))
        out.intensity.push_back(data.intensity[i]);
    for (std::size_t i = 0; i < data.weight.size(); i += std::size_t(factor))
        out.weight.push_back(data.weight[i]);
    out.grid = {data.grid.fromPpm,
                data.grid.ppmAt((out.intensity.size() - 1) * std::size_t(factor)),
                int(out.intensity.size())};
    return out;
}

} // namespace spinhance

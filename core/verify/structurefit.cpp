#include "verify/structurefit.h"

#include "analysis/evidence.h"
#include "analysis/search.h"
#include "common/error.h"
#include "fit/fitdata.h"
#include "processing/autoprocess.h"

#include <algorithm>
#include <cmath>

namespace spinhance::verify {

namespace {

constexpr double kLowestPpm = -0.5, kHighestPpm = 13.5; // the analysis' ¹H window
constexpr int kBoundRounds = 3;

Spectrum processedLikeAnalysis(const Spectrum& spectrum) {
    // As SpectrumAnalysis::run: a spectrum the spectrometer processed keeps baseline and reference.
    ProcessOptions options;
    options.baseline = options.reference = !spectrum.hasSpectrum();
    return processAuto(spectrum, options);
}

FitOptions structureFitOptions(bool shiftsFree) {
    FitOptions options;
    options.fitShifts = shiftsFree;
    options.fitCouplings = false; // the structure's topology and J values are what is tested
    options.fitBaseline = true;
    options.fixGroupsOutsideData = false;
    // Broad first: a shift up to 0.3 ppm off (18 Hz at 60 MHz) must still overlap its signal.
    options.broadeningScheduleHz = {12.0, 6.0, 3.0, 1.0};
    return options;
}

// Groups the fit moved beyond the freedom: put on the bound and held there. Returns whether any.
bool clampToBounds(const SpinSystem& predicted, SpinSystem& fitted, FitOptions& options) {
    bool clamped = false;
    for (std::size_t g = 0; g < fitted.size(); ++g) {
        const double start = predicted.group(g).shiftPpm;
        double& shift = fitted.group(g).shiftPpm;
        if (std::abs(shift - start) <= kShiftFreedomPpm + 1e-9) continue;
        shift = std::clamp(shift, start - kShiftFreedomPpm, start + kShiftFreedomPpm);
        options.fixedGroups.push_back(fitted.group(g).label);
        clamped = true;
    }
    return clamped;
}

FitResult boundedShiftFit(const FitData& data, const SpinSystem& predicted,
                          const CancelFlag* cancel) {
    FitOptions options = structureFitOptions(true);
    FitResult fit = fitSpinSystem(data, predicted, {}, options, {}, cancel);
    for (int round = 0; round < kBoundRounds; ++round) {
        SpinSystem start = fit.system;
        if (!clampToBounds(predicted, start, options)) break;
        if (options.fixedGroups.size() >= predicted.size()) options.fitShifts = false;
        fit = fitSpinSystem(data, start, fit.lineModel, options, {}, cancel);
    }
    return fit;
}

// The coupled pair with the smallest non-zero |J|.
std::pair<std::size_t, std::size_t> weakestCoupling(const SpinSystem& system) {
    std::pair<std::size_t, std::size_t> out{0, 0};
    double weakest = HUGE_VAL;
    for (std::size_t i = 0; i < system.size(); ++i)
        for (std::size_t j = i + 1; j < system.size(); ++j) {
            const double absHz = std::abs(system.couplingHz(i, j));
            if (absHz > 0.0 && absHz < weakest) {
                weakest = absHz;
                out = {i, j};
            }
        }
    return out;
}

} // namespace

SpinSystem fittableSystem(SpinSystem system) {
    // No field here: the exact treatment's size, which no field exceeds.
    while (!analysis::affordable(system, 0.0)) {
        const auto [i, j] = weakestCoupling(system);
        if (i == j) break; // nothing coupled is left to drop
        system.setCouplingHz(i, j, 0.0);
    }
    return system;
}

FitData verificationData(const Spectrum& spectrum, std::optional<double> fieldMHz,
                         const std::string& solvent) {
    FitData data = fitDataFromSpectrum(processedLikeAnalysis(spectrum), fieldMHz);
    data = cropToRegion(data, std::max(kLowestPpm, data.grid.fromPpm),
                        std::min(kHighestPpm, data.grid.toPpm));
    const double peak = *std::max_element(data.intensity.begin(), data.intensity.end());
    if (!(peak > 0.0) || !std::isfinite(peak))
        throw Error(ErrorCode::InvalidInput,
                    "the spectrum holds no positive signal in the 1H window (-0.5 to 13.5 ppm)",
                    {spectrum.origin.path, 0, "spectrum"});
    for (double& y : data.intensity)
        y /= peak;
    // gatherEvidence masks the known lines in data.weight; the rest of its reading is not needed.
    (void)analysis::gatherEvidence(data, solvent.empty() ? spectrum.solvent : solvent, 0);
    return data;
}

double fitCosine(const FitResult& fit, const std::vector<double>& weight) {
    const bool weighted = weight.size() == fit.measured.size();
    double dot = 0.0, a = 0.0, b = 0.0;
    for (std::size_t i = 0; i < fit.measured.size(); ++i) {
        const double w = weighted ? weight[i] : 1.0;
        dot += w * fit.measured[i] * fit.fitted[i];
        a += w * fit.measured[i] * fit.measured[i];
        b += w * fit.fitted[i] * fit.fitted[i];
    }
    return a > 0.0 && b > 0.0 ? dot / std::sqrt(a * b) : 0.0;
}

StructureFit fitStructure(const FitData& data, const SpinSystem& predicted,
                          const CancelFlag* cancel) {
    if (predicted.empty())
        throw Error(ErrorCode::InvalidInput, "the structure has no non-exchangeable protons",
                    {"", 0, "structure"});
    StructureFit out;
    out.asIs = fitSpinSystem(data, predicted, {}, structureFitOptions(false), {}, cancel);
    out.fitted = boundedShiftFit(data, predicted, cancel);
    out.asIsCosine = fitCosine(out.asIs, data.weight);
    out.fittedCosine = fitCosine(out.fitted, data.weight);
    return out;
}

} // namespace spinhance::verify

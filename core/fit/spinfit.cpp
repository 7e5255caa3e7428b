#include "common/error.h"
#include "fit/broadlines.h"
#include "fit/fitdata.h"
#include "fit/fitmodel.h"
#include "fit/fitproblem.h"
#include "fit/levenbergmarquardt.h"
#include "spin/spinsystemjson.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>

namespace spinhance {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kPointsPerLinewidth = 8.0; // decimated stages keep at least this many per FWHM

void checkData(const FitData& data) {
    if (data.intensity.size() != std::size_t(data.grid.points) || data.grid.points < 8 ||
        !(data.grid.stepPpm() > 0.0))
        throw Error(
            ErrorCode::InvalidArgument,
            "expected at least 8 points on an ascending grid with one intensity per point, found " +
                std::to_string(data.intensity.size()) + " values for " +
                std::to_string(data.grid.points) + " points",
            {"", 0, "data"});
    if (!(data.fieldMHz > 0.0))
        throw Error(ErrorCode::InvalidArgument, "expected a positive field in MHz",
                    {"", 0, "fieldMHz"});
    if (!data.weight.empty() && data.weight.size() != data.intensity.size())
        throw Error(ErrorCode::InvalidArgument,
                    "expected one weight per point or none, found " +
                        std::to_string(data.weight.size()) + " weights for " +
                        std::to_string(data.intensity.size()) + " points",
                    {"", 0, "weight"});
}

std::vector<double> unitModel(const ParameterSet& params, const FitData& data,
                              const WeakCouplingRule& weak) {
    const std::vector<ModelParameter>& all = params.all();
    SpinSensitivity sticksOnly(params.start(), all, {}, data.fieldMHz, weak);
    SensitiveSticks sticks = sticksOnly.evaluate(params.system(), false);
    const std::vector<BroadGroupLine> broad = broadGroupLines(params, sticksOnly.singletGroups());
    for (const BroadGroupLine& line : broad)
        sticks.intensity[line.stick] = 0.0; // drawn apart, with its own width
    LineRenderer renderer(data.grid, data.fieldMHz);
    renderer.setShape(params.valueOf(ParameterKind::Linewidth),
                      params.valueOf(ParameterKind::Phase));
    renderer.setPositions(sticks.frequencyHz);
    std::vector<double> out(std::size_t(data.grid.points));
    renderer.render(sticks.intensity.data(), nullptr, LineKernel::Line, out.data());
    addBroadLines(params, broad, renderer, data.fieldMHz, 0.0, {}, out.data());
    return out;
}

// Each known singlet at unit height in the current line shape.
std::vector<std::vector<double>> singletCurves(const ParameterSet& params, const FitData& data) {
    std::vector<std::vector<double>> curves;
    const std::vector<std::size_t> singlets = params.singlets();
    if (singlets.empty()) return curves;
    LineRenderer renderer(data.grid, data.fieldMHz);
    renderer.setShape(params.valueOf(ParameterKind::Linewidth),
                      params.valueOf(ParameterKind::Phase));
    renderer.setPositions(params.singletFrequenciesHz(data.fieldMHz));
    for (std::size_t s = 0; s < singlets.size(); ++s) {
        std::vector<double> height(singlets.size(), 0.0);
        height[s] = 1.0;
        curves.emplace_back(std::size_t(data.grid.points));
        renderer.render(height.data(), nullptr, LineKernel::Line, curves.back().data());
    }
    return curves;
}

// Scale, known singlets' heights (and baseline when free) by linear least squares at the start
// shifts: the LM then starts with the right intensities and only has the nonlinear part left.
void estimateLinearParameters(ParameterSet& params, const FitData& data,
                              const FitOptions& options) {
    ModelParameter& scale = params.all()[std::size_t(params.indexOf(ParameterKind::Scale))];
    if (!options.fitScale && scale.value != 0.0) return;
    const Eigen::Index n = data.grid.points;
    const std::vector<std::vector<double>> singlets = singletCurves(params, data);
    const Eigen::Index firstSinglet = options.fitBaseline ? 3 : 1;
    Eigen::MatrixXd a(n, firstSinglet + Eigen::Index(singlets.size()));
    const std::vector<double> unit = unitModel(params, data, options.weakCoupling);
    a.col(0) = Eigen::Map<const Eigen::VectorXd>(unit.data(), n);
    for (std::size_t s = 0; s < singlets.size(); ++s)
        a.col(firstSinglet + Eigen::Index(s)) =
            Eigen::Map<const Eigen::VectorXd>(singlets[s].data(), n);
    Eigen::VectorXd y = Eigen::Map<const Eigen::VectorXd>(data.intensity.data(), n);
    if (options.fitBaseline) {
        a.col(1).setOnes();
        a.col(2) = Eigen::VectorXd::LinSpaced(n, -1.0, 1.0);
    } else {
        y -=
            Eigen::VectorXd::Constant(n, params.valueOf(ParameterKind::BaselineOffset)) +
            params.valueOf(ParameterKind::BaselineSlope) * Eigen::VectorXd::LinSpaced(n, -1.0, 1.0);
    }
    if (!data.weight.empty()) {
        const Eigen::Map<const Eigen::VectorXd> w(data.weight.data(), n);
        a.array().colwise() *= w.array();
        y.array() *= w.array();
    }
    const Eigen::VectorXd solution = a.colPivHouseholderQr().solve(y);
    scale.value = solution[0] != 0.0 && std::isfinite(solution[0]) ? solution[0] : 1.0;
    const std::vector<std::size_t> singletParams = params.singlets();
    for (std::size_t s = 0; s < singletParams.size(); ++s) {
        const double height = solution[firstSinglet + Eigen::Index(s)] / scale.value;
        ModelParameter& p = params.all()[singletParams[s]];
        p.value = std::isfinite(height) ? std::clamp(height, p.minValue, p.maxValue) : 0.0;
    }
    if (!options.fitBaseline) return;
    params.all()[std::size_t(params.indexOf(ParameterKind::BaselineOffset))].value = solution[1];
    params.all()[std::size_t(params.indexOf(ParameterKind::BaselineSlope))].value = solution[2];
}

// The model at the start values, the known singlets included (as the stages' models are, so
// that start and final rms compare alike).
std::vector<double> startModel(const ParameterSet& params, const FitData& data) {
    std::vector<double> model =
        renderFitModel(params.system(), params.lineModel(), data.grid, data.fieldMHz);
    const std::vector<std::vector<double>> curves = singletCurves(params, data);
    const std::vector<std::size_t> singlets = params.singlets();
    const double scale = params.valueOf(ParameterKind::Scale);
    for (std::size_t s = 0; s < curves.size(); ++s)
        for (std::size_t i = 0; i < model.size(); ++i)
            model[i] += scale * params.all()[singlets[s]].value * curves[s][i];
    return model;
}

int decimationFactor(double linewidthHz, const FitData& data) {
    const double fwhmPoints = linewidthHz / (data.grid.stepPpm() * data.fieldMHz);
    return std::max(1, int(std::floor(fwhmPoints / kPointsPerLinewidth)));
}

// Per step at most ~2 Hz of shift, 2 Hz of J, half the linewidth, 0.2 rad of phase; the
// linear parameters are free to jump.
Eigen::VectorXd maxSteps(const ParameterSet& params, double fieldMHz) {
    Eigen::VectorXd limit(Eigen::Index(params.freeIndices().size()));
    for (std::size_t k = 0; k < params.freeIndices().size(); ++k) {
        const ModelParameter& p = params.all()[params.freeIndices()[k]];
        double value = HUGE_VAL;
        if (p.kind == ParameterKind::Shift || p.kind == ParameterKind::SingletShift)
            value = 2.0 / fieldMHz;
        if (p.kind == ParameterKind::Coupling) value = 2.0;
        if (p.kind == ParameterKind::Linewidth) value = 0.5 * std::max(p.value, 0.2);
        if (p.kind == ParameterKind::GroupWidth) value = 0.5 * std::max(p.value, 1.0);
        if (p.kind == ParameterKind::Phase) value = 0.2;
        limit[Eigen::Index(k)] = value;
    }
    return limit;
}

// The free parameters' lower (`upper` false) or upper bounds (a known singlet's height and
// shift), empty when none has one.
Eigen::VectorXd bounds(const ParameterSet& params, bool upper) {
    Eigen::VectorXd out(Eigen::Index(params.freeIndices().size()));
    bool any = false;
    for (std::size_t k = 0; k < params.freeIndices().size(); ++k) {
        const ModelParameter& p = params.all()[params.freeIndices()[k]];
        out[Eigen::Index(k)] = upper ? p.maxValue : p.minValue;
        any = any || std::isfinite(out[Eigen::Index(k)]);
    }
    return any ? out : Eigen::VectorXd();
}

struct StageOutcome {
    LevenbergMarquardtReport report;
    std::vector<double> model;
    FitWork work;
};

StageOutcome runStage(ParameterSet& params, const FitData& data, double broadeningHz,
                      const FitOptions& options, const std::function<void(int)>& onIteration) {
    FitData stage = data;
    if (broadeningHz > 0.0) {
        stage.intensity = broadenLorentzian(data, broadeningHz);
        stage = decimate(
            stage, decimationFactor(params.valueOf(ParameterKind::Linewidth) + broadeningHz, data));
    }
    FitModel model(stage.grid, stage.fieldMHz, stage.intensity, params, broadeningHz,
                   options.maxAbsCouplingHz, stage.weight, options.weakCoupling);
    const std::vector<double> start = params.freeValues();
    Eigen::VectorXd x = Eigen::Map<const Eigen::VectorXd>(start.data(), Eigen::Index(start.size()));
    LevenbergMarquardtOptions lm;
    lm.maxIterations = options.maxIterationsPerStage;
    lm.relativeTolerance = options.relativeTolerance;
    lm.maxStep = maxSteps(params, data.fieldMHz);
    lm.lowerBound = bounds(params, false);
    lm.upperBound = bounds(params, true);
    StageOutcome outcome;
    outcome.report = minimiseLeastSquares(
        x,
        [&model](const Eigen::VectorXd& v, Eigen::VectorXd& r, Eigen::MatrixXd* j) {
            return model.evaluate(v, r, j);
        },
        lm, onIteration);
    outcome.model.assign(model.model().data(), model.model().data() + model.model().size());
    outcome.work = model.work();
    return outcome;
}

double rms(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0.0;
    for (std::size_t i = 0; i < a.size(); ++i)
        sum += (a[i] - b[i]) * (a[i] - b[i]);
    return std::sqrt(sum / double(std::max<std::size_t>(1, a.size())));
}

double norm(const std::vector<double>& a) {
    double sum = 0.0;
    for (double v : a)
        sum += v * v;
    return std::sqrt(sum);
}

void reportParameters(const ParameterSet& params, const Eigen::VectorXd& errors,
                      FitResult& result) {
    const std::size_t n = params.start().size();
    result.shiftErrorPpm.assign(n, 0.0);
    result.couplingErrorHz.assign(n * n, 0.0);
    result.couplingHeld.assign(n * n, 0);
    std::vector<double> errorOf(params.all().size(), 0.0);
    for (std::size_t k = 0; k < params.freeIndices().size(); ++k)
        errorOf[params.freeIndices()[k]] = errors[Eigen::Index(k)];
    for (std::size_t p = 0; p < params.all().size(); ++p) {
        const ModelParameter& m = params.all()[p];
        if (m.kind == ParameterKind::Shift)
            for (std::size_t g : m.groups)
                result.shiftErrorPpm[g] = errorOf[p];
        for (const auto& [i, j] : m.pairs) {
            result.couplingErrorHz[i * n + j] = result.couplingErrorHz[j * n + i] = errorOf[p];
            result.couplingHeld[i * n + j] = result.couplingHeld[j * n + i] = m.fixed ? 1 : 0;
        }
        static const char* units[] = {"ppm", "Hz", "Hz", "deg", "", "", "", "H", "ppm", "Hz"};
        const double toApi = m.kind == ParameterKind::Phase ? 180.0 / kPi : 1.0;
        result.parameters.push_back(
            {m.name, units[int(m.kind)], m.value * toApi, errorOf[p] * toApi, m.fixed});
    }
}

// A start J beyond the physical range (a user's edit, a poor prediction) is moved to its edge, so
// the fit starts inside the region it is allowed to search.
SpinSystem withCouplingsInRange(SpinSystem system, double maxAbsCouplingHz) {
    if (!(maxAbsCouplingHz > 0.0)) return system;
    for (std::size_t i = 0; i < system.size(); ++i)
        for (std::size_t j = i + 1; j < system.size(); ++j) {
            const double couplingHz = system.couplingHz(i, j);
            if (std::abs(couplingHz) > maxAbsCouplingHz)
                system.setCouplingHz(i, j, std::copysign(maxAbsCouplingHz, couplingHz));
        }
    return system;
}

FitOptions withOutsideGroupsFixed(FitOptions options, const SpinSystem& start,
                                  const PpmGrid& grid) {
    if (!options.fixGroupsOutsideData) return options;
    auto outside = [&](std::size_t g) {
        return start.group(g).shiftPpm < grid.fromPpm || start.group(g).shiftPpm > grid.toPpm;
    };
    for (std::size_t i = 0; i < start.size(); ++i) {
        if (!outside(i)) continue;
        options.fixedGroups.push_back(start.group(i).label);
        for (std::size_t j = i + 1; j < start.size(); ++j)
            if (outside(j))
                options.fixedCouplings.push_back(start.group(i).label + "-" + start.group(j).label);
    }
    return options;
}

} // namespace

FitResult fitSpinSystem(const FitData& data, const SpinSystem& start, const LineModel& startLine,
                        const FitOptions& options, const ProgressCallback& progress,
                        const CancelFlag* cancel) {
    checkData(data);
    validate(start);
    if (start.empty())
        throw Error(ErrorCode::InvalidArgument, "the start system has no groups; nothing to fit",
                    {"", 0, "start"});
    if (options.maxAbsCouplingHz < 0.0 || !std::isfinite(options.maxAbsCouplingHz))
        throw Error(ErrorCode::InvalidArgument,
                    "the coupling bound must be >= 0 Hz (0 = unbounded)",
                    {"", 0, "maxAbsCouplingHz"});
    for (double ppm : options.singletsPpm)
        if (!(ppm > data.grid.fromPpm && ppm < data.grid.toPpm))
            throw Error(ErrorCode::InvalidArgument,
                        "expected each known singlet inside the fitted region, found " +
                            std::to_string(ppm) + " ppm",
                        {"", 0, "singletsPpm"});
    if (!options.singletMaxHeights.empty() &&
        (options.singletMaxHeights.size() != options.singletsPpm.size() ||
         std::any_of(options.singletMaxHeights.begin(), options.singletMaxHeights.end(),
                     [](double h) { return !(h > 0.0); })))
        throw Error(ErrorCode::InvalidArgument,
                    "expected one height bound > 0 H per known singlet, found " +
                        std::to_string(options.singletMaxHeights.size()) + " for " +
                        std::to_string(options.singletsPpm.size()) + " singlets",
                    {"", 0, "singletMaxHeights"});
    if (!(options.singletDriftPpm >= 0.0) || !std::isfinite(options.singletDriftPpm))
        throw Error(ErrorCode::InvalidArgument, "the singlets' drift must be >= 0 ppm",
                    {"", 0, "singletDriftPpm"});
    ParameterSet params(withCouplingsInRange(start, options.maxAbsCouplingHz), startLine,
                        withOutsideGroupsFixed(options, start, data.grid));
    checkSensitivitySize(params, data.fieldMHz, options.weakCoupling);
    if (params.freeIndices().empty())
        throw Error(ErrorCode::InvalidArgument, "every parameter is fixed; nothing to fit",
                    {"", 0, "fix"});
    estimateLinearParameters(params, data, options);
    FitResult result;
    result.startRms = rms(startModel(params, data), data.intensity);
    result.grid = data.grid;
    result.measured = data.intensity;
    std::vector<double> schedule;
    for (double b : options.broadeningScheduleHz)
        if (b > 0.0) schedule.push_back(b);
    schedule.push_back(0.0);
    result.stages = int(schedule.size());
    const long long total = (long long)schedule.size() * options.maxIterationsPerStage;
    StageOutcome last;
    for (std::size_t s = 0; s < schedule.size(); ++s) {
        throwIfCancelled(cancel);
        const std::string phase =
            "stage " + std::to_string(s + 1) + "/" + std::to_string(schedule.size()) +
            (schedule[s] > 0.0 ? ", broadened " + std::to_string(schedule[s]) + " Hz"
                               : ", unbroadened");
        const int before = result.iterations;
        last = runStage(params, data, schedule[s], options, [&](int iteration) {
            throwIfCancelled(cancel);
            if (progress)
                progress({(long long)s * options.maxIterationsPerStage + iteration, total, phase});
        });
        result.iterations = before + last.report.iterations;
        result.work += last.work;
    }
    result.converged = last.report.converged;
    result.fitted = last.model;
    result.finalRms = rms(result.fitted, result.measured);
    result.relativeResidual = rms(result.fitted, result.measured) *
                              std::sqrt(double(result.measured.size())) /
                              std::max(norm(result.measured), 1e-300);
    result.system = params.system();
    result.lineModel = params.lineModel();
    reportParameters(params, standardErrors(last.report.jacobian, last.report.residual), result);
    return result;
}

std::vector<double> renderFitModel(const SpinSystem& system, const LineModel& line,
                                   const PpmGrid& grid, double fieldMHz) {
    validate(system);
    FitOptions none;
    ParameterSet params(system, line, none);
    params.all()[std::size_t(params.indexOf(ParameterKind::Scale))].value =
        line.scale != 0.0 ? line.scale : 1.0;
    const FitData shape{grid, fieldMHz, {}, {}};
    std::vector<double> out = unitModel(params, shape, none.weakCoupling);
    const double scale = params.valueOf(ParameterKind::Scale);
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = scale * out[i] + line.baselineOffset +
                 line.baselineSlope *
                     (grid.points > 1 ? -1.0 + 2.0 * double(i) / double(grid.points - 1) : 0.0);
    return out;
}

} // namespace spinhance

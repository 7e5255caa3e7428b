#include "coreservices.h"

#include "common/error.h"
#include "io/readerregistry.h"
#include "model/modelregistry.h"
#include "model/trainer.h"
#include "spin/spinsystemjson.h"

#include <algorithm>

namespace spinhance::ui {

namespace {

// Stand-in until core/processing's resampleToGrid is in the build: linear interpolation onto the
// grid, zero outside the measured window, unit integral.
std::vector<double> interpolateOntoGrid(const Spectrum& spectrum, const PpmGrid& grid) {
    std::vector<std::pair<double, double>> points;
    for (std::size_t i = 0; i < spectrum.size(); ++i) points.push_back({spectrum.ppm[i], spectrum.real[i]});
    std::sort(points.begin(), points.end());
    std::vector<double> values(std::size_t(grid.points), 0.0);
    double sum = 0.0;
    for (std::size_t i = 0; i < values.size() && points.size() > 1; ++i) {
        const double ppm = grid.ppmAt(i);
        const auto it = std::lower_bound(points.begin(), points.end(), std::make_pair(ppm, -1e300));
        if (it == points.begin() || it == points.end()) continue;
        const auto& [x0, y0] = *(it - 1);
        const auto& [x1, y1] = *it;
        values[i] = std::max(0.0, y0 + (y1 - y0) * (ppm - x0) / (x1 - x0));
        sum += values[i];
    }
    if (sum > 0.0)
        for (double& v : values) v /= sum;
    return values;
}

TrainingConfig toConfig(const TrainingRequest& request) {
    TrainingConfig config;
    config.recipe = request.recipe;
    config.size = request.size;
    config.dataPath = request.dataPath;
    config.generateCount = request.generateCount;
    config.epochs = request.epochs;
    config.device = request.device;
    config.outDir = request.outputDir;
    config.resume = request.resume;
    return config;
}

EpochPoint toEpochPoint(const EpochMetrics& metrics) {
    EpochPoint point{metrics.epoch, metrics.trainLoss, metrics.validationLoss, 0.0};
    for (const auto& [name, value] : metrics.metrics)
        if (name.find("shift") != std::string::npos && name.find("mae") != std::string::npos)
            point.validationShiftMaePpm = value;
    return point;
}

} // namespace

void throwNotAvailable(const std::string& what) {
    throw Error(ErrorCode::Unsupported, what + " is not available in this build");
}

// Each entry switches to the core function once its room's .cpp is part of the build.
CoreServices defaultCoreServices() {
    CoreServices s;
    s.openSpectrum = [](const std::string& path) { return spinhance::openSpectrum(path); };
    s.fileFilters = [] { return readerFileFilters(); };
    s.processAuto = [](const Spectrum& spectrum) { return spectrum; };
    s.resampleToGrid = interpolateOntoGrid;
    s.simulateSticks = [](const SpinSystem& system, double fieldMHz) {
        return spinhance::simulateSticks(system, SimulationOptions{fieldMHz});
    };
    s.renderSpectrum = [](const std::vector<Stick>& sticks, const PpmGrid& grid, double fieldMHz,
                          const LineShapeOptions& options) {
        return spinhance::renderSpectrum(sticks, grid, fieldMHz, options);
    };
    s.loadPredictor = [](const std::string& path) { return Predictor::load(path); };
    s.defaultModelPath = [] { return spinhance::defaultModelPath(); };
    s.listModels = [](const std::string& dir) { return spinhance::listModels(dir); };
    s.train = [](const TrainingRequest& request, const ProgressCallback& progress,
                 const std::function<void(const EpochPoint&)>& onEpoch, CancelFlag* cancel) {
        spinhance::train(toConfig(request), progress,
                         [&onEpoch](const EpochMetrics& m) { onEpoch(toEpochPoint(m)); }, cancel);
    };
    s.evaluate = [](const std::string&, const std::string&, const ProgressCallback&,
                    CancelFlag*) -> MetricList { throwNotAvailable("evaluation"); };
    s.spinSystemToJson = [](const SpinSystem& system) { return spinhance::spinSystemToJson(system); };
    return s;
}

} // namespace spinhance::ui

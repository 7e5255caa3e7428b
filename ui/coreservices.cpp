#include "coreservices.h"

#include "analysis/pipeline.h"
#include "common/error.h"
#include "io/readerregistry.h"
#include "model/modelregistry.h"
#include "model/trainer.h"
#include "spin/spinsystemjson.h"
#include "structure/structure.h"

namespace spinhance::ui {

namespace {

MetricList toMetricList(const EvaluationMetrics& m) {
    return {{"shift MAE (ppm)", m.canonical.shiftMaePpm},
            {"J MAE coupled (Hz)", m.canonical.jMaeCoupledHz},
            {"J MAE all (Hz)", m.canonical.jMaeAllHz},
            {"coupling F1", m.canonical.couplingF1},
            {"degeneracy bal. acc.", m.canonical.degeneracyBalancedAccuracy},
            {"shift MAE, Hungarian (ppm)", m.hungarian.shiftMaePpm},
            {"J MAE coupled, Hungarian (Hz)", m.hungarian.jMaeCoupledHz},
            {"group-count accuracy", m.groupCountAccuracy},
            {"spectral cosine", m.spectralCosine},
            {"spectral cosine of the truth (ceiling)", m.truthSpectralCosine},
            {"spectra", double(m.count)}};
}

MetricList evaluateModel(const std::string& modelPath, const std::string& datasetPath,
                         const ProgressCallback& progress, CancelFlag* cancel) {
    return toMetricList(analysis::evaluateModelFile(modelPath, datasetPath, Split::Test, 0, nullptr,
                                                    progress, cancel));
}

TrainingConfig toConfig(const TrainingRequest& request) {
    TrainingConfig config;
    config.recipe = request.recipe;
    config.size = request.size;
    config.input = request.input;
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

CoreServices defaultCoreServices() {
    CoreServices s;
    s.reprocessSpectrum = [](const std::string& path, const ProcessOptions& options) {
        return analysis::loadSpectrum(path, options);
    };
    s.loadSpectrum = [](const std::string& path) {
        return analysis::loadSpectrum(path, analysis::Processing::Auto);
    };
    s.fileFilters = [] { return readerFileFilters(); };
    s.simulateSticks = [](const SpinSystem& system, double fieldMHz) {
        return spinhance::simulateSticks(system, SimulationOptions{fieldMHz});
    };
    s.renderSpectrum = [](const std::vector<Stick>& sticks, const PpmGrid& grid, double fieldMHz,
                          const LineShapeOptions& options) {
        return spinhance::renderSpectrum(sticks, grid, fieldMHz, options);
    };
    s.openModel = [](const std::string& path) {
        return analysis::openModel(path, analysis::ModelNeed::Required);
    };
    s.predictSpectrum = analysis::predictSpectrum;
    s.defaultModelPath = [] { return spinhance::defaultModelPath(); };
    s.listModels = [](const std::string& dir) { return spinhance::listModels(dir); };
    s.train = [](const TrainingRequest& request, const ProgressCallback& progress,
                 const std::function<void(const EpochPoint&)>& onEpoch, CancelFlag* cancel) {
        spinhance::train(
            toConfig(request), progress,
            [&onEpoch](const EpochMetrics& m) { onEpoch(toEpochPoint(m)); }, cancel);
    };
    s.evaluate = evaluateModel;
    s.inspectModels = [](const std::string& a, const std::string& b, const std::string& dataset,
                         const inspect::InspectionOptions& options,
                         const ProgressCallback& progress, const CancelFlag* cancel) {
        return analysis::inspectModelFiles(a, b, dataset, options, progress, cancel);
    };
    s.fitSpectrum = analysis::fitSpectrumRegion;
    s.analyzeSpectrum = analysis::analyzeSpectrum;
    s.predictStructure = [](const std::string& structure) {
        return verify::fittableSystem(withoutExchangeable(structureToSpin(structure)));
    };
    s.verifyStructure = verify::verifyStructure;
    return s;
}

} // namespace spinhance::ui

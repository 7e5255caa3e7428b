#include "analysis/pipeline.h"

#include "common/error.h"
#include "fit/fitdata.h"
#include "io/readerregistry.h"
#include "model/evaluator.h"
#include "model/modelregistry.h"
#include "model/spectruminput.h"
#include "processing/autoprocess.h"
#include "processing/resample.h"

namespace spinhance::analysis {

Spectrum loadSpectrum(const std::string& path, Processing processing) {
    Spectrum spectrum = openSpectrum(path);
    if (processing == Processing::Auto || !spectrum.hasSpectrum()) spectrum = processAuto(spectrum);
    return spectrum;
}

Spectrum loadSpectrum(const std::string& path, const ProcessOptions& options) {
    checkProcessOptions(options);
    return processAuto(openSpectrum(path), options);
}

EvaluationMetrics evaluateModelFile(const std::string& modelPath, const std::string& datasetPath,
                                    Split split, long long maxSamples, ModelInfo* info,
                                    const ProgressCallback& progress, const CancelFlag* cancel) {
    const std::unique_ptr<Predictor> predictor = Predictor::load(modelPath);
    if (info) *info = predictor->info();
    const DatasetReader reader(datasetPath);
    return evaluate(*predictor, reader, split, progress, cancel, maxSamples);
}

inspect::ModelInspection
inspectModelFiles(const std::string& modelPath, const std::string& otherModelPath,
                  const std::string& datasetPath, const inspect::InspectionOptions& options,
                  const ProgressCallback& progress, const CancelFlag* cancel) {
    const std::unique_ptr<Predictor> model = Predictor::load(modelPath);
    const std::unique_ptr<Predictor> other =
        otherModelPath.empty() ? nullptr : Predictor::load(otherModelPath);
    const DatasetReader reader(datasetPath);
    return inspect::inspectModels(*model, other.get(), reader, options, progress, cancel);
}

std::vector<double> modelGridValues(const Spectrum& spectrum) {
    return resampleToGrid(spectrum, PpmGrid::model());
}

PredictionRun predictFile(const std::string& path, Predictor& predictor) {
    PredictionRun run;
    run.raw = openSpectrum(path);
    run.processed = processAuto(run.raw);
    const std::vector<double> input = modelGridValues(run.processed);
    const double fieldMHz = run.raw.fieldMHz > 0 ? run.raw.fieldMHz : kModelFieldMHz;
    run.prediction = predictor.predictAtField(input, fieldMHz);
    run.cosine =
        spectralCosine(run.prediction.system, std::vector<float>(input.begin(), input.end()),
                       PpmGrid::model(), fieldMHz);
    return run;
}

Prediction predictSpectrum(const Spectrum& spectrum, Predictor& predictor) {
    return predictor.predictAtField(modelGridValues(spectrum),
                                    spectrum.fieldMHz > 0 ? spectrum.fieldMHz : kModelFieldMHz);
}

FitResult fitSpectrumRegion(const Spectrum& spectrum, double lowPpm, double highPpm,
                            const SpinSystem& start, const LineModel& line,
                            const FitOptions& options, const ProgressCallback& progress,
                            CancelFlag* cancel) {
    const FitData data = cropToRegion(fitDataFromSpectrum(spectrum), lowPpm, highPpm);
    return fitSpinSystem(data, start, line, options, progress, cancel);
}

AnalysisResult analyzeSpectrum(const Spectrum& spectrum, const AnalysisOptions& options,
                               Predictor* predictor, const ProgressCallback& progress,
                               const CancelFlag* cancel) {
    return SpectrumAnalysis(options, predictor).run(spectrum, progress, cancel);
}

FitData fitDataFromFile(const std::string& path, std::optional<double> fieldMHz,
                        std::optional<std::pair<double, double>> regionPpm) {
    FitData data = fitDataFromSpectrum(loadSpectrum(path, Processing::AsRead), fieldMHz);
    if (regionPpm) data = cropToRegion(data, regionPpm->first, regionPpm->second);
    return data;
}

FileAnalysis analyzeFile(const std::string& path, const AnalysisOptions& options,
                         Predictor* predictor, const ProgressCallback& progress,
                         const CancelFlag* cancel) {
    FileAnalysis out;
    out.spectrum = openSpectrum(path);
    out.result = analyzeSpectrum(out.spectrum, options, predictor, progress, cancel);
    return out;
}

std::unique_ptr<Predictor> openModel(const std::string& path, ModelNeed need,
                                     const std::string& option) {
    const std::string chosen = path.empty() ? defaultModelPath() : path;
    if (!chosen.empty()) return Predictor::load(chosen);
    if (need == ModelNeed::Optional) return nullptr;
    throw Error(ErrorCode::NotFound, "no model given and no default model installed",
                ErrorContext{{}, 0, option});
}

std::string predictionRecord(const Prediction& prediction, int indent) {
    return predictionToJson(prediction, indent);
}

FitResult fitFile(const std::string& path, std::optional<double> fieldMHz,
                  std::optional<std::pair<double, double>> regionPpm, const SpinSystem& start,
                  const LineModel& line, const FitOptions& options) {
    return fitSpinSystem(fitDataFromFile(path, fieldMHz, regionPpm), start, line, options);
}

} // namespace spinhance::analysis

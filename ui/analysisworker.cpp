#include "analysisworker.h"

#include "overlaybuilder.h"

#include <QElapsedTimer>

namespace spinhance::ui {

void registerMetaTypes() {
    qRegisterMetaType<std::shared_ptr<SpectrumDocument>>();
    qRegisterMetaType<std::shared_ptr<const SpectrumDocument>>();
    qRegisterMetaType<std::shared_ptr<PredictionResult>>();
    qRegisterMetaType<std::shared_ptr<Overlay>>();
    qRegisterMetaType<SpinSystem>();
    qRegisterMetaType<ProcessOptions>();
    qRegisterMetaType<EpochPoint>();
    qRegisterMetaType<TrainingRequest>();
    qRegisterMetaType<MetricList>();
    qRegisterMetaType<FitJob>();
    qRegisterMetaType<Progress>();
    qRegisterMetaType<std::shared_ptr<FitResult>>();
    qRegisterMetaType<std::shared_ptr<CancelFlag>>();
    qRegisterMetaType<std::shared_ptr<SynthesisOutcome>>();
    qRegisterMetaType<std::shared_ptr<const verify::Verification>>();
    qRegisterMetaType<std::shared_ptr<const inspect::ModelInspection>>();
}

QString describeFailure(const std::exception& error, const QString& path) {
    const QString message = QString::fromStdString(error.what());
    if (path.isEmpty() || message.contains(path)) return message;
    return path + QStringLiteral(": ") + message;
}

AnalysisWorker::AnalysisWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {}

AnalysisWorker::~AnalysisWorker() = default;

void AnalysisWorker::open(int requestId, const QString& path, const QString& modelPath) {
    auto document = std::make_shared<SpectrumDocument>();
    try {
        document->id = requestId;
        document->spectrum = m_services.loadSpectrum(path.toStdString());
        if (document->spectrum.origin.path.empty())
            document->spectrum.origin.path = path.toStdString();
        document->trace = makeDisplayTrace(document->spectrum);
    } catch (const std::exception& error) {
        Q_EMIT failed(requestId, describeFailure(error, path));
        return;
    }
    Q_EMIT opened(requestId, document);
    if (!modelPath.isEmpty()) predict(requestId, document, modelPath);
}

void AnalysisWorker::predict(int docId, std::shared_ptr<const SpectrumDocument> document,
                             const QString& modelPath) {
    try {
        Q_EMIT predicted(docId, runPrediction(*document, modelPath.toStdString()));
    } catch (const std::exception& error) {
        Q_EMIT failed(docId, describeFailure(error, modelPath));
    }
}

void AnalysisWorker::resimulate(int docId, int generation, const SpinSystem& system,
                                std::shared_ptr<const SpectrumDocument> document) {
    try {
        const OverlayBuilder builder(m_services);
        auto overlay = std::make_shared<Overlay>(
            builder.build(system, document->trace, document->spectrum.fieldMHz));
        Q_EMIT resimulated(docId, generation, overlay);
    } catch (const std::exception& error) {
        Q_EMIT failed(docId, describeFailure(error, {}));
    }
}

void AnalysisWorker::reprocess(int docId, int generation, const QString& path,
                               const ProcessOptions& options) {
    try {
        auto processed = std::make_shared<SpectrumDocument>();
        processed->id = docId;
        processed->spectrum = m_services.reprocessSpectrum(path.toStdString(), options);
        if (processed->spectrum.origin.path.empty())
            processed->spectrum.origin.path = path.toStdString();
        processed->trace = makeDisplayTrace(processed->spectrum);
        processed->processing = options;
        Q_EMIT reprocessed(docId, generation, processed);
    } catch (const std::exception& error) {
        Q_EMIT failed(docId, describeFailure(error, path));
    }
}

std::shared_ptr<PredictionResult> AnalysisWorker::runPrediction(const SpectrumDocument& document,
                                                                const std::string& modelPath) {
    QElapsedTimer timer;
    timer.start();
    Predictor& predictor = predictorFor(modelPath);
    auto result = std::make_shared<PredictionResult>();
    result->prediction = m_services.predictSpectrum(document.spectrum, predictor);
    result->model = predictor.info();
    const OverlayBuilder builder(m_services);
    result->overlay =
        builder.build(result->prediction.system, document.trace, document.spectrum.fieldMHz);
    result->elapsedMs = double(timer.nsecsElapsed()) / 1e6;
    return result;
}

Predictor& AnalysisWorker::predictorFor(const std::string& modelPath) {
    auto it = m_predictors.find(modelPath);
    if (it == m_predictors.end())
        it = m_predictors.emplace(modelPath, m_services.openModel(modelPath)).first;
    return *it->second;
}

} // namespace spinhance::ui

#include "synthesisworker.h"

#include "analysisworker.h"
#include "common/error.h"
#include "overlaybuilder.h"

namespace spinhance::ui {

SynthesisWorker::SynthesisWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {
    registerMetaTypes();
}

SynthesisWorker::~SynthesisWorker() = default;

void SynthesisWorker::analyze(int docId, int generation,
                              std::shared_ptr<const SpectrumDocument> document,
                              const QString& modelPath, int moleculeProtons,
                              std::shared_ptr<CancelFlag> cancel) {
    try {
        analysis::AnalysisOptions options;
        options.process = false; // the document holds the processed spectrum already
        options.totalProtons = moleculeProtons;
        auto progress = [&](const Progress& p) {
            Q_EMIT progressed(docId, generation, QString::fromStdString(p.phase), p.fraction());
        };
        auto outcome = std::make_shared<SynthesisOutcome>();
        outcome->result = m_services.analyzeSpectrum(document->spectrum, options,
                                                     predictorFor(modelPath.toStdString()),
                                                     progress, cancel.get());
        const OverlayBuilder builder(m_services);
        outcome->overlay =
            builder.build(outcome->result.system, document->trace, document->spectrum.fieldMHz);
        Q_EMIT analyzed(docId, generation, outcome);
    } catch (const Error& error) {
        Q_EMIT failed(docId, generation,
                      error.code() == ErrorCode::Cancelled ? tr("Analysis cancelled.")
                                                           : describeFailure(error, {}));
    } catch (const std::exception& error) {
        Q_EMIT failed(docId, generation, describeFailure(error, {}));
    }
}

Predictor* SynthesisWorker::predictorFor(const std::string& modelPath) {
    if (modelPath.empty()) return nullptr;
    auto it = m_predictors.find(modelPath);
    if (it == m_predictors.end()) {
        try {
            it = m_predictors.emplace(modelPath, m_services.openModel(modelPath)).first;
        } catch (const std::exception&) {
            return nullptr; // the model only proposes; the analysis runs without it
        }
    }
    return it->second.get();
}

} // namespace spinhance::ui

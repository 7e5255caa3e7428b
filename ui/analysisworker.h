#pragma once

#include "coreservices.h"
#include "metatypes.h"

#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <string>

namespace spinhance::ui {

/// Opens, predicts and re-simulates off the GUI thread. Lives on its own QThread; every slot is
/// called through a queued connection and answers with a signal carrying the request id. Core
/// errors come back as `failed` with a message naming the file and the reason.
class AnalysisWorker : public QObject {
    Q_OBJECT
public:
    explicit AnalysisWorker(CoreServices services, QObject* parent = nullptr);
    ~AnalysisWorker() override;

public Q_SLOTS:
    /// Reads and processes `path`; predicts at once when `modelPath` is not empty.
    void open(int requestId, const QString& path, const QString& modelPath);
    void predict(int docId, std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                 const QString& modelPath);
    void resimulate(int docId, int generation, const spinhance::SpinSystem& system,
                    std::shared_ptr<const spinhance::ui::SpectrumDocument> document);
    /// The document's file processed again with `options`; answers `reprocessed` with a new
    /// spectrum and trace (the rest of the document is the GUI's to keep).
    void reprocess(int docId, int generation, const QString& path,
                   const spinhance::ProcessOptions& options);

Q_SIGNALS:
    void opened(int requestId, std::shared_ptr<spinhance::ui::SpectrumDocument> document);
    void predicted(int docId, std::shared_ptr<spinhance::ui::PredictionResult> result);
    void resimulated(int docId, int generation, std::shared_ptr<spinhance::ui::Overlay> overlay);
    void reprocessed(int docId, int generation,
                     std::shared_ptr<spinhance::ui::SpectrumDocument> processed);
    void failed(int requestId, const QString& message);

private:
    std::shared_ptr<PredictionResult> runPrediction(const SpectrumDocument& document,
                                                    const std::string& modelPath);
    Predictor& predictorFor(const std::string& modelPath);

    CoreServices m_services;
    std::map<std::string, std::unique_ptr<Predictor>> m_predictors;
};

/// "file: reason" for any exception, naming `path` when the message does not already.
QString describeFailure(const std::exception& error, const QString& path);

} // namespace spinhance::ui

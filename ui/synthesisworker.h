#pragma once

#include "coreservices.h"
#include "metatypes.h"

#include <QObject>
#include <QString>
#include <map>
#include <memory>
#include <string>

namespace spinhance::ui {

/// Runs the analysis by synthesis (core/analysis) off the GUI thread, on its own QThread so opening
/// and predicting other files stays quick while it works. Progress and the result come back as
/// queued signals tagged with the document id and the request generation; a shared cancel flag
/// stops it.
class SynthesisWorker : public QObject {
    Q_OBJECT
public:
    explicit SynthesisWorker(CoreServices services, QObject* parent = nullptr);
    ~SynthesisWorker() override;

public Q_SLOTS:
    void analyze(int docId, int generation,
                 std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                 const QString& modelPath, int moleculeProtons,
                 std::shared_ptr<spinhance::CancelFlag> cancel);

Q_SIGNALS:
    void progressed(int docId, int generation, const QString& phase, double fraction);
    void analyzed(int docId, int generation,
                  std::shared_ptr<spinhance::ui::SynthesisOutcome> outcome);
    void failed(int docId, int generation, const QString& message);

private:
    Predictor* predictorFor(const std::string& modelPath);

    CoreServices m_services;
    std::map<std::string, std::unique_ptr<Predictor>> m_predictors;
};

} // namespace spinhance::ui

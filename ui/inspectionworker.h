#pragma once

#include "coreservices.h"
#include "metatypes.h"

#include <QObject>
#include <QString>

namespace spinhance::ui {

/// What the Inspection tab asks for: model A, optionally model B, a dataset and how many of its
/// test spectra to read.
struct InspectionRequest {
    std::string modelA;
    std::string modelB; ///< empty: probes of A only, no similarity matrix
    std::string datasetPath;
    std::size_t samples = 200;
};

/// Runs core/inspect on its own thread (the GUI thread never waits for activations, probes or
/// the stage × stage matrices). Progress is throttled to ~20 signals a second; cancel() is safe
/// from any thread and ends the run at the core's next check.
class InspectionWorker : public QObject {
    Q_OBJECT
public:
    explicit InspectionWorker(CoreServices services, QObject* parent = nullptr);
    void cancel() { m_cancel = true; }
    void run(const InspectionRequest& request);

Q_SIGNALS:
    void progressed(double fraction, const QString& phase);
    void finished(std::shared_ptr<const spinhance::inspect::ModelInspection> inspection);
    void failed(const QString& message, bool cancelled);

private:
    CoreServices m_services;
    CancelFlag m_cancel{false};
};

} // namespace spinhance::ui

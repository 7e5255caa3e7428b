#include "inspectionworker.h"

#include "common/error.h"

#include <QElapsedTimer>

namespace spinhance::ui {

InspectionWorker::InspectionWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {}

void InspectionWorker::run(const InspectionRequest& request) {
    m_cancel = false;
    QElapsedTimer sinceLast;
    sinceLast.start();
    const ProgressCallback onProgress = [&](const Progress& progress) {
        if (sinceLast.elapsed() < 50 && progress.done < progress.total) return;
        sinceLast.restart();
        Q_EMIT progressed(progress.fraction(), QString::fromStdString(progress.phase));
    };
    inspect::InspectionOptions options;
    options.samples = request.samples;
    try {
        if (!m_services.inspectModels) throwNotAvailable("model inspection");
        auto found = std::make_shared<const inspect::ModelInspection>(m_services.inspectModels(
            request.modelA, request.modelB, request.datasetPath, options, onProgress, &m_cancel));
        Q_EMIT finished(found);
    } catch (const Error& error) {
        Q_EMIT failed(QString::fromStdString(error.what()), error.code() == ErrorCode::Cancelled);
    } catch (const std::exception& error) {
        Q_EMIT failed(QString::fromStdString(error.what()), false);
    }
}

} // namespace spinhance::ui

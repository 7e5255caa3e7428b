#include "trainingworker.h"

#include "common/error.h"

#include <QElapsedTimer>

namespace spinhance::ui {

TrainingWorker::TrainingWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {}

void TrainingWorker::run(const TrainingRequest& request) {
    m_cancel = false;
    QElapsedTimer sinceLast;
    sinceLast.start();
    const ProgressCallback onProgress = [&](const Progress& progress) {
        if (sinceLast.elapsed() < 50 && progress.done < progress.total) return;
        sinceLast.restart();
        Q_EMIT progressed(progress.fraction(), QString::fromStdString(progress.phase));
    };
    const auto onEpoch = [this](const EpochPoint& point) { Q_EMIT epochDone(point); };
    try {
        m_services.train(request, onProgress, onEpoch, &m_cancel);
        Q_EMIT finished();
    } catch (const Error& error) {
        Q_EMIT failed(QString::fromStdString(error.what()), error.code() == ErrorCode::Cancelled);
    } catch (const std::exception& error) {
        Q_EMIT failed(QString::fromStdString(error.what()), false);
    }
}

ThreadedTrainingRunner::ThreadedTrainingRunner(CoreServices services, QObject* parent)
    : QObject(parent), m_worker(new TrainingWorker(std::move(services))) {
    registerMetaTypes();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ThreadedTrainingRunner::runRequested, m_worker, &TrainingWorker::run);
    connect(m_worker, &TrainingWorker::progressed, this,
            [this](double fraction, const QString& phase) {
                if (m_presenter)
                    m_presenter->onProgress({qint64(fraction * 1000), 1000, phase.toStdString()});
            });
    connect(m_worker, &TrainingWorker::epochDone, this, [this](const EpochPoint& point) {
        if (m_presenter) m_presenter->onEpoch(point);
    });
    connect(m_worker, &TrainingWorker::finished, this, [this] {
        if (m_presenter) m_presenter->onFinished();
    });
    connect(m_worker, &TrainingWorker::failed, this,
            [this](const QString& message, bool cancelled) {
                if (m_presenter) m_presenter->onFailed(message.toStdString(), cancelled);
            });
    m_thread.setObjectName("training");
    m_thread.start();
}

ThreadedTrainingRunner::~ThreadedTrainingRunner() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

void ThreadedTrainingRunner::start(const TrainingRequest& request) {
    Q_EMIT runRequested(request);
}

void ThreadedTrainingRunner::cancel() {
    m_worker->cancel();
}

} // namespace spinhance::ui

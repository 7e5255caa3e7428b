#include "fitworker.h"

#include "analysisworker.h"
#include "common/error.h"

namespace spinhance::ui {

FitWorker::FitWorker(CoreServices services, QObject* parent)
    : QObject(parent), m_services(std::move(services)) {}

void FitWorker::run(const FitJob& job, std::shared_ptr<CancelFlag> cancel) {
    try {
        const ProgressCallback progress = [this, id = job.jobId](const Progress& p) {
            Q_EMIT progressed(id, p);
        };
        auto result = std::make_shared<FitResult>(
            m_services.fitSpectrum(job.document->spectrum, job.lowPpm, job.highPpm, job.start,
                                   job.line, job.options, progress, cancel.get()));
        Q_EMIT finished(job.jobId, result);
    } catch (const Error& error) {
        Q_EMIT failed(job.jobId, describeFailure(error, {}), error.code() == ErrorCode::Cancelled);
    } catch (const std::exception& error) {
        Q_EMIT failed(job.jobId, describeFailure(error, {}), false);
    }
}

ThreadedFitRunner::ThreadedFitRunner(const CoreServices& services, QObject* parent)
    : QObject(parent) {
    registerMetaTypes();
    auto* worker = new FitWorker(services);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(this, &ThreadedFitRunner::requestRun, worker, &FitWorker::run);
    connect(worker, &FitWorker::progressed, this, &ThreadedFitRunner::progressed);
    connect(worker, &FitWorker::finished, this, &ThreadedFitRunner::finished);
    connect(worker, &FitWorker::failed, this, &ThreadedFitRunner::failed);
    m_thread.setObjectName("fit");
    m_thread.start();
}

ThreadedFitRunner::~ThreadedFitRunner() {
    cancel();
    m_thread.quit();
    m_thread.wait();
}

void ThreadedFitRunner::start(const FitJob& job) {
    m_cancel = std::make_shared<CancelFlag>(false);
    Q_EMIT requestRun(job, m_cancel);
}

void ThreadedFitRunner::cancel() {
    if (m_cancel) m_cancel->store(true);
}

} // namespace spinhance::ui

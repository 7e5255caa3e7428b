#pragma once

#include "coreservices.h"
#include "fitpresenter.h"
#include "metatypes.h"

#include <QObject>
#include <QString>
#include <QThread>
#include <memory>

namespace spinhance::ui {

/// Runs the exact fit off the GUI thread. One job at a time (queued slots); each job carries its
/// own cancel flag so cancelling an old job never cancels the next one.
class FitWorker : public QObject {
    Q_OBJECT
public:
    explicit FitWorker(CoreServices services, QObject* parent = nullptr);

public Q_SLOTS:
    void run(const spinhance::ui::FitJob& job, std::shared_ptr<spinhance::CancelFlag> cancel);

Q_SIGNALS:
    void progressed(int jobId, const spinhance::Progress& progress);
    void finished(int jobId, std::shared_ptr<spinhance::FitResult> result);
    void failed(int jobId, const QString& message, bool cancelled);

private:
    CoreServices m_services;
};

/// The application's FitRunner: a FitWorker on its own QThread; answers arrive as queued signals
/// on the thread that owns this object.
class ThreadedFitRunner : public QObject, public FitRunner {
    Q_OBJECT
public:
    explicit ThreadedFitRunner(const CoreServices& services, QObject* parent = nullptr);
    ~ThreadedFitRunner() override;

    void start(const FitJob& job) override;
    void cancel() override;

Q_SIGNALS:
    void requestRun(const spinhance::ui::FitJob& job,
                    std::shared_ptr<spinhance::CancelFlag> cancel);
    void progressed(int jobId, const spinhance::Progress& progress);
    void finished(int jobId, std::shared_ptr<spinhance::FitResult> result);
    void failed(int jobId, const QString& message, bool cancelled);

private:
    QThread m_thread;
    std::shared_ptr<CancelFlag> m_cancel;
};

} // namespace spinhance::ui

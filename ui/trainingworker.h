#pragma once

#include "coreservices.h"
#include "metatypes.h"
#include "trainingpresenter.h"

#include <QObject>
#include <QThread>
#include <atomic>

namespace spinhance::ui {

/// Runs the core trainer on its own thread. Progress is throttled to ~20 signals a second so the
/// GUI thread's event queue never floods; cancel() is safe from any thread.
class TrainingWorker : public QObject {
    Q_OBJECT
public:
    explicit TrainingWorker(CoreServices services, QObject* parent = nullptr);
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void run(const spinhance::ui::TrainingRequest& request);

Q_SIGNALS:
    void progressed(double fraction, const QString& phase);
    void epochDone(const spinhance::ui::EpochPoint& point);
    void finished();
    void failed(const QString& message, bool cancelled);

private:
    CoreServices m_services;
    CancelFlag m_cancel{false};
};

/// TrainingRunner backed by a TrainingWorker on a QThread; forwards results to the presenter on the
/// GUI thread. `setPresenter` must be called before start().
class ThreadedTrainingRunner : public QObject, public TrainingRunner {
    Q_OBJECT
public:
    explicit ThreadedTrainingRunner(CoreServices services, QObject* parent = nullptr);
    ~ThreadedTrainingRunner() override;
    void setPresenter(TrainingPresenter* presenter) { m_presenter = presenter; }

    void start(const TrainingRequest& request) override;
    void cancel() override;

Q_SIGNALS:
    void runRequested(const spinhance::ui::TrainingRequest& request);

private:
    QThread m_thread;
    TrainingWorker* m_worker = nullptr;
    TrainingPresenter* m_presenter = nullptr;
};

} // namespace spinhance::ui

#pragma once

#include "common/progress.h"
#include "coreservices.h"

#include <functional>
#include <string>

namespace spinhance::ui {

/// The passive training panel: reads its fields, shows what the presenter tells it.
class TrainingView {
public:
    virtual ~TrainingView() = default;
    virtual TrainingRequest request() const = 0;
    virtual void setRunning(bool running) = 0;
    virtual void setResumeAvailable(bool available) = 0;
    virtual void setProgress(double fraction, const std::string& phase) = 0;
    virtual void clearEpochs() = 0;
    virtual void addEpoch(const EpochPoint& point) = 0;
    virtual void showMessage(const std::string& message) = 0;
    virtual void showError(const std::string& message) = 0;
};

/// Runs a training request somewhere else (a worker thread in the app, a fake in tests) and reports
/// back through the presenter's on...() functions.
class TrainingRunner {
public:
    virtual ~TrainingRunner() = default;
    virtual void start(const TrainingRequest& request) = 0;
    virtual void cancel() = 0;
};

/// The training panel's logic: validates the request, starts/cancels/resumes, and turns progress
/// and epochs into view updates. Qt-free, tested with a fake view and runner.
class TrainingPresenter {
public:
    using CheckpointProbe = std::function<bool(const std::string& outputDir)>;

    TrainingPresenter(TrainingView& view, TrainingRunner& runner, CheckpointProbe hasCheckpoint);

    void start();
    void resume();
    void cancel();
    /// Re-checks whether "Resume" makes sense (after the output folder changed).
    void refreshResume();

    void onProgress(const Progress& progress);
    void onEpoch(const EpochPoint& point);
    void onFinished();
    void onFailed(const std::string& message, bool cancelled);

    bool isRunning() const { return m_running; }

    /// Empty when the request can run, else what to fix ("epochs: expected at least 1, found 0").
    static std::string validate(const TrainingRequest& request);

private:
    void launch(TrainingRequest request);

    TrainingView& m_view;
    TrainingRunner& m_runner;
    CheckpointProbe m_hasCheckpoint;
    bool m_running = false;
    std::string m_outputDir;
};

} // namespace spinhance::ui

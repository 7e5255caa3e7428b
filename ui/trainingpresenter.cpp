#include "trainingpresenter.h"

namespace spinhance::ui {

TrainingPresenter::TrainingPresenter(TrainingView& view, TrainingRunner& runner,
                                     CheckpointProbe hasCheckpoint)
    : m_view(view), m_runner(runner), m_hasCheckpoint(std::move(hasCheckpoint)) {
    m_view.setRunning(false);
    refreshResume();
}

std::string TrainingPresenter::validate(const TrainingRequest& request) {
    if (request.dataPath.empty() && request.generateCount < 1)
        return "data: expected an HDF5 file or a number of spectra to generate, found neither";
    if (request.epochs < 1)
        return "epochs: expected at least 1, found " + std::to_string(request.epochs);
    if (request.outputDir.empty()) return "output folder: expected a folder for the checkpoints";
    return {};
}

void TrainingPresenter::start() {
    TrainingRequest request = m_view.request();
    request.resume = false;
    launch(std::move(request));
}

void TrainingPresenter::resume() {
    TrainingRequest request = m_view.request();
    if (!m_hasCheckpoint(request.outputDir)) {
        m_view.showError("no checkpoint to resume from in " + request.outputDir);
        return;
    }
    request.resume = true;
    launch(std::move(request));
}

void TrainingPresenter::launch(TrainingRequest request) {
    if (m_running) return;
    if (const std::string problem = validate(request); !problem.empty()) {
        m_view.showError(problem);
        return;
    }
    m_outputDir = request.outputDir;
    m_running = true;
    m_view.setRunning(true);
    if (!request.resume) m_view.clearEpochs();
    m_view.setProgress(0.0, request.resume ? "resuming" : "starting");
    m_runner.start(request);
}

void TrainingPresenter::cancel() {
    if (!m_running) return;
    m_view.showMessage("cancelling after the current batch…");
    m_runner.cancel();
}

void TrainingPresenter::refreshResume() {
    const TrainingRequest request = m_view.request();
    m_view.setResumeAvailable(!m_running && !request.outputDir.empty() &&
                              m_hasCheckpoint(request.outputDir));
}

void TrainingPresenter::onProgress(const Progress& progress) {
    m_view.setProgress(progress.fraction(), progress.phase);
}

void TrainingPresenter::onEpoch(const EpochPoint& point) {
    m_view.addEpoch(point);
}

void TrainingPresenter::onFinished() {
    m_running = false;
    m_view.setRunning(false);
    m_view.setProgress(1.0, "done");
    m_view.showMessage("training finished; model and checkpoints in " + m_outputDir);
    refreshResume();
}

void TrainingPresenter::onFailed(const std::string& message, bool cancelled) {
    m_running = false;
    m_view.setRunning(false);
    if (cancelled)
        m_view.showMessage("training cancelled; resume continues from the last checkpoint");
    else
        m_view.showError(message);
    refreshResume();
}

} // namespace spinhance::ui

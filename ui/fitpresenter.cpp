#include "fitpresenter.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <tuple>

namespace spinhance::ui {

namespace {

// Half the width of a group's multiplet in ppm: the sum of its couplings (first order) plus a few
// line widths, so the fitted window holds every line of it.
double multipletHalfWidthPpm(const SpinSystem& system, std::size_t group, double fieldMHz) {
    double sumHz = 0.0;
    for (std::size_t j = 0; j < system.size(); ++j)
        if (j != group)
            sumHz += std::abs(system.couplingHz(group, j)) * system.group(j).protonCount;
    return (sumHz / 2.0 + 10.0) / fieldMHz;
}

std::string formatNumber(const char* format, double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

} // namespace

FitPresenter::FitPresenter(FitView& view, FitRunner& runner, ResultSink sink)
    : m_view(view), m_runner(runner), m_sink(std::move(sink)) {}

std::pair<double, double> FitPresenter::fitRegion(const SpinSystem& system, double fieldMHz,
                                                  int group, double visibleLowPpm,
                                                  double visibleHighPpm) {
    const double field = fieldMHz > 0.0 ? fieldMHz : kModelFieldMHz;
    double low = 1e9, high = -1e9;
    for (std::size_t g = 0; g < system.size(); ++g) {
        if (group >= 0 && g != std::size_t(group)) continue;
        const double shift = system.group(g).shiftPpm;
        if (group < 0 && (shift < visibleLowPpm || shift > visibleHighPpm)) continue;
        const double half = multipletHalfWidthPpm(system, g, field);
        low = std::min(low, shift - half);
        high = std::max(high, shift + half);
    }
    return {std::max(low, visibleLowPpm), std::min(high, visibleHighPpm)};
}

FitOptions FitPresenter::optionsFor(const FitSettings& settings, bool quick) {
    FitOptions options;
    options.fitShifts = settings.shifts;
    options.fitCouplings = settings.couplings;
    options.fitLinewidth = settings.linewidth;
    options.fitPhase = settings.phase;
    options.fitBaseline = settings.baseline;
    if (!settings.broadenedStages) options.broadeningScheduleHz.clear();
    if (quick) {
        // A multiplet dropped by hand lands a few Hz off: two short broadened stages give the
        // refit a slope to follow where 1 Hz lines would not overlap at all.
        options.broadeningScheduleHz = {4.0, 1.5};
        options.maxIterationsPerStage = 20;
    }
    return options;
}

std::string FitPresenter::summarize(const FitResult& result) {
    return "rms " + formatNumber("%.3g", result.startRms) + " → " +
           formatNumber("%.3g", result.finalRms) + " · " + std::to_string(result.iterations) +
           " iterations · linewidth " + formatNumber("%.2f", result.lineModel.linewidthHz) +
           " Hz · " + (result.converged ? "converged" : "not converged");
}

void FitPresenter::fit(int docId, std::shared_ptr<const SpectrumDocument> document,
                       double visibleLowPpm, double visibleHighPpm) {
    if (!document || !document->prediction)
        return m_view.showError("Predict (or load) a spin system before fitting.");
    FitJob job;
    job.docId = docId;
    job.start = document->system;
    job.options = optionsFor(m_view.settings(), false);
    std::tie(job.lowPpm, job.highPpm) =
        fitRegion(job.start, document->spectrum.fieldMHz, -1,
                  std::min(visibleLowPpm, visibleHighPpm), std::max(visibleLowPpm, visibleHighPpm));
    if (!(job.lowPpm < job.highPpm))
        return m_view.showError("No group lies in the visible window: zoom out or move the view.");
    job.document = std::move(document);
    launch(std::move(job));
}

void FitPresenter::refitGroup(int docId, std::shared_ptr<const SpectrumDocument> document,
                              int group) {
    if (!document || group < 0 || std::size_t(group) >= document->system.size()) return;
    FitJob job;
    job.docId = docId;
    job.start = document->system;
    job.quick = true;
    job.options = optionsFor(m_view.settings(), true);
    std::tie(job.lowPpm, job.highPpm) =
        fitRegion(job.start, document->spectrum.fieldMHz, group, -1e9, 1e9);
    job.document = std::move(document);
    launch(std::move(job));
}

void FitPresenter::launch(FitJob job) {
    // A newer request replaces a running one; the old job's answer is then ignored by its id.
    if (m_running) m_runner.cancel();
    job.jobId = ++m_jobId;
    m_docId = job.docId;
    m_running = true;
    m_view.setRunning(true);
    m_view.setProgress(0.0, job.quick ? "local refit" : "fitting");
    m_runner.start(job);
}

void FitPresenter::cancel() {
    if (m_running) m_runner.cancel();
}

void FitPresenter::onProgress(int jobId, const Progress& progress) {
    if (jobId == m_jobId) m_view.setProgress(progress.fraction(), progress.phase);
}

void FitPresenter::onFinished(int jobId, const FitResult& result) {
    if (jobId != m_jobId) return;
    m_running = false;
    m_view.setRunning(false);
    m_view.setProgress(1.0, "done");
    m_view.showSummary(summarize(result));
    if (m_sink) m_sink(m_docId, result);
}

void FitPresenter::onFailed(int jobId, const std::string& message, bool cancelled) {
    if (jobId != m_jobId) return;
    m_running = false;
    m_view.setRunning(false);
    m_view.setProgress(0.0, cancelled ? "cancelled" : "failed");
    if (cancelled)
        m_view.showSummary("Fit cancelled; the system is unchanged.");
    else
        m_view.showError(message);
}

} // namespace spinhance::ui

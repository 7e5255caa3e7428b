#pragma once

#include "common/progress.h"
#include "fit/fitproblem.h"
#include "spectrumdocument.h"

#include <functional>
#include <memory>
#include <string>
#include <utility>

namespace spinhance::ui {

/// What the fit panel's check boxes say should be refined.
struct FitSettings {
    bool shifts = true;
    bool couplings = true;
    bool linewidth = true;
    bool phase = false;
    bool baseline = false;
    bool broadenedStages = true; ///< off: one unbroadened run (the start is already close)
};

/// One fit to run: the document's spectrum, the start system, what to refine, where.
struct FitJob {
    int jobId = 0;
    int docId = 0;
    std::shared_ptr<const SpectrumDocument> document;
    SpinSystem start;
    FitOptions options;
    LineModel line;
    double lowPpm = 0.0;
    double highPpm = 0.0;
    bool quick = false; ///< a local refit after a drag
};

/// The passive fit panel.
class FitView {
public:
    virtual ~FitView() = default;
    virtual FitSettings settings() const = 0;
    virtual void setRunning(bool running) = 0;
    virtual void setProgress(double fraction, const std::string& phase) = 0;
    virtual void showSummary(const std::string& text) = 0;
    virtual void showError(const std::string& message) = 0;
};

/// Runs a FitJob elsewhere (a worker thread in the app, a fake in tests) and answers through the
/// presenter's on...() functions with the job's id.
class FitRunner {
public:
    virtual ~FitRunner() = default;
    virtual void start(const FitJob& job) = 0;
    virtual void cancel() = 0;
};

/// The fit panel's logic: turns a document and the panel's settings into a fit job (full, or quick
/// and local after a group was dragged), keeps only the newest job's answer, and reports progress,
/// results and errors to the view. Qt-free, tested with a fake view and runner.
class FitPresenter {
public:
    /// Receives each accepted result (the main window applies it to the document).
    using ResultSink = std::function<void(int docId, const FitResult& result)>;

    FitPresenter(FitView& view, FitRunner& runner, ResultSink sink);

    /// Fits every group inside [visibleLowPpm, visibleHighPpm] (the plot's visible window).
    void fit(int docId, std::shared_ptr<const SpectrumDocument> document, double visibleLowPpm,
             double visibleHighPpm);
    /// A quick local refit around `group` (two short broadened stages, few iterations).
    void refitGroup(int docId, std::shared_ptr<const SpectrumDocument> document, int group);
    void cancel();

    void onProgress(int jobId, const Progress& progress);
    void onFinished(int jobId, const FitResult& result);
    void onFailed(int jobId, const std::string& message, bool cancelled);

    bool isRunning() const { return m_running; }

    /// The ppm window a fit looks at: the groups' span plus room for their multiplets, clipped to
    /// the visible window; `group` ≥ 0 narrows it to that group's multiplet.
    static std::pair<double, double> fitRegion(const SpinSystem& system, double fieldMHz, int group,
                                               double visibleLowPpm, double visibleHighPpm);
    static FitOptions optionsFor(const FitSettings& settings, bool quick);
    /// "rms 1.2e-3 → 4.0e-4 · 14 iterations · linewidth 0.92 Hz · converged"
    static std::string summarize(const FitResult& result);

private:
    void launch(FitJob job);

    FitView& m_view;
    FitRunner& m_runner;
    ResultSink m_sink;
    bool m_running = false;
    int m_jobId = 0;
    int m_docId = 0;
};

} // namespace spinhance::ui

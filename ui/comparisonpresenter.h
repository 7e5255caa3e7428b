#pragma once

#include "coreservices.h"
#include "spectrumdocument.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace spinhance::ui {

/// A table of strings: header row, then one row per line (what the panel's tables show).
struct TextTable {
    std::vector<std::string> columns;
    std::vector<std::string> rows;               ///< row headers
    std::vector<std::vector<std::string>> cells; ///< rows × columns, "" where empty
};

/// The passive comparison panel.
class ComparisonView {
public:
    virtual ~ComparisonView() = default;
    virtual std::vector<std::string> modelPaths() const = 0;
    virtual std::string datasetPath() const = 0;
    virtual void setBusy(bool busy) = 0;
    virtual void showSystems(const TextTable& table) = 0;
    /// Overlays to draw: model row → its prediction (the view toggles them by check box).
    virtual void showOverlays(const std::map<int, std::shared_ptr<PredictionResult>>& results) = 0;
    virtual void showMetrics(const TextTable& table) = 0;
    virtual void showError(const std::string& message) = 0;
};

/// Runs predictions and evaluations elsewhere and answers through the presenter's on...() calls.
class ComparisonRunner {
public:
    virtual ~ComparisonRunner() = default;
    virtual void predict(int modelRow, std::shared_ptr<const SpectrumDocument> document,
                         const std::string& modelPath) = 0;
    virtual void evaluate(int modelRow, const std::string& modelPath,
                          const std::string& datasetPath) = 0;
};

/// Recipe comparison logic: every listed model predicts the current spectrum (spin systems side by
/// side, one column per model) and, given a test dataset, is scored by the core's evaluator (one
/// metrics column per model). Qt-free, tested with a fake view and runner.
class ComparisonPresenter {
public:
    ComparisonPresenter(ComparisonView& view, ComparisonRunner& runner);

    void setDocument(std::shared_ptr<const SpectrumDocument> document);
    void compare();
    void evaluate();

    void onPredicted(int modelRow, std::shared_ptr<PredictionResult> result);
    void onEvaluated(int modelRow, const MetricList& metrics);
    void onFailed(int modelRow, const std::string& message);

    bool isBusy() const { return m_pending > 0; }
    const TextTable& systems() const { return m_systems; }
    const TextTable& metrics() const { return m_metrics; }

    /// "4.12 (2H, q)" cells, one column per model, groups in the order predicted.
    static TextTable systemsTable(const std::vector<std::string>& modelNames,
                                  const std::map<int, std::shared_ptr<PredictionResult>>& results,
                                  double fieldMHz);

private:
    void finishOne();
    std::vector<std::string> modelNames() const;

    ComparisonView& m_view;
    ComparisonRunner& m_runner;
    std::shared_ptr<const SpectrumDocument> m_document;
    std::map<int, std::shared_ptr<PredictionResult>> m_results;
    std::map<int, MetricList> m_scores;
    TextTable m_systems, m_metrics;
    int m_pending = 0;
};

/// File name of a path ("/m/light-025.spinmodel" → "light-025.spinmodel").
std::string fileNameOf(const std::string& path);

} // namespace spinhance::ui

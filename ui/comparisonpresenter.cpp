#include "comparisonpresenter.h"

#include "report/multiplicity.h"

#include <algorithm>
#include <cstdio>

namespace spinhance::ui {

namespace {

std::string formatMetric(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string groupCell(const SpinSystem& system, std::size_t g, double fieldMHz) {
    MultiplicityOptions options;
    options.fieldMHz = fieldMHz;
    char buffer[96];
    std::snprintf(buffer, sizeof buffer, "%.2f (%dH, %s)", system.group(g).shiftPpm,
                  system.group(g).protonCount,
                  describeMultiplicity(system, g, options).label.c_str());
    return buffer;
}

// Rows: metric names in the evaluator's order; columns: models in list order.
TextTable metricsTable(const std::vector<std::string>& names,
                       const std::map<int, MetricList>& scores) {
    TextTable table;
    for (const auto& [row, metrics] : scores) {
        table.columns.push_back(std::size_t(row) < names.size() ? names[std::size_t(row)] : "?");
        for (const auto& [name, value] : metrics)
            if (std::find(table.rows.begin(), table.rows.end(), name) == table.rows.end())
                table.rows.push_back(name);
    }
    table.cells.assign(table.rows.size(), std::vector<std::string>(table.columns.size()));
    std::size_t col = 0;
    for (const auto& [row, metrics] : scores) {
        for (const auto& [name, value] : metrics) {
            const auto r =
                std::find(table.rows.begin(), table.rows.end(), name) - table.rows.begin();
            table.cells[std::size_t(r)][col] = formatMetric(value);
        }
        ++col;
    }
    return table;
}

} // namespace

std::string fileNameOf(const std::string& path) {
    const std::size_t slash = path.find_last_of("/\\");
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

ComparisonPresenter::ComparisonPresenter(ComparisonView& view, ComparisonRunner& runner)
    : m_view(view), m_runner(runner) {}

std::vector<std::string> ComparisonPresenter::modelNames() const {
    std::vector<std::string> names;
    for (const std::string& path : m_view.modelPaths())
        names.push_back(fileNameOf(path));
    return names;
}

TextTable
ComparisonPresenter::systemsTable(const std::vector<std::string>& modelNames,
                                  const std::map<int, std::shared_ptr<PredictionResult>>& results,
                                  double fieldMHz) {
    TextTable table;
    table.columns = modelNames;
    std::size_t rows = 0;
    for (const auto& [col, result] : results)
        rows = std::max(rows, result->prediction.system.size());
    for (std::size_t g = 0; g < rows; ++g)
        table.rows.push_back(std::to_string(g + 1));
    table.cells.assign(rows, std::vector<std::string>(modelNames.size()));
    for (const auto& [col, result] : results) {
        const SpinSystem& system = result->prediction.system;
        for (std::size_t g = 0; g < system.size() && std::size_t(col) < modelNames.size(); ++g)
            table.cells[g][std::size_t(col)] = groupCell(system, g, fieldMHz);
    }
    return table;
}

void ComparisonPresenter::setDocument(std::shared_ptr<const SpectrumDocument> document) {
    m_document = std::move(document);
    m_results.clear();
    m_systems = {};
    m_view.showOverlays(m_results);
    m_view.showSystems(m_systems);
}

void ComparisonPresenter::compare() {
    if (!m_document) return m_view.showError("Open a spectrum before comparing models.");
    const std::vector<std::string> paths = m_view.modelPaths();
    if (paths.empty()) return m_view.showError("Add at least one model file to compare.");
    m_results.clear();
    m_pending = int(paths.size());
    m_view.setBusy(true);
    for (std::size_t row = 0; row < paths.size(); ++row)
        m_runner.predict(int(row), m_document, paths[row]);
}

void ComparisonPresenter::evaluate() {
    const std::string dataset = m_view.datasetPath();
    if (dataset.empty()) return m_view.showError("Choose a test dataset (HDF5) to evaluate on.");
    const std::vector<std::string> paths = m_view.modelPaths();
    if (paths.empty()) return m_view.showError("Add at least one model file to evaluate.");
    m_scores.clear();
    m_metrics = {};
    m_view.showMetrics(m_metrics);
    m_pending = int(paths.size());
    m_view.setBusy(true);
    for (std::size_t row = 0; row < paths.size(); ++row)
        m_runner.evaluate(int(row), paths[row], dataset);
}

void ComparisonPresenter::onPredicted(int modelRow, std::shared_ptr<PredictionResult> result) {
    m_results[modelRow] = std::move(result);
    const double field = m_document && m_document->spectrum.fieldMHz > 0
                             ? m_document->spectrum.fieldMHz
                             : kModelFieldMHz;
    m_systems = systemsTable(modelNames(), m_results, field);
    m_view.showSystems(m_systems);
    m_view.showOverlays(m_results);
    finishOne();
}

void ComparisonPresenter::onEvaluated(int modelRow, const MetricList& metrics) {
    m_scores[modelRow] = metrics;
    m_metrics = metricsTable(modelNames(), m_scores);
    m_view.showMetrics(m_metrics);
    finishOne();
}

void ComparisonPresenter::onFailed(int, const std::string& message) {
    m_view.showError(message);
    finishOne();
}

void ComparisonPresenter::finishOne() {
    if (m_pending > 0 && --m_pending == 0) m_view.setBusy(false);
}

} // namespace spinhance::ui

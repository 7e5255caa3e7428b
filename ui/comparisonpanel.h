#pragma once

#include "comparisonpresenter.h"
#include "coreservices.h"
#include "metatypes.h"

#include <QThread>
#include <QWidget>
#include <map>
#include <memory>

class QCustomPlot;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace spinhance::ui {

class AnalysisWorker;

/// Recipe comparison: several model files predict the current spectrum side by side (one column per
/// model, one overlay per model, toggled by its check box); given a test dataset, the evaluator's
/// metrics table. The ComparisonPresenter decides; this widget shows, and runs predictions and
/// evaluations on its own worker thread.
class ComparisonPanel : public QWidget, public ComparisonView, public ComparisonRunner {
    Q_OBJECT
public:
    explicit ComparisonPanel(const CoreServices& services, QWidget* parent = nullptr);
    ~ComparisonPanel() override;

    void setDocument(std::shared_ptr<SpectrumDocument> document);
    void addModel(const QString& path);
    QStringList models() const;
    void setDatasetPath(const QString& path);
    ComparisonPresenter& presenter() { return m_presenter; }
    int resultCount() const { return int(m_results.size()); }
    int metricRowCount() const;
    /// The plot's ppm window and intensity range (low, high), as shown.
    std::pair<double, double> plotPpmRange() const;
    std::pair<double, double> plotIntensityRange() const;

    std::vector<std::string> modelPaths() const override;
    std::string datasetPath() const override;
    void setBusy(bool busy) override;
    void showSystems(const TextTable& table) override;
    void showOverlays(const std::map<int, std::shared_ptr<PredictionResult>>& results) override;
    void showMetrics(const TextTable& table) override;
    void showError(const std::string& message) override;
    void predict(int modelRow, std::shared_ptr<const SpectrumDocument> document,
                 const std::string& modelPath) override;
    void evaluate(int modelRow, const std::string& modelPath,
                  const std::string& datasetPath) override;

public Q_SLOTS:
    void compare() { m_presenter.compare(); }
    void evaluateOnDataset() { m_presenter.evaluate(); }

Q_SIGNALS:
    void comparisonReady();
    void evaluationReady();
    void failed(const QString& message);
    void requestPredict(int docId, std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                        const QString& modelPath);

private:
    void redrawPlot();
    QWidget* createControls();
    static void fillTable(QTableWidget* widget, const TextTable& table);

    CoreServices m_services;
    QListWidget* m_modelList = nullptr;
    QLineEdit* m_dataset = nullptr;
    QCustomPlot* m_plot = nullptr;
    QTableWidget* m_systems = nullptr;
    QTableWidget* m_metrics = nullptr;
    QThread m_thread;
    AnalysisWorker* m_worker = nullptr;
    std::shared_ptr<SpectrumDocument> m_document;
    std::map<int, std::shared_ptr<PredictionResult>> m_results; ///< by model row
    ComparisonPresenter m_presenter{*this, *this};
    bool m_evaluating = false;
};

} // namespace spinhance::ui

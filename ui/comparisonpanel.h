#pragma once

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
/// metrics table. Predictions and evaluation run off the GUI thread.
class ComparisonPanel : public QWidget {
    Q_OBJECT
public:
    explicit ComparisonPanel(const CoreServices& services, QWidget* parent = nullptr);
    ~ComparisonPanel() override;

    void setDocument(std::shared_ptr<SpectrumDocument> document);
    void addModel(const QString& path);
    QStringList models() const;
    int resultCount() const { return int(m_results.size()); }
    int metricRowCount() const;

public Q_SLOTS:
    void compare();
    void evaluate(const QString& datasetPath);

Q_SIGNALS:
    void comparisonReady();
    void evaluationReady();
    void failed(const QString& message);
    void requestPredict(int docId, std::shared_ptr<const spinhance::ui::SpectrumDocument> document,
                        const QString& modelPath);

private:
    void onPredicted(int index, std::shared_ptr<PredictionResult> result);
    void onEvaluated(const QString& model, const MetricList& metrics);
    void redrawPlot();
    void refreshSystemsTable();
    QWidget* createControls();

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
    int m_pending = 0;
};

} // namespace spinhance::ui

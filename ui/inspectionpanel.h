#pragma once

#include "coreservices.h"
#include "inspectionworker.h"

#include <QThread>
#include <QWidget>
#include <memory>

class QCustomPlot;
class QCPColorMap;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace spinhance::ui {

/// Looking inside two models (reference 001) on a dataset's test split: the linear CKA of every
/// stage of model A against every stage of model B as a heat map, and the linear probes of model
/// A stage by stage as curves (group-count accuracy, mean-shift R², coupled-pair-share R²).
/// The work runs in an InspectionWorker on this panel's own thread, with progress and cancel.
class InspectionPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectionPanel(const CoreServices& services, QWidget* parent = nullptr);
    ~InspectionPanel() override;

    void setModels(const QString& modelA, const QString& modelB);
    void setDatasetPath(const QString& path);
    void setSamples(int samples);
    bool isRunning() const { return m_running; }
    QString status() const;

    /// What the plots show (tests, screenshots): heat map cells as model A stage (row) × model B
    /// stage (column), and the probe curves.
    int heatMapRows() const;
    int heatMapColumns() const;
    double heatMapValue(int row, int column) const;
    int probeCurveCount() const;
    int probePointCount(int curve = 0) const;
    QCustomPlot* heatMapPlot() const { return m_heatPlot; }
    QCustomPlot* probePlot() const { return m_probePlot; }

public Q_SLOTS:
    void inspect();
    void cancel();

Q_SIGNALS:
    void inspectionReady();
    void failed(const QString& message);

private:
    QWidget* createControls();
    void setRunning(bool running);
    void showInspection(const inspect::ModelInspection& inspection);
    void showHeatMap(const inspect::SimilarityMatrix& matrix);
    void showProbes(const std::vector<inspect::LayerReport>& layers);
    void onFailed(const QString& message, bool cancelled);

    QLineEdit* m_modelA = nullptr;
    QLineEdit* m_modelB = nullptr;
    QLineEdit* m_dataset = nullptr;
    QSpinBox* m_samples = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QCustomPlot* m_heatPlot = nullptr;
    QCPColorMap* m_heatMap = nullptr;
    QCustomPlot* m_probePlot = nullptr;
    QThread m_thread;
    InspectionWorker* m_worker = nullptr;
    bool m_running = false;
};

} // namespace spinhance::ui

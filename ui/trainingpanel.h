#pragma once

#include "coreservices.h"
#include "trainingpresenter.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace spinhance::ui {

class ThreadedTrainingRunner;

/// Training setup and live monitoring: recipe, size, data (HDF5 file or generate N), epochs,
/// device, output folder; start / resume / cancel; progress bar; loss and validation plot. The
/// trainer runs on a worker thread; this widget only displays (TrainingPresenter holds the logic).
class TrainingPanel : public QWidget, public TrainingView {
    Q_OBJECT
public:
    explicit TrainingPanel(const CoreServices& services, QWidget* parent = nullptr);
    ~TrainingPanel() override;

    TrainingPresenter& presenter() { return *m_presenter; }
    int plottedEpochs() const;

    TrainingRequest request() const override;
    void setRunning(bool running) override;
    void setResumeAvailable(bool available) override;
    void setProgress(double fraction, const std::string& phase) override;
    void clearEpochs() override;
    void addEpoch(const EpochPoint& point) override;
    void showMessage(const std::string& message) override;
    void showError(const std::string& message) override;

    void setOutputDir(const QString& dir);
    void setGenerateCount(int count);
    void setEpochs(int epochs);

private:
    QWidget* createForm();
    QWidget* createButtons();
    QComboBox* createDeviceChoice(QWidget* parent);
    void createPlot();

    QComboBox* m_recipe = nullptr;
    QComboBox* m_size = nullptr;
    QComboBox* m_input = nullptr;
    QLineEdit* m_dataPath = nullptr;
    QSpinBox* m_generate = nullptr;
    QSpinBox* m_epochs = nullptr;
    QComboBox* m_device = nullptr;
    QLineEdit* m_outputDir = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_resume = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QCustomPlot* m_plot = nullptr;
    ThreadedTrainingRunner* m_runner = nullptr;
    std::unique_ptr<TrainingPresenter> m_presenter;
};

/// True when `dir` holds a training checkpoint (*.ckpt or checkpoint*).
bool hasTrainingCheckpoint(const std::string& dir);

} // namespace spinhance::ui

#pragma once

#include "coreservices.h"
#include "fitpresenter.h"
#include "fitworker.h"
#include "metatypes.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace spinhance::ui {

/// The fit bar under the spectrum: what to refine, Fit/Cancel, progress and the last fit's summary.
/// A passive FitView; the FitPresenter decides, a ThreadedFitRunner runs.
class FitPanel : public QWidget, public FitView {
    Q_OBJECT
public:
    explicit FitPanel(const CoreServices& services, QWidget* parent = nullptr);

    FitPresenter& presenter() { return *m_presenter; }

    FitSettings settings() const override;
    void setRunning(bool running) override;
    void setProgress(double fraction, const std::string& phase) override;
    void showSummary(const std::string& text) override;
    void showError(const std::string& message) override;

    QString summaryText() const;
    bool isRunning() const { return m_presenter->isRunning(); }

Q_SIGNALS:
    void fitRequested();
    void fitApplied(int docId, std::shared_ptr<spinhance::FitResult> result);
    void fitFailed(const QString& message);
    void progressChanged(int percent, const QString& phase);

private:
    QCheckBox* addCheck(const QString& text, bool checked);

    ThreadedFitRunner* m_runner = nullptr;
    std::unique_ptr<FitPresenter> m_presenter;
    QPushButton* m_fit = nullptr;
    QPushButton* m_cancel = nullptr;
    QCheckBox *m_shifts = nullptr, *m_couplings = nullptr, *m_linewidth = nullptr;
    QCheckBox *m_phase = nullptr, *m_baseline = nullptr, *m_stages = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace spinhance::ui

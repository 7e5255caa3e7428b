// The line-shape fit in the main window: the Fit action, Shift+drag of a multiplet followed by a
// local refit, and applying a result (system, ± errors, fitted curve, residual).
#include "fitpanel.h"
#include "grouptablemodel.h"
#include "mainwindow.h"
#include "spectrumview.h"

#include <QStatusBar>
#include <QVBoxLayout>
#include <cmath>

namespace spinhance::ui {

QWidget* MainWindow::createSpectrumArea(QWidget* parent) {
    auto* area = new QWidget(parent);
    auto* layout = new QVBoxLayout(area);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_view = new SpectrumView(area);
    m_fitPanel = new FitPanel(m_services, area);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_fitPanel);
    connect(m_fitPanel, &FitPanel::fitRequested, this, &MainWindow::fitCurrent);
    connect(m_fitPanel, &FitPanel::fitApplied, this, &MainWindow::onFitApplied);
    connect(m_fitPanel, &FitPanel::fitFailed, this, &MainWindow::showError);
    connect(m_fitPanel, &FitPanel::progressChanged, this,
            [this](int percent, const QString& phase) {
                statusBar()->showMessage(tr("Fit: %1 %2%").arg(phase).arg(percent));
            });
    connect(m_view, &SpectrumView::groupDragged, this, &MainWindow::onGroupDragged);
    connect(m_view, &SpectrumView::integralDragged, this, &MainWindow::addIntegral);
    return area;
}

void MainWindow::fitCurrent() {
    SpectrumDocument* doc = current();
    if (!doc) return showError(tr("Open a spectrum before fitting."));
    const auto [low, high] = m_view->visiblePpmRange();
    m_fitPanel->presenter().fit(doc->id, m_docs.shared(doc->id), low, high);
}

void MainWindow::onGroupDragged(int group, double deltaPpm) {
    SpectrumDocument* doc = current();
    if (!doc || group < 0 || std::size_t(group) >= doc->system.size()) return;
    // AA'BB' partners share the shift: move every group tied to the dragged one.
    const double from = doc->system.group(std::size_t(group)).shiftPpm;
    for (std::size_t g = 0; g < doc->system.size(); ++g)
        if (std::abs(doc->system.group(g).shiftPpm - from) < 1e-4)
            doc->system.group(g).shiftPpm += deltaPpm;
    m_groupModel->refresh();
    onSystemEdited();
    m_fitPanel->presenter().refitGroup(doc->id, m_docs.shared(doc->id), group);
}

void MainWindow::onFitApplied(int docId, std::shared_ptr<FitResult> result) {
    SpectrumDocument* fitted = m_docs.acceptFit(docId, *result);
    if (!fitted) return;
    SpectrumDocument& doc = *fitted;
    recordEdit(doc, tr("Fit"));
    if (m_docs.isCurrent(docId)) {
        m_groupModel->refresh();
        m_couplingModel->refresh();
        showFitState(&doc);
    }
    resimulate(doc);
    statusBar()->showMessage(
        tr("Fit: %1").arg(QString::fromStdString(FitPresenter::summarize(*result))));
    Q_EMIT fitApplied(docId);
}

// Everything the fit bar and the plot show of a fit belongs to one document: switching shows
// that document's last fit, or none (nothing carries over from the one shown before).
void MainWindow::showFitState(const SpectrumDocument* doc) {
    m_view->setFitCurves(doc && doc->fitCurves ? &*doc->fitCurves : nullptr);
    if (doc) m_groupModel->setErrors(doc->shiftErrorPpm, doc->couplingErrorHz, doc->couplingHeld);
    m_fitPanel->showSummary(doc ? doc->fitSummary : std::string());
}

} // namespace spinhance::ui

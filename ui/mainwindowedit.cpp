// Editing the spin system by hand beyond the table's cells: adding and deleting groups, and taking
// one of the analysis's runner-up hypotheses instead of its answer. Every such edit counts as a
// hand edit, so a running analysis does not overwrite it.
#include "mainwindow.h"
#include "spectrumview.h"

#include <QInputDialog>
#include <QMenu>
#include <QStatusBar>
#include <QTableView>
#include <cmath>

namespace spinhance::ui {

namespace {

// Protons per group the simulator and the model vocabulary know (CH … (CH3)6).
constexpr int kMaxGroupProtons = 18;
constexpr double kLowestShiftPpm = -2.0, kHighestShiftPpm = 16.0;

} // namespace

bool MainWindow::addGroup(double shiftPpm, int protons) {
    SpectrumDocument* doc = current();
    if (!doc || !doc->prediction) {
        showError(tr("Predict or analyse the spectrum before adding groups by hand."));
        return false;
    }
    if (!std::isfinite(shiftPpm) || shiftPpm < kLowestShiftPpm || shiftPpm > kHighestShiftPpm ||
        protons < 1 || protons > kMaxGroupProtons) {
        showError(tr("A group needs a shift between %1 and %2 ppm and 1 to %3 protons.")
                      .arg(kLowestShiftPpm)
                      .arg(kHighestShiftPpm)
                      .arg(kMaxGroupProtons));
        return false;
    }
    doc->system.addGroup(shiftPpm, protons); // no confidence of its own: none is shown
    const std::size_t n = doc->system.size();
    doc->prediction->pairConfidence.assign(n * n, 1.0);
    showDocument(doc->id);
    onSystemEdited();
    return true;
}

bool MainWindow::deleteGroup(int group) {
    SpectrumDocument* doc = current();
    if (!doc || group < 0 || std::size_t(group) >= doc->system.size()) {
        showError(tr("Select a group in the table to delete it."));
        return false;
    }
    doc->system.removeGroup(std::size_t(group));
    std::vector<double>& confidence = doc->prediction->groupConfidence;
    if (std::size_t(group) < confidence.size()) confidence.erase(confidence.begin() + group);
    const std::size_t n = doc->system.size();
    doc->prediction->pairConfidence.assign(n * n, 1.0);
    showDocument(doc->id);
    onSystemEdited();
    return true;
}

int MainWindow::runnerUpCount() const {
    const SpectrumDocument* doc = currentDocument();
    return doc && doc->analysis ? int(doc->analysis->alternatives.size()) : 0;
}

bool MainWindow::useRunnerUp(int index) {
    SpectrumDocument* doc = current();
    if (!doc || index < 0 || index >= runnerUpCount()) {
        showError(tr("The analysis of this spectrum has no such runner-up."));
        return false;
    }
    const analysis::Alternative& alternative = doc->analysis->alternatives[std::size_t(index)];
    overlaySystem(*doc, alternative.system);
    statusBar()->showMessage(tr("Runner-up %1 (%2) shown: ΔBIC %3 against the analysis's answer")
                                 .arg(index + 1)
                                 .arg(QString::fromStdString(alternative.origin))
                                 .arg(alternative.deltaBic, 0, 'f', 1));
    return true;
}

void MainWindow::chooseAddGroup() {
    bool ok = false;
    const auto [lowPpm, highPpm] = m_view->visiblePpmRange(); // proposed: the view's centre
    const double shiftPpm = QInputDialog::getDouble(this, tr("Add group"), tr("Shift δ (ppm):"),
                                                    0.5 * (lowPpm + highPpm), kLowestShiftPpm,
                                                    kHighestShiftPpm, 3, &ok);
    if (!ok) return;
    const int protons = QInputDialog::getInt(this, tr("Add group"), tr("Protons (H):"), 1, 1,
                                             kMaxGroupProtons, 1, &ok);
    if (ok) addGroup(shiftPpm, protons);
}

void MainWindow::deleteSelectedGroup() {
    const QModelIndexList rows = m_groupTable->selectionModel()
                                     ? m_groupTable->selectionModel()->selectedRows()
                                     : QModelIndexList{};
    deleteGroup(rows.isEmpty() ? -1 : rows.front().row());
}

void MainWindow::rebuildRunnerUpMenu() {
    m_runnerUpMenu->clear();
    const SpectrumDocument* doc = currentDocument();
    const int count = runnerUpCount();
    m_runnerUpMenu->setEnabled(count > 0);
    for (int k = 0; k < count; ++k) {
        const analysis::Alternative& a = doc->analysis->alternatives[std::size_t(k)];
        m_runnerUpMenu->addAction(tr("%1: %2 groups, %3 H, ΔBIC %4")
                                      .arg(QString::fromStdString(a.origin))
                                      .arg(a.system.size())
                                      .arg(a.system.protonCount())
                                      .arg(a.deltaBic, 0, 'f', 1),
                                  this, [this, k] { useRunnerUp(k); });
    }
}

} // namespace spinhance::ui

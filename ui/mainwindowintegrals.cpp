// Integrals by hand (issue 16 item 2): regions dragged on the plot in integrate mode, one of them
// the reference for the proton scale, each change one undo step; the peak list and the integrals
// exported as CSV. Without regions by hand the analysis's integrals are drawn.
#include "analysis/multiplettable.h"
#include "analysis/peaklist.h"
#include "analysisworker.h"
#include "common/atomicfile.h"
#include "mainwindow.h"
#include "spectrumview.h"
#include "systemundo.h"

#include <QAction>
#include <QInputDialog>
#include <QStatusBar>
#include <QUndoStack>

namespace spinhance::ui {

void MainWindow::showIntegrals(const SpectrumDocument* doc) {
    std::vector<SpectrumView::IntegralMark> marks;
    if (doc && !doc->integrals.regions.empty()) {
        try {
            for (const analysis::IntegralRow& row : integralRowsOf(*doc))
                marks.push_back({row.rangePpm.fromPpm, row.rangePpm.toPpm, row.protons});
        } catch (const std::exception& error) { // e.g. a region left outside after re-referencing
            statusBar()->showMessage(QString::fromStdString(error.what()));
        }
    } else if (doc && doc->analysis) {
        for (const analysis::MultipletRow& row : analysis::multipletTable(doc->analysis->evidence))
            marks.push_back({row.fromPpm, row.toPpm, row.integralProtons});
    }
    m_view->setIntegrals(marks);
}

std::vector<analysis::IntegralRow> MainWindow::manualIntegralRows() const {
    const SpectrumDocument* doc = currentDocument();
    try {
        return doc ? integralRowsOf(*doc) : std::vector<analysis::IntegralRow>{};
    } catch (const std::exception&) {
        return {};
    }
}

void MainWindow::setIntegrateMode(bool on) {
    m_view->setIntegrateMode(on);
    if (m_integrateAction) m_integrateAction->setChecked(on);
    if (on) statusBar()->showMessage(tr("Drag across a multiplet to integrate it"));
}

bool MainWindow::refuseWithoutDocument() {
    showError(tr("Open a spectrum before integrating."));
    return false;
}

bool MainWindow::changeIntegrals(int docId, const ManualIntegrals& after, const QString& what) {
    SpectrumDocument* doc = m_docs.find(docId);
    if (!doc) return refuseWithoutDocument();
    SpectrumDocument trial = *doc;
    trial.integrals = after;
    try {
        integralRowsOf(trial); // refuses a region outside the spectrum, a bad reference, …
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    undoStackOf(docId)->push(new IntegralsCommand(
        docId, doc->integrals, after, what,
        [this](int id, const ManualIntegrals& m) { restoreIntegrals(id, m); }));
    restoreIntegrals(docId, after);
    return true;
}

void MainWindow::restoreIntegrals(int docId, const ManualIntegrals& integrals) {
    SpectrumDocument* doc = m_docs.find(docId);
    if (!doc) return;
    doc->integrals = integrals;
    if (m_docs.isCurrent(docId)) showIntegrals(doc);
}

bool MainWindow::addIntegral(double fromPpm, double toPpm) {
    const SpectrumDocument* doc = currentDocument();
    if (!doc) return refuseWithoutDocument();
    ManualIntegrals after = doc->integrals;
    after.regions.push_back({std::max(fromPpm, toPpm), std::min(fromPpm, toPpm)});
    const bool added = changeIntegrals(doc->id, after, tr("Integral"));
    if (added)
        statusBar()->showMessage(tr("Integral %1: %2–%3 ppm")
                                     .arg(after.regions.size())
                                     .arg(std::min(fromPpm, toPpm), 0, 'f', 3)
                                     .arg(std::max(fromPpm, toPpm), 0, 'f', 3));
    return added;
}

bool MainWindow::setIntegralReference(int index, double protons) {
    const SpectrumDocument* doc = currentDocument();
    if (!doc) return refuseWithoutDocument();
    ManualIntegrals after = doc->integrals;
    if (index < 0 || std::size_t(index) >= after.regions.size()) {
        showError(
            tr("There is no integral %1 (there are %2).").arg(index + 1).arg(after.regions.size()));
        return false;
    }
    after.reference = std::size_t(index);
    after.referenceProtons = protons;
    return changeIntegrals(doc->id, after, tr("Integral scale"));
}

bool MainWindow::clearIntegrals() {
    const SpectrumDocument* doc = currentDocument();
    if (!doc || doc->integrals.regions.empty()) return false;
    return changeIntegrals(doc->id, {}, tr("Clear integrals"));
}

bool MainWindow::integralsFromAnalysis() {
    const SpectrumDocument* doc = currentDocument();
    const auto rows = doc && doc->analysis ? analysis::multipletTable(doc->analysis->evidence)
                                           : std::vector<analysis::MultipletRow>{};
    if (rows.empty()) {
        showError(tr("No analysis with multiplet regions yet (Analysis ▸ Analyze first)."));
        return false;
    }
    ManualIntegrals integrals;
    for (const analysis::MultipletRow& row : rows) {
        integrals.regions.push_back({row.toPpm, row.fromPpm});
        if (row.protons > rows[integrals.reference].protons)
            integrals.reference = integrals.regions.size() - 1;
    }
    integrals.referenceProtons = std::max(1, rows[integrals.reference].protons);
    return changeIntegrals(doc->id, integrals, tr("Integrals from the analysis"));
}

void MainWindow::chooseIntegralReference() {
    const SpectrumDocument* doc = currentDocument();
    if (!doc || doc->integrals.regions.empty())
        return showError(tr("Drag an integral first (Analysis ▸ Integrate by dragging)."));
    bool ok = false;
    const int count = int(doc->integrals.regions.size());
    const int number = QInputDialog::getInt(this, tr("Integral scale"),
                                            tr("Reference integral (1–%1):").arg(count),
                                            int(doc->integrals.reference) + 1, 1, count, 1, &ok);
    if (!ok) return;
    const double protons =
        QInputDialog::getDouble(this, tr("Integral scale"), tr("Its protons (H):"),
                                doc->integrals.referenceProtons, 0.01, 1000.0, 2, &ok);
    if (ok) setIntegralReference(number - 1, protons);
}

bool MainWindow::exportPeaks(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    try {
        if (!doc) throw std::runtime_error("no spectrum open to list peaks of");
        const std::string csv =
            analysis::peaksAndIntegralsCsv(analysis::peakList(doc->spectrum), integralRowsOf(*doc));
        writeFileAtomically(path.toStdString(), csv, "peak list");
        return true;
    } catch (const std::exception& error) {
        showError(describeFailure(error, path));
        return false;
    }
}

} // namespace spinhance::ui

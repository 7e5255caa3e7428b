// A journal line typed or pasted by the chemist (issue 18): parsed in core, drawn over the open
// spectrum like a prediction, and scored against it (cosine of the overlay and the measurement).
#include "mainwindow.h"
#include "overlayscore.h"
#include "report/journalparse.h"
#include "spin/spinsystemjson.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QStatusBar>

namespace spinhance::ui {

void MainWindow::chooseJournalLine() {
    bool ok = false;
    const QString line = QInputDialog::getMultiLineText(
        this, tr("Journal line"),
        tr("Paste a 1H NMR line, e.g. δ 4.12 (q, J = 7.1 Hz, 2H), 1.26 (t, J = 7.1 Hz, 3H):"),
        QString(), &ok);
    if (ok && !line.trimmed().isEmpty()) applyJournalLine(line);
}

bool MainWindow::applyJournalLine(const QString& line) {
    SpectrumDocument* doc = current();
    if (!doc) {
        showError(tr("Open a spectrum before applying a journal line to it."));
        return false;
    }
    ParsedJournal parsed;
    try {
        parsed = parseJournalString(line.toStdString());
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    m_journalScoreDocId = doc->id;
    m_journalWarnings = parsed.warnings.size();
    overlaySystem(*doc, parsed.system);
    return true;
}

void MainWindow::chooseSpinSystemFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Spin system file"), QString(),
                                     tr("Spin systems (*.json *.sdf);;Interchange JSON "
                                        "(*.json);;NMReDATA (*.sdf);;All files (*)"));
    if (!path.isEmpty()) applySpinSystemFile(path);
}

bool MainWindow::applySpinSystemFile(const QString& path) {
    SpectrumDocument* doc = current();
    if (!doc) {
        showError(tr("Open a spectrum before applying a spin system file to it."));
        return false;
    }
    std::vector<SpinSystem> systems;
    try {
        systems = readSpinSystems(path.toStdString());
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    if (systems.empty()) {
        showError(tr("%1: the file holds no spin system").arg(path));
        return false;
    }
    overlaySystem(*doc, systems.front());
    statusBar()->showMessage(tr("%1: %2 groups, %3 H (record 1 of %4)")
                                 .arg(path)
                                 .arg(systems.front().size())
                                 .arg(systems.front().protonCount())
                                 .arg(systems.size()));
    return true;
}

// A system from outside the spectrum (a journal line, a structure) replaces the document's and is
// drawn like a prediction. It counts as a hand edit, so a running analysis does not overwrite it.
void MainWindow::overlaySystem(SpectrumDocument& doc, const SpinSystem& system) {
    DocumentPresenter::replaceSystem(doc, system);
    recordEdit(doc, tr("Replace spin system"));
    showDocument(doc.id);
    resimulate(doc);
}

// Called when the overlay of a journal line arrives: the score goes to the status bar.
void MainWindow::scoreJournalLine(const SpectrumDocument& doc) {
    m_journalScoreDocId = -1;
    const double cosine = doc.overlay ? overlayCosine(*doc.overlay, doc.trace) : 0.0;
    statusBar()->showMessage(
        tr("Journal line: %1 groups, %2 H · cosine with the spectrum %3%4")
            .arg(doc.system.size())
            .arg(doc.system.protonCount())
            .arg(cosine, 0, 'f', 3)
            .arg(m_journalWarnings
                     ? tr(" · %1 unmatched J or missing counts").arg(m_journalWarnings)
                     : QString()));
    Q_EMIT journalScored(doc.id, cosine);
}

} // namespace spinhance::ui

// Processing by hand (issue 16): the Processing dialog, reprocessing in the worker, and undo of
// each applied change. The document is replaced by a reprocessed copy, never changed in place,
// because a worker may still be reading the old one.
#include "documentname.h"
#include "mainwindow.h"
#include "processing/phase.h"
#include "processingdialog.h"
#include "spectrumview.h"
#include "systemundo.h"

#include <QStatusBar>
#include <QUndoStack>

namespace spinhance::ui {

void MainWindow::openProcessingDialog() {
    const SpectrumDocument* doc = currentDocument();
    if (!doc) {
        showError(tr("Open a spectrum first: there is nothing to process."));
        return;
    }
    auto* dialog = new ProcessingDialog(doc->processing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int docId = doc->id;
    connect(dialog, &ProcessingDialog::applyRequested, this,
            [this, docId](const ProcessOptions& options) { applyProcessing(docId, options); });
    // Not modal: the spectrum stays clickable, for Pick and for looking at each Apply.
    connect(dialog, &ProcessingDialog::pickRequested, this, [this] {
        m_view->startPicking();
        statusBar()->showMessage(tr("Click the reference line in the spectrum"));
    });
    connect(m_view, &SpectrumView::linePicked, dialog, &ProcessingDialog::setPickedLine);
    // One mouse mode at a time: phasing or dragging baseline regions ends integrating.
    connect(dialog, &ProcessingDialog::phaseModeToggled, this, [this](bool on) {
        if (on) setIntegrateMode(false);
        m_view->setPhaseMode(on);
    });
    connect(dialog, &ProcessingDialog::baselineRegionModeToggled, this, [this](bool on) {
        if (on) setIntegrateMode(false);
        if (on || m_view->regionMode() == SpectrumView::RegionMode::Baseline)
            m_view->setRegionMode(on ? SpectrumView::RegionMode::Baseline
                                     : SpectrumView::RegionMode::Off);
    });
    connect(m_view, &SpectrumView::baselineRegionDragged, dialog,
            &ProcessingDialog::addBaselineRegion);
    connect(m_view, &SpectrumView::phaseDragStarted, dialog, &ProcessingDialog::beginPhaseDrag);
    connect(m_view, &SpectrumView::phaseDragged, dialog, &ProcessingDialog::dragPhase);
    connect(m_view, &SpectrumView::phaseDragFinished, dialog, &ProcessingDialog::endPhaseDrag);
    connect(dialog, &ProcessingDialog::previewRequested, this,
            [this, docId](const ProcessOptions& options) { previewPhase(docId, options); });
    dialog->show();
}

// While the mouse phases: the processed spectrum turned by the angles added since its last
// processing, drawn at once (a rotation of the stored points, no FFT or baseline); the drag's end
// reprocesses properly.
void MainWindow::previewPhase(int docId, const ProcessOptions& options) {
    if (!m_docs.isCurrent(docId)) return;
    const SpectrumDocument& doc = *m_docs.find(docId);
    if (doc.spectrum.imag.size() != doc.spectrum.real.size()) return;
    Spectrum turned = doc.spectrum;
    phaseCorrectAboutPpm(turned,
                         {options.extraPh0Deg - doc.processing.extraPh0Deg,
                          options.extraPh1Deg - doc.processing.extraPh1Deg},
                         options.pivotPpm);
    m_phasePreview = makeDisplayTrace(turned);
    m_view->setTraces({{QString::fromStdString(doc.spectrum.title), &m_phasePreview}},
                      SpectrumView::Layout::Overlay);
}

bool MainWindow::applyProcessing(int docId, const ProcessOptions& options) {
    const SpectrumDocument* doc = m_docs.find(docId);
    if (!doc) {
        showError(tr("That spectrum is no longer open."));
        return false;
    }
    try {
        checkProcessOptions(options);
    } catch (const std::exception& error) {
        showError(QString::fromStdString(error.what()));
        return false;
    }
    undoStackOf(docId)->push(
        new ProcessingCommand(docId, doc->processing, options, tr("Processing"),
                              [this](int id, const ProcessOptions& o) { reprocess(id, o); }));
    reprocess(docId, options);
    return true;
}

void MainWindow::reprocess(int docId, const ProcessOptions& options) {
    const SpectrumDocument* doc = m_docs.find(docId);
    if (!doc) return;
    const QString path = QString::fromStdString(doc->spectrum.origin.path);
    statusBar()->showMessage(tr("Processing %1…").arg(path));
    Q_EMIT requestReprocess(docId, m_docs.nextReprocess(docId), path, options);
}

void MainWindow::onReprocessed(int docId, int generation,
                               std::shared_ptr<SpectrumDocument> processed) {
    SpectrumDocument* fresh = m_docs.acceptReprocessed(docId, generation, *processed);
    if (!fresh) return;
    if (m_docs.isCurrent(docId)) showDocument(docId);
    if (fresh->prediction) resimulate(*fresh);
    statusBar()->showMessage(
        tr("Processed %1 again").arg(QString::fromStdString(documentName(fresh->spectrum))));
    Q_EMIT reprocessed(docId);
}

} // namespace spinhance::ui

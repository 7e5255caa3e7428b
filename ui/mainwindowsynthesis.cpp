// The analysis by synthesis in the main window: started after each prediction (or by hand), shown
// with a progress bar and a cancel button in the status bar, applied unless the user edited the
// system by hand meanwhile.
#include "analysis/multiplettable.h"
#include "analysis/spectrumanalysis.h"
#include "grouptablemodel.h"
#include "mainwindow.h"
#include "spectrumview.h"
#include "synthesisworker.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QProgressBar>
#include <QStatusBar>
#include <QToolButton>

namespace spinhance::ui {

namespace {

QString flagSummary(const analysis::AnalysisResult& r) {
    QStringList codes;
    for (const analysis::AnalysisFlag& f : r.flags)
        codes << QString::fromStdString(f.code);
    return codes.isEmpty() ? QString()
                           : QObject::tr(" · flags: %1").arg(codes.join(QStringLiteral(", ")));
}

} // namespace

void MainWindow::startSynthesisWorker() {
    m_synthesis = new SynthesisWorker(m_services);
    m_synthesis->moveToThread(&m_synthesisThread);
    connect(&m_synthesisThread, &QThread::finished, m_synthesis, &QObject::deleteLater);
    connect(this, &MainWindow::requestSynthesis, m_synthesis, &SynthesisWorker::analyze);
    connect(m_synthesis, &SynthesisWorker::progressed, this, &MainWindow::onSynthesisProgress);
    connect(m_synthesis, &SynthesisWorker::analyzed, this, &MainWindow::onAnalyzed);
    connect(m_synthesis, &SynthesisWorker::failed, this, &MainWindow::onSynthesisFailed);
    m_synthesisThread.setObjectName("synthesis");
    m_synthesisThread.start();
    m_synthesisProgress = new QProgressBar(this);
    m_synthesisProgress->setRange(0, 100);
    m_synthesisProgress->setMaximumWidth(180);
    m_synthesisProgress->setVisible(false);
    m_synthesisCancelButton = new QToolButton(this);
    m_synthesisCancelButton->setText(tr("Cancel analysis"));
    m_synthesisCancelButton->setVisible(false);
    connect(m_synthesisCancelButton, &QToolButton::clicked, this, &MainWindow::cancelAnalysis);
    statusBar()->addPermanentWidget(m_synthesisProgress);
    statusBar()->addPermanentWidget(m_synthesisCancelButton);
}

void MainWindow::analyzeCurrent() {
    if (!current()) return showError(tr("Open a spectrum before analysing it."));
    startSynthesis(m_docs.currentId());
}

void MainWindow::startSynthesis(int docId) {
    const std::shared_ptr<SpectrumDocument> doc = m_docs.shared(docId);
    if (!doc) return;
    if (m_synthesisCancel)
        *m_synthesisCancel = true; // one analysis at a time: the newest request wins
    m_synthesisCancel = std::make_shared<CancelFlag>(false);
    m_docs.analysisStarted(docId);
    m_synthesisProgress->setValue(0);
    m_synthesisProgress->setVisible(true);
    m_synthesisCancelButton->setVisible(true);
    Q_EMIT requestSynthesis(docId, ++m_synthesisGeneration, doc, m_modelPath, doc->moleculeProtons,
                            m_synthesisCancel);
}

bool MainWindow::setMoleculeProtons(const QString& countOrFormula) {
    SpectrumDocument* doc = current();
    if (!doc) {
        showError(tr("Open a spectrum before giving its molecule's protons."));
        return false;
    }
    const QString text = countOrFormula.trimmed();
    int protons = 0;
    if (!text.isEmpty()) {
        bool isNumber = false;
        protons = text.toInt(&isNumber);
        try {
            if (!isNumber) protons = analysis::protonsInFormula(text.toStdString());
        } catch (const std::exception&) {
            protons = -1;
        }
        if (protons <= 0) {
            showError(tr("Molecule's protons: expected a positive number such as 18 or a formula "
                         "with hydrogen such as C13H18O2, found '%1'.")
                          .arg(text));
            return false;
        }
    }
    doc->moleculeProtons = protons;
    statusBar()->showMessage(protons > 0
                                 ? tr("Analysing again with %1 H in the molecule.").arg(protons)
                                 : tr("Analysing again without a proton count."));
    startSynthesis(doc->id);
    return true;
}

void MainWindow::chooseMoleculeProtons() {
    SpectrumDocument* doc = current();
    if (!doc) return showError(tr("Open a spectrum before giving its molecule's protons."));
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Molecule's protons"),
        tr("Protons in the molecule, as a number (18) or a formula (C13H18O2);\n"
           "empty: unknown. The analysis fits the integrals to this count."),
        QLineEdit::Normal,
        doc->moleculeProtons > 0 ? QString::number(doc->moleculeProtons) : QString(), &ok);
    if (ok) setMoleculeProtons(text);
}

void MainWindow::cancelAnalysis() {
    if (m_synthesisCancel) *m_synthesisCancel = true;
}

void MainWindow::onSynthesisProgress(int, int generation, const QString& phase, double fraction) {
    if (generation != m_synthesisGeneration) return;
    m_synthesisProgress->setValue(int(100.0 * fraction));
    m_synthesisProgress->setFormat(phase.left(40));
}

void MainWindow::finishSynthesis() {
    m_synthesisProgress->setVisible(false);
    m_synthesisCancelButton->setVisible(false);
}

void MainWindow::onAnalyzed(int docId, int generation, std::shared_ptr<SynthesisOutcome> outcome) {
    if (generation == m_synthesisGeneration) finishSynthesis();
    applyAnalysis(docId, outcome);
    Q_EMIT analysisFinished(docId);
}

void MainWindow::applyAnalysis(int docId, const std::shared_ptr<SynthesisOutcome>& outcome) {
    const AnalysisOutcome applied = m_docs.acceptAnalysis(docId, *outcome);
    if (applied == AnalysisOutcome::DocumentGone) return;
    SpectrumDocument& doc = *m_docs.find(docId);
    const analysis::AnalysisResult& r = outcome->result;
    if (m_docs.isCurrent(docId)) showIntegrals(&doc);
    if (applied == AnalysisOutcome::HandEditsKept)
        return statusBar()->showMessage(
            tr("Analysis finished; your hand edits were kept (its answer is in the exports)."));
    if (applied == AnalysisOutcome::NoAnswer)
        return statusBar()->showMessage(tr("Analysis: no confident answer%1").arg(flagSummary(r)));
    recordEdit(doc, tr("Analysis result"));
    if (m_docs.isCurrent(docId)) showDocument(docId);
    statusBar()->showMessage(
        tr("Analysis: %1 groups, %2 H · rms %3 (of the tallest line) · %4 · cosine %5 · %6 s%7")
            .arg(r.system.size())
            .arg(r.system.protonCount())
            .arg(r.fit.finalRms, 0, 'g', 3)
            .arg(r.fit.converged ? tr("converged") : tr("not converged (iteration limit)"))
            .arg(r.cosine, 0, 'f', 3)
            .arg(r.seconds, 0, 'f', 1)
            .arg(flagSummary(r)));
    Q_EMIT analysisApplied(docId);
}

void MainWindow::onSynthesisFailed(int docId, int generation, const QString& message) {
    if (generation != m_synthesisGeneration) return;
    finishSynthesis();
    statusBar()->showMessage(message);
    Q_EMIT analysisFinished(docId);
}

} // namespace spinhance::ui

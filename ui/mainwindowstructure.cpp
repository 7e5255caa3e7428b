// Analysis > Structure (issue 17): the structure's predicted spectrum is drawn over the open one
// at once, and the verification (core/verify: fit plus a full analysis, seconds) runs on its own
// QThread; the verdicts and the score go to the dialog and the status bar.
#include "mainwindow.h"
#include "structuredialog.h"
#include "verifyworker.h"

#include <QStatusBar>

namespace spinhance::ui {

void MainWindow::startVerifyWorker() {
    m_verifier = new VerifyWorker(m_services);
    m_verifier->moveToThread(&m_verifyThread);
    connect(&m_verifyThread, &QThread::finished, m_verifier, &QObject::deleteLater);
    connect(this, &MainWindow::requestVerify, m_verifier, &VerifyWorker::verify);
    connect(m_verifier, &VerifyWorker::verified, this, &MainWindow::onVerified);
    connect(m_verifier, &VerifyWorker::failed, this, &MainWindow::onVerifyFailed);
    m_structureDialog = new StructureDialog(this);
    connect(m_verifier, &VerifyWorker::progressed, this,
            [this](int, int generation, const QString& phase) {
                if (generation == m_verifyGeneration) m_structureDialog->showRunning(phase);
            });
    connect(m_structureDialog, &StructureDialog::verifyRequested, this,
            &MainWindow::verifyStructure);
    m_verifyThread.setObjectName("verify");
    m_verifyThread.start();
}

void MainWindow::chooseStructure() {
    m_structureDialog->show();
    m_structureDialog->raise();
}

bool MainWindow::verifyStructure(const QString& structure) {
    SpectrumDocument* doc = current();
    if (!doc) {
        showError(tr("Open a spectrum before verifying a structure against it."));
        return false;
    }
    SpinSystem predicted;
    try {
        predicted = m_services.predictStructure(structure.toStdString());
    } catch (const std::exception& error) {
        m_structureDialog->showFailure(QString::fromStdString(error.what()));
        showError(QString::fromStdString(error.what()));
        return false;
    }
    overlaySystem(*doc, predicted);
    if (m_verifyCancel) *m_verifyCancel = true; // one verification at a time: the newest wins
    m_verifyCancel = std::make_shared<CancelFlag>(false);
    m_structureDialog->showRunning(tr("structure"));
    Q_EMIT requestVerify(doc->id, ++m_verifyGeneration, m_docs.shared(doc->id), structure,
                         m_verifyCancel);
    return true;
}

void MainWindow::onVerified(int docId, int generation,
                            std::shared_ptr<const verify::Verification> verification) {
    if (generation != m_verifyGeneration) return;
    if (SpectrumDocument* doc = m_docs.find(docId)) doc->verification = verification;
    m_structureDialog->showVerification(*verification);
    statusBar()->showMessage(tr("Structure: %1").arg(m_structureDialog->summary()));
    Q_EMIT structureVerified(docId, verification->score);
}

void MainWindow::onVerifyFailed(int docId, int generation, const QString& message) {
    if (generation != m_verifyGeneration) return;
    m_structureDialog->showFailure(message);
    statusBar()->showMessage(message);
    Q_EMIT structureVerified(docId, -1.0);
}

} // namespace spinhance::ui

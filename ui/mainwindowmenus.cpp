#include "appsettings.h"
#include "fitpanel.h"
#include "mainwindow.h"
#include "model/computedevice.h"
#include "spectrumview.h"

#include <QAction>
#include <QActionGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoGroup>

namespace spinhance::ui {

void MainWindow::createMenus() {
    menuBar()->clear();
    createFileMenu();
    createEditMenu();
    createAnalysisMenu();
    createSettingsMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Spinhance"), this, &MainWindow::showAbout);
}

void MainWindow::createFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseOpenFiles);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &MainWindow::closeCurrent);
    file->addAction(tr("Close &all"), this, &MainWindow::closeAll);
    file->addSeparator();
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("PDF report…"), this,
                          [this] { exportWithDialog(tr("PDF (*.pdf)"), &MainWindow::exportPdf); });
    exportMenu->addAction(tr("Plot as PNG…"), this, [this] {
        exportWithDialog(tr("PNG image (*.png)"), &MainWindow::exportPlotPng);
    });
    exportMenu->addAction(tr("Plot as SVG…"), this, [this] {
        exportWithDialog(tr("SVG image (*.svg)"), &MainWindow::exportPlotSvg);
    });
    exportMenu->addAction(tr("Spin system as JSON…"), this, [this] {
        exportWithDialog(tr("Interchange JSON (*.json)"), &MainWindow::exportJson);
    });
    exportMenu->addAction(tr("Spin system as NMReDATA (SDF)…"), this, [this] {
        exportWithDialog(tr("NMReDATA (*.sdf)"), &MainWindow::exportNmredata);
    });
    exportMenu->addAction(tr("Spin system as CSV…"), this, [this] {
        exportWithDialog(tr("CSV table (*.csv)"), &MainWindow::exportCsv);
    });
    exportMenu->addAction(tr("Multiplet table as CSV…"), this, [this] {
        exportWithDialog(tr("CSV table (*.csv)"), &MainWindow::exportMultiplets);
    });
    exportMenu->addAction(tr("Peaks and integrals as CSV…"), this, [this] {
        exportWithDialog(tr("CSV table (*.csv)"), &MainWindow::exportPeaks);
    });
    // Ctrl+Shift+C: plain Ctrl+C stays with the focused table or text (issue 16).
    file->addAction(tr("Copy &journal string"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                    this, &MainWindow::copyJournalToClipboard);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createEditMenu() {
    if (!m_undoGroup) m_undoGroup = new QUndoGroup(this);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("&Processing…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
                    &MainWindow::openProcessingDialog);
}

void MainWindow::createAnalysisMenu() {
    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Predict spin system"), QKeySequence(Qt::CTRL | Qt::Key_P), this,
                        &MainWindow::predictCurrent);
    analysis->addAction(tr("&Analyze (proposals + exact fits)"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this,
                        &MainWindow::analyzeCurrent);
    analysis->addAction(tr("Cancel a&nalysis"), this, &MainWindow::cancelAnalysis);
    analysis->addAction(tr("Molecule's pro&tons or formula…"), this,
                        &MainWindow::chooseMoleculeProtons);
    m_runnerUpMenu = analysis->addMenu(tr("Use a &runner-up hypothesis"));
    m_runnerUpMenu->setEnabled(false);
    analysis->addAction(tr("A&dd group…"), this, &MainWindow::chooseAddGroup);
    analysis->addAction(tr("De&lete selected group"), QKeySequence::Delete, this,
                        &MainWindow::deleteSelectedGroup);
    analysis->addAction(tr("Apply a &journal line…"), QKeySequence(Qt::CTRL | Qt::Key_J), this,
                        &MainWindow::chooseJournalLine);
    QAction* applyFile = analysis->addAction(tr("Apply a spin s&ystem file…"));
    connect(applyFile, &QAction::triggered, this, &MainWindow::chooseSpinSystemFile);
    analysis->addAction(tr("&Structure…"), this, &MainWindow::chooseStructure);
    QAction* fit = analysis->addAction(tr("&Fit line shapes"), QKeySequence(Qt::CTRL | Qt::Key_F),
                                       this, &MainWindow::fitCurrent);
    fit->setObjectName("fitAction");
    analysis->addAction(tr("&Cancel fit"), this, [this] { m_fitPanel->presenter().cancel(); });
    analysis->addSeparator();
    m_integrateAction = analysis->addAction(tr("&Integrate by dragging"));
    m_integrateAction->setCheckable(true);
    m_integrateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_integrateAction->setChecked(m_view->integrateMode());
    connect(m_integrateAction, &QAction::toggled, this, &MainWindow::setIntegrateMode);
    analysis->addAction(tr("Integral scal&e…"), this, &MainWindow::chooseIntegralReference);
    analysis->addAction(tr("Clear inte&grals"), this, &MainWindow::clearIntegrals);
    analysis->addAction(tr("Integrals from the analysis' regi&ons"), this,
                        &MainWindow::integralsFromAnalysis);
    analysis->addSeparator();
    analysis->addAction(tr("Choose &model…"), this, &MainWindow::chooseModel);
    analysis->addAction(tr("Reset &zoom"), QKeySequence(Qt::Key_Home), this,
                        [this] { m_view->resetZoom(); });
}

void MainWindow::createSettingsMenu() {
    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QMenu* language = settings->addMenu(tr("&Language"));
    auto* group = new QActionGroup(language);
    const QList<QPair<QString, QString>> languages{
        {"en", "English"}, {"de", "Deutsch"}, {"ru", "Русский"}};
    for (const auto& [code, name] : languages) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(appsettings::language() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code = code] {
            appsettings::setLanguage(code);
            // Menus and tabs switch now (LanguageChange); other texts on the next start.
            installTranslation(code);
        });
    }
    createComputeDeviceMenu(settings);
}

// Models loaded from now on run there; a model already loaded stays where it is until restart.
void MainWindow::createComputeDeviceMenu(QMenu* settings) {
    QMenu* devices = settings->addMenu(tr("&Compute device"));
    auto* group = new QActionGroup(devices);
    const bool cuda = cudaAvailable();
    const QList<QPair<QString, QString>> choices{{"auto", tr("Automatic (GPU when available)")},
                                                 {"cpu", tr("CPU")},
                                                 {"cuda", tr("GPU (CUDA)")}};
    for (const auto& [code, name] : choices) {
        QAction* action = devices->addAction(name);
        action->setCheckable(true);
        action->setChecked(appsettings::computeDevice() == code);
        if (code == "cuda" && !cuda) {
            action->setEnabled(false);
            action->setToolTip(tr("This build of LibTorch sees no CUDA device"));
        }
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            appsettings::setComputeDevice(code);
            appsettings::applyComputeDevice();
            statusBar()->showMessage(tr("Compute device: models load there from now on"), 5000);
        });
    }
    devices->setToolTipsVisible(true);
}

void MainWindow::rebuildRecentMenu() {
    if (!m_recentMenu) return;
    m_recentMenu->clear();
    for (const QString& path : appsettings::recentFiles())
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this, [this, path] { openFiles({path}); })
            ->setToolTip(path);
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

QString MainWindow::fileFilter() const {
    QStringList filters, all;
    for (const auto& [description, extensions] : m_services.fileFilters()) {
        QStringList patterns;
        for (const std::string& ext : extensions)
            patterns << "*." + QString::fromStdString(ext);
        all << patterns;
        filters << QString::fromStdString(description) + " (" + patterns.join(' ') + ")";
    }
    // Experiment folders open through any file inside them; vendors name those files without
    // an extension, so "*.ext" patterns alone hid them (issue 16).
    const QString experimentFiles =
        QStringLiteral("fid ser acqus procs 1r data.1d acqu.par procpar");
    filters << tr("Files inside Bruker, Spinsolve or Varian experiments (%1)").arg(experimentFiles);
    all << experimentFiles;
    filters.prepend(tr("All spectra (%1)").arg(all.join(' ')));
    filters << tr("All files (*)");
    return filters.join(";;");
}

void MainWindow::chooseOpenFiles() {
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open spectra"), appsettings::lastDirectory(), fileFilter());
    if (paths.isEmpty()) return;
    appsettings::setLastDirectory(QFileInfo(paths.first()).absolutePath());
    openFiles(paths);
}

void MainWindow::chooseModel() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose model"), m_modelPath, tr("Spinhance models (*.spinmodel);;All files (*)"));
    if (!path.isEmpty()) setModelPath(path);
}

void MainWindow::exportWithDialog(const QString& filter,
                                  bool (MainWindow::*exporter)(const QString&)) {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export"), appsettings::lastDirectory(), filter);
    if (path.isEmpty()) return;
    if ((this->*exporter)(path)) statusBar()->showMessage(tr("Saved %1").arg(path));
}

} // namespace spinhance::ui

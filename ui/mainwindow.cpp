#include "mainwindow.h"

#include "aboutdialog.h"
#include "spectrumview.h"

#include <QAction>
#include <QMenuBar>
#include <QStatusBar>

namespace spinhance::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent), m_view(new SpectrumView(this)) {
    setWindowTitle(tr("Spinhance"));
    setCentralWidget(m_view);
    createMenus();
    statusBar()->showMessage(tr("Ready"));
    resize(1280, 800);
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About Spinhance"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout() {
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace spinhance::ui

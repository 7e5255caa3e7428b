#include "mainwindow.h"

#include "aboutdialog.h"
#include "analysisworker.h"
#include "appsettings.h"
#include "comparisonpanel.h"
#include "documentname.h"
#include "fitpanel.h"
#include "grouptablemodel.h"
#include "inspectionpanel.h"
#include "multiplettablemodel.h"
#include "peaktablemodel.h"
#include "reportcontent.h"
#include "spectrumview.h"
#include "trainingpanel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace spinhance::ui {

MainWindow::MainWindow(CoreServices services, QWidget* parent)
    : QMainWindow(parent), m_services(std::move(services)) {
    registerMetaTypes();
    setWindowTitle(tr("Spinhance"));
    setAcceptDrops(true);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(createSpectrumTab(), tr("Spectrum"));
    m_comparison = new ComparisonPanel(m_services, this);
    m_tabs->addTab(m_comparison, tr("Compare models"));
    m_inspection = new InspectionPanel(m_services, this);
    m_tabs->addTab(m_inspection, tr("Inspect models"));
    m_training = new TrainingPanel(m_services, this);
    m_tabs->addTab(m_training, tr("Training"));
    setCentralWidget(m_tabs);
    startWorker();
    startSynthesisWorker();
    startVerifyWorker();
    createMenus();
    m_modelPath = appsettings::modelPath();
    // A remembered model that was deleted since (e.g. a training folder) must not shadow the
    // default.
    if (m_modelPath.isEmpty() || !QFileInfo(m_modelPath).isFile())
        m_modelPath = QString::fromStdString(m_services.defaultModelPath());
    statusBar()->showMessage(tr("Ready — open a spectrum (File ▸ Open or drop a file here)"));
    resize(1280, 800);
    restoreGeometry(QSettings().value("window/geometry").toByteArray());
}

MainWindow::~MainWindow() {
    if (m_synthesisCancel) *m_synthesisCancel = true;
    if (m_verifyCancel) *m_verifyCancel = true;
    m_verifyThread.quit();
    m_verifyThread.wait();
    m_synthesisThread.quit();
    m_synthesisThread.wait();
    m_workerThread.quit();
    m_workerThread.wait();
}

// The peak list and the multiplet table, one tab each; a click on a row marks it on the spectrum.
QWidget* MainWindow::createSignalTables(QWidget* parent) {
    auto* tabs = new QTabWidget(parent);
    m_peakModel = new PeakTableModel(this);
    auto* peakTable = new QTableView(tabs);
    peakTable->setModel(m_peakModel);
    peakTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    peakTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    peakTable->setToolTip(tr("Peaks above 5 noise σ of the current spectrum"));
    connect(peakTable, &QTableView::clicked, this,
            [this](const QModelIndex& index) { selectPeak(index.row()); });
    m_multipletModel = new MultipletTableModel(this);
    auto* multipletTable = new QTableView(tabs);
    multipletTable->setModel(m_multipletModel);
    multipletTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    multipletTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    multipletTable->setToolTip(tr("Multiplets the last analysis read off the spectrum"));
    connect(multipletTable, &QTableView::clicked, this,
            [this](const QModelIndex& index) { selectMultiplet(index.row()); });
    tabs->addTab(peakTable, tr("Peaks"));
    tabs->addTab(multipletTable, tr("Multiplets"));
    return tabs;
}

void MainWindow::selectPeak(int row) {
    if (row < 0 || row >= m_peakModel->rowCount()) return m_view->clearMark();
    const double ppm = m_peakModel->peaks()[std::size_t(row)].ppm;
    m_view->markRange(ppm, ppm);
}

void MainWindow::selectMultiplet(int row) {
    if (row < 0 || row >= m_multipletModel->rowCount()) return m_view->clearMark();
    const analysis::MultipletRow& multiplet = m_multipletModel->rows()[std::size_t(row)];
    m_view->markRange(multiplet.fromPpm, multiplet.toPpm);
}

QWidget* MainWindow::createSpectrumTab() {
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createDocumentList());
    auto* right = new QSplitter(Qt::Vertical, split);
    right->addWidget(createSpectrumArea(right));
    auto* tables = new QSplitter(Qt::Horizontal, right);
    m_groupModel = new GroupTableModel(this);
    m_couplingModel = new CouplingMatrixModel(this);
    m_groupTable = new QTableView(tables);
    m_groupTable->setModel(m_groupModel);
    m_groupTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_groupTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groupTable->horizontalHeader()->setStretchLastSection(true);
    m_matrixTable = new QTableView(tables);
    m_matrixTable->setModel(m_couplingModel);
    m_matrixTable->horizontalHeader()->setDefaultSectionSize(52);
    tables->addWidget(m_groupTable);
    tables->addWidget(m_matrixTable);
    tables->addWidget(createSignalTables(tables));
    tables->setStretchFactor(0, 3);
    tables->setStretchFactor(1, 2);
    tables->setStretchFactor(2, 1);
    right->addWidget(tables);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({220, 1060});
    connect(m_groupModel, &GroupTableModel::systemEdited, this, &MainWindow::onSystemEdited);
    connect(m_couplingModel, &CouplingMatrixModel::systemEdited, this, [this] {
        m_groupModel->refresh();
        onSystemEdited();
    });
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) { m_view->highlightGroup(index.row()); });
    return split;
}

QWidget* MainWindow::createDocumentList() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Open spectra"), panel));
    m_documentList = new QListWidget(panel);
    m_documentList->setObjectName(QStringLiteral("documents"));
    layout->addWidget(m_documentList, 1);
    m_layoutChoice = new QComboBox(panel);
    m_layoutChoice->addItems({tr("Current only"), tr("Overlay all"), tr("Stack all")});
    layout->addWidget(m_layoutChoice);
    connect(m_documentList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) showDocument(m_documentList->item(row)->data(Qt::UserRole).toInt());
    });
    connect(m_layoutChoice, &QComboBox::currentIndexChanged, this, [this] { refreshTraces(); });
    return panel;
}

void MainWindow::startWorker() {
    m_worker = new AnalysisWorker(m_services);
    m_worker->moveToThread(&m_workerThread);
    connect(&m_workerThread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &MainWindow::requestOpen, m_worker, &AnalysisWorker::open);
    connect(this, &MainWindow::requestPredict, m_worker, &AnalysisWorker::predict);
    connect(this, &MainWindow::requestResimulate, m_worker, &AnalysisWorker::resimulate);
    connect(m_worker, &AnalysisWorker::opened, this, &MainWindow::onOpened);
    connect(m_worker, &AnalysisWorker::predicted, this, &MainWindow::onPredicted);
    connect(m_worker, &AnalysisWorker::resimulated, this, &MainWindow::onResimulated);
    connect(this, &MainWindow::requestReprocess, m_worker, &AnalysisWorker::reprocess);
    connect(m_worker, &AnalysisWorker::reprocessed, this, &MainWindow::onReprocessed);
    connect(m_worker, &AnalysisWorker::failed, this, &MainWindow::onFailed);
    m_workerThread.setObjectName("analysis");
    m_workerThread.start();
}

double MainWindow::currentFieldMHz() const {
    const SpectrumDocument* doc = currentDocument();
    return doc && doc->spectrum.fieldMHz > 0.0 ? doc->spectrum.fieldMHz : kModelFieldMHz;
}

void MainWindow::openFiles(const QStringList& paths) {
    const bool predict = !m_modelPath.isEmpty() && QFileInfo::exists(m_modelPath);
    for (const QString& path : paths) {
        const int id = m_docs.newRequestId();
        m_pendingTimers[id].start();
        statusBar()->showMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
        Q_EMIT requestOpen(id, path, predict ? m_modelPath : QString());
    }
}

void MainWindow::onOpened(int requestId, std::shared_ptr<SpectrumDocument> document) {
    m_docs.addOpened(requestId, document);
    // Recent lists only what opened: a failed path would fail again from the menu.
    appsettings::addRecentFile(
        QFileInfo(QString::fromStdString(document->spectrum.origin.path)).absoluteFilePath());
    rebuildRecentMenu();
    const QString name = QString::fromStdString(documentName(document->spectrum));
    auto* item = new QListWidgetItem(name, m_documentList);
    item->setData(Qt::UserRole, requestId);
    item->setToolTip(QString::fromStdString(document->spectrum.origin.path));
    m_documentList->setCurrentItem(item);
    statusBar()->showMessage(tr("Opened %1 (%2 points, %3 MHz)")
                                 .arg(name)
                                 .arg(document->spectrum.size())
                                 .arg(document->spectrum.fieldMHz, 0, 'f', 2));
    Q_EMIT documentOpened(requestId);
}

void MainWindow::updateWindowTitle() {
    const SpectrumDocument* doc = currentDocument();
    setWindowTitle(
        doc ? tr("%1 — Spinhance").arg(QString::fromStdString(documentName(doc->spectrum)))
            : tr("Spinhance"));
}

void MainWindow::closeCurrent() {
    if (!current()) return;
    const int closing = m_docs.currentId();
    forgetUndoHistory(closing);
    m_journalScoreDocId = m_journalScoreDocId == closing ? -1 : m_journalScoreDocId;
    // Results still in flight for the closed document find no document and are dropped.
    const int next = m_docs.close(closing);
    delete m_documentList->takeItem(m_documentList->currentRow());
    if (next < 0) return showDocument(-1);
    for (int row = 0; row < m_documentList->count(); ++row)
        if (m_documentList->item(row)->data(Qt::UserRole).toInt() == next)
            return m_documentList->setCurrentRow(row);
}

void MainWindow::closeAll() {
    while (current())
        closeCurrent();
}

void MainWindow::predictCurrent() {
    SpectrumDocument* doc = current();
    if (!doc) return showError(tr("Open a spectrum before predicting."));
    if (m_modelPath.isEmpty())
        return showError(tr("Choose a model file first (Analysis ▸ Model…)."));
    if (DocumentPresenter::hasUnappliedHandEdits(*doc) &&
        !confirm(tr("Predict again and replace your edits of this spin system? "
                    "(Edit ▸ Undo brings them back.)")))
        return;
    m_pendingTimers[doc->id].start();
    statusBar()->showMessage(tr("Predicting…"));
    Q_EMIT requestPredict(doc->id, m_docs.shared(doc->id), m_modelPath);
}

void MainWindow::onPredicted(int docId, std::shared_ptr<PredictionResult> result) {
    SpectrumDocument* applied = m_docs.applyPrediction(docId, *result);
    if (!applied) return;
    SpectrumDocument& doc = *applied;
    recordEdit(doc, tr("Model prediction"));
    if (m_docs.isCurrent(docId)) showDocument(docId);
    const double ms = m_pendingTimers.count(docId)
                          ? double(m_pendingTimers[docId].nsecsElapsed()) / 1e6
                          : result->elapsedMs;
    m_pendingTimers.erase(docId);
    statusBar()->showMessage(tr("Predicted %1 groups with model %2 · overlay after %3 ms")
                                 .arg(doc.system.size())
                                 .arg(QString::fromStdString(model::recipeName(doc.model->recipe)) +
                                      " " + modelSizeTextOf(*doc.model))
                                 .arg(ms, 0, 'f', 0));
    Q_EMIT overlayReady(docId, ms);
    // The model's overlay is shown at once; the analysis by synthesis then refines it.
    startSynthesis(docId);
}

void MainWindow::onSystemEdited() {
    SpectrumDocument* doc = current();
    if (!doc) return;
    // A hand edit makes the last fit's curves and errors stale.
    DocumentPresenter::recordHandEdit(*doc);
    recordEdit(*doc, tr("Edit spin system"));
    showFitState(doc);
    resimulate(*doc);
}

void MainWindow::resimulate(SpectrumDocument& doc) {
    Q_EMIT requestResimulate(doc.id, m_docs.nextResimulation(), doc.system, m_docs.shared(doc.id));
}

void MainWindow::onResimulated(int docId, int generation, std::shared_ptr<Overlay> overlay) {
    SpectrumDocument* doc = m_docs.acceptOverlay(docId, generation, *overlay);
    if (!doc) return;
    if (m_docs.isCurrent(docId)) m_view->setOverlay(&*doc->overlay);
    if (docId == m_journalScoreDocId) scoreJournalLine(*doc);
    Q_EMIT overlayReady(docId, 0.0);
}

void MainWindow::onFailed(int requestId, const QString& message) {
    m_pendingTimers.erase(requestId);
    showError(message);
}

bool MainWindow::confirm(const QString& question) {
    if (m_confirm) return m_confirm(question);
    return QMessageBox::question(this, tr("Spinhance"), question) == QMessageBox::Yes;
}

void MainWindow::showError(const QString& message) {
    m_lastError = message;
    statusBar()->showMessage(message);
    // Non-modal: a failed file never blocks the window (or an offscreen test).
    auto* box =
        new QMessageBox(QMessageBox::Warning, tr("Spinhance"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorShown(message);
}

void MainWindow::showDocument(int docId) {
    m_docs.setCurrent(docId);
    SpectrumDocument* doc = current();
    updateWindowTitle();
    m_view->setFieldMHz(currentFieldMHz());
    refreshTraces();
    m_view->setOverlay(doc && doc->overlay ? &*doc->overlay : nullptr);
    showIntegrals(doc);
    m_peakModel->setPeaks(doc ? peaksOrNone(doc->spectrum) : std::vector<analysis::ListedPeak>{});
    m_multipletModel->setRows(doc && doc->analysis
                                  ? analysis::multipletTable(doc->analysis->evidence)
                                  : std::vector<analysis::MultipletRow>{});
    m_view->clearMark();
    std::vector<double> confidence;
    if (doc && doc->prediction) confidence = doc->prediction->groupConfidence;
    m_groupModel->setSystem(doc && doc->prediction ? &doc->system : nullptr, confidence,
                            currentFieldMHz());
    m_couplingModel->setSystem(doc && doc->prediction ? &doc->system : nullptr);
    showFitState(doc);
    m_comparison->setDocument(doc ? m_docs.shared(docId) : nullptr);
    rebuildRunnerUpMenu();
    followUndoStack(doc ? docId : -1);
}

void MainWindow::refreshTraces() {
    std::vector<SpectrumView::NamedTrace> traces;
    if (const SpectrumDocument* doc = currentDocument())
        traces.push_back({QString::fromStdString(doc->spectrum.title), &doc->trace});
    if (m_layoutChoice->currentIndex() > 0)
        for (int id : m_docs.order())
            if (const SpectrumDocument* doc = m_docs.find(id); id != m_docs.currentId())
                traces.push_back({QString::fromStdString(doc->spectrum.title), &doc->trace});
    m_view->setTraces(traces, m_layoutChoice->currentIndex() == 2 ? SpectrumView::Layout::Stack
                                                                  : SpectrumView::Layout::Overlay);
}

void MainWindow::selectGroup(int group) {
    m_groupTable->selectRow(group);
    m_view->highlightGroup(group);
}

void MainWindow::setModelPath(const QString& path) {
    m_modelPath = path;
    appsettings::setModelPath(path);
}

void MainWindow::showAbout() {
    AboutDialog dialog(m_services, m_modelPath, this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) paths << url.toLocalFile();
    if (!paths.isEmpty()) openFiles(paths);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings().setValue("window/geometry", saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        updateWindowTitle();
        createMenus();
        m_tabs->setTabText(0, tr("Spectrum"));
        m_tabs->setTabText(1, tr("Compare models"));
        m_tabs->setTabText(2, tr("Training"));
    }
    QMainWindow::changeEvent(event);
}

} // namespace spinhance::ui

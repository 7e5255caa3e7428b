#include "comparisonpanel.h"

#include "analysisworker.h"
#include "qcustomplotinclude.h"
#include "spectrumview.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spinhance::ui {

ComparisonPanel::ComparisonPanel(const CoreServices& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_worker(new AnalysisWorker(services)) {
    registerMetaTypes();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ComparisonPanel::requestPredict, m_worker, &AnalysisWorker::predict);
    connect(
        m_worker, &AnalysisWorker::predicted, this,
        [this](int row, std::shared_ptr<PredictionResult> r) { m_presenter.onPredicted(row, r); });
    connect(m_worker, &AnalysisWorker::failed, this, [this](int row, const QString& message) {
        m_presenter.onFailed(row, message.toStdString());
    });
    m_thread.setObjectName("comparison");
    m_thread.start();

    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createControls());
    auto* right = new QSplitter(Qt::Vertical, split);
    m_plot = new QCustomPlot(right);
    m_plot->xAxis->setLabel(tr("δ (ppm)"));
    m_plot->xAxis->setRangeReversed(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->legend->setVisible(true);
    m_systems = new QTableWidget(right);
    m_metrics = new QTableWidget(right);
    right->addWidget(m_plot);
    right->addWidget(m_systems);
    right->addWidget(m_metrics);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
}

ComparisonPanel::~ComparisonPanel() {
    m_thread.quit();
    m_thread.wait();
}

QWidget* ComparisonPanel::createControls() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    m_modelList = new QListWidget(panel);
    auto* add = new QPushButton(tr("Add models…"), panel);
    auto* run = new QPushButton(tr("Compare on current spectrum"), panel);
    m_dataset = new QLineEdit(panel);
    m_dataset->setPlaceholderText(tr("test dataset (HDF5)"));
    auto* evaluateButton = new QPushButton(tr("Evaluate on dataset"), panel);
    layout->addWidget(m_modelList, 1);
    layout->addWidget(add);
    layout->addWidget(run);
    layout->addWidget(m_dataset);
    layout->addWidget(evaluateButton);
    connect(add, &QPushButton::clicked, this, [this] {
        for (const QString& path : QFileDialog::getOpenFileNames(
                 this, tr("Model files"), {}, tr("Spinhance models (*.spinmodel);;All files (*)")))
            addModel(path);
    });
    connect(run, &QPushButton::clicked, this, &ComparisonPanel::compare);
    connect(evaluateButton, &QPushButton::clicked, this, &ComparisonPanel::evaluateOnDataset);
    connect(m_modelList, &QListWidget::itemChanged, this, [this] { redrawPlot(); });
    return panel;
}

void ComparisonPanel::setDocument(std::shared_ptr<SpectrumDocument> document) {
    m_document = document;
    m_presenter.setDocument(std::move(document));
    redrawPlot();
}

void ComparisonPanel::addModel(const QString& path) {
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_modelList);
    item->setData(Qt::UserRole, path);
    item->setToolTip(path);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
}

QStringList ComparisonPanel::models() const {
    QStringList paths;
    for (int row = 0; row < m_modelList->count(); ++row)
        paths << m_modelList->item(row)->data(Qt::UserRole).toString();
    return paths;
}

void ComparisonPanel::setDatasetPath(const QString& path) {
    m_dataset->setText(path);
}

std::vector<std::string> ComparisonPanel::modelPaths() const {
    std::vector<std::string> paths;
    for (const QString& path : models())
        paths.push_back(path.toStdString());
    return paths;
}

std::string ComparisonPanel::datasetPath() const {
    return m_dataset->text().toStdString();
}

void ComparisonPanel::setBusy(bool busy) {
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
    if (busy) return;
    if (m_evaluating)
        Q_EMIT evaluationReady();
    else
        Q_EMIT comparisonReady();
}

void ComparisonPanel::showSystems(const TextTable& table) {
    fillTable(m_systems, table);
}

void ComparisonPanel::showMetrics(const TextTable& table) {
    fillTable(m_metrics, table);
}

void ComparisonPanel::showOverlays(
    const std::map<int, std::shared_ptr<PredictionResult>>& results) {
    m_results = results;
    redrawPlot();
}

void ComparisonPanel::showError(const std::string& message) {
    Q_EMIT failed(QString::fromStdString(message));
}

void ComparisonPanel::predict(int modelRow, std::shared_ptr<const SpectrumDocument> document,
                              const std::string& modelPath) {
    m_evaluating = false;
    Q_EMIT requestPredict(modelRow, std::move(document), QString::fromStdString(modelPath));
}

// Evaluation runs on the comparison thread too (one model after the other); answers come back
// queued to this widget's thread.
void ComparisonPanel::evaluate(int modelRow, const std::string& modelPath,
                               const std::string& datasetPath) {
    m_evaluating = true;
    QMetaObject::invokeMethod(
        m_worker, [this, modelRow, modelPath, datasetPath, services = m_services] {
            try {
                const MetricList metrics = services.evaluate(modelPath, datasetPath, {}, nullptr);
                QMetaObject::invokeMethod(this, [this, modelRow, metrics] {
                    m_presenter.onEvaluated(modelRow, metrics);
                });
            } catch (const std::exception& error) {
                const std::string message =
                    describeFailure(error, QString::fromStdString(modelPath)).toStdString();
                QMetaObject::invokeMethod(
                    this, [this, modelRow, message] { m_presenter.onFailed(modelRow, message); });
            }
        });
}

void ComparisonPanel::fillTable(QTableWidget* widget, const TextTable& table) {
    widget->clear();
    widget->setColumnCount(int(table.columns.size()));
    widget->setRowCount(int(table.rows.size()));
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        widget->setHorizontalHeaderItem(
            int(c), new QTableWidgetItem(QString::fromStdString(table.columns[c])));
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        widget->setVerticalHeaderItem(int(r),
                                      new QTableWidgetItem(QString::fromStdString(table.rows[r])));
        for (std::size_t c = 0; c < table.cells[r].size(); ++c)
            widget->setItem(int(r), int(c),
                            new QTableWidgetItem(QString::fromStdString(table.cells[r][c])));
    }
    widget->resizeColumnsToContents();
}

void ComparisonPanel::redrawPlot() {
    m_plot->clearGraphs();
    if (m_document) {
        QCPGraph* measured = m_plot->addGraph();
        measured->setName(tr("measured"));
        const DisplayTrace& trace = m_document->trace;
        measured->setData(QVector<double>(trace.ppm.begin(), trace.ppm.end()),
                          QVector<double>(trace.intensity.begin(), trace.intensity.end()), true);
        measured->setPen(QPen(Qt::black));
    }
    for (const auto& [row, result] : m_results) {
        if (row >= m_modelList->count() || m_modelList->item(row)->checkState() != Qt::Checked)
            continue;
        const Overlay& overlay = result->overlay;
        QVector<double> axis(overlay.grid.points);
        for (int i = 0; i < overlay.grid.points; ++i)
            axis[i] = overlay.grid.ppmAt(std::size_t(i));
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(m_modelList->item(row)->text());
        graph->setData(axis, QVector<double>(overlay.total.begin(), overlay.total.end()), true);
        graph->setPen(QPen(SpectrumView::groupColor(row), 1.3));
    }
    // The main view's window, not the whole sweep (a wide acquisition spans −38…50 ppm); the
    // intensity axis fits what that window shows.
    m_plot->xAxis->setRange(SpectrumView::kWindowLowPpm, SpectrumView::kWindowHighPpm);
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->rescaleValueAxis(g > 0, true);
    m_plot->replot();
}

std::pair<double, double> ComparisonPanel::plotPpmRange() const {
    return {m_plot->xAxis->range().lower, m_plot->xAxis->range().upper};
}

std::pair<double, double> ComparisonPanel::plotIntensityRange() const {
    return {m_plot->yAxis->range().lower, m_plot->yAxis->range().upper};
}

int ComparisonPanel::metricRowCount() const {
    return m_metrics->rowCount();
}

} // namespace spinhance::ui

#include "comparisonpanel.h"

#include "analysisworker.h"
#include "qcustomplotinclude.h"
#include "report/multiplicity.h"
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
    connect(m_worker, &AnalysisWorker::predicted, this, &ComparisonPanel::onPredicted);
    connect(m_worker, &AnalysisWorker::failed, this, [this](int, const QString& message) {
        --m_pending;
        Q_EMIT failed(message);
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
    connect(evaluateButton, &QPushButton::clicked, this, [this] { evaluate(m_dataset->text()); });
    connect(m_modelList, &QListWidget::itemChanged, this, [this] { redrawPlot(); });
    return panel;
}

void ComparisonPanel::setDocument(std::shared_ptr<SpectrumDocument> document) {
    m_document = std::move(document);
    m_results.clear();
    redrawPlot();
    refreshSystemsTable();
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

void ComparisonPanel::compare() {
    if (!m_document) return Q_EMIT failed(tr("Open a spectrum before comparing models."));
    m_results.clear();
    const QStringList paths = models();
    m_pending = int(paths.size());
    for (int row = 0; row < paths.size(); ++row) Q_EMIT requestPredict(row, m_document, paths[row]);
}

void ComparisonPanel::onPredicted(int index, std::shared_ptr<PredictionResult> result) {
    m_results[index] = std::move(result);
    redrawPlot();
    refreshSystemsTable();
    if (--m_pending <= 0) Q_EMIT comparisonReady();
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
        if (row >= m_modelList->count() || m_modelList->item(row)->checkState() != Qt::Checked) continue;
        const Overlay& overlay = result->overlay;
        QVector<double> axis(overlay.grid.points);
        for (int i = 0; i < overlay.grid.points; ++i) axis[i] = overlay.grid.ppmAt(std::size_t(i));
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(m_modelList->item(row)->text());
        graph->setData(axis, QVector<double>(overlay.total.begin(), overlay.total.end()), true);
        graph->setPen(QPen(SpectrumView::groupColor(row), 1.3));
    }
    m_plot->rescaleAxes();
    m_plot->replot();
}

void ComparisonPanel::refreshSystemsTable() {
    m_systems->clear();
    m_systems->setColumnCount(m_modelList->count());
    QStringList headers;
    for (int row = 0; row < m_modelList->count(); ++row) headers << m_modelList->item(row)->text();
    m_systems->setHorizontalHeaderLabels(headers);
    int rows = 0;
    for (const auto& [col, result] : m_results) rows = std::max(rows, int(result->prediction.system.size()));
    m_systems->setRowCount(rows);
    for (const auto& [col, result] : m_results) {
        const SpinSystem& system = result->prediction.system;
        MultiplicityOptions options;
        options.fieldMHz = m_document && m_document->spectrum.fieldMHz > 0 ? m_document->spectrum.fieldMHz : 90.0;
        for (std::size_t g = 0; g < system.size(); ++g)
            m_systems->setItem(int(g), col, new QTableWidgetItem(QStringLiteral("%1 (%2H, %3)")
                                   .arg(system.group(g).shiftPpm, 0, 'f', 2)
                                   .arg(system.group(g).protonCount)
                                   .arg(QString::fromStdString(describeMultiplicity(system, g, options).label))));
    }
}

void ComparisonPanel::evaluate(const QString& datasetPath) {
    if (datasetPath.isEmpty()) return Q_EMIT failed(tr("Choose a test dataset to evaluate on."));
    const QStringList paths = models();
    m_metrics->clear();
    m_metrics->setColumnCount(0);
    QThread* thread = QThread::create([this, paths, datasetPath, services = m_services] {
        for (const QString& model : paths) {
            try {
                const MetricList metrics = services.evaluate(model.toStdString(),
                                                             datasetPath.toStdString(), {}, nullptr);
                QMetaObject::invokeMethod(this, [this, model, metrics] { onEvaluated(model, metrics); });
            } catch (const std::exception& error) {
                const QString message = describeFailure(error, model);
                QMetaObject::invokeMethod(this, [this, message] { Q_EMIT failed(message); });
            }
        }
        QMetaObject::invokeMethod(this, [this] { Q_EMIT evaluationReady(); });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ComparisonPanel::onEvaluated(const QString& model, const MetricList& metrics) {
    const int col = m_metrics->columnCount();
    m_metrics->setColumnCount(col + 1);
    m_metrics->setHorizontalHeaderItem(col, new QTableWidgetItem(QFileInfo(model).fileName()));
    m_metrics->setRowCount(std::max(m_metrics->rowCount(), int(metrics.size())));
    for (int row = 0; row < int(metrics.size()); ++row) {
        m_metrics->setVerticalHeaderItem(row, new QTableWidgetItem(QString::fromStdString(metrics[std::size_t(row)].first)));
        m_metrics->setItem(row, col, new QTableWidgetItem(QString::number(metrics[std::size_t(row)].second, 'g', 4)));
    }
}

int ComparisonPanel::metricRowCount() const { return m_metrics->rowCount(); }

} // namespace spinhance::ui

#include "inspectionpanel.h"

#include "qcustomplotinclude.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

namespace spinhance::ui {

namespace {

// Stage names as axis tick labels, one per integer position.
QSharedPointer<QCPAxisTickerText> stageTicker(const std::vector<std::string>& stages) {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (std::size_t k = 0; k < stages.size(); ++k)
        ticker->addTick(double(k), QString::fromStdString(stages[k]));
    return ticker;
}

QLineEdit* pathField(const QString& placeholder, QWidget* parent) {
    auto* field = new QLineEdit(parent);
    field->setPlaceholderText(placeholder);
    return field;
}

} // namespace

InspectionPanel::InspectionPanel(const CoreServices& services, QWidget* parent)
    : QWidget(parent), m_worker(new InspectionWorker(services)) {
    registerMetaTypes();
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InspectionWorker::progressed, this,
            [this](double fraction, const QString& phase) {
                m_progress->setValue(int(fraction * 100.0));
                m_status->setText(tr("Inspecting: %1").arg(phase));
            });
    connect(m_worker, &InspectionWorker::finished, this,
            [this](std::shared_ptr<const inspect::ModelInspection> found) {
                setRunning(false);
                showInspection(*found);
                Q_EMIT inspectionReady();
            });
    connect(m_worker, &InspectionWorker::failed, this, &InspectionPanel::onFailed);
    m_thread.setObjectName("inspection");
    m_thread.start();

    auto* layout = new QHBoxLayout(this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(createControls());
    auto* plots = new QSplitter(Qt::Vertical, split);
    m_heatPlot = new QCustomPlot(plots);
    m_heatMap = new QCPColorMap(m_heatPlot->xAxis, m_heatPlot->yAxis);
    auto* scale = new QCPColorScale(m_heatPlot);
    m_heatPlot->plotLayout()->addElement(0, 1, scale);
    scale->setLabel(tr("linear CKA"));
    m_heatMap->setColorScale(scale);
    m_heatMap->setGradient(QCPColorGradient::gpThermal);
    m_heatMap->setDataRange(QCPRange(0.0, 1.0));
    m_heatMap->setInterpolate(false); // one flat cell per stage pair, not a smoothed field
    m_heatPlot->xAxis->setLabel(tr("model B stage"));
    m_heatPlot->yAxis->setLabel(tr("model A stage"));
    m_probePlot = new QCustomPlot(plots);
    m_probePlot->xAxis->setLabel(tr("model A stage"));
    m_probePlot->yAxis->setLabel(tr("probe score (accuracy or R²)"));
    m_probePlot->yAxis->setRange(0.0, 1.0);
    m_probePlot->legend->setVisible(true);
    plots->addWidget(m_heatPlot);
    plots->addWidget(m_probePlot);
    split->addWidget(plots);
    split->setStretchFactor(1, 1);
    layout->addWidget(split);
}

InspectionPanel::~InspectionPanel() {
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

QWidget* InspectionPanel::createControls() {
    auto* panel = new QWidget(this);
    auto* layout = new QVBoxLayout(panel);
    auto* form = new QFormLayout;
    m_modelA = pathField(tr("model A (.spinmodel)"), panel);
    m_modelB = pathField(tr("model B (optional)"), panel);
    m_dataset = pathField(tr("dataset (HDF5, its test split)"), panel);
    m_samples = new QSpinBox(panel);
    m_samples->setRange(10, 5000);
    m_samples->setValue(200);
    m_samples->setSuffix(tr(" spectra"));
    form->addRow(tr("Model A"), m_modelA);
    form->addRow(tr("Model B"), m_modelB);
    form->addRow(tr("Dataset"), m_dataset);
    form->addRow(tr("Samples"), m_samples);
    layout->addLayout(form);
    auto* browse = new QPushButton(tr("Choose models…"), panel);
    m_run = new QPushButton(tr("Inspect"), panel);
    m_cancel = new QPushButton(tr("Cancel"), panel);
    m_progress = new QProgressBar(panel);
    m_progress->setRange(0, 100);
    m_status = new QLabel(tr("Choose one or two models and a dataset."), panel);
    m_status->setWordWrap(true);
    for (QWidget* w :
         std::initializer_list<QWidget*>{browse, m_run, m_cancel, m_progress, m_status})
        layout->addWidget(w);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Model files"), {}, tr("Spinhance models (*.spinmodel);;All files (*)"));
        if (!paths.isEmpty()) setModels(paths.value(0), paths.value(1));
    });
    connect(m_run, &QPushButton::clicked, this, &InspectionPanel::inspect);
    connect(m_cancel, &QPushButton::clicked, this, &InspectionPanel::cancel);
    setRunning(false);
    return panel;
}

void InspectionPanel::setModels(const QString& modelA, const QString& modelB) {
    m_modelA->setText(modelA);
    m_modelB->setText(modelB);
}

void InspectionPanel::setDatasetPath(const QString& path) {
    m_dataset->setText(path);
}

void InspectionPanel::setSamples(int samples) {
    m_samples->setValue(samples);
}

QString InspectionPanel::status() const {
    return m_status->text();
}

void InspectionPanel::setRunning(bool running) {
    m_running = running;
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (!running) m_progress->setValue(0);
}

void InspectionPanel::inspect() {
    if (m_running) return;
    InspectionRequest request{
        m_modelA->text().trimmed().toStdString(), m_modelB->text().trimmed().toStdString(),
        m_dataset->text().trimmed().toStdString(), std::size_t(m_samples->value())};
    if (request.modelA.empty() || request.datasetPath.empty()) {
        m_status->setText(tr("Model A and a dataset are needed: model B is optional."));
        Q_EMIT failed(m_status->text());
        return;
    }
    setRunning(true);
    m_status->setText(tr("Inspecting…"));
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, request] { worker->run(request); }, Qt::QueuedConnection);
}

void InspectionPanel::cancel() {
    if (m_running) m_worker->cancel();
}

void InspectionPanel::onFailed(const QString& message, bool cancelled) {
    setRunning(false);
    m_status->setText(cancelled ? tr("Inspection cancelled.") : message);
    Q_EMIT failed(m_status->text());
}

void InspectionPanel::showInspection(const inspect::ModelInspection& found) {
    showProbes(found.layers);
    if (found.similarity) {
        showHeatMap(*found.similarity);
        m_status->setText(tr("%1 stages of model A against %2 of model B; probes of model A.")
                              .arg(found.similarity->rows.size())
                              .arg(found.similarity->columns.size()));
    } else {
        m_heatMap->data()->clear();
        m_heatPlot->replot();
        m_status->setText(tr("Probes of model A (%1 stages); give model B for the CKA heat map.")
                              .arg(found.layers.size()));
    }
}

void InspectionPanel::showHeatMap(const inspect::SimilarityMatrix& m) {
    const int columns = int(m.columns.size()), rows = int(m.rows.size());
    m_heatMap->data()->setSize(columns, rows);
    m_heatMap->data()->setRange(QCPRange(0, std::max(columns - 1, 1)),
                                QCPRange(0, std::max(rows - 1, 1)));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            m_heatMap->data()->setCell(c, r, m.linearAt(std::size_t(r), std::size_t(c)));
    m_heatPlot->xAxis->setTicker(stageTicker(m.columns));
    m_heatPlot->yAxis->setTicker(stageTicker(m.rows));
    m_heatPlot->xAxis->setTickLabelRotation(45);
    m_heatPlot->xAxis->setRange(-0.5, columns - 0.5);
    m_heatPlot->yAxis->setRange(-0.5, rows - 0.5);
    m_heatPlot->replot();
}

void InspectionPanel::showProbes(const std::vector<inspect::LayerReport>& layers) {
    m_probePlot->clearGraphs();
    const struct {
        QString name;
        QColor colour;
        double inspect::LayerReport::*value;
    } curves[] = {
        {tr("group count (accuracy)"), QColor(31, 119, 180),
         &inspect::LayerReport::groupCountProbeAccuracy},
        {tr("mean shift (R²)"), QColor(214, 39, 40), &inspect::LayerReport::meanShiftProbeR2},
        {tr("coupled share (R²)"), QColor(44, 160, 44),
         &inspect::LayerReport::coupledShareProbeR2}};
    std::vector<std::string> names;
    for (const auto& layer : layers)
        names.push_back(layer.layer);
    for (const auto& curve : curves) {
        QCPGraph* graph = m_probePlot->addGraph();
        graph->setName(curve.name);
        graph->setPen(QPen(curve.colour, 2));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 6));
        for (std::size_t k = 0; k < layers.size(); ++k)
            graph->addData(double(k), layers[k].*curve.value);
    }
    // Per group and per pair: only stages with a ppm axis (stem, encoder) have them.
    const struct {
        QString name;
        QColor colour;
        std::optional<double> inspect::LayerReport::*value;
    } groupCurves[] = {{tr("group degeneracy (accuracy)"), QColor(148, 103, 189),
                        &inspect::LayerReport::groupDegeneracyProbeAccuracy},
                       {tr("pair coupled (accuracy)"), QColor(255, 127, 14),
                        &inspect::LayerReport::pairCoupledProbeAccuracy}};
    for (const auto& curve : groupCurves) {
        QCPGraph* graph = m_probePlot->addGraph();
        graph->setName(curve.name);
        graph->setPen(QPen(curve.colour, 2, Qt::DashLine));
        graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 6));
        for (std::size_t k = 0; k < layers.size(); ++k)
            if (const std::optional<double>& v = layers[k].*curve.value)
                graph->addData(double(k), *v);
    }
    m_probePlot->xAxis->setTicker(stageTicker(names));
    m_probePlot->xAxis->setTickLabelRotation(45);
    m_probePlot->xAxis->setRange(-0.5, double(layers.size()) - 0.5);
    m_probePlot->replot();
}

int InspectionPanel::heatMapRows() const {
    return m_heatMap->data()->valueSize();
}

int InspectionPanel::heatMapColumns() const {
    return m_heatMap->data()->keySize();
}

double InspectionPanel::heatMapValue(int row, int column) const {
    return m_heatMap->data()->cell(column, row);
}

int InspectionPanel::probeCurveCount() const {
    return m_probePlot->graphCount();
}

int InspectionPanel::probePointCount(int curve) const {
    return curve >= 0 && curve < m_probePlot->graphCount() ? m_probePlot->graph(curve)->dataCount()
                                                           : 0;
}

} // namespace spinhance::ui

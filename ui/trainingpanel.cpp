#include "trainingpanel.h"

#include "appsettings.h"
#include "model/computedevice.h"
#include "qcustomplotinclude.h"
#include "trainingworker.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace spinhance::ui {

bool hasTrainingCheckpoint(const std::string& dir) {
    const QDir folder(QString::fromStdString(dir));
    return !dir.empty() && folder.exists() &&
           !folder.entryList({"*.ckpt", "checkpoint*"}, QDir::Files).isEmpty();
}

TrainingPanel::TrainingPanel(const CoreServices& services, QWidget* parent)
    : QWidget(parent), m_runner(new ThreadedTrainingRunner(services, this)) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addWidget(createButtons());
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Idle"), this);
    m_status->setWordWrap(true);
    m_status->setObjectName("trainingStatus");
    layout->addWidget(m_status);
    createPlot();
    layout->addWidget(m_plot, 1);
    m_presenter = std::make_unique<TrainingPresenter>(*this, *m_runner, hasTrainingCheckpoint);
    m_runner->setPresenter(m_presenter.get());
    connect(m_start, &QPushButton::clicked, this, [this] { m_presenter->start(); });
    connect(m_resume, &QPushButton::clicked, this, [this] { m_presenter->resume(); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_presenter->cancel(); });
    connect(m_outputDir, &QLineEdit::editingFinished, this,
            [this] { m_presenter->refreshResume(); });
}

TrainingPanel::~TrainingPanel() {
    m_runner->setPresenter(nullptr);
}

QWidget* TrainingPanel::createForm() {
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    m_recipe = new QComboBox(form);
    for (const model::Recipe recipe : model::allRecipes())
        m_recipe->addItem(QString::fromStdString(model::recipeName(recipe)));
    m_size = new QComboBox(form);
    for (const model::ModelSize size : model::allModelSizes())
        m_size->addItem(QString::fromStdString(model::modelSizeName(size)));
    m_size->setCurrentText(QString::fromStdString(model::modelSizeName(model::ModelSize::Light)));
    m_input = new QComboBox(form);
    m_input->setObjectName(QStringLiteral("input"));
    m_input->addItem(tr("Spectrum (CNN stem)"), int(model::InputKind::Spectrum));
    m_input->addItem(tr("Peak list (picked peaks as tokens)"), int(model::InputKind::Peaks));
    m_dataPath = new QLineEdit(form);
    m_dataPath->setPlaceholderText(tr("HDF5 dataset (empty: generate on the fly)"));
    auto* browse = new QPushButton(tr("Browse…"), form);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Training data"), {},
                                                          tr("HDF5 datasets (*.h5 *.hdf5)"));
        if (!path.isEmpty()) m_dataPath->setText(path);
    });
    auto* dataRow = new QHBoxLayout;
    dataRow->addWidget(m_dataPath, 1);
    dataRow->addWidget(browse);
    m_generate = new QSpinBox(form);
    m_generate->setRange(0, 10'000'000);
    m_generate->setSingleStep(1000);
    m_generate->setValue(2000);
    m_epochs = new QSpinBox(form);
    m_epochs->setRange(1, 10000);
    m_epochs->setValue(10);
    m_device = createDeviceChoice(form);
    m_outputDir = new QLineEdit(QDir::home().filePath("spinhance-training"), form);
    layout->addRow(tr("Recipe"), m_recipe);
    layout->addRow(tr("Size"), m_size);
    layout->addRow(tr("Input"), m_input);
    layout->addRow(tr("Data file"), dataRow);
    layout->addRow(tr("Generate N spectra"), m_generate);
    layout->addRow(tr("Epochs"), m_epochs);
    layout->addRow(tr("Device"), m_device);
    layout->addRow(tr("Output folder"), m_outputDir);
    return form;
}

// Auto / CPU / CUDA as in Settings → Compute device, starting at the device chosen there; CUDA
// stays listed but disabled, with the reason, where this LibTorch build sees no device.
QComboBox* TrainingPanel::createDeviceChoice(QWidget* parent) {
    auto* device = new QComboBox(parent);
    device->setObjectName(QStringLiteral("device"));
    device->addItem(tr("Automatic (GPU when available)"), QStringLiteral("auto"));
    device->addItem(tr("CPU"), QStringLiteral("cpu"));
    device->addItem(tr("GPU (CUDA)"), QStringLiteral("cuda"));
    if (!cudaAvailable()) {
        auto* items = qobject_cast<QStandardItemModel*>(device->model());
        QStandardItem* cuda = items->item(2);
        cuda->setFlags(cuda->flags() & ~Qt::ItemIsEnabled);
        cuda->setToolTip(tr("This build of LibTorch sees no CUDA device"));
    }
    const int preferred = device->findData(appsettings::computeDevice());
    const bool usable = preferred >= 0 && (preferred != 2 || cudaAvailable());
    device->setCurrentIndex(usable ? preferred : 0);
    return device;
}

QWidget* TrainingPanel::createButtons() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_start = new QPushButton(tr("Start"), row);
    m_resume = new QPushButton(tr("Resume"), row);
    m_cancel = new QPushButton(tr("Cancel"), row);
    m_start->setObjectName("trainStart");
    m_cancel->setObjectName("trainCancel");
    layout->addWidget(m_start);
    layout->addWidget(m_resume);
    layout->addWidget(m_cancel);
    layout->addStretch();
    return row;
}

void TrainingPanel::createPlot() {
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumHeight(200);
    m_plot->xAxis->setLabel(tr("epoch"));
    m_plot->yAxis->setLabel(tr("loss"));
    m_plot->yAxis2->setLabel(tr("validation shift MAE (ppm)"));
    m_plot->yAxis2->setVisible(true);
    m_plot->legend->setVisible(true);
    m_plot->addGraph()->setName(tr("training loss"));
    m_plot->addGraph()->setName(tr("validation loss"));
    m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2)->setName(tr("validation shift MAE"));
    m_plot->graph(0)->setPen(QPen(QColor(31, 119, 180), 2));
    m_plot->graph(1)->setPen(QPen(QColor(255, 127, 14), 2));
    m_plot->graph(2)->setPen(QPen(QColor(44, 160, 44), 1.5, Qt::DashLine));
}

int TrainingPanel::plottedEpochs() const {
    return m_plot->graph(0)->dataCount();
}

TrainingRequest TrainingPanel::request() const {
    TrainingRequest request;
    // The combo boxes hold exactly the names allRecipes() and allModelSizes() give.
    request.recipe = model::parseRecipe(m_recipe->currentText().toStdString());
    request.size = model::parseModelSize(m_size->currentText().toStdString());
    request.input = model::InputKind(m_input->currentData().toInt());
    request.dataPath = m_dataPath->text().trimmed().toStdString();
    request.generateCount = m_generate->value();
    request.epochs = m_epochs->value();
    request.device = m_device->currentData().toString().toStdString();
    request.outputDir = m_outputDir->text().trimmed().toStdString();
    return request;
}

void TrainingPanel::setRunning(bool running) {
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    if (running) m_resume->setEnabled(false);
}

void TrainingPanel::setResumeAvailable(bool available) {
    m_resume->setEnabled(available);
}

void TrainingPanel::setProgress(double fraction, const std::string& phase) {
    m_progress->setValue(int(fraction * 1000.0));
    m_progress->setFormat(QString::fromStdString(phase) + QStringLiteral(" %p%"));
}

void TrainingPanel::clearEpochs() {
    for (int g = 0; g < m_plot->graphCount(); ++g)
        m_plot->graph(g)->data()->clear();
    m_plot->replot();
}

void TrainingPanel::addEpoch(const EpochPoint& point) {
    m_plot->graph(0)->addData(point.epoch, point.trainLoss);
    m_plot->graph(1)->addData(point.epoch, point.validationLoss);
    m_plot->graph(2)->addData(point.epoch, point.validationShiftMaePpm);
    m_plot->rescaleAxes();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    m_status->setText(tr("epoch %1: training loss %2, validation loss %3")
                          .arg(point.epoch)
                          .arg(point.trainLoss, 0, 'g', 4)
                          .arg(point.validationLoss, 0, 'g', 4));
}

void TrainingPanel::showMessage(const std::string& message) {
    m_status->setText(QString::fromStdString(message));
}

void TrainingPanel::showError(const std::string& message) {
    m_status->setText(tr("Error: %1").arg(QString::fromStdString(message)));
}

void TrainingPanel::setOutputDir(const QString& dir) {
    m_outputDir->setText(dir);
    m_presenter->refreshResume();
}

void TrainingPanel::setGenerateCount(int count) {
    m_generate->setValue(count);
}
void TrainingPanel::setEpochs(int epochs) {
    m_epochs->setValue(epochs);
}

} // namespace spinhance::ui

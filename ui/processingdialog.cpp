#include "processingdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace spinhance::ui {

namespace {

QDoubleSpinBox* spinBox(double low, double high, double step, int decimals, const QString& unit) {
    auto* box = new QDoubleSpinBox;
    box->setRange(low, high);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(unit);
    return box;
}

} // namespace

ProcessingDialog::ProcessingDialog(const ProcessOptions& current, QWidget* parent)
    : QDialog(parent), m_base(current) {
    setWindowTitle(tr("Processing"));
    m_ph0 = spinBox(-3600, 3600, 1, 1, tr(" °"));
    m_ph1 = spinBox(-3600, 3600, 5, 1, tr(" °"));
    m_pivot = spinBox(-50, 50, 0.1, 3, tr(" ppm"));
    m_pivotAtCentre = new QCheckBox(tr("centre of the spectrum"));
    m_lineBroadening = spinBox(0, 100, 0.1, 2, tr(" Hz"));
    m_gaussian = spinBox(0, 100, 0.1, 2, tr(" Hz"));
    m_gaussian->setToolTip(tr("Gaussian window: the FWHM of the Gaussian line it alone gives"));
    m_zeroFill = new QComboBox;
    for (int factor : {1, 2, 4, 8, 16})
        m_zeroFill->addItem(tr("%1 × the FID").arg(factor), factor);
    m_zeroFill->setToolTip(tr("Points of the spectrum: the power of two at least this many "
                              "times the FID's"));
    m_baseline = new QCheckBox(tr("automatic baseline correction"));
    m_reference = new QCheckBox(tr("automatic referencing (TMS, DSS or solvent)"));
    m_offset = spinBox(-50, 50, 0.001, 4, tr(" ppm"));
    m_lineAt = spinBox(-50, 50, 0.01, 4, tr(" ppm"));
    m_lineIs = spinBox(-50, 50, 0.01, 4, tr(" ppm"));

    m_ph0->setValue(current.extraPh0Deg);
    m_ph1->setValue(current.extraPh1Deg);
    m_pivotAtCentre->setChecked(!current.pivotPpm);
    m_pivot->setValue(current.pivotPpm.value_or(0.0));
    m_pivot->setEnabled(bool(current.pivotPpm));
    m_lineBroadening->setValue(current.lineBroadeningHz);
    m_gaussian->setValue(current.gaussianBroadeningHz);
    m_zeroFill->setCurrentIndex(std::max(0, m_zeroFill->findData(current.zeroFillFactor)));
    m_baseline->setChecked(current.baseline);
    m_reference->setChecked(current.reference);
    m_offset->setValue(current.referenceOffsetPpm);
    m_baselineRegions =
        new QLineEdit(QString::fromStdString(formatPpmRanges(current.baselineRegionsPpm)));
    m_baselineRegions->setPlaceholderText(tr("automatic (arPLS); or e.g. 9.5:11, -0.5:0.4"));
    m_baselineOrder = new QSpinBox;
    m_baselineOrder->setRange(0, 9);
    m_baselineOrder->setValue(current.baselineOrder);
    m_baselineOrder->setPrefix(tr("order "));
    m_baselineShape = new QComboBox;
    m_baselineShape->addItems({tr("polynomial"), tr("spline")});
    m_baselineShape->setCurrentIndex(current.baselineSpline ? 1 : 0);
    m_baselineShape->setToolTip(
        tr("A spline through the regions follows a baseline that rolls; a polynomial does not"));
    m_baselineOrder->setEnabled(!current.baselineSpline);
    connect(m_baselineShape, &QComboBox::currentIndexChanged, m_baselineOrder,
            [this](int shape) { m_baselineOrder->setEnabled(shape == 0); });
    connect(m_pivotAtCentre, &QCheckBox::toggled, m_pivot,
            [this](bool centre) { m_pivot->setEnabled(!centre); });

    auto* pivotRow = new QHBoxLayout;
    pivotRow->addWidget(m_pivot);
    pivotRow->addWidget(m_pivotAtCentre);
    auto* pickPivot = new QPushButton(tr("Pick pivot"));
    pickPivot->setToolTip(tr("Click the line the first-order phase turns about"));
    pivotRow->addWidget(pickPivot);
    connect(pickPivot, &QPushButton::clicked, this, [this] {
        m_pickingPivot = true;
        Q_EMIT pickRequested();
    });
    m_phaseByMouse =
        new QCheckBox(tr("Phase with the mouse: drag up or down (Shift: first order)"));
    connect(m_phaseByMouse, &QCheckBox::toggled, this, &ProcessingDialog::phaseModeToggled);
    m_regionsByMouse = new QCheckBox(tr("Drag signal-free regions on the spectrum"));
    connect(m_regionsByMouse, &QCheckBox::toggled, this,
            &ProcessingDialog::baselineRegionModeToggled);
    connect(this, &QDialog::finished, this, [this] {
        Q_EMIT phaseModeToggled(false);
        Q_EMIT baselineRegionModeToggled(false);
    });
    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(m_lineAt);
    moveRow->addWidget(m_lineIs);
    auto* pick = new QPushButton(tr("Pick"));
    pick->setToolTip(tr("Click the line in the spectrum"));
    moveRow->addWidget(pick);
    connect(pick, &QPushButton::clicked, this, &ProcessingDialog::pickRequested);
    auto* move = new QPushButton(tr("Move"));
    move->setToolTip(tr("Adds the difference to the reference offset"));
    moveRow->addWidget(move);
    connect(move, &QPushButton::clicked, this, &ProcessingDialog::moveLineToPpm);

    auto* form = new QFormLayout;
    form->addRow(tr("Zero-order phase added"), m_ph0);
    form->addRow(tr("First-order phase added"), m_ph1);
    form->addRow(tr("First-order pivot"), pivotRow);
    form->addRow(QString(), m_phaseByMouse);
    form->addRow(tr("Line broadening (FID)"), m_lineBroadening);
    form->addRow(tr("Gaussian broadening (FID)"), m_gaussian);
    form->addRow(tr("Zero filling (FID)"), m_zeroFill);
    form->addRow(QString(), m_baseline);
    auto* regionsRow = new QHBoxLayout;
    regionsRow->addWidget(m_baselineRegions);
    regionsRow->addWidget(m_baselineShape);
    regionsRow->addWidget(m_baselineOrder);
    form->addRow(tr("Signal-free regions (ppm)"), regionsRow);
    form->addRow(QString(), m_regionsByMouse);
    form->addRow(QString(), m_reference);
    form->addRow(tr("Reference offset"), m_offset);
    form->addRow(tr("Line at … is at …"), moveRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply |
                                         QDialogButtonBox::Close);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            [this] { requestApply(); });
    connect(buttons->button(QDialogButtonBox::Ok), &QPushButton::clicked, this, [this] {
        if (requestApply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ProcessOptions ProcessingDialog::options() const {
    ProcessOptions o = m_base;
    o.extraPh0Deg = m_ph0->value();
    o.extraPh1Deg = m_ph1->value();
    o.pivotPpm = m_pivotAtCentre->isChecked() ? std::nullopt : std::optional(m_pivot->value());
    o.lineBroadeningHz = m_lineBroadening->value();
    o.gaussianBroadeningHz = m_gaussian->value();
    o.zeroFillFactor = m_zeroFill->currentData().toInt();
    o.baseline = m_baseline->isChecked();
    o.reference = m_reference->isChecked();
    o.referenceOffsetPpm = m_offset->value();
    o.baselineRegionsPpm = parsePpmRanges(m_baselineRegions->text().toStdString());
    o.baselineOrder = m_baselineOrder->value();
    o.baselineSpline = m_baselineShape->currentIndex() == 1;
    return o;
}

void ProcessingDialog::beginPhaseDrag() {
    m_dragPh0 = m_ph0->value();
    m_dragPh1 = m_ph1->value();
}

void ProcessingDialog::dragPhase(double ph0DeltaDeg, double ph1DeltaDeg) {
    m_ph0->setValue(m_dragPh0 + ph0DeltaDeg);
    m_ph1->setValue(m_dragPh1 + ph1DeltaDeg);
    try {
        Q_EMIT previewRequested(options());
    } catch (const std::exception&) { // unreadable regions: requestApply will say so
    }
}

void ProcessingDialog::endPhaseDrag() {
    if (m_ph0->value() != m_dragPh0 || m_ph1->value() != m_dragPh1) // a click is no change
        requestApply();
}

bool ProcessingDialog::requestApply() {
    try {
        Q_EMIT applyRequested(options());
        return true;
    } catch (const std::exception& error) {
        QMessageBox::warning(this, windowTitle(), QString::fromStdString(error.what()));
        return false;
    }
}

void ProcessingDialog::setPickedLine(double ppm) {
    if (m_pickingPivot) {
        m_pickingPivot = false;
        m_pivotAtCentre->setChecked(false);
        m_pivot->setValue(ppm);
        return;
    }
    m_lineAt->setValue(ppm);
    m_lineIs->setFocus();
}

void ProcessingDialog::addBaselineRegion(double fromPpm, double toPpm) {
    std::vector<PpmRange> regions;
    try {
        regions = parsePpmRanges(m_baselineRegions->text().toStdString());
    } catch (const std::exception&) { // text being typed: the dragged region starts a new list
    }
    regions.push_back({std::max(fromPpm, toPpm), std::min(fromPpm, toPpm)});
    m_baselineRegions->setText(QString::fromStdString(formatPpmRanges(regions)));
}

void ProcessingDialog::moveLineToPpm() {
    m_offset->setValue(m_offset->value() + m_lineIs->value() - m_lineAt->value());
    m_lineAt->setValue(m_lineIs->value());
}

} // namespace spinhance::ui

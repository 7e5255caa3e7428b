#include "structuredialog.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spinhance::ui {

namespace {

QString ppm(double value) {
    return QString::number(value, 'f', 2);
}

QStringList verdictCells(const verify::GroupVerdict& v) {
    const bool matched = v.verdict != verify::Verdict::Missing;
    return {QString::fromStdString(v.label),
            ppm(v.predictedPpm),
            QString::number(v.protons),
            QString::fromStdString(toString(v.verdict)),
            matched ? ppm(v.foundPpm) : QString(),
            matched ? QString::number(v.deltaPpm, 'f', 2) : QString()};
}

} // namespace

StructureDialog::StructureDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Structure"));
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("SMILES, e.g. CCOC(=O)/C=C/C, or open a .mol/.sdf file"));
    auto* open = new QPushButton(tr("Open .mol/.sdf…"), this);
    m_verify = new QPushButton(tr("Verify"), this);
    m_verify->setDefault(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setHorizontalHeaderLabels(
        {tr("Group"), tr("Predicted ppm"), tr("H"), tr("Verdict"), tr("Found ppm"), tr("Δ ppm")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_input, 1);
    row->addWidget(open);
    row->addWidget(m_verify);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    connect(open, &QPushButton::clicked, this, &StructureDialog::chooseFile);
    connect(m_verify, &QPushButton::clicked, this, [this] {
        if (!structure().isEmpty()) Q_EMIT verifyRequested(structure());
    });
    resize(620, 380);
}

QString StructureDialog::structure() const {
    return m_input->text().trimmed();
}

void StructureDialog::setStructure(const QString& structure) {
    m_input->setText(structure);
}

QString StructureDialog::summary() const {
    return m_summary->text();
}

void StructureDialog::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open structure"), QString(),
                                                      tr("Structures (*.mol *.sdf *.sd)"));
    if (path.isEmpty()) return;
    setStructure(path);
    Q_EMIT verifyRequested(path);
}

void StructureDialog::addRow(const QStringList& cells) {
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(r, c, new QTableWidgetItem(cells[c]));
}

void StructureDialog::showRunning(const QString& phase) {
    m_verify->setEnabled(false);
    m_summary->setText(tr("Verifying… %1").arg(phase));
}

void StructureDialog::showVerification(const verify::Verification& verification) {
    m_verify->setEnabled(true);
    m_table->setRowCount(0);
    for (const verify::GroupVerdict& v : verification.verdicts.groups)
        addRow(verdictCells(v));
    for (const verify::UnexplainedSignal& u : verification.verdicts.unexplained)
        addRow({QStringLiteral("—"), QString(), QString::number(u.protons),
                tr("unexplained signal"), ppm(u.shiftPpm), QString()});
    m_summary->setText(
        tr("Score %1 = mean of proton agreement %2 and cosine %3 (shifts fitted within "
           "±0.3 ppm, couplings fixed); cosine as predicted %4")
            .arg(verification.score, 0, 'f', 3)
            .arg(verification.verdicts.protonAgreement, 0, 'f', 3)
            .arg(verification.fit.fittedCosine, 0, 'f', 3)
            .arg(verification.fit.asIsCosine, 0, 'f', 3));
}

void StructureDialog::showFailure(const QString& message) {
    m_verify->setEnabled(true);
    m_summary->setText(message);
}

} // namespace spinhance::ui

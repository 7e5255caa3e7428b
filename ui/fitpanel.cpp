#include "fitpanel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace spinhance::ui {

FitPanel::FitPanel(const CoreServices& services, QWidget* parent)
    : QWidget(parent), m_runner(new ThreadedFitRunner(services, this)) {
    m_presenter =
        std::make_unique<FitPresenter>(*this, *m_runner, [this](int docId, const FitResult& r) {
            Q_EMIT fitApplied(docId, std::make_shared<FitResult>(r));
        });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_fit = new QPushButton(tr("Fit"), this);
    m_fit->setToolTip(tr("Refine the spin system against the visible part of the spectrum "
                         "(Shift+drag a selected multiplet to move it and refit locally)"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    layout->addWidget(m_fit);
    layout->addWidget(m_cancel);
    m_shifts = addCheck(tr("δ"), true);
    m_couplings = addCheck(tr("J"), true);
    m_linewidth = addCheck(tr("width"), true);
    m_phase = addCheck(tr("phase"), false);
    m_baseline = addCheck(tr("baseline"), false);
    m_stages = addCheck(tr("broadened stages"), true);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(140);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName("fitSummary");
    layout->addWidget(m_summary, 1);
    connect(m_fit, &QPushButton::clicked, this, &FitPanel::fitRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_presenter->cancel(); });
    connect(m_runner, &ThreadedFitRunner::progressed, this,
            [this](int id, const Progress& p) { m_presenter->onProgress(id, p); });
    connect(m_runner, &ThreadedFitRunner::finished, this,
            [this](int id, std::shared_ptr<FitResult> r) { m_presenter->onFinished(id, *r); });
    connect(m_runner, &ThreadedFitRunner::failed, this,
            [this](int id, const QString& message, bool cancelled) {
                m_presenter->onFailed(id, message.toStdString(), cancelled);
            });
}

QCheckBox* FitPanel::addCheck(const QString& text, bool checked) {
    auto* box = new QCheckBox(text, this);
    box->setChecked(checked);
    layout()->addWidget(box);
    return box;
}

FitSettings FitPanel::settings() const {
    return {m_shifts->isChecked(), m_couplings->isChecked(), m_linewidth->isChecked(),
            m_phase->isChecked(),  m_baseline->isChecked(),  m_stages->isChecked()};
}

void FitPanel::setRunning(bool running) {
    m_fit->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void FitPanel::setProgress(double fraction, const std::string& phase) {
    const int percent = int(fraction * 100.0 + 0.5);
    m_progress->setValue(percent);
    m_progress->setFormat(QString::fromStdString(phase) + " %p%");
    Q_EMIT progressChanged(percent, QString::fromStdString(phase));
}

void FitPanel::showSummary(const std::string& text) {
    m_summary->setText(QString::fromStdString(text));
}

void FitPanel::showError(const std::string& message) {
    m_summary->setText(QString::fromStdString(message));
    Q_EMIT fitFailed(QString::fromStdString(message));
}

QString FitPanel::summaryText() const {
    return m_summary->text();
}

} // namespace spinhance::ui

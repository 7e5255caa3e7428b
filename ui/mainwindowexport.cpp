#include "analysis/multiplettable.h"
#include "analysisworker.h"
#include "common/atomicfile.h"
#include "grouptablemodel.h"
#include "mainwindow.h"
#include "report/exportrecord.h"
#include "report/journalformat.h"
#include "report/spinsystemcsv.h"
#include "reportcontent.h"
#include "reportwriter.h"
#include "spectrumview.h"
#include "spin/spinsystemnmredata.h"

#include <QClipboard>
#include <QDateTime>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStatusBar>
#include <algorithm>
#include <optional>
#include <set>

namespace spinhance::ui {

namespace {

// The document's system as written to a file: named after the spectrum file when it has no id.
SpinSystem exportedSystem(const SpectrumDocument& doc) {
    SpinSystem system = doc.system;
    if (system.id.empty())
        system.id = QFileInfo(QString::fromStdString(doc.spectrum.origin.path))
                        .completeBaseName()
                        .toStdString();
    return system;
}

ExportMetadata exportMetadata(const SpectrumDocument& doc, double fieldMHz) {
    ExportMetadata m;
    m.file = doc.spectrum.origin.path;
    m.title = doc.spectrum.title;
    m.instrument = doc.spectrum.instrument;
    m.fieldMHz = fieldMHz;
    m.solvent = doc.spectrum.solvent;
    if (doc.model) m.model = doc.model->path;
    m.createdUtc = utcTimestamp();
    return m;
}

// The verified structure's molfile and, per exported group, the atoms carrying its protons: by
// label where the document shows the structure's own system, through the verdicts where it shows
// an analysis answer. Nothing when no structure was verified.
std::optional<NmredataStructure> assignedStructure(const SpectrumDocument& doc) {
    if (!doc.verification || doc.verification->structure.molBlock.empty()) return std::nullopt;
    const StructureSpin& structure = doc.verification->structure;
    const auto atomsOf = [&](const std::string& structureLabel, std::set<int>& atoms) {
        const int k = structure.system.indexOfLabel(structureLabel);
        if (k < 0) return;
        for (int a : structure.info[std::size_t(k)].atomIndices)
            atoms.insert(a + 1);
    };
    NmredataStructure out{structure.molBlock, {}};
    for (const SpinGroup& g : doc.system.groups()) {
        std::set<int> atoms;
        atomsOf(g.label, atoms);
        for (const verify::GroupVerdict& v : doc.verification->verdicts.groups)
            if (v.verdict != verify::Verdict::Missing &&
                std::count(v.answerLabels.begin(), v.answerLabels.end(), g.label))
                atomsOf(v.label, atoms);
        if (!atoms.empty()) out.assignedAtoms.push_back({g.label, {atoms.begin(), atoms.end()}});
    }
    return out;
}

ExportErrors exportErrors(const SpectrumDocument& doc) {
    return {doc.shiftErrorPpm, doc.couplingErrorHz, doc.couplingHeld};
}

} // namespace

QString MainWindow::journalString() const {
    const SpectrumDocument* doc = currentDocument();
    if (!doc || !doc->prediction) return {};
    JournalOptions options;
    options.fieldMHz = currentFieldMHz();
    options.solvent = doc->spectrum.solvent;
    return QString::fromStdString(formatJournalString(doc->system, options));
}

void MainWindow::copyJournalToClipboard() {
    const QString journal = journalString();
    if (journal.isEmpty())
        return showError(tr("Predict a spin system before copying its journal string."));
    QGuiApplication::clipboard()->setText(journal);
    statusBar()->showMessage(tr("Copied: %1").arg(journal));
}

bool MainWindow::exportPdf(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    if (!doc || !doc->prediction) {
        showError(tr("%1: predict a spin system before writing a report").arg(path));
        return false;
    }
    ReportContent content;
    content.title =
        tr("Spin system of %1")
            .arg(QFileInfo(QString::fromStdString(doc->spectrum.origin.path)).fileName());
    content.createdAt = QDateTime::currentDateTime().toString("yyyy-MM-dd HH:mm t");
    content.drawPlot = [this](QPainter& painter, const QRect& rect) {
        m_view->render(painter, rect);
    };
    if (doc->fitCurves)
        content.drawResidual = [this](QPainter& painter, const QRect& rect) {
            m_view->renderResidual(painter, rect);
        };
    content.acquisition = acquisitionLines(doc->spectrum);
    content.processing = processingLines(*doc);
    content.integrals = integralLines(*doc);
    content.system = doc->system;
    content.groupConfidence = doc->prediction->groupConfidence;
    content.shiftErrorPpm = doc->shiftErrorPpm;
    content.couplingErrorHz = doc->couplingErrorHz;
    content.couplingHeld = doc->couplingHeld;
    content.fieldMHz = currentFieldMHz();
    content.fitStatistics = fitStatisticLines(*doc);
    content.journal = journalString();
    content.modelIdentity = doc->model ? modelIdentityOf(*doc->model) : tr("unknown");
    if (doc->model) content.modelCard = modelCardLines(*doc->model);
    QString error;
    if (!writePdfReport(path, content, &error)) showError(error);
    return error.isEmpty();
}

bool MainWindow::exportPlotPng(const QString& path) {
    if (m_view->savePng(path, 1600, 900)) return true;
    showError(tr("%1: cannot write the PNG image").arg(path));
    return false;
}

bool MainWindow::saveScreenshot(const QString& path) {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && grab().save(&file, "PNG") && file.commit()) return true;
    showError(tr("%1: cannot write the screenshot (%2)").arg(path, file.errorString()));
    return false;
}

bool MainWindow::exportPlotSvg(const QString& path) {
    if (m_view->saveSvg(path, 1600, 900)) return true;
    showError(tr("%1: cannot write the SVG image").arg(path));
    return false;
}

bool MainWindow::exportJson(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    try {
        if (!doc || !doc->prediction)
            throw std::runtime_error("no predicted spin system to export");
        writeFileAtomically(path.toStdString(),
                            exportRecordJson(exportedSystem(*doc), doc->prediction->groupConfidence,
                                             exportErrors(*doc),
                                             exportMetadata(*doc, currentFieldMHz())));
        return true;
    } catch (const std::exception& error) {
        showError(describeFailure(error, path));
        return false;
    }
}

bool MainWindow::exportNmredata(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    try {
        if (!doc || !doc->prediction)
            throw std::runtime_error("no predicted spin system to export");
        const SpinSystem system = exportedSystem(*doc);
        const std::optional<NmredataStructure> structure = assignedStructure(*doc);
        writeFileAtomically(path.toStdString(),
                            nmredataOf(system, currentFieldMHz(), doc->spectrum.solvent,
                                       structure ? &*structure : nullptr),
                            "NMReDATA record");
        return true;
    } catch (const std::exception& error) {
        showError(describeFailure(error, path));
        return false;
    }
}

bool MainWindow::exportMultiplets(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    try {
        if (!doc || !doc->analysis || doc->analysis->evidence.regions.empty())
            throw std::runtime_error("no analysis with multiplet regions to export (Analysis ▸ "
                                     "Analyze first)");
        writeFileAtomically(
            path.toStdString(),
            analysis::multipletTableCsv(analysis::multipletTable(doc->analysis->evidence)),
            "multiplet table");
        return true;
    } catch (const std::exception& error) {
        showError(describeFailure(error, path));
        return false;
    }
}

bool MainWindow::exportCsv(const QString& path) {
    const SpectrumDocument* doc = currentDocument();
    try {
        if (!doc || !doc->prediction)
            throw std::runtime_error("no predicted spin system to export");
        MultiplicityOptions options;
        options.fieldMHz = currentFieldMHz();
        writeFileAtomically(path.toStdString(),
                            exportRecordCsv(doc->system, doc->prediction->groupConfidence,
                                            exportErrors(*doc),
                                            exportMetadata(*doc, currentFieldMHz()), options));
        return true;
    } catch (const std::exception& error) {
        showError(describeFailure(error, path));
        return false;
    }
}

} // namespace spinhance::ui

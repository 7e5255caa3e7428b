#include "reportcontent.h"

#include "analysis/integrals.h"
#include "analysis/multiplettable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <algorithm>

namespace spinhance::ui {

QString modelSizeTextOf(const ModelInfo& model) {
    const QString size = QString::fromStdString(model::modelSizeName(model.size));
    return model.input == model::InputKind::Peaks ? QObject::tr("%1, peak list").arg(size) : size;
}

QString modelIdentityOf(const ModelInfo& model) {
    return QObject::tr("recipe %1, size %2, %3 parameters, %4")
        .arg(QString::fromStdString(model::recipeName(model.recipe)), modelSizeTextOf(model))
        .arg(model.parameterCount)
        .arg(QString::fromStdString(model.path));
}

QStringList acquisitionLines(const Spectrum& s) {
    QStringList lines{QObject::tr("File: %1").arg(QString::fromStdString(s.origin.path)),
                      QObject::tr("Format: %1 (reader %2)")
                          .arg(QString::fromStdString(s.origin.format),
                               QString::fromStdString(s.origin.readerId))};
    if (!s.title.empty()) lines << QObject::tr("Title: %1").arg(QString::fromStdString(s.title));
    if (!s.instrument.empty())
        lines << QObject::tr("Instrument: %1").arg(QString::fromStdString(s.instrument));
    lines << QObject::tr("Nucleus: %1 · field: %2 MHz · solvent: %3")
                 .arg(QString::fromStdString(s.nucleus))
                 .arg(s.fieldMHz, 0, 'f', 2)
                 .arg(s.solvent.empty() ? QObject::tr("not stated in the file")
                                        : QString::fromStdString(s.solvent));
    if (s.hasSpectrum()) {
        const auto [low, high] = std::minmax_element(s.ppm.begin(), s.ppm.end());
        lines << QObject::tr("Spectrum: %1 points, %2 to %3 ppm")
                     .arg(s.size())
                     .arg(*low, 0, 'f', 3)
                     .arg(*high, 0, 'f', 3);
    }
    if (s.fid)
        lines << QObject::tr("FID: %1 complex points, spectral width %2 Hz, carrier %3 ppm")
                     .arg(s.fid->points.size())
                     .arg(s.fid->spectralWidthHz, 0, 'f', 1)
                     .arg(s.fid->carrierPpm, 0, 'f', 3);
    return lines;
}

QStringList processingLines(const SpectrumDocument& doc) {
    QStringList lines;
    for (const std::string& step : doc.spectrum.history)
        lines << QString::fromStdString(step);
    const ProcessOptions& p = doc.processing;
    if (p.hasManualPhase())
        lines << QObject::tr("Phase by hand: %1° zero order, %2° first order")
                     .arg(p.extraPh0Deg, 0, 'f', 1)
                     .arg(p.extraPh1Deg, 0, 'f', 1);
    if (p.referenceOffsetPpm != 0.0)
        lines
            << QObject::tr("Reference moved by hand: %1 ppm").arg(p.referenceOffsetPpm, 0, 'f', 4);
    if (!p.baselineRegionsPpm.empty())
        lines << QObject::tr("Baseline by hand: %1 through %2 signal-free regions")
                     .arg(p.baselineSpline
                              ? QObject::tr("spline")
                              : QObject::tr("polynomial of order %1").arg(p.baselineOrder))
                     .arg(p.baselineRegionsPpm.size());
    if (lines.isEmpty()) lines << QObject::tr("as read from the file");
    return lines;
}

QStringList integralLines(const SpectrumDocument& doc) {
    QStringList lines;
    const ManualIntegrals& m = doc.integrals;
    if (!m.regions.empty()) {
        try {
            for (const analysis::IntegralRow& row : integralRowsOf(doc))
                lines << QObject::tr("%1–%2 ppm: %3 H")
                             .arg(std::min(row.rangePpm.fromPpm, row.rangePpm.toPpm), 0, 'f', 3)
                             .arg(std::max(row.rangePpm.fromPpm, row.rangePpm.toPpm), 0, 'f', 3)
                             .arg(row.protons, 0, 'f', 2);
            lines << QObject::tr("(by hand; integral %1 set to %2 H)")
                         .arg(m.reference + 1)
                         .arg(m.referenceProtons, 0, 'g', 4);
        } catch (const std::exception& error) {
            lines << QString::fromStdString(error.what());
        }
    } else if (doc.analysis) {
        for (const analysis::MultipletRow& row : analysis::multipletTable(doc.analysis->evidence))
            lines << QObject::tr("%1–%2 ppm: %3 H")
                         .arg(std::min(row.fromPpm, row.toPpm), 0, 'f', 3)
                         .arg(std::max(row.fromPpm, row.toPpm), 0, 'f', 3)
                         .arg(row.integralProtons, 0, 'f', 2);
        if (!lines.isEmpty()) lines << QObject::tr("(from the automatic analysis)");
    }
    return lines;
}

QStringList fitStatisticLines(const SpectrumDocument& doc) {
    QStringList lines;
    if (!doc.fitSummary.empty())
        lines << QObject::tr("Fit by hand: %1").arg(QString::fromStdString(doc.fitSummary));
    if (const auto& r = doc.analysis) {
        lines << QObject::tr("Analysis: %1 groups, %2 H; RMS residual %3 of the tallest line; %4 "
                             "after %5 iterations")
                     .arg(r->system.size())
                     .arg(r->system.protonCount())
                     .arg(r->fit.finalRms, 0, 'g', 3)
                     .arg(r->fit.converged ? QObject::tr("converged")
                                           : QObject::tr("not converged"))
                     .arg(r->fit.iterations);
        lines << QObject::tr("Cosine with the spectrum %1 · BIC %2 · %3 hypotheses fitted · "
                             "%4 s")
                     .arg(r->cosine, 0, 'f', 4)
                     .arg(r->bic, 0, 'f', 1)
                     .arg(r->hypothesesFitted)
                     .arg(r->seconds, 0, 'f', 1);
        for (const analysis::AnalysisFlag& flag : r->flags)
            lines << QObject::tr("Flag %1: %2")
                         .arg(QString::fromStdString(flag.code),
                              QString::fromStdString(flag.message));
    }
    return lines;
}

QStringList modelCardLines(const ModelInfo& model) {
    QStringList lines{QObject::tr("Trained for %1–%2 MHz; training data %3")
                          .arg(model.fieldMinMHz, 0, 'f', 0)
                          .arg(model.fieldMaxMHz, 0, 'f', 0)
                          .arg(model.trainingDataHash.empty()
                                   ? QObject::tr("not recorded")
                                   : QString::fromStdString(model.trainingDataHash))};
    const QJsonObject metrics =
        QJsonDocument::fromJson(QByteArray::fromStdString(model.metricsJson)).object();
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (it.value().isDouble())
            lines << QStringLiteral("%1: %2").arg(it.key()).arg(it.value().toDouble(), 0, 'g', 4);
    return lines;
}

} // namespace spinhance::ui

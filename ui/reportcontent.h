#pragma once

#include "model/predictor.h"
#include "spectrumdocument.h"

#include <QString>
#include <QStringList>

namespace spinhance::ui {

// The lines of a PDF report's sections, made from a document (reportwriter.h lays them out).

/// "recipe 025, size light, 123 parameters, PATH".
QString modelIdentityOf(const ModelInfo& model);
/// The model's size tier, and "peak list" when its encoder reads picked peaks.
QString modelSizeTextOf(const ModelInfo& model);
/// File, format and reader, title, nucleus, field, solvent, points and window, FID parameters.
QStringList acquisitionLines(const Spectrum& spectrum);
/// The processing history, then each correction made by hand.
QStringList processingLines(const SpectrumDocument& doc);
/// The integrals by hand on their scale, else the analysis's regions.
QStringList integralLines(const SpectrumDocument& doc);
/// The last fit by hand and the analysis's fit, evidence and flags.
QStringList fitStatisticLines(const SpectrumDocument& doc);
/// Trained fields, training data and the evaluation figures recorded with the model.
QStringList modelCardLines(const ModelInfo& model);

} // namespace spinhance::ui

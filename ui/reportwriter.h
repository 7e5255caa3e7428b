#pragma once

#include "model/predictor.h"
#include "spin/spinsystem.h"

#include <QString>
#include <functional>
#include <vector>

class QPainter;
class QRect;

namespace spinhance::ui {

/// Everything one PDF report shows.
struct ReportContent {
    QString title;
    std::function<void(QPainter&, const QRect&)> drawPlot; ///< spectrum with overlay
    SpinSystem system;
    std::vector<double> groupConfidence;
    double fieldMHz = 90.0;
    QString journal;
    QString modelIdentity; ///< recipe, size, file
    QString provenance;    ///< file, reader, format, processing history
};

/// Writes an A4 PDF (QPdfWriter): title, plot, group table, coupling matrix, journal line, model
/// and file provenance. Returns false (with `error` set) when the file cannot be written.
bool writePdfReport(const QString& path, const ReportContent& content, QString* error = nullptr);

} // namespace spinhance::ui

#pragma once

#include "model/predictor.h"
#include "spin/spinsystem.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;
class QRect;

namespace spinhance::ui {

/// Everything one PDF report shows. Lists are ready-made lines ("Field: 60.00 MHz"), so the
/// writer only lays them out.
struct ReportContent {
    QString title;
    QString createdAt;                                     ///< date and time of the report
    std::function<void(QPainter&, const QRect&)> drawPlot; ///< spectrum with overlay
    /// The last fit's residual (measured − fitted); empty: no fit to show.
    std::function<void(QPainter&, const QRect&)> drawResidual;
    QStringList acquisition; ///< file, format, nucleus, field, solvent, points, window
    QStringList processing;  ///< the processing steps, in order
    QStringList integrals;   ///< one line per integral region
    SpinSystem system;
    std::vector<double> groupConfidence;
    std::vector<double> shiftErrorPpm;   ///< per group (empty: no fit)
    std::vector<double> couplingErrorHz; ///< row-major n × n (empty: no fit)
    std::vector<char> couplingHeld;      ///< row-major n × n: J the fit held (empty: none)
    double fieldMHz = 90.0;
    QStringList fitStatistics; ///< RMS, convergence, cosine, BIC, hypotheses, time
    QString journal;
    QString modelIdentity; ///< recipe, size, file
    QStringList modelCard; ///< the model's recorded evaluation figures
};

/// Writes an A4 PDF (QPdfWriter, 300 dpi) over as many pages as it needs: title and date, the
/// acquisition and processing, the plot and residual, integrals, the group table with ± errors
/// and confidences, the full coupling matrix (any number of groups, continued across pages),
/// fit statistics, the journal line and the model. Returns false (with `error` set) when the file
/// cannot be written; an existing file stays intact until the new one is complete.
bool writePdfReport(const QString& path, const ReportContent& content, QString* error = nullptr);

} // namespace spinhance::ui

#include "reportwriter.h"

#include "grouptablemodel.h"
#include "report/multiplicity.h"
#include "spectrumview.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace spinhance::ui {

namespace {

// Layout in PDF units (the writer runs at 300 dpi, A4 ≈ 2480 × 3508 units with margins).
struct Cursor {
    QPainter& painter;
    int left;
    int width;
    int y;
};

void drawParagraph(Cursor& c, const QString& text, int pointSize, bool bold = false) {
    QFont font("DejaVu Sans", pointSize);
    font.setBold(bold);
    c.painter.setFont(font);
    const QRect bounds =
        c.painter.boundingRect(QRect(c.left, c.y, c.width, 2000), Qt::TextWordWrap, text);
    c.painter.drawText(bounds, Qt::TextWordWrap, text);
    c.y = bounds.bottom() + 30;
}

void drawGroupTable(Cursor& c, const ReportContent& content) {
    GroupTableModel model;
    SpinSystem system = content.system;
    model.setSystem(&system, content.groupConfidence, content.fieldMHz);
    c.painter.setFont(QFont("DejaVu Sans", 9));
    const int rowHeight = 60, columnWidth = c.width / GroupTableModel::ColumnCount;
    for (int row = -1; row < model.rowCount(); ++row) {
        for (int col = 0; col < GroupTableModel::ColumnCount; ++col) {
            const QRect cell(c.left + col * columnWidth, c.y, columnWidth, rowHeight);
            const QVariant value = row < 0 ? model.headerData(col, Qt::Horizontal, Qt::DisplayRole)
                                           : model.data(model.index(row, col), Qt::DisplayRole);
            if (row >= 0 && col == 0)
                c.painter.fillRect(cell.adjusted(0, 0, -columnWidth + 20, 0),
                                   SpectrumView::groupColor(row));
            c.painter.drawText(cell.adjusted(30, 0, 0, 0), Qt::AlignVCenter, value.toString());
        }
        c.y += rowHeight;
    }
    c.y += 40;
}

void drawCouplingMatrix(Cursor& c, const SpinSystem& system) {
    const int n = int(system.size());
    if (n == 0) return;
    const int cell = std::min(200, c.width / (n + 1));
    c.painter.setFont(QFont("DejaVu Sans", 8));
    for (int i = 0; i < n; ++i) {
        const QString label = QString::fromStdString(system.group(std::size_t(i)).label);
        c.painter.drawText(QRect(c.left + (i + 1) * cell, c.y, cell, cell / 2), Qt::AlignCenter,
                           label);
        c.painter.drawText(QRect(c.left, c.y + cell / 2 + i * cell, cell, cell), Qt::AlignCenter,
                           label);
        for (int j = 0; j < n; ++j) {
            const QRect box(c.left + (j + 1) * cell, c.y + cell / 2 + i * cell, cell, cell);
            const double jHz = i == j ? 0.0 : system.couplingHz(std::size_t(i), std::size_t(j));
            c.painter.fillRect(box, i == j ? QColor(230, 230, 230)
                                           : CouplingMatrixModel::heatColor(jHz));
            c.painter.drawRect(box);
            if (i != j) c.painter.drawText(box, Qt::AlignCenter, QString::number(jHz, 'f', 1));
        }
    }
    c.y += cell / 2 + n * cell + 40;
}

} // namespace

bool writePdfReport(const QString& path, const ReportContent& content, QString* error) {
    // QSaveFile: an existing report stays intact until the new one is complete (issue 14).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error =
                QObject::tr("%1: cannot write the PDF file (%2)").arg(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Spinhance"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) *error = QObject::tr("%1: cannot write the PDF file").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    Cursor c{painter, 0, page.width(), 0};
    drawParagraph(c, content.title, 16, true);
    if (content.drawPlot) {
        const QRect plotRect(c.left, c.y, c.width, c.width * 9 / 16);
        content.drawPlot(painter, plotRect);
        c.y = plotRect.bottom() + 40;
    }
    drawParagraph(c, content.journal, 10);
    drawGroupTable(c, content);
    drawParagraph(c, QObject::tr("Coupling matrix (Hz)"), 11, true);
    drawCouplingMatrix(c, content.system);
    drawParagraph(c, QObject::tr("Model: %1").arg(content.modelIdentity), 9);
    drawParagraph(c, QObject::tr("Spectrum: %1").arg(content.provenance), 9);
    if (painter.end() && file.commit()) return true;
    if (error)
        *error = QObject::tr("%1: cannot write the PDF file (%2)").arg(path, file.errorString());
    return false;
}

} // namespace spinhance::ui

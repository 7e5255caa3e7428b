#include "reportwriter.h"

#include "grouptablemodel.h"
#include "spectrumview.h"

#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

// Layout in PDF units (300 dpi: A4 is about 2480 × 3508 units, less the margins).
struct Cursor {
    QPdfWriter& writer;
    QPainter& painter;
    int left;
    int width;
    int height; ///< of the printable page
    int y = 0;
    int page = 1;
};

constexpr int kFooterHeight = 60;

// The report's font, without shaping: a ligature makes "fi" in "field" or "fit" one glyph, and
// the PDF's text could no longer be searched or copied as typed.
QFont reportFont(int pointSize, bool bold = false) {
    QFont font("DejaVu Sans", pointSize, bold ? QFont::Bold : QFont::Normal);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

void drawFooter(Cursor& c) {
    c.painter.setFont(reportFont(7));
    c.painter.drawText(QRect(c.left, c.height - kFooterHeight + 10, c.width, kFooterHeight),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QObject::tr("Spinhance report · page %1").arg(c.page));
}

// Starts a new page when `needed` units do not fit below the cursor; true when it did.
bool ensureSpace(Cursor& c, int needed) {
    if (c.y + needed <= c.height - kFooterHeight || c.y == 0) return false;
    drawFooter(c);
    c.writer.newPage();
    ++c.page;
    c.y = 0;
    return true;
}

void drawParagraph(Cursor& c, const QString& text, int pointSize, bool bold = false) {
    if (text.isEmpty()) return;
    const QFont font = reportFont(pointSize, bold);
    c.painter.setFont(font);
    QRect bounds =
        c.painter.boundingRect(QRect(c.left, c.y, c.width, 3000), Qt::TextWordWrap, text);
    if (ensureSpace(c, bounds.height() + (bold ? 120 : 0)))
        bounds.moveTop(c.y); // a heading moves on with what follows it
    c.painter.setFont(font);
    c.painter.drawText(bounds, Qt::TextWordWrap, text);
    c.y = bounds.bottom() + 25;
}

void drawSection(Cursor& c, const QString& heading, const QStringList& lines) {
    if (std::all_of(lines.begin(), lines.end(), [](const QString& l) { return l.isEmpty(); }))
        return;
    c.y += 20;
    drawParagraph(c, heading, 11, true);
    for (const QString& line : lines)
        drawParagraph(c, line, 9);
}

void drawFigure(Cursor& c, const std::function<void(QPainter&, const QRect&)>& draw, int height) {
    if (!draw) return;
    ensureSpace(c, height);
    const QRect rect(c.left, c.y, c.width, height);
    draw(c.painter, rect);
    c.y = rect.bottom() + 40;
}

void drawTableRow(Cursor& c, const GroupTableModel& model, int row, int rowHeight) {
    const int columnWidth = c.width / GroupTableModel::ColumnCount;
    c.painter.setFont(reportFont(8, row < 0));
    for (int col = 0; col < GroupTableModel::ColumnCount; ++col) {
        const QRect cell(c.left + col * columnWidth, c.y, columnWidth, rowHeight);
        const QVariant value = row < 0 ? model.headerData(col, Qt::Horizontal, Qt::DisplayRole)
                                       : model.data(model.index(row, col), Qt::DisplayRole);
        if (row >= 0 && col == 0)
            c.painter.fillRect(cell.adjusted(0, 10, -columnWidth + 20, -10),
                               SpectrumView::groupColor(row));
        c.painter.drawText(cell.adjusted(30, 0, -5, 0), Qt::AlignVCenter | Qt::TextWordWrap,
                           value.toString());
    }
    c.y += rowHeight;
}

void drawGroupTable(Cursor& c, const ReportContent& content) {
    GroupTableModel model;
    SpinSystem system = content.system;
    model.setSystem(&system, content.groupConfidence, content.fieldMHz);
    model.setErrors(content.shiftErrorPpm, content.couplingErrorHz, content.couplingHeld);
    const int rowHeight = 70;
    ensureSpace(c, 3 * rowHeight);
    drawTableRow(c, model, -1, rowHeight);
    for (int row = 0; row < model.rowCount(); ++row) {
        if (ensureSpace(c, rowHeight)) drawTableRow(c, model, -1, rowHeight); // header again
        drawTableRow(c, model, row, rowHeight);
    }
    c.y += 40;
}

QString couplingText(const ReportContent& content, int i, int j) {
    const std::size_t n = content.system.size();
    const double jHz = content.system.couplingHz(std::size_t(i), std::size_t(j));
    QString text = QString::number(jHz, 'f', 2);
    const std::size_t k = std::size_t(i) * n + std::size_t(j);
    if (k < content.couplingHeld.size() && content.couplingHeld[k])
        text += QStringLiteral("\n") + GroupTableModel::tr("held");
    else if (k < content.couplingErrorHz.size() && content.couplingErrorHz[k] > 0.0)
        text += QStringLiteral("\n±") + (std::isfinite(content.couplingErrorHz[k])
                                             ? QString::number(content.couplingErrorHz[k], 'f', 2)
                                             : QStringLiteral("∞"));
    return text;
}

void drawMatrixHeader(Cursor& c, const SpinSystem& system, int cell) {
    for (int j = 0; j < int(system.size()); ++j)
        c.painter.drawText(QRect(c.left + (j + 1) * cell, c.y, cell, cell / 2), Qt::AlignCenter,
                           QString::fromStdString(system.group(std::size_t(j)).label));
    c.y += cell / 2;
}

// Every group's row, however many: rows continue on the next page under a repeated header.
void drawCouplingMatrix(Cursor& c, const ReportContent& content, const QString& heading) {
    const SpinSystem& system = content.system;
    const int n = int(system.size());
    if (n == 0) return;
    const int cell = std::min(180, c.width / (n + 1));
    const int pointSize = cell >= 160 ? 8 : cell >= 110 ? 6 : 5;
    // A matrix that fits on one page is never split, nor parted from its heading; a larger one
    // starts with two rows at least.
    const int headingHeight = 120, whole = headingHeight + cell / 2 + n * cell;
    ensureSpace(c, whole <= c.height - kFooterHeight ? whole : headingHeight + 5 * cell / 2);
    drawParagraph(c, heading, 11, true);
    c.painter.setFont(reportFont(pointSize));
    drawMatrixHeader(c, system, cell);
    for (int i = 0; i < n; ++i) {
        if (ensureSpace(c, cell)) {
            c.painter.setFont(reportFont(pointSize));
            drawMatrixHeader(c, system, cell);
        }
        c.painter.setFont(reportFont(pointSize));
        c.painter.drawText(QRect(c.left, c.y, cell, cell), Qt::AlignCenter,
                           QString::fromStdString(system.group(std::size_t(i)).label));
        for (int j = 0; j < n; ++j) {
            const QRect box(c.left + (j + 1) * cell, c.y, cell, cell);
            const double jHz = i == j ? 0.0 : system.couplingHz(std::size_t(i), std::size_t(j));
            c.painter.fillRect(box, i == j ? QColor(230, 230, 230)
                                           : CouplingMatrixModel::heatColor(jHz));
            c.painter.drawRect(box);
            // Uncoupled pairs stay blank, so the couplings stand out.
            if (i != j && jHz != 0.0)
                c.painter.drawText(box, Qt::AlignCenter, couplingText(content, i, j));
        }
        c.y += cell;
    }
    c.y += 40;
}

QString cannotWrite(const QString& path, const QString& why) {
    return why.isEmpty() ? QObject::tr("%1: cannot write the PDF file").arg(path)
                         : QObject::tr("%1: cannot write the PDF file (%2)").arg(path, why);
}

void drawReport(Cursor& c, const ReportContent& content) {
    drawParagraph(c, content.title, 16, true);
    drawParagraph(c, QObject::tr("Created %1 with Spinhance").arg(content.createdAt), 8);
    drawSection(c, QObject::tr("Acquisition"), content.acquisition);
    drawSection(c, QObject::tr("Processing"), content.processing);
    c.y += 20;
    drawFigure(c, content.drawPlot, c.width * 9 / 16);
    if (content.drawResidual) {
        drawParagraph(c, QObject::tr("Residual of the last fit (measured − fitted)"), 9, true);
        drawFigure(c, content.drawResidual, c.width / 6);
    }
    drawSection(c, QObject::tr("Integrals"), content.integrals);
    c.y += 20;
    drawParagraph(c, QObject::tr("Spin system"), 11, true);
    drawGroupTable(c, content);
    drawCouplingMatrix(c, content, QObject::tr("Coupling matrix (Hz; ± from the last fit)"));
    drawSection(c, QObject::tr("Fit statistics"), content.fitStatistics);
    drawSection(c, QObject::tr("Journal line"), {content.journal});
    QStringList model{content.modelIdentity};
    model += content.modelCard;
    drawSection(c, QObject::tr("Model"), model);
    drawFooter(c);
}

} // namespace

bool writePdfReport(const QString& path, const ReportContent& content, QString* error) {
    // QSaveFile: an existing report stays intact until the new one is complete (issue 14).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error) *error = cannotWrite(path, file.errorString());
        return false;
    }
    QPdfWriter writer(&file);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Spinhance"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error) *error = cannotWrite(path, {});
        return false;
    }
    const QRect page = painter.viewport();
    Cursor c{writer, painter, 0, page.width(), page.height()};
    drawReport(c, content);
    if (painter.end() && file.commit()) return true;
    if (error) *error = cannotWrite(path, file.errorString());
    return false;
}

} // namespace spinhance::ui

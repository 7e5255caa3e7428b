// The PDF report read back as text (pdftotext, poppler-utils): every section, the ± errors, the
// date, and the whole coupling matrix of a 12-group system continued over pages.
#include "io/readerregistry.h"
#include "reportcontent.h"
#include "reportwriter.h"

#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

// A chain of `n` one-proton groups, each coupled to the next by 7.25 Hz + 0.01 × its index (so
// every coupling prints distinctly).
ReportContent chainReport(std::size_t n = 12) {
    ReportContent content;
    content.title = "Spin system of chain.jdx";
    content.createdAt = "2026-12-01 05:30 UTC";
    for (std::size_t g = 0; g < n; ++g)
        content.system.addGroup(1.0 + 0.5 * double(g), 1);
    content.couplingErrorHz.assign(n * n, 0.0);
    for (std::size_t g = 0; g + 1 < n; ++g) {
        content.system.setCouplingHz(g, g + 1, 7.25 + 0.01 * double(g));
        content.couplingErrorHz[g * n + g + 1] = content.couplingErrorHz[(g + 1) * n + g] = 0.03;
    }
    content.shiftErrorPpm.assign(n, 0.0004);
    content.groupConfidence.assign(n, 0.87);
    content.fieldMHz = 60.0;
    content.acquisition = {"File: /data/chain.jdx",
                           "Nucleus: 1H · field: 60.00 MHz · solvent: CDCl3"};
    content.processing = {"apodization: exponential 0.3 Hz", "zero fill to 65536 points"};
    content.integrals = {"7.280–7.350 ppm: 1.00 H"};
    content.fitStatistics = {"Analysis: 12 groups, 12 H; RMS residual 0.0042 of the tallest line"};
    content.journal = "1H NMR (60 MHz, CDCl3) δ 6.50 (d, J = 7.4 Hz, 1H)";
    content.modelIdentity = "recipe 025, size light";
    content.modelCard = {"shift_mae_ppm: 0.047"};
    content.drawPlot = [](QPainter& painter, const QRect& rect) { painter.drawRect(rect); };
    return content;
}

QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

TEST(PdfReport, EverySectionErrorsAndTheWholeMatrixOverPages) {
    QTemporaryDir temp;
    const QString pdf = temp.filePath("report.pdf");
    QString error;
    ASSERT_TRUE(writePdfReport(pdf, chainReport(), &error)) << error.toStdString();
    const QString text = run("pdftotext", {"-layout", pdf, "-"});
    if (qEnvironmentVariableIsSet("SPINHANCE_REPORT_TEXT")) qInfo("%s", qPrintable(text));
    if (text.isEmpty()) GTEST_SKIP() << "pdftotext (poppler-utils) not available";
    for (const char* expected :
         {"Spin system of chain.jdx", "2026-12-01 05:30 UTC", "Acquisition", "solvent: CDCl3",
          "Processing", "zero fill to 65536 points", "Integrals", "1.00 H", "Coupling matrix",
          "Fit statistics", "RMS residual 0.0042", "Journal line", "J = 7.4 Hz", "Model",
          "shift_mae_ppm: 0.047", "page 1"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // Every coupling of the chain, with its error, however far down the matrix it sits.
    for (int g = 0; g + 1 < 12; ++g)
        EXPECT_TRUE(text.contains(QString::number(7.25 + 0.01 * g, 'f', 2))) << g;
    EXPECT_TRUE(text.contains(QStringLiteral("±0.03")));
    EXPECT_TRUE(text.contains(QStringLiteral("0.0004"))); // δ ± in the group table
    const QString info = run("pdfinfo", {pdf});
    const QRegularExpression pages("Pages:\\s+(\\d+)");
    const auto match = pages.match(info);
    ASSERT_TRUE(match.hasMatch()) << info.toStdString();
    EXPECT_GE(match.captured(1).toInt(), 2); // 12 rows of table and matrix need a second page
    EXPECT_TRUE(text.contains(QStringLiteral("page %1").arg(match.captured(1))));
}

// Every system size from 1 to 8 groups: the group table with its confidence column and the whole
// coupling matrix, every J with its error.
TEST(PdfReport, EverySizeFromOneToEightGroupsShowsItsTableAndMatrix) {
    for (std::size_t n = 1; n <= 8; ++n) {
        QTemporaryDir temp;
        const QString pdf = temp.filePath("report.pdf");
        QString error;
        ASSERT_TRUE(writePdfReport(pdf, chainReport(n), &error)) << error.toStdString();
        const QString text = run("pdftotext", {"-layout", pdf, "-"});
        if (text.isEmpty()) GTEST_SKIP() << "pdftotext (poppler-utils) not available";
        EXPECT_TRUE(text.contains(QStringLiteral("Conf."))) << n;
        EXPECT_GE(text.count(QStringLiteral("0.87")), int(n)) << n; // each group's confidence
        EXPECT_TRUE(text.contains(QStringLiteral("Coupling matrix"))) << n;
        for (std::size_t g = 0; g + 1 < n; ++g)
            EXPECT_TRUE(text.contains(QString::number(7.25 + 0.01 * double(g), 'f', 2)))
                << n << " groups, J " << g;
        if (n > 1) {
            EXPECT_TRUE(text.contains(QStringLiteral("±0.03"))) << n;
        }
    }
}

TEST(PdfReport, AMissingFolderIsNamedAndNothingIsLeftBehind) {
    QTemporaryDir temp;
    QString error;
    EXPECT_FALSE(writePdfReport(temp.filePath("no-such-folder/report.pdf"), chainReport(), &error));
    EXPECT_TRUE(error.contains("no-such-folder/report.pdf")) << error.toStdString();
}

} // namespace

// The acquisition section of a real file (the bundled Nanalysis FID): file, format, title, the
// instrument its JCAMP header names, nucleus, field and solvent, and the FID.
TEST(ReportContent, AcquisitionOfARealFileNamesItsInstrument) {
    const std::string path = SPINHANCE_TEST_DATA_DIR "/../../resources/examples/"
                                                     "ibuprofen-60mhz-nanalysis.jdx";
    const QString text = acquisitionLines(openSpectrum(path)).join("\n");
    for (const char* expected : {"Format: JCAMP-DX", "Title: Ibuprofen_1H_20231008_001",
                                 "Instrument: NMReady 60/nanalysis-X812", "field: 60.12 MHz",
                                 "solvent: Chloroform-d", "FID: "})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected << "\n"
                                                                << text.toStdString();
}

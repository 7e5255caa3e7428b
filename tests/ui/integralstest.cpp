// Integrals by hand in the main window: a mouse drag in integrate mode marks a region, one region
// sets the proton scale, every change is one undo step, the peak list and the integrals export as
// CSV. The fake reader's spectrum is ethyl + singlet at 90 MHz: the CH2 quartet (2H) against the
// CH3 triplet (3H) must come out 2 : 3.
#include "fakeservices.h"
#include "mainwindow.h"
#include "qcustomplotinclude.h"
#include "spectrumview.h"
#include "spin/spinsystemjson.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

const QString kExample =
    QStringLiteral(SPINHANCE_SOURCE_DIR) + "/resources/examples/ibuprofen-60mhz-nanalysis.jdx";

struct Integrals : ::testing::Test {
    void SetUp() override {
        window = std::make_unique<MainWindow>(fakes::fakeServices());
        window->setModelPath(temp.filePath("absent.pt")); // no prediction: only the spectrum
        window->setConfirmation([](const QString&) { return true; });
        window->resize(1280, 800);
        window->show();
        QSignalSpy opened(window.get(), &MainWindow::documentOpened);
        window->openFiles({kExample});
        ASSERT_TRUE(opened.wait(10000)) << window->lastError().toStdString();
    }
    // A real mouse drag across [fromPpm, toPpm] on the plot.
    void dragAcross(double fromPpm, double toPpm) {
        QCustomPlot* plot = window->spectrumView()->plot();
        const int y = plot->height() / 2;
        const QPoint from(int(plot->xAxis->coordToPixel(fromPpm)), y);
        const QPoint to(int(plot->xAxis->coordToPixel(toPpm)), y);
        QTest::mousePress(plot, Qt::LeftButton, {}, from);
        QTest::mouseMove(plot, (from + to) / 2);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, to);
    }

    QTemporaryDir temp;
    std::unique_ptr<MainWindow> window;
};

TEST_F(Integrals, DraggedRegionsIntegrateTwoToThreeOnTheChosenScale) {
    window->spectrumView()->setPpmRange(0.5, 5.0);
    window->setIntegrateMode(true);
    dragAcross(4.35, 3.90); // the CH2 quartet, dragged right to left
    ASSERT_EQ(window->manualIntegralRows().size(), 1u) << window->lastError().toStdString();
    const auto first = window->manualIntegralRows()[0].rangePpm;
    // A pixel is about 0.005 ppm here.
    EXPECT_NEAR(std::max(first.fromPpm, first.toPpm), 4.35, 0.02);
    EXPECT_NEAR(std::min(first.fromPpm, first.toPpm), 3.90, 0.02);
    ASSERT_TRUE(window->addIntegral(1.00, 1.50)); // the CH3 triplet
    ASSERT_TRUE(window->setIntegralReference(0, 2.0));
    const auto rows = window->manualIntegralRows();
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_DOUBLE_EQ(rows[0].protons, 2.0);
    EXPECT_NEAR(rows[1].protons, 3.0, 0.1);
    EXPECT_EQ(window->spectrumView()->integralCount(), 2);
    const QString dir = qEnvironmentVariable("SPINHANCE_SCREENSHOT_DIR");
    QTest::qWait(50); // the plot replots on the next event loop turn
    if (!dir.isEmpty()) window->saveScreenshot(dir + "/integrals.png");
    EXPECT_FALSE(window->spectrumView()->plot()->interactions().testFlag(QCP::iRangeDrag));
    window->setIntegrateMode(false);
    EXPECT_TRUE(window->spectrumView()->plot()->interactions().testFlag(QCP::iRangeDrag));
}

TEST_F(Integrals, EachChangeIsOneUndoStep) {
    ASSERT_TRUE(window->addIntegral(3.90, 4.35));
    ASSERT_TRUE(window->addIntegral(1.00, 1.50));
    ASSERT_TRUE(window->setIntegralReference(1, 3.0));
    EXPECT_NEAR(window->manualIntegralRows()[0].protons, 2.0, 0.1);
    ASSERT_TRUE(window->undo()); // the scale: back to region 1 = 1 H
    EXPECT_DOUBLE_EQ(window->manualIntegralRows()[0].protons, 1.0);
    ASSERT_TRUE(window->undo()); // the second region
    EXPECT_EQ(window->manualIntegralRows().size(), 1u);
    ASSERT_TRUE(window->redo());
    EXPECT_EQ(window->manualIntegralRows().size(), 2u);
    ASSERT_TRUE(window->clearIntegrals());
    EXPECT_TRUE(window->manualIntegralRows().empty());
    EXPECT_EQ(window->spectrumView()->integralCount(), 0);
    ASSERT_TRUE(window->undo());
    EXPECT_EQ(window->manualIntegralRows().size(), 2u);
}

TEST_F(Integrals, BadRegionsAndReferencesAreRefusedWithAMessage) {
    EXPECT_FALSE(window->addIntegral(20.0, 30.0));
    EXPECT_TRUE(window->lastError().contains("outside the spectrum"))
        << window->lastError().toStdString();
    EXPECT_FALSE(window->setIntegralReference(0, 2.0));
    EXPECT_TRUE(window->lastError().contains("no integral 1"));
    ASSERT_TRUE(window->addIntegral(3.90, 4.35));
    EXPECT_FALSE(window->setIntegralReference(0, -1.0));
    EXPECT_EQ(window->manualIntegralRows().size(), 1u);
    ASSERT_TRUE(window->undo());
    EXPECT_TRUE(window->manualIntegralRows().empty());
    EXPECT_FALSE(window->undo()); // the refused changes left no undo step
}

TEST_F(Integrals, PeaksAndIntegralsExportAsCsv) {
    ASSERT_TRUE(window->addIntegral(3.90, 4.35));
    ASSERT_TRUE(window->addIntegral(1.00, 1.50));
    const QString path = temp.filePath("peaks.csv");
    ASSERT_TRUE(window->exportPeaks(path)) << window->lastError().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    const int peaksAt = int(lines.indexOf("# peaks")),
              integralsAt = int(lines.indexOf("# integrals"));
    ASSERT_GE(peaksAt, 0);
    ASSERT_GT(integralsAt, peaksAt);
    // Quartet, singlet and triplet: 4 + 1 + 3 lines, highest ppm first.
    EXPECT_EQ(integralsAt - peaksAt - 2, 8);
    // The quartet's outermost line: 4.12 ppm + 1.5 × 7.1 Hz / 90 MHz.
    EXPECT_NEAR(lines[peaksAt + 2].section(',', 0, 0).toDouble(), 4.12 + 1.5 * 7.1 / 90.0, 0.002);
    EXPECT_EQ(lines.size() - integralsAt - 2, 2);
    EXPECT_TRUE(lines[integralsAt + 1].contains("protons_h"));
}

} // namespace

// The same window for spin system files: NMReDATA (issue 16 item 5) exported as an SD file comes
// back through the import with its shifts, proton counts and couplings, drawn over the spectrum.
struct SpinSystemFiles : Integrals {};

TEST_F(SpinSystemFiles, ASpinSystemGoesOutAsNmredataAndComesBack) {
    SpinSystem system;
    system.addGroup(4.12, 2);
    system.addGroup(1.26, 3);
    system.setCouplingHz(0, 1, 7.1);
    const QString json = temp.filePath("ethyl.json");
    QFile out(json);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(QByteArray::fromStdString(spinSystemToJson(system)));
    out.close();
    ASSERT_TRUE(window->applySpinSystemFile(json)) << window->lastError().toStdString();
    const QString sdf = temp.filePath("ethyl.sdf");
    ASSERT_TRUE(window->exportNmredata(sdf)) << window->lastError().toStdString();
    QFile in(sdf);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(in.readAll());
    EXPECT_TRUE(text.contains("NMREDATA_1D_1H"));
    EXPECT_TRUE(text.contains("Larmor=")); // the document's field
    window->closeAll();
    QSignalSpy opened(window.get(), &MainWindow::documentOpened);
    window->openFiles({kExample});
    ASSERT_TRUE(opened.wait(10000));
    ASSERT_TRUE(window->applySpinSystemFile(sdf)) << window->lastError().toStdString();
    const SpinSystem back = window->currentDocument()->system;
    ASSERT_EQ(back.size(), 2u);
    EXPECT_NEAR(back.group(0).shiftPpm, 4.12, 1e-3);
    EXPECT_EQ(back.group(1).protonCount, 3);
    EXPECT_NEAR(std::abs(back.couplingHz(0, 1)), 7.1, 0.01);
    EXPECT_FALSE(window->applySpinSystemFile(temp.filePath("absent.sdf")));
}

// The analysis's regions become integrals by hand (the fake analysis gives two: the CH2 quartet
// as 2 H over 4.05–4.20 ppm, which leaves its outer lines out, and the acetyl singlet as 3 H);
// the region with the most protons keeps its count, the other follows by area.
TEST_F(Integrals, TheAnalysisRegionsBecomeIntegralsByHand) {
    EXPECT_FALSE(window->integralsFromAnalysis()); // no analysis yet
    QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
    window->analyzeCurrent();
    ASSERT_TRUE(finished.wait(30000)) << window->lastError().toStdString();
    ASSERT_TRUE(window->integralsFromAnalysis()) << window->lastError().toStdString();
    const auto rows = window->manualIntegralRows();
    ASSERT_EQ(rows.size(), 2u);
    auto protonsAt = [&](double ppm) {
        for (const auto& row : rows)
            if (std::min(row.rangePpm.fromPpm, row.rangePpm.toPpm) < ppm &&
                std::max(row.rangePpm.fromPpm, row.rangePpm.toPpm) > ppm)
                return row.protons;
        return -1.0;
    };
    EXPECT_DOUBLE_EQ(protonsAt(2.06), 3.0); // the reference keeps its 3 H
    // The quartet's inner lines (6/8 of 2 H) and a little of the outer lines' wings.
    EXPECT_GT(protonsAt(4.12), 1.4);
    EXPECT_LT(protonsAt(4.12), 1.8);
    ASSERT_TRUE(window->undo());
    EXPECT_TRUE(window->manualIntegralRows().empty());
}

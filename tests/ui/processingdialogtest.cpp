// The Processing dialog (issue 16) shows a document's settings and gives them back as edited.
#include "processingdialog.h"

#include "metatypes.h"
#include "qcustomplotinclude.h"
#include "spectrumview.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

TEST(ProcessingDialog, ShowsTheSettingsAndMovesALineByTheReferenceOffset) {
    ProcessOptions current;
    current.extraPh0Deg = 12.5;
    current.extraPh1Deg = -40.0;
    current.pivotPpm = 7.26;
    current.lineBroadeningHz = 0.5;
    current.baseline = false;
    current.referenceOffsetPpm = 0.01;
    current.preferFid = true; // not shown, must survive
    current.baselineRegionsPpm = {{9.5, 11.0}, {-0.5, 0.4}};
    current.baselineOrder = 2;
    current.gaussianBroadeningHz = 1.5;
    current.zeroFillFactor = 8;
    ProcessingDialog dialog(current);
    if (const QString dir = qEnvironmentVariable("SPINHANCE_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + "/processing-dialog.png");
    ProcessOptions back = dialog.options();
    EXPECT_DOUBLE_EQ(back.extraPh0Deg, 12.5);
    EXPECT_DOUBLE_EQ(back.extraPh1Deg, -40.0);
    ASSERT_TRUE(back.pivotPpm.has_value());
    EXPECT_NEAR(*back.pivotPpm, 7.26, 1e-9);
    EXPECT_DOUBLE_EQ(back.lineBroadeningHz, 0.5);
    EXPECT_DOUBLE_EQ(back.gaussianBroadeningHz, 1.5);
    EXPECT_EQ(back.zeroFillFactor, 8);
    EXPECT_FALSE(back.baseline);
    EXPECT_TRUE(back.reference);
    EXPECT_TRUE(back.preferFid);
    ASSERT_EQ(back.baselineRegionsPpm.size(), 2u);
    EXPECT_DOUBLE_EQ(back.baselineRegionsPpm[1].fromPpm, -0.5);
    EXPECT_DOUBLE_EQ(back.baselineRegionsPpm[1].toPpm, 0.4);
    EXPECT_EQ(back.baselineOrder, 2);
    EXPECT_FALSE(back.baselineSpline);
    // The spline shape round-trips through the dialog's combo box.
    current.baselineSpline = true;
    EXPECT_TRUE(ProcessingDialog(current).options().baselineSpline);

    // "The line at 2.10 ppm is at 2.05 ppm" moves the axis by −0.05 ppm on top of the offset.
    const auto boxes = dialog.findChildren<QDoubleSpinBox*>();
    ASSERT_EQ(boxes.size(), 8);
    boxes[6]->setValue(2.10);
    boxes[7]->setValue(2.05);
    QPushButton* move = nullptr;
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QObject::tr("Move")) move = button;
    ASSERT_NE(move, nullptr);
    move->click();
    EXPECT_NEAR(dialog.options().referenceOffsetPpm, 0.01 - 0.05, 1e-9);

    QSignalSpy applied(&dialog, &ProcessingDialog::applyRequested);
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text().contains("Apply")) button->click();
    EXPECT_EQ(applied.count(), 1);
}

// Referencing by hand: a click near a line picks the line's top, not the pixel clicked.
TEST(SpectrumViewPicking, AClickPicksTheTallestPointNearIt) {
    DisplayTrace trace;
    for (int i = 0; i <= 4000; ++i) {
        const double ppm = i * 0.001; // 0–4 ppm
        trace.ppm.push_back(ppm);
        trace.intensity.push_back(1.0 / (1.0 + std::pow((ppm - 2.0) / 0.002, 2)));
    }
    SpectrumView view;
    view.resize(900, 500);
    view.setTraces({{"test", &trace}}, SpectrumView::Layout::Overlay);
    view.show();
    EXPECT_NEAR(view.snapToLine(2.02), 2.0, 1e-9);
    EXPECT_NEAR(view.snapToLine(3.5), 3.5 - 0.03,
                1e-9); // no line there: the point nearest the one at 2 ppm
    QSignalSpy picked(&view, &SpectrumView::linePicked);
    view.startPicking();
    auto* plot = view.findChild<QCustomPlot*>();
    ASSERT_NE(plot, nullptr);
    plot->replot();
    const QPoint at(int(plot->xAxis->coordToPixel(2.015)), plot->height() / 2);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
    ASSERT_EQ(picked.count(), 1);
    EXPECT_NEAR(picked.front().front().toDouble(), 2.0, 1e-9);
}

// Phasing with the mouse: up by 40 pixels adds 20° of zero-order phase (Shift: first order), the
// dialog previews while dragging and applies once at the end.
TEST(SpectrumViewPicking, AVerticalDragPhasesAndTheDialogAppliesAtItsEnd) {
    DisplayTrace trace{{0.0, 1.0, 2.0}, {0.0, 1.0, 0.0}};
    SpectrumView view;
    view.resize(900, 500);
    view.setTraces({{"test", &trace}}, SpectrumView::Layout::Overlay);
    view.show();
    ProcessingDialog dialog(ProcessOptions{});
    QObject::connect(&view, &SpectrumView::phaseDragStarted, &dialog,
                     &ProcessingDialog::beginPhaseDrag);
    QObject::connect(&view, &SpectrumView::phaseDragged, &dialog, &ProcessingDialog::dragPhase);
    QObject::connect(&view, &SpectrumView::phaseDragFinished, &dialog,
                     &ProcessingDialog::endPhaseDrag);
    QSignalSpy previews(&dialog, &ProcessingDialog::previewRequested);
    QSignalSpy applied(&dialog, &ProcessingDialog::applyRequested);
    view.setPhaseMode(true);
    auto* plot = view.findChild<QCustomPlot*>();
    ASSERT_NE(plot, nullptr);
    const QPoint start(400, 300);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, start);
    QTest::mouseMove(plot, start - QPoint(0, 40));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, start - QPoint(0, 40));
    ASSERT_GE(previews.count(), 1);
    ASSERT_EQ(applied.count(), 1);
    const auto options = applied.front().front().value<ProcessOptions>();
    EXPECT_NEAR(options.extraPh0Deg, 40 * SpectrumView::kPhaseDegPerPixel, 1e-9);
    EXPECT_EQ(options.extraPh1Deg, 0.0);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, start);
    QTest::mouseMove(plot, start + QPoint(0, 20));
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, start + QPoint(0, 20));
    ASSERT_EQ(applied.count(), 2);
    const auto second = applied.back().front().value<ProcessOptions>();
    EXPECT_NEAR(second.extraPh0Deg, 20.0, 1e-9); // kept from the first drag
    EXPECT_NEAR(second.extraPh1Deg, -20 * SpectrumView::kPhaseDegPerPixel, 1e-9);
    QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, start); // a click changes nothing
    EXPECT_EQ(applied.count(), 2);
}

// Baseline by hand: regions dragged on the spectrum join the dialog's signal-free regions; an
// integral drag does not.
TEST(SpectrumViewPicking, DraggedSignalFreeRegionsJoinTheBaselineRegions) {
    DisplayTrace trace{{0.0, 5.0, 10.0}, {0.0, 1.0, 0.0}};
    SpectrumView view;
    view.resize(900, 500);
    view.setTraces({{"test", &trace}}, SpectrumView::Layout::Overlay);
    view.show();
    ProcessOptions current;
    current.baselineRegionsPpm = {{9.5, 11.0}};
    ProcessingDialog dialog(current);
    QObject::connect(&view, &SpectrumView::baselineRegionDragged, &dialog,
                     &ProcessingDialog::addBaselineRegion);
    QSignalSpy integrals(&view, &SpectrumView::integralDragged);
    view.setRegionMode(SpectrumView::RegionMode::Baseline);
    auto* plot = view.findChild<QCustomPlot*>();
    ASSERT_NE(plot, nullptr);
    plot->xAxis->setRange(0.0, 10.0);
    const int y = plot->height() / 2;
    const QPoint from(int(plot->xAxis->coordToPixel(0.5)), y),
        to(int(plot->xAxis->coordToPixel(-0.3)), y);
    QTest::mousePress(plot, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::NoModifier, to);
    EXPECT_EQ(integrals.count(), 0);
    const ProcessOptions back = dialog.options();
    ASSERT_EQ(back.baselineRegionsPpm.size(), 2u);
    const PpmRange dragged = back.baselineRegionsPpm[1];
    EXPECT_NEAR(std::max(dragged.fromPpm, dragged.toPpm), 0.5, 0.03); // a pixel is ~0.012 ppm
    EXPECT_NEAR(std::min(dragged.fromPpm, dragged.toPpm), -0.3, 0.03);
    // Phasing takes the mouse over: no region mode is left behind.
    view.setPhaseMode(true);
    EXPECT_EQ(view.regionMode(), SpectrumView::RegionMode::Off);
}

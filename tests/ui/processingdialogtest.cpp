// The Processing dialog (issue 16) shows a document's settings and gives them back as edited.
#include "processingdialog.h"

#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
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
    ProcessingDialog dialog(current);
    ProcessOptions back = dialog.options();
    EXPECT_DOUBLE_EQ(back.extraPh0Deg, 12.5);
    EXPECT_DOUBLE_EQ(back.extraPh1Deg, -40.0);
    ASSERT_TRUE(back.pivotPpm.has_value());
    EXPECT_NEAR(*back.pivotPpm, 7.26, 1e-9);
    EXPECT_DOUBLE_EQ(back.lineBroadeningHz, 0.5);
    EXPECT_FALSE(back.baseline);
    EXPECT_TRUE(back.reference);
    EXPECT_TRUE(back.preferFid);

    // "The line at 2.10 ppm is at 2.05 ppm" moves the axis by −0.05 ppm on top of the offset.
    const auto boxes = dialog.findChildren<QDoubleSpinBox*>();
    ASSERT_EQ(boxes.size(), 7);
    boxes[5]->setValue(2.10);
    boxes[6]->setValue(2.05);
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

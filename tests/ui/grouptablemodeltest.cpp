#include "grouptablemodel.h"

#include "fakeservices.h"

#include <QColor>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

QString cell(const QAbstractItemModel& model, int row, int column) {
    return model.data(model.index(row, column), Qt::DisplayRole).toString();
}

} // namespace

TEST(GroupTableModel, ShowsGroupsWithDerivedMultiplicity) {
    SpinSystem system = fakes::ethylSystem();
    GroupTableModel model;
    model.setSystem(&system, {0.99, 0.97, 0.95}, 90.0);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, GroupTableModel::Shift), "4.120");
    EXPECT_EQ(cell(model, 0, GroupTableModel::Multiplicity), "q");
    EXPECT_EQ(cell(model, 1, GroupTableModel::Multiplicity), "s");
    EXPECT_EQ(cell(model, 2, GroupTableModel::Multiplicity), "t");
    EXPECT_EQ(cell(model, 2, GroupTableModel::Couplings), "7.1");
    EXPECT_EQ(cell(model, 1, GroupTableModel::Confidence), "0.97");
}

TEST(GroupTableModel, EditingWritesTheSystemAndSignals) {
    SpinSystem system = fakes::ethylSystem();
    GroupTableModel model;
    model.setSystem(&system, {}, 90.0);
    QSignalSpy edited(&model, &GroupTableModel::systemEdited);
    EXPECT_TRUE(model.setData(model.index(0, GroupTableModel::Shift), 1.40, Qt::EditRole));
    EXPECT_DOUBLE_EQ(system.group(0).shiftPpm, 1.40);
    // 0.14 ppm from its partner at 90 MHz: Δν/J ≈ 1.8, second order.
    EXPECT_EQ(cell(model, 0, GroupTableModel::Multiplicity), "m");
    EXPECT_FALSE(model.setData(model.index(1, GroupTableModel::Protons), 0, Qt::EditRole));
    EXPECT_TRUE(model.setData(model.index(1, GroupTableModel::Protons), 2, Qt::EditRole));
    EXPECT_EQ(system.group(1).protonCount, 2);
    EXPECT_FALSE(model.setData(model.index(1, GroupTableModel::Multiplicity), "d", Qt::EditRole));
    EXPECT_EQ(edited.count(), 2);
}

TEST(CouplingMatrixModel, EditsStaySymmetricAndColourByMagnitude) {
    SpinSystem system = fakes::ethylSystem();
    CouplingMatrixModel model;
    model.setSystem(&system);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(cell(model, 0, 2), "7.1");
    EXPECT_EQ(cell(model, 2, 0), "7.1");
    QSignalSpy edited(&model, &CouplingMatrixModel::systemEdited);
    EXPECT_TRUE(model.setData(model.index(1, 0), -1.5, Qt::EditRole));
    EXPECT_DOUBLE_EQ(system.couplingHz(0, 1), -1.5);
    EXPECT_FALSE(model.setData(model.index(1, 1), 3.0, Qt::EditRole));
    EXPECT_EQ(edited.count(), 1);
    EXPECT_EQ(CouplingMatrixModel::heatColor(0.0), QColor(255, 255, 255));
    EXPECT_GT(CouplingMatrixModel::heatColor(18.0).red(),
              CouplingMatrixModel::heatColor(18.0).blue());
    EXPECT_GT(CouplingMatrixModel::heatColor(-18.0).blue(),
              CouplingMatrixModel::heatColor(-18.0).red());
}

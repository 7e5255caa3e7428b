#include "grouptablemodel.h"

#include "fakeservices.h"
#include "fit/fitproblem.h"
#include "spin/lineshape.h"
#include "spin/simulator.h"

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

// An exchanging OH or NH is one broad line of its own width; a coupled group has none (the fit's
// rule), and a journal line calls such a group "br s".
TEST(GroupTableModel, OnlyAnUncoupledGroupTakesALineWidthOfItsOwn) {
    SpinSystem system = fakes::ethylSystem();
    GroupTableModel model;
    model.setSystem(&system, {}, 90.0);
    QSignalSpy edited(&model, &GroupTableModel::systemEdited);
    const QModelIndex coupled = model.index(0, GroupTableModel::ExtraWidth),
                      single = model.index(1, GroupTableModel::ExtraWidth);
    EXPECT_EQ(cell(model, 1, GroupTableModel::ExtraWidth), "0.0");
    EXPECT_EQ(cell(model, 0, GroupTableModel::ExtraWidth), "");
    EXPECT_TRUE(model.flags(single) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.flags(coupled) & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(coupled, 5.0, Qt::EditRole));
    EXPECT_FALSE(model.setData(single, -1.0, Qt::EditRole));
    EXPECT_FALSE(model.setData(single, 5000.0, Qt::EditRole));
    EXPECT_FALSE(model.setData(single, QStringLiteral("wide"), Qt::EditRole));
    EXPECT_EQ(edited.count(), 0);
    EXPECT_TRUE(model.setData(single, 12.5, Qt::EditRole));
    EXPECT_DOUBLE_EQ(system.group(1).extraWidthHz, 12.5);
    EXPECT_DOUBLE_EQ(model.data(single, Qt::EditRole).toDouble(), 12.5);
    EXPECT_EQ(cell(model, 1, GroupTableModel::Multiplicity), "br s");
    EXPECT_EQ(system.group(0).extraWidthHz, 0.0);
    EXPECT_EQ(edited.count(), 1);
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

// Issue 16: the table and the matrix agree on sign and value. A geminal CH2 pair (²J −12.5 Hz,
// each proton also coupled 7.0 Hz to a CH3): the |J| column gives the magnitudes a journal line
// gives and says so in its header; J ± carries the same signed value as the matrix.
TEST(GroupTableModel, SignedCouplingsAgreeWithTheMatrixAndTheJColumnSaysItIsMagnitudes) {
    SpinSystem system;
    system.addGroup(4.50, 1);
    system.addGroup(3.60, 1);
    system.addGroup(1.20, 3);
    system.setCouplingHz(0, 1, -12.5);
    system.setCouplingHz(0, 2, 7.0);
    system.setCouplingHz(1, 2, 7.0);
    GroupTableModel table;
    table.setSystem(&system, {}, 400.0);
    table.setErrors({0.001, 0.001, 0.001}, std::vector<double>(9, 0.05));
    CouplingMatrixModel matrix;
    matrix.setSystem(&system);
    EXPECT_EQ(table.headerData(GroupTableModel::Couplings, Qt::Horizontal, Qt::DisplayRole),
              "|J| (Hz)");
    EXPECT_FALSE(table.headerData(GroupTableModel::Couplings, Qt::Horizontal, Qt::ToolTipRole)
                     .toString()
                     .isEmpty());
    EXPECT_EQ(cell(table, 0, GroupTableModel::Multiplicity), "dq");
    EXPECT_EQ(cell(table, 0, GroupTableModel::Couplings), "12.5, 7.0");
    const double matrixHz = matrix.data(matrix.index(0, 1), Qt::EditRole).toDouble();
    EXPECT_DOUBLE_EQ(matrixHz, -12.5);
    EXPECT_TRUE(cell(table, 0, GroupTableModel::CouplingErrors).startsWith("-12.50 ± 0.05"))
        << cell(table, 0, GroupTableModel::CouplingErrors).toStdString();
}

// A fit leaves a parameter the data do not determine (a J at zero) with an infinite standard
// error: the table says ∞, never "± inf" or a number that reads as measured.
TEST(GroupTableModel, AnUndeterminedErrorReadsInfinity) {
    SpinSystem system;
    system.addGroup(7.16, 1);
    system.addGroup(5.13, 1);
    system.setCouplingHz(0, 1, -1e-4);
    GroupTableModel table;
    table.setSystem(&system, {}, 500.0);
    table.setErrors({HUGE_VAL, 0.001}, {0.0, HUGE_VAL, HUGE_VAL, 0.0});
    EXPECT_EQ(cell(table, 0, GroupTableModel::ShiftError), "± ∞");
    EXPECT_EQ(cell(table, 1, GroupTableModel::ShiftError), "± 0.001");
    EXPECT_EQ(cell(table, 0, GroupTableModel::CouplingErrors), "-0.00 ± ∞");
}

TEST(GroupTableModel, ACouplingTheFitHeldReadsHeldNotAnError) {
    // AMX2 at 60 MHz, fitted with J_AX kept at its start as a template's textbook J is: the fit
    // gives it error 0, which is no measurement, so the table must not show "± 0".
    SpinSystem truth;
    truth.addGroup(7.0, 1);
    truth.addGroup(6.5, 1);
    truth.addGroup(4.0, 2);
    truth.setCouplingHz(0, 1, 8.0);
    truth.setCouplingHz(0, 2, 1.5);
    truth.setCouplingHz(1, 2, 6.0);
    FitData data;
    data.grid = {3.5, 7.5, 4096};
    data.fieldMHz = 60.0;
    SimulationOptions simulation;
    simulation.fieldMHz = 60.0;
    data.intensity = renderSpectrum(simulateSticks(truth, simulation), data.grid, 60.0);
    FitOptions options;
    options.fixedCouplings = {"A-C"};
    const FitResult fit = fitSpinSystem(data, truth, {}, options);
    SpinSystem shown = fit.system;
    GroupTableModel table;
    table.setSystem(&shown, {}, 60.0);
    table.setErrors(fit.shiftErrorPpm, fit.couplingErrorHz, fit.couplingHeld);
    const QString a = cell(table, 0, GroupTableModel::CouplingErrors);
    EXPECT_TRUE(a.startsWith("8.00 ± ")) << a.toStdString();
    EXPECT_TRUE(a.endsWith(", 1.50 (held)")) << a.toStdString();
    EXPECT_FALSE(cell(table, 1, GroupTableModel::CouplingErrors).contains("held"));
}

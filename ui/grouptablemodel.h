#pragma once

#include "spin/spinsystem.h"

#include <QAbstractTableModel>
#include <vector>

namespace spinhance::ui {

/// The group table: label, δ (ppm) and its fit error, nH, multiplicity (derived from the
/// couplings), J (Hz), an uncoupled group's own extra line width (Hz; an exchanging NH or OH),
/// confidence and the fit errors of the group's couplings. δ, nH and the extra width are editable;
/// every edit emits systemEdited() so the overlay re-simulates.
class GroupTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    /// The long list of coupling errors comes last (the view stretches it): before it, it pushed
    /// the width and the confidence out of a default-sized window.
    enum Column {
        Label,
        Shift,
        ShiftError,
        Protons,
        Multiplicity,
        Couplings,
        ExtraWidth,
        Confidence,
        CouplingErrors,
        ColumnCount
    };

    explicit GroupTableModel(QObject* parent = nullptr);

    /// Shows `system` (not owned; edits write into it). nullptr clears the table.
    void setSystem(SpinSystem* system, std::vector<double> confidence, double fieldMHz);
    /// Standard errors from a fit (per group; row-major n×n); empty vectors blank the ± columns.
    /// The last fit's errors; `couplingHeld` (row-major n × n, may be empty) marks the J it kept
    /// at their start, which show "held" instead of an error.
    void setErrors(std::vector<double> shiftErrorPpm, std::vector<double> couplingErrorHz,
                   std::vector<char> couplingHeld = {});
    /// Call after the system changed elsewhere (e.g. the coupling matrix).
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

Q_SIGNALS:
    void systemEdited();

private:
    QVariant displayData(int row, int column) const;
    QString couplingErrorText(std::size_t group) const;

    SpinSystem* m_system = nullptr;
    std::vector<double> m_confidence;
    std::vector<double> m_shiftErrorPpm;
    std::vector<double> m_couplingErrorHz;
    std::vector<char> m_couplingHeld;
    double m_fieldMHz = 90.0;
};

/// The coupling matrix as a heat map (cell colour ∝ |J|, red positive, blue negative), values in
/// Hz, editable off the diagonal (J_ij and J_ji change together).
class CouplingMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit CouplingMatrixModel(QObject* parent = nullptr);

    void setSystem(SpinSystem* system);
    void refresh();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    /// Heat-map colour of a coupling (white at 0, saturated at ±18 Hz).
    static QColor heatColor(double couplingHz);

Q_SIGNALS:
    void systemEdited();

private:
    SpinSystem* m_system = nullptr;
};

} // namespace spinhance::ui

#pragma once

#include "analysis/multiplettable.h"

#include <QAbstractTableModel>
#include <vector>

namespace spinhance::ui {

/// The multiplet table of the last analysis (analysis::multipletTable, as NMRium's ranges table):
/// range and centre (ppm), first-order pattern, the splittings its lines show (Hz) and the
/// integral on the molecule's proton scale; read-only, highest ppm first, the rows File > Export
/// > Multiplet table writes.
class MultipletTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Range, Centre, Multiplicity, Couplings, Protons, ColumnCount };

    explicit MultipletTableModel(QObject* parent = nullptr);

    void setRows(std::vector<analysis::MultipletRow> rows);
    const std::vector<analysis::MultipletRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<analysis::MultipletRow> m_rows; ///< highest ppm first
};

} // namespace spinhance::ui

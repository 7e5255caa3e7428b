#include "multiplettablemodel.h"

#include <QStringList>
#include <algorithm>

namespace spinhance::ui {

MultipletTableModel::MultipletTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void MultipletTableModel::setRows(std::vector<analysis::MultipletRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    // As a journal line and the peak table list them: highest ppm first.
    std::sort(m_rows.begin(), m_rows.end(),
              [](const auto& a, const auto& b) { return a.centrePpm > b.centrePpm; });
    endResetModel();
}

int MultipletTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MultipletTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MultipletTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size())) return {};
    const analysis::MultipletRow& row = m_rows[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Multiplicity ? Qt::AlignCenter : Qt::AlignRight) |
                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Range:
        return QStringLiteral("%1–%2").arg(row.toPpm, 0, 'f', 3).arg(row.fromPpm, 0, 'f', 3);
    case Centre:
        return QString::number(row.centrePpm, 'f', 3);
    case Multiplicity:
        return QString::fromStdString(row.multiplicity);
    case Couplings: {
        QStringList hz;
        // Largest first, as a journal line gives them.
        for (auto it = row.splittingsHz.rbegin(); it != row.splittingsHz.rend(); ++it)
            hz << QString::number(*it, 'f', 1);
        return hz.join(QStringLiteral(", "));
    }
    case Protons:
        return QStringLiteral("%1 (%2)").arg(row.integralProtons, 0, 'f', 2).arg(row.protons);
    default:
        return {};
    }
}

QVariant MultipletTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case Range:
        return tr("range / ppm");
    case Centre:
        return tr("δ / ppm");
    case Multiplicity:
        return tr("mult.");
    case Couplings:
        return tr("J / Hz");
    case Protons:
        return tr("integral / H");
    default:
        return {};
    }
}

} // namespace spinhance::ui

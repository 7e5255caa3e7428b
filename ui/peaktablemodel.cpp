#include "peaktablemodel.h"

#include "common/error.h"

namespace spinhance::ui {

PeakTableModel::PeakTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PeakTableModel::setPeaks(std::vector<analysis::ListedPeak> peaks) {
    beginResetModel();
    m_peaks = std::move(peaks);
    endResetModel();
}

int PeakTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_peaks.size());
}

int PeakTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeakTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_peaks.size())) return {};
    const analysis::ListedPeak& peak = m_peaks[std::size_t(index.row())];
    if (role == Qt::TextAlignmentRole) return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    // Rounded to what the numbers mean, as in the CSV export: 0.0001 ppm, 0.01 Hz.
    switch (index.column()) {
    case Shift:
        return QString::number(peak.ppm, 'f', 4);
    case Frequency:
        return QString::number(peak.hz, 'f', 2);
    case Height:
        return QString::number(peak.height, 'g', 4);
    default:
        return {};
    }
}

QVariant PeakTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case Shift:
        return tr("δ / ppm");
    case Frequency:
        return tr("ν / Hz");
    case Height:
        return tr("height");
    default:
        return {};
    }
}

std::vector<analysis::ListedPeak> peaksOrNone(const Spectrum& spectrum) {
    try {
        return analysis::peakList(spectrum);
    } catch (const Error&) {
        return {};
    }
}

} // namespace spinhance::ui

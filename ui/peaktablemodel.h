#pragma once

#include "analysis/peaklist.h"

#include <QAbstractTableModel>
#include <vector>

namespace spinhance::ui {

/// The current spectrum's peak list (analysis::peakList, 5 noise σ): δ (ppm), ν (Hz from
/// 0 ppm) and height, highest ppm first, read-only: the peaks that File > Export > Peaks and
/// integrals writes, on screen.
class PeakTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Shift, Frequency, Height, ColumnCount };

    explicit PeakTableModel(QObject* parent = nullptr);

    void setPeaks(std::vector<analysis::ListedPeak> peaks);
    const std::vector<analysis::ListedPeak>& peaks() const { return m_peaks; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<analysis::ListedPeak> m_peaks;
};

/// The peak list of `spectrum`, or none where it cannot be listed (no frequency-domain data, no
/// field): the table stays empty rather than showing an error for every FID being processed.
std::vector<analysis::ListedPeak> peaksOrNone(const Spectrum& spectrum);

} // namespace spinhance::ui

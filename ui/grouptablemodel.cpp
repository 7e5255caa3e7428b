#include "grouptablemodel.h"

#include "report/multiplicity.h"
#include "spectrumview.h"
#include "spin/couplinggraph.h"
#include "spin/spinlimits.h"

#include <QColor>
#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

QString couplingList(const std::vector<double>& couplingsHz) {
    QStringList parts;
    for (double j : couplingsHz)
        parts << QString::number(j, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

// A fit's standard error with two significant digits, or ∞ where the data do not determine the
// parameter (a J at zero, two parameters with one effect).
QString errorNumber(double error) {
    return std::isfinite(error) ? QString::number(error, 'g', 2) : QStringLiteral("∞");
}

} // namespace

GroupTableModel::GroupTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void GroupTableModel::setSystem(SpinSystem* system, std::vector<double> confidence,
                                double fieldMHz) {
    beginResetModel();
    m_system = system;
    m_confidence = std::move(confidence);
    m_shiftErrorPpm.clear();
    m_couplingErrorHz.clear();
    m_couplingHeld.clear();
    m_fieldMHz = fieldMHz > 0.0 ? fieldMHz : 90.0;
    endResetModel();
}

void GroupTableModel::setErrors(std::vector<double> shiftErrorPpm,
                                std::vector<double> couplingErrorHz,
                                std::vector<char> couplingHeld) {
    m_shiftErrorPpm = std::move(shiftErrorPpm);
    m_couplingErrorHz = std::move(couplingErrorHz);
    m_couplingHeld = std::move(couplingHeld);
    refresh();
}

// "7.10 ± 0.02, 1.70 (held)": each coupling of the group, largest first, with its fit error, or
// "held" where the fit kept it at its start (a textbook J): ± 0 would read as exact.
QString GroupTableModel::couplingErrorText(std::size_t group) const {
    const std::size_t n = m_system->size();
    if (m_couplingErrorHz.size() != n * n) return {};
    const bool anyHeld = m_couplingHeld.size() == n * n;
    std::vector<std::pair<double, std::size_t>> pairs; // J, partner
    for (std::size_t j = 0; j < n; ++j)
        if (j != group && m_system->couplingHz(group, j) != 0.0)
            pairs.push_back({m_system->couplingHz(group, j), j});
    std::sort(pairs.begin(), pairs.end(),
              [](const auto& a, const auto& b) { return std::abs(a.first) > std::abs(b.first); });
    QStringList parts;
    for (const auto& [jHz, partner] : pairs)
        parts << (anyHeld && m_couplingHeld[group * n + partner]
                      ? tr("%1 (held)").arg(jHz, 0, 'f', 2)
                      : QStringLiteral("%1 ± %2")
                            .arg(jHz, 0, 'f', 2)
                            .arg(errorNumber(m_couplingErrorHz[group * n + partner])));
    return parts.join(QStringLiteral(", "));
}

void GroupTableModel::refresh() {
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int GroupTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_system ? 0 : int(m_system->size());
}

int GroupTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupTableModel::displayData(int row, int column) const {
    const SpinGroup& group = m_system->group(std::size_t(row));
    MultiplicityOptions options;
    options.fieldMHz = m_fieldMHz;
    switch (column) {
    case Label:
        return QString::fromStdString(group.label);
    case Shift:
        return QString::number(group.shiftPpm, 'f', 3);
    case ShiftError:
        if (std::size_t(row) >= m_shiftErrorPpm.size()) return {};
        return QStringLiteral("± %1").arg(errorNumber(m_shiftErrorPpm[std::size_t(row)]));
    case Protons:
        return group.protonCount;
    case CouplingErrors:
        return couplingErrorText(std::size_t(row));
    case Multiplicity:
        return QString::fromStdString(
            describeMultiplicity(*m_system, std::size_t(row), options).label);
    case Couplings:
        return couplingList(describeMultiplicity(*m_system, std::size_t(row), options).couplingsHz);
    case ExtraWidth:
        // Only an uncoupled group has a line of its own (the fit's rule, SpinGroup); a coupled
        // one shows nothing rather than a width nothing uses.
        return isUncoupled(*m_system, std::size_t(row))
                   ? QVariant(QString::number(group.extraWidthHz, 'f', 1))
                   : QVariant();
    case Confidence:
        return std::size_t(row) < m_confidence.size()
                   ? QVariant(QString::number(m_confidence[std::size_t(row)], 'f', 2))
                   : QVariant();
    default:
        return {};
    }
}

QVariant GroupTableModel::data(const QModelIndex& index, int role) const {
    if (!m_system || !index.isValid()) return {};
    if (role == Qt::DisplayRole) return displayData(index.row(), index.column());
    if (role == Qt::EditRole && index.column() == Shift)
        return m_system->group(std::size_t(index.row())).shiftPpm;
    if (role == Qt::EditRole && index.column() == Protons)
        return m_system->group(std::size_t(index.row())).protonCount;
    if (role == Qt::EditRole && index.column() == ExtraWidth)
        return m_system->group(std::size_t(index.row())).extraWidthHz;
    if (role == Qt::DecorationRole && index.column() == Label)
        return SpectrumView::groupColor(index.row());
    return {};
}

QVariant GroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == Couplings)
        return tr("Splittings of the multiplet (magnitudes, as in the journal line); the signed "
                  "couplings are in the matrix and in J ±");
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && section == ExtraWidth)
        return tr("Line width an uncoupled group has beyond the common one (Hz): an NH, OH or "
                  "COOH proton exchanging at an intermediate rate is one broad line. The fit "
                  "refines a width above 0; a coupled group keeps the common width.");
    if (role != Qt::DisplayRole) return {};
    if (orientation == Qt::Vertical) return section + 1;
    switch (section) {
    case Label:
        return tr("Group");
    case Shift:
        return tr("δ (ppm)");
    case ShiftError:
        return tr("δ ± (ppm)");
    case CouplingErrors:
        return tr("J ± (Hz)");
    case ExtraWidth:
        return tr("+Width (Hz)");
    case Protons:
        return tr("nH");
    case Multiplicity:
        return tr("Mult.");
    case Couplings:
        // The multiplet's splittings, as a journal line gives them: magnitudes. The signed values
        // are in the coupling matrix and the J ± column, which always agree.
        return tr("|J| (Hz)");
    case Confidence:
        return tr("Conf.");
    default:
        return {};
    }
}

Qt::ItemFlags GroupTableModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Shift || index.column() == Protons) flags |= Qt::ItemIsEditable;
    if (index.column() == ExtraWidth && m_system && index.isValid() &&
        isUncoupled(*m_system, std::size_t(index.row())))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool GroupTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_system || role != Qt::EditRole) return false;
    bool ok = false;
    SpinGroup& group = m_system->group(std::size_t(index.row()));
    if (index.column() == Shift) {
        const double shiftPpm = value.toDouble(&ok);
        if (!ok || !std::isfinite(shiftPpm)) return false;
        group.shiftPpm = shiftPpm;
    } else if (index.column() == Protons) {
        const int protons = value.toInt(&ok);
        if (!ok || protons < 1 || protons > 18) return false;
        group.protonCount = protons;
    } else if (index.column() == ExtraWidth) {
        const double widthHz = value.toDouble(&ok);
        if (!ok || !(widthHz >= 0.0 && widthHz <= limits::kMaxExtraWidthHz) ||
            !isUncoupled(*m_system, std::size_t(index.row())))
            return false;
        group.extraWidthHz = widthHz;
    } else {
        return false;
    }
    // A shift or count change can change every group's multiplicity.
    refresh();
    Q_EMIT systemEdited();
    return true;
}

CouplingMatrixModel::CouplingMatrixModel(QObject* parent) : QAbstractTableModel(parent) {}

void CouplingMatrixModel::setSystem(SpinSystem* system) {
    beginResetModel();
    m_system = system;
    endResetModel();
}

void CouplingMatrixModel::refresh() {
    if (rowCount() > 0) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, rowCount() - 1));
}

int CouplingMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !m_system ? 0 : int(m_system->size());
}

int CouplingMatrixModel::columnCount(const QModelIndex& parent) const {
    return rowCount(parent);
}

QColor CouplingMatrixModel::heatColor(double couplingHz) {
    const double t = std::min(1.0, std::abs(couplingHz) / 18.0);
    const int fade = int(255.0 * (1.0 - 0.75 * t));
    return couplingHz >= 0.0 ? QColor(255, fade, fade) : QColor(fade, fade, 255);
}

QVariant CouplingMatrixModel::data(const QModelIndex& index, int role) const {
    if (!m_system || !index.isValid()) return {};
    const std::size_t i = std::size_t(index.row()), j = std::size_t(index.column());
    const double couplingHz = i == j ? 0.0 : m_system->couplingHz(i, j);
    switch (role) {
    case Qt::DisplayRole:
        return i == j ? QStringLiteral("—") : QString::number(couplingHz, 'f', 1);
    case Qt::EditRole:
        return couplingHz;
    case Qt::BackgroundRole:
        return i == j ? QColor(230, 230, 230) : heatColor(couplingHz);
    case Qt::ForegroundRole:
        return QColor(Qt::black);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    default:
        return {};
    }
}

QVariant CouplingMatrixModel::headerData(int section, Qt::Orientation, int role) const {
    if (role != Qt::DisplayRole || !m_system || section >= int(m_system->size())) return {};
    return QString::fromStdString(m_system->group(std::size_t(section)).label);
}

Qt::ItemFlags CouplingMatrixModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.row() != index.column()) flags |= Qt::ItemIsEditable;
    return flags;
}

bool CouplingMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_system || role != Qt::EditRole || index.row() == index.column()) return false;
    bool ok = false;
    const double couplingHz = value.toDouble(&ok);
    if (!ok || !std::isfinite(couplingHz) || std::abs(couplingHz) > 40.0) return false;
    m_system->setCouplingHz(std::size_t(index.row()), std::size_t(index.column()), couplingHz);
    Q_EMIT dataChanged(index, index);
    const QModelIndex mirror = this->index(index.column(), index.row());
    Q_EMIT dataChanged(mirror, mirror);
    Q_EMIT systemEdited();
    return true;
}

} // namespace spinhance::ui

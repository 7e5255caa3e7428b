#pragma once

#include <QWidget>

class QCustomPlot;

namespace spinhance::ui {

/// The spectrum plot: ppm axis running right-to-left as chemists read it, wheel zoom and drag pan.
class SpectrumView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrumView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    /// Shows the whole ppm window [lowPpm, highPpm] (drawn high on the left).
    void setPpmRange(double lowPpm, double highPpm);

private:
    QCustomPlot* m_plot = nullptr;
};

} // namespace spinhance::ui

#include "spectrumview.h"

#include "qcustomplotinclude.h"

#include <QVBoxLayout>

namespace spinhance::ui {

SpectrumView::SpectrumView(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->xAxis->setLabel(tr("δ (ppm)"));
    m_plot->yAxis->setLabel(tr("intensity"));
    // Chemists read ppm from high (left) to low (right).
    m_plot->xAxis->setRangeReversed(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    setPpmRange(0.0, 12.0);
    m_plot->yAxis->setRange(0.0, 1.0);
}

void SpectrumView::setPpmRange(double lowPpm, double highPpm) {
    m_plot->xAxis->setRange(lowPpm, highPpm);
    m_plot->replot();
}

} // namespace spinhance::ui

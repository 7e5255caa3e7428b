#include "spectrumview.h"

#include "qcustomplotinclude.h"

#include <QLabel>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace spinhance::ui {

namespace {

QVector<double> toQVector(const std::vector<double>& values) {
    return QVector<double>(values.begin(), values.end());
}

QVector<double> gridAxis(const PpmGrid& grid) {
    QVector<double> axis(grid.points);
    for (int i = 0; i < grid.points; ++i)
        axis[i] = grid.ppmAt(std::size_t(i));
    return axis;
}

} // namespace

SpectrumView::SpectrumView(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_readout(new QLabel(this)),
      m_residualPlot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_residualPlot);
    layout->addWidget(m_readout);
    setupResidualPlot();
    m_readout->setObjectName("cursorReadout");
    m_plot->xAxis->setLabel(tr("δ (ppm)"));
    m_plot->yAxis->setLabel(tr("intensity"));
    // Chemists read ppm from high (left) to low (right).
    m_plot->xAxis->setRangeReversed(true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->setSelectionRectMode(QCP::srmNone);
    m_plot->legend->setVisible(false);
    m_plot->addLayer("simulated", m_plot->layer("main"), QCustomPlot::limBelow);
    connect(m_plot, &QCustomPlot::mousePress, this, &SpectrumView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseMove, this, &SpectrumView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &SpectrumView::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    setPpmRange(kWindowLowPpm, kWindowHighPpm);
    m_plot->yAxis->setRange(-0.05, 1.05);
    m_readout->setText(tr("Wheel: zoom · drag: pan · Ctrl+drag: box zoom · "
                          "double-click: reset · Shift+drag: move the selected multiplet"));
}

void SpectrumView::setPpmRange(double lowPpm, double highPpm) {
    m_lowPpm = lowPpm;
    m_highPpm = highPpm;
    m_plot->xAxis->setRange(lowPpm, highPpm);
    m_plot->replot();
}

void SpectrumView::resetZoom() {
    m_plot->xAxis->setRange(m_lowPpm, m_highPpm);
    m_plot->yAxis->setRange(-0.05, m_topIntensity);
    m_plot->replot();
}

QColor SpectrumView::groupColor(int index) {
    static const QColor palette[] = {{31, 119, 180},  {255, 127, 14},  {44, 160, 44},
                                     {214, 39, 40},   {148, 103, 189}, {140, 86, 75},
                                     {227, 119, 194}, {23, 190, 207}};
    return palette[index % 8];
}

void SpectrumView::setTraces(const std::vector<NamedTrace>& traces, Layout layout) {
    for (QCPGraph* graph : m_measured)
        m_plot->removeGraph(graph);
    m_measured.clear();
    double low = 1e9, high = -1e9;
    const double step = layout == Layout::Stack ? 1.1 : 0.0;
    for (std::size_t k = 0; k < traces.size(); ++k) {
        const DisplayTrace& trace = *traces[k].trace;
        QVector<double> y = toQVector(trace.intensity);
        for (double& v : y)
            v += step * double(k);
        QCPGraph* graph = m_plot->addGraph();
        graph->setName(traces[k].name);
        graph->setData(toQVector(trace.ppm), y, true);
        graph->setPen(
            QPen(k == 0 ? QColor(Qt::black) : QColor(90, 90, 90, 160), k == 0 ? 1.3 : 1.0));
        m_measured.push_back(graph);
        if (!trace.ppm.empty()) {
            low = std::min(low, trace.ppm.front());
            high = std::max(high, trace.ppm.back());
        }
    }
    m_topIntensity = 1.05 + step * double(std::max<std::size_t>(traces.size(), 1) - 1);
    // Benchtop files carry the whole spectral width (±50 ppm at 60 MHz); chemists look at the 1H
    // window, so the reset view shows the data inside −1…13 ppm.
    low = std::max(low, -1.0);
    high = std::min(high, 13.0);
    if (low < high) {
        m_lowPpm = low;
        m_highPpm = high;
    }
    resetZoom();
}

void SpectrumView::setIntegrals(const std::vector<IntegralMark>& marks) {
    for (QCPAbstractItem* item : m_integralItems)
        m_plot->removeItem(item);
    m_integralItems.clear();
    // Just under the top of the axis, where no multiplet reaches in a max-normalised trace.
    const double y = 0.97 * m_topIntensity;
    const QPen pen(QColor(60, 60, 160), 1.5);
    for (const IntegralMark& mark : marks) {
        auto* bracket = new QCPItemLine(m_plot);
        bracket->start->setCoords(mark.fromPpm, y);
        bracket->end->setCoords(mark.toPpm, y);
        bracket->setPen(pen);
        bracket->setHead(QCPLineEnding::esBar);
        bracket->setTail(QCPLineEnding::esBar);
        auto* label = new QCPItemText(m_plot);
        label->position->setCoords(0.5 * (mark.fromPpm + mark.toPpm), y);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop); // under the bracket
        label->setText(tr("%1 H").arg(mark.protons, 0, 'f', 2));
        label->setColor(pen.color());
        m_integralItems.push_back(bracket);
        m_integralItems.push_back(label);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumView::clearOverlay() {
    for (QCPGraph* graph : m_groupGraphs)
        m_plot->removeGraph(graph);
    m_groupGraphs.clear();
    if (m_totalGraph) m_plot->removeGraph(m_totalGraph);
    m_totalGraph = nullptr;
}

void SpectrumView::setOverlay(const Overlay* overlay) {
    clearOverlay();
    m_overlay = overlay;
    if (overlay) {
        const QVector<double> axis = gridAxis(overlay->grid);
        for (std::size_t g = 0; g < overlay->groups.size(); ++g) {
            QCPGraph* graph = m_plot->addGraph();
            graph->setName(tr("group %1").arg(g + 1));
            graph->setData(axis, toQVector(overlay->groups[g]), true);
            m_groupGraphs.push_back(graph);
        }
        m_totalGraph = m_plot->addGraph();
        m_totalGraph->setName(tr("simulated total"));
        m_totalGraph->setData(axis, toQVector(overlay->total), true);
        m_totalGraph->setPen(QPen(QColor(200, 0, 0, 200), 1.2, Qt::DashLine));
        // Simulated curves live on a layer under the measured traces, so the data stay on top.
        for (QCPGraph* graph : m_groupGraphs)
            graph->setLayer("simulated");
        m_totalGraph->setLayer("simulated");
    }
    highlightGroup(m_highlighted < int(m_groupGraphs.size()) ? m_highlighted : -1);
}

void SpectrumView::styleGroupGraph(int index, bool emphasised, bool dimmed) {
    QColor color = groupColor(index);
    QCPGraph* graph = m_groupGraphs[std::size_t(index)];
    graph->setPen(QPen(color, emphasised ? 2.5 : 1.0));
    color.setAlpha(emphasised ? 150 : dimmed ? 25 : 70);
    graph->setBrush(QBrush(color));
}

void SpectrumView::highlightGroup(int group) {
    m_highlighted = group;
    for (int g = 0; g < int(m_groupGraphs.size()); ++g)
        styleGroupGraph(g, g == group, group >= 0 && g != group);
    m_plot->replot();
}

// A peak gets a band at least this wide, so it shows at any zoom.
constexpr double kMinMarkWidthPpm = 0.004;

void SpectrumView::markRange(double fromPpm, double toPpm) {
    clearMark();
    double low = std::min(fromPpm, toPpm), high = std::max(fromPpm, toPpm);
    const double pad = std::max(0.0, kMinMarkWidthPpm - (high - low)) / 2.0;
    m_markedRange = {low, high};
    auto* band = new QCPItemRect(m_plot);
    band->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    band->topLeft->setCoords(high + pad, 0.0);
    band->bottomRight->setCoords(low - pad, 1.0);
    band->setPen(QPen(QColor(230, 120, 0, 160)));
    band->setBrush(QColor(255, 170, 0, 50));
    band->setLayer(QStringLiteral("background"));
    m_mark = band;
    const QCPRange shown = m_plot->xAxis->range();
    if (low < shown.lower || high > shown.upper) {
        const double centre = 0.5 * (low + high), half = 0.5 * shown.size();
        m_plot->xAxis->setRange(centre - half, centre + half);
    }
    m_plot->replot();
}

void SpectrumView::clearMark() {
    if (m_mark) m_plot->removeItem(m_mark);
    m_mark = nullptr;
    m_markedRange.reset();
    m_plot->replot();
}

std::optional<std::pair<double, double>> SpectrumView::markedRange() const {
    return m_markedRange;
}

void SpectrumView::setPhaseMode(bool on) {
    if (!on && !m_phaseMode) return; // leaves a region mode alone
    m_phaseMode = on;
    m_phasing = false;
    if (on) m_regionMode = RegionMode::Off, m_draggingRegion = false;
    m_plot->setInteraction(QCP::iRangeDrag, !on);
    if (on)
        m_plot->setCursor(Qt::SizeVerCursor);
    else
        m_plot->unsetCursor();
}

void SpectrumView::setRegionMode(RegionMode mode) {
    const bool on = mode != RegionMode::Off;
    if (on) setPhaseMode(false);
    m_regionMode = mode;
    m_draggingRegion = false;
    m_plot->setInteraction(QCP::iRangeDrag, !on);
    if (on)
        m_plot->setCursor(Qt::SplitHCursor);
    else
        m_plot->unsetCursor();
}

void SpectrumView::dragRegion(double fromPpm, double toPpm) {
    if (m_regionMode == RegionMode::Integral) Q_EMIT integralDragged(fromPpm, toPpm);
    if (m_regionMode == RegionMode::Baseline) Q_EMIT baselineRegionDragged(fromPpm, toPpm);
}

void SpectrumView::onMousePress(QMouseEvent* event) {
    if (m_regionMode != RegionMode::Off && !m_picking && event->button() == Qt::LeftButton) {
        m_draggingRegion = true;
        m_regionStartPpm = m_plot->xAxis->pixelToCoord(event->position().x());
        auto* preview = new QCPItemRect(m_plot);
        preview->setPen(QPen(QColor(60, 60, 160), 1.0, Qt::DashLine));
        preview->setBrush(QBrush(QColor(60, 60, 160, 40)));
        m_regionPreview = preview;
        return;
    }
    if (m_phaseMode && !m_picking && event->button() == Qt::LeftButton) {
        m_phasing = true;
        m_phaseFirstOrder = event->modifiers() & Qt::ShiftModifier;
        m_phaseStartY = event->position().y();
        Q_EMIT phaseDragStarted();
        return;
    }
    // Box zoom only with Ctrl, so a plain drag keeps panning.
    m_plot->setSelectionRectMode(event->modifiers() & Qt::ControlModifier ? QCP::srmZoom
                                                                          : QCP::srmNone);
    // Shift+drag moves the selected multiplet instead of panning.
    m_dragging = (event->modifiers() & Qt::ShiftModifier) && m_highlighted >= 0 &&
                 m_highlighted < int(m_groupGraphs.size());
    m_plot->setInteraction(QCP::iRangeDrag, !m_dragging);
    m_dragStartPpm = m_plot->xAxis->pixelToCoord(event->position().x());
}

void SpectrumView::startPicking() {
    m_picking = true;
    m_plot->setCursor(Qt::CrossCursor);
}

double SpectrumView::snapToLine(double ppm, double windowPpm) const {
    if (m_measured.empty()) return ppm;
    const auto data = m_measured.front()->data();
    double best = ppm, tallest = -1e300;
    for (auto it = data->findBegin(ppm - windowPpm, false);
         it != data->findEnd(ppm + windowPpm, false); ++it)
        if (it->value > tallest) tallest = it->value, best = it->key;
    return best;
}

void SpectrumView::onMouseRelease(QMouseEvent* event) {
    if (m_picking && event->button() == Qt::LeftButton) {
        m_picking = false;
        m_plot->unsetCursor();
        Q_EMIT linePicked(snapToLine(m_plot->xAxis->pixelToCoord(event->position().x())));
        return;
    }
    if (m_phasing) {
        m_phasing = false;
        Q_EMIT phaseDragFinished();
        return;
    }
    if (m_draggingRegion) {
        m_draggingRegion = false;
        if (m_regionPreview) m_plot->removeItem(m_regionPreview);
        m_regionPreview = nullptr;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
        dragRegion(m_regionStartPpm, m_plot->xAxis->pixelToCoord(event->position().x()));
        return;
    }
    if (!m_dragging) return;
    m_dragging = false;
    m_plot->setInteraction(QCP::iRangeDrag, true);
    const double delta = m_plot->xAxis->pixelToCoord(event->position().x()) - m_dragStartPpm;
    if (delta != 0.0) dragGroup(m_highlighted, delta);
}

void SpectrumView::dragGroup(int group, double deltaPpm) {
    previewGroupShift(group, deltaPpm);
    Q_EMIT groupDragged(group, deltaPpm);
}

void SpectrumView::previewGroupShift(int group, double deltaPpm) {
    if (!m_overlay || group < 0 || group >= int(m_groupGraphs.size())) return;
    QVector<double> axis = gridAxis(m_overlay->grid);
    for (double& ppm : axis)
        ppm += deltaPpm;
    m_groupGraphs[std::size_t(group)]->setData(
        axis, toQVector(m_overlay->groups[std::size_t(group)]), true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SpectrumView::onMouseMove(QMouseEvent* event) {
    const double ppm = m_plot->xAxis->pixelToCoord(event->position().x());
    if (m_dragging) previewGroupShift(m_highlighted, ppm - m_dragStartPpm);
    if (m_draggingRegion && m_regionPreview) {
        auto* preview = static_cast<QCPItemRect*>(m_regionPreview);
        preview->topLeft->setCoords(m_regionStartPpm, m_topIntensity);
        preview->bottomRight->setCoords(ppm, m_plot->yAxis->range().lower);
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    }
    if (m_phasing) { // up turns the phase positive
        const double degrees = (m_phaseStartY - event->position().y()) * kPhaseDegPerPixel;
        Q_EMIT phaseDragged(m_phaseFirstOrder ? 0.0 : degrees, m_phaseFirstOrder ? degrees : 0.0);
    }
    m_readout->setText(tr("δ %1 ppm · %2 Hz (%3 MHz)")
                           .arg(ppm, 0, 'f', 3)
                           .arg(ppm * m_fieldMHz, 0, 'f', 1)
                           .arg(m_fieldMHz, 0, 'f', 1));
    Q_EMIT cursorMoved(ppm, ppm * m_fieldMHz);
}

void SpectrumView::setupResidualPlot() {
    m_residualPlot->setFixedHeight(120);
    m_residualPlot->xAxis->setRangeReversed(true);
    m_residualPlot->yAxis->setLabel(tr("residual"));
    m_residualPlot->xAxis->setTickLabels(false);
    m_residualPlot->hide();
    // The residual follows the main plot's ppm window.
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this](const QCPRange& range) {
                m_residualPlot->xAxis->setRange(range);
                if (m_residualPlot->isVisible())
                    m_residualPlot->replot(QCustomPlot::rpQueuedReplot);
            });
}

void SpectrumView::setFitCurves(const FitCurves* curves) {
    if (m_fittedGraph) m_plot->removeGraph(m_fittedGraph);
    m_fittedGraph = nullptr;
    m_residualPlot->clearGraphs();
    m_residualPlot->setVisible(curves != nullptr);
    if (curves) {
        const QVector<double> axis = gridAxis(curves->grid);
        m_fittedGraph = m_plot->addGraph();
        m_fittedGraph->setName(tr("fitted"));
        m_fittedGraph->setData(axis, toQVector(curves->fitted), true);
        m_fittedGraph->setPen(QPen(QColor(0, 150, 60), 1.4));
        QCPGraph* residual = m_residualPlot->addGraph();
        residual->setName(tr("measured − fitted"));
        residual->setData(axis, toQVector(curves->residual), true);
        residual->setPen(QPen(QColor(0, 110, 45), 1.0));
        double extent = 0.02;
        for (double v : curves->residual)
            extent = std::max(extent, std::abs(v));
        m_residualPlot->yAxis->setRange(-1.1 * extent, 1.1 * extent);
        m_residualPlot->xAxis->setRange(m_plot->xAxis->range());
        m_residualPlot->replot();
    }
    m_plot->replot();
}

std::pair<double, double> SpectrumView::visiblePpmRange() const {
    return {m_plot->xAxis->range().lower, m_plot->xAxis->range().upper};
}

QString SpectrumView::cursorText() const {
    return m_readout->text();
}

// Both image exports go through QSaveFile so that a failed or interrupted export never leaves a
// truncated image in place of a good one.
bool SpectrumView::savePng(const QString& path, int width, int height) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    return m_plot->toPixmap(width, height).save(&file, "PNG") && file.commit();
}

bool SpectrumView::saveSvg(const QString& path, int width, int height) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return false;
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(tr("Spinhance spectrum"));
    QCPPainter painter;
    if (!painter.begin(&generator)) return false;
    m_plot->toPainter(&painter, width, height);
    return painter.end() && file.commit();
}

void SpectrumView::renderResidual(QPainter& painter, const QRect& target) {
    if (!m_fittedGraph) return;
    const QPixmap pixmap =
        m_residualPlot->toPixmap(1000, 1000 * target.height() / std::max(1, target.width()), 3.0);
    painter.drawPixmap(target, pixmap);
}

void SpectrumView::render(QPainter& painter, const QRect& target) {
    // Render at screen size and scale up, so axis labels keep a readable size on a 300 dpi page.
    const QPixmap pixmap =
        m_plot->toPixmap(1000, 1000 * target.height() / std::max(1, target.width()), 3.0);
    painter.drawPixmap(target, pixmap);
}

} // namespace spinhance::ui

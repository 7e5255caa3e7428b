#pragma once

#include "spectrumdocument.h"

#include <QColor>
#include <QString>
#include <QWidget>
#include <optional>
#include <utility>
#include <vector>

class QCustomPlot;
class QCPAbstractItem;
class QCPGraph;
class QLabel;
class QMouseEvent;
class QPainter;

namespace spinhance::ui {

/// The spectrum plot: ppm axis right-to-left as chemists read it; wheel zoom and drag pan along
/// ppm, Ctrl+drag for box zoom, double-click to reset; a read-out of the cursor in ppm and Hz.
/// Shows one or several measured traces (overlaid or stacked) and, under the current one, the
/// simulated total and each group's multiplet in its own colour. After a fit: the fitted model over
/// the data and the residual in a small plot underneath. Shift+drag on the selected group's
/// multiplet moves its shift (groupDragged on release).
class SpectrumView : public QWidget {
    Q_OBJECT
public:
    enum class Layout { Overlay, Stack };
    struct NamedTrace {
        QString name;
        const DisplayTrace* trace = nullptr;
    };

    explicit SpectrumView(QWidget* parent = nullptr);

    QCustomPlot* plot() const { return m_plot; }
    /// Shows the whole ppm window [lowPpm, highPpm] (drawn high on the left).
    /// The window a spectrum opens in (and double-click returns to); the comparison plot shows it
    /// too.
    static constexpr double kWindowLowPpm = 0.0;
    static constexpr double kWindowHighPpm = 12.0;
    void setPpmRange(double lowPpm, double highPpm);

    /// Measured traces; the first one is the current spectrum (drawn on top, overlays under it).
    void setTraces(const std::vector<NamedTrace>& traces, Layout layout);
    /// Simulated total and per-group multiplets under the current trace; nullptr removes them.
    void setOverlay(const Overlay* overlay);
    /// Emphasises one group's multiplet (-1: none).
    void highlightGroup(int group);
    /// Marks a peak (from == to) or a multiplet's range with a band across the plot, scrolled
    /// into view when outside it (the peak and multiplet tables select this way).
    void markRange(double fromPpm, double toPpm);
    void clearMark();
    /// The marked range (low, high ppm), or nullopt.
    std::optional<std::pair<double, double>> markedRange() const;
    void setFieldMHz(double fieldMHz) { m_fieldMHz = fieldMHz; }
    /// The fitted model and its residual; nullptr hides them.
    void setFitCurves(const FitCurves* curves);
    /// An integral region: drawn as a bracket under the spectrum's top with its proton count.
    struct IntegralMark {
        double fromPpm = 0.0;
        double toPpm = 0.0;
        double protons = 0.0;
    };
    /// The analysis's integral regions (empty: none shown).
    void setIntegrals(const std::vector<IntegralMark>& marks);
    int integralCount() const { return int(m_integralItems.size() / 2); }
    /// The visible ppm window (low, high).
    std::pair<double, double> visiblePpmRange() const;
    /// Previews group `group` moved by `deltaPpm` and reports the move (what Shift+drag does).
    void dragGroup(int group, double deltaPpm);
    /// The next click on the plot picks a line: linePicked(ppm of the tallest point of the
    /// current spectrum within ±0.03 ppm of the click). Used to reference by hand.
    void startPicking();
    /// Phasing with the mouse (as in TopSpin or MestReNova): a vertical drag changes the
    /// zero-order phase, with Shift the first-order one, by kPhaseDegPerPixel; panning is off.
    void setPhaseMode(bool on);
    static constexpr double kPhaseDegPerPixel = 0.5;
    /// What a horizontal drag marks: nothing (it pans), an integral region (integralDragged on
    /// release) or a signal-free region for the baseline (baselineRegionDragged).
    enum class RegionMode { Off, Integral, Baseline };
    void setRegionMode(RegionMode mode);
    RegionMode regionMode() const { return m_regionMode; }
    void setIntegrateMode(bool on) { setRegionMode(on ? RegionMode::Integral : RegionMode::Off); }
    bool integrateMode() const { return m_regionMode == RegionMode::Integral; }
    /// Reports a region as a drag in the current region mode would (tests, keyboard entry).
    void dragRegion(double fromPpm, double toPpm);
    /// The tallest point of the current spectrum within ±windowPpm of `ppm` (`ppm` itself when
    /// there is no spectrum there).
    double snapToLine(double ppm, double windowPpm = 0.03) const;

    int measuredGraphCount() const { return int(m_measured.size()); }
    int overlayGraphCount() const { return int(m_groupGraphs.size()) + (m_totalGraph ? 1 : 0); }
    int highlightedGroup() const { return m_highlighted; }
    bool hasFitCurves() const { return m_fittedGraph != nullptr; }
    QCustomPlot* residualPlot() const { return m_residualPlot; }
    QString cursorText() const;

    bool savePng(const QString& path, int width, int height);
    bool saveSvg(const QString& path, int width, int height);
    /// Draws the plot into `target` (PDF reports).
    void render(QPainter& painter, const QRect& target);
    /// Draws the residual plot into `target` (nothing when no fit is shown).
    void renderResidual(QPainter& painter, const QRect& target);

    /// The colour of group `index` (the same in the plot, the table and the report).
    static QColor groupColor(int index);

public Q_SLOTS:
    void resetZoom();

Q_SIGNALS:
    void cursorMoved(double ppm, double hz);
    /// A group's multiplet was dragged along the ppm axis by `deltaPpm`.
    void groupDragged(int group, double deltaPpm);
    void linePicked(double ppm);
    void phaseDragStarted();
    /// Degrees added since the drag started (one of them is zero).
    void phaseDragged(double ph0Deg, double ph1Deg);
    void phaseDragFinished();
    /// A region was dragged in integrate mode (either order).
    void integralDragged(double fromPpm, double toPpm);
    /// A signal-free region was dragged for the baseline (either order).
    void baselineRegionDragged(double fromPpm, double toPpm);

private:
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void previewGroupShift(int group, double deltaPpm);
    void clearOverlay();
    void setupResidualPlot();
    void styleGroupGraph(int index, bool emphasised, bool dimmed);

    QCustomPlot* m_plot = nullptr;
    QCPAbstractItem* m_mark = nullptr;
    std::optional<std::pair<double, double>> m_markedRange;
    QLabel* m_readout = nullptr;
    std::vector<QCPGraph*> m_measured;
    std::vector<QCPGraph*> m_groupGraphs;
    QCPGraph* m_totalGraph = nullptr;
    QCustomPlot* m_residualPlot = nullptr;
    QCPGraph* m_fittedGraph = nullptr;
    std::vector<QCPAbstractItem*> m_integralItems; ///< a bracket and a label per region
    const Overlay* m_overlay = nullptr;
    bool m_dragging = false;
    bool m_picking = false;
    bool m_phaseMode = false;
    RegionMode m_regionMode = RegionMode::Off;
    bool m_draggingRegion = false; ///< a region drag is under way
    double m_regionStartPpm = 0.0;
    QCPAbstractItem* m_regionPreview = nullptr; ///< the region being dragged
    bool m_phasing = false;                     ///< a phase drag is under way
    bool m_phaseFirstOrder = false;
    double m_phaseStartY = 0.0;
    double m_dragStartPpm = 0.0;
    double m_fieldMHz = 90.0;
    int m_highlighted = -1;
    double m_lowPpm = 0.0, m_highPpm = 12.0, m_topIntensity = 1.05;
};

} // namespace spinhance::ui

#pragma once

#include "processing/autoprocess.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace spinhance::ui {

/// Processing by hand (issue 16): phase added to the automatic one (ph0, ph1 about a pivot),
/// exponential and Gaussian apodization and zero filling of a FID, baseline (automatic, or
/// through signal-free regions typed or dragged on the spectrum) and referencing switches, and a
/// reference offset — set directly or as "the line at X ppm is Y ppm". Apply reprocesses the
/// document in the worker and stays open, so a chemist can adjust and look; each Apply is one undo
/// step.
class ProcessingDialog : public QDialog {
    Q_OBJECT
public:
    explicit ProcessingDialog(const ProcessOptions& current, QWidget* parent = nullptr);
    /// The settings shown; throws Error{InvalidArgument} for unreadable baseline regions.
    ProcessOptions options() const;

    /// The line picked in the spectrum (after pickRequested) becomes "the line at".
    void setPickedLine(double ppm);
    /// Phase drag in the spectrum: remembers the angles at its start, then shows start + delta
    /// and asks for a preview (previewRequested); the drag's end applies (applyRequested).
    void beginPhaseDrag();
    void dragPhase(double ph0DeltaDeg, double ph1DeltaDeg);
    void endPhaseDrag();
    /// A signal-free region dragged on the spectrum joins the baseline regions.
    void addBaselineRegion(double fromPpm, double toPpm);

Q_SIGNALS:
    void applyRequested(const spinhance::ProcessOptions& options);
    /// The user wants to click the reference line in the spectrum (or the pivot: pivotPick).
    void pickRequested();
    void phaseModeToggled(bool on);
    /// Dragging on the spectrum marks signal-free regions (on) or pans again (off).
    void baselineRegionModeToggled(bool on);
    void previewRequested(const spinhance::ProcessOptions& options);

private:
    void moveLineToPpm();
    bool requestApply(); ///< false (and a message) when the settings cannot be read

    ProcessOptions m_base; ///< settings the dialog does not show (preferFid, autoPhase)
    QDoubleSpinBox *m_ph0 = nullptr, *m_ph1 = nullptr, *m_pivot = nullptr;
    QCheckBox* m_pivotAtCentre = nullptr;
    QDoubleSpinBox *m_lineBroadening = nullptr, *m_gaussian = nullptr, *m_offset = nullptr;
    QComboBox* m_zeroFill = nullptr; ///< factor 1, 2, 4, 8, 16
    QDoubleSpinBox *m_lineAt = nullptr, *m_lineIs = nullptr;
    QCheckBox *m_baseline = nullptr, *m_reference = nullptr, *m_phaseByMouse = nullptr;
    QCheckBox* m_regionsByMouse = nullptr;
    QLineEdit* m_baselineRegions = nullptr; ///< signal-free FROM:TO ranges; empty: automatic
    QSpinBox* m_baselineOrder = nullptr;
    QComboBox* m_baselineShape = nullptr; ///< polynomial or spline through the regions
    double m_dragPh0 = 0.0, m_dragPh1 = 0.0;
    bool m_pickingPivot = false; ///< the next picked line sets the pivot, not "the line at"
};

} // namespace spinhance::ui

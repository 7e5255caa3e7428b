#pragma once

#include "analysis/integrals.h"
#include "analysis/spectrumanalysis.h"
#include "common/ppmgrid.h"
#include "fit/fitproblem.h"
#include "io/spectrum.h"
#include "model/predictor.h"
#include "processing/autoprocess.h"
#include "verify/verify.h"

#include <optional>
#include <vector>

namespace spinhance::ui {

/// Simulated curves drawn under a measured spectrum, on an ascending ppm grid, already scaled to
/// the measured trace as displayed.
struct Overlay {
    PpmGrid grid;
    std::vector<double> total;
    std::vector<std::vector<double>> groups; ///< one multiplet per group, same order as the system
};

/// A measured spectrum as shown: ppm ascending, intensity scaled to a maximum of 1.
struct DisplayTrace {
    std::vector<double> ppm;
    std::vector<double> intensity;
};

/// The last fit as drawn: the fitted model and measured − fitted, on the fitted region
/// (ascending), in the display trace's units.
struct FitCurves {
    PpmGrid grid;
    std::vector<double> fitted;
    std::vector<double> residual;
};

/// Integrals by hand (dragged on the plot), on one scale: region `reference` holds
/// `referenceProtons`. Kept through reprocessing (recomputed on the new intensities).
struct ManualIntegrals {
    std::vector<PpmRange> regions;
    std::size_t reference = 0;
    double referenceProtons = 1.0;
};

/// What the result of a prediction carries back to the GUI thread.
struct PredictionResult {
    Prediction prediction;
    ModelInfo model;
    Overlay overlay;
    double elapsedMs = 0.0; ///< from the start of the prediction to the overlay curves
};

/// What the automatic analysis by synthesis carries back to the GUI thread.
struct SynthesisOutcome {
    analysis::AnalysisResult result;
    Overlay overlay;
};

/// One open spectrum: the file as read, its display trace, and (after Predict) the spin system,
/// possibly edited by the user, with its overlay.
struct SpectrumDocument {
    int id = 0;
    Spectrum spectrum;
    DisplayTrace trace;
    std::optional<Prediction> prediction; ///< the system as predicted; edits go to `system`
    SpinSystem system;
    std::optional<ModelInfo> model;
    std::optional<Overlay> overlay;
    std::optional<FitCurves> fitCurves;  ///< the last fit of `system`; cleared by an edit
    std::vector<double> shiftErrorPpm;   ///< per group, from the last fit (empty: none)
    std::vector<double> couplingErrorHz; ///< row-major n×n, from the last fit (empty: none)
    std::vector<char> couplingHeld;      ///< row-major n×n: J the last fit held (empty: none)
    std::string fitSummary;              ///< the last fit by hand in one line (empty: none)
    std::optional<analysis::AnalysisResult> analysis; ///< the last analysis by synthesis
    /// The last structure verification (Analysis > Structure): its molecule and verdicts let an
    /// NMReDATA export carry the molfile and assign the groups.
    std::shared_ptr<const verify::Verification> verification;
    int handEdits = 0;         ///< edits of `system` by hand (an analysis never overwrites them)
    int handEditsAtResult = 0; ///< handEdits when the last prediction or analysis was applied
    ProcessOptions processing; ///< how `spectrum` was processed (the Processing dialog edits it)
    ManualIntegrals integrals; ///< by hand; empty: the analysis's integrals are shown
    int moleculeProtons = 0;   ///< the molecule's protons as the user gave them; 0 = unknown
};

/// Ascending ppm, max-normalised real part of a processed spectrum (throws Error{InvalidInput}
/// naming the file when it holds no spectrum).
DisplayTrace makeDisplayTrace(const Spectrum& spectrum);

/// The document's integrals by hand on their scale (empty: none). Throws Error{InvalidArgument}
/// for a region outside the spectrum or a bad reference (analysis::scaledIntegrals).
std::vector<analysis::IntegralRow> integralRowsOf(const SpectrumDocument& doc);

/// The fit's curves scaled like makeDisplayTrace scales `spectrum` (by its largest |intensity|).
FitCurves makeFitCurves(const FitResult& result, const Spectrum& spectrum);

} // namespace spinhance::ui

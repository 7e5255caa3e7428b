#pragma once

#include "common/ppmgrid.h"
#include "common/progress.h"
#include "spin/spinsystem.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spinhance {

/// A measured spectrum on a uniform, ascending ppm grid (see fitDataFromSpectrum in fitdata.h).
struct FitData {
    PpmGrid grid;
    double fieldMHz = 90.0;
    std::vector<double> intensity; ///< grid.points values
    /// Per-point weight of the residual (grid.points values), or empty: every point counts 1. A 0
    /// masks a point the spin system must not explain (a solvent or TMS line, an artefact).
    std::vector<double> weight;
};

/// The line-shape and intensity model around the spin system. Angles in degrees at the API.
struct LineModel {
    double linewidthHz = 1.0; ///< Lorentzian full width at half maximum
    double phaseDeg = 0.0;    ///< global zero-order phase (absorption cos + dispersion sin)
    double scale = 0.0;       ///< intensity per proton-line area; 0 = estimate from the data
    double baselineOffset = 0.0;
    double baselineSlope = 0.0; ///< per half-width of the fitted region (x runs -1 … +1)
};

/// What to refine. Anything not free keeps the value it has in the start system/line model.
/// Couplings the fit's sensitivity model keeps as J·Iz·Iz only, as the simulator does
/// (SimulationOptions): where that moves lines by less than `toleranceHz` (second order,
/// n_g·n_h·J²/4|Δν|) and |J/Δν| < `maxRatio`, judged on the start system, in a coupled
/// cluster whose exact treatment has an Fz block above `exactUpToBlock` states. Both
/// thresholds 0: exact everywhere.
struct WeakCouplingRule {
    double toleranceHz = 0.0;
    double maxRatio = 0.0;
    std::uint64_t exactUpToBlock = 0;
};

struct FitOptions {
    bool fitShifts = true;
    bool fitCouplings = true; ///< only couplings non-zero in the start system are refined
    /// Physical range of a 1H-1H coupling: |J| stays at or below this (Hz). Geminal and trans-vinyl
    /// couplings reach about 20 Hz; beyond that the fit is explaining a wrong topology with
    /// unphysical J, so such steps are refused (start values are clamped). 0 = unbounded.
    double maxAbsCouplingHz = 25.0;
    bool fitLinewidth = true;
    bool fitScale = true;
    bool fitPhase = false;
    bool fitBaseline = false;                ///< offset and slope together
    std::vector<std::string> fixedGroups;    ///< labels whose shift stays fixed ("A")
    std::vector<std::string> fixedCouplings; ///< label pairs whose J stays fixed ("A-B")
    /// Groups whose start shift lies outside the data's ppm range keep their shift: nothing there
    /// constrains it; nor a J between two such groups. Their couplings to groups inside stay free
    /// (seen in the partners' multiplets).
    bool fixGroupsOutsideData = true;
    /// Groups whose start shifts differ by less than this are one parameter (AA'BB' ties); so are
    /// equal couplings between the same two tied classes (J_AB = J_A'B').
    bool tieEqualShifts = true;
    /// Known singlets inside the molecule's signal (ppm): a residual solvent line buried in an
    /// aromatic multiplet. Each is a line of the molecule's shape with a free height (in
    /// proton-line units) and a shift free within singletDriftPpm of the one given (the maximum
    /// a multiplet under it moves the apparent peak, or referencing the line), fitted with the
    /// molecule instead of masked: the broadened stages then see it in data and model alike, and
    /// the points under it still count.
    std::vector<double> singletsPpm;
    double singletDriftPpm = 0.015;
    /// The most each singlet's height may reach (proton-line units, in singletsPpm order), from
    /// the spectrum's own evidence (the data's height at the line); empty: unbounded. Without it a
    /// wrong start lets the line take a multiplet's intensity (8 H for a 0.5 H CHCl3 line under
    /// a ring whose start shifts were off): the fit keeps the height in [0, bound] (steps are
    /// projected onto it, see LevenbergMarquardtOptions), the start is clamped.
    std::vector<double> singletMaxHeights;
    double tieTolerancePpm = 1e-4;
    double tieToleranceHz = 0.01;
    /// Extra Lorentzian broadening (FWHM, Hz) of data and model, one LM run per entry; a final
    /// unbroadened run always follows. Broad first smooths away local minima.
    std::vector<double> broadeningScheduleHz = {6.0, 3.0, 1.0};
    int maxIterationsPerStage = 60;
    double relativeTolerance =
        1e-9; ///< stop when a step lowers the cost by less than this fraction
    /// The simulator's thresholds, for clusters a search's trial cannot afford exactly (blocks
    /// above 200 states, nine coupled 1H groups or more): at 600 MHz a sugar's OH doublets, 1 ppm
    /// from their CH partners, leave the CH chain's cluster, whose blocks then stay small. A
    /// smaller cluster stays exact: a split's tiny differences would only reshuffle searches
    /// whose exact fits are cheap anyway.
    WeakCouplingRule weakCoupling{0.01, 0.01, 200};
};

/// What a fit computed, counted (not clocked): the same start, data and options give the same
/// counts on any machine, under any load and with any number of threads, so a search can budget
/// its work by these and give one answer per spectrum (a clock made answers depend on the load).
struct FitWork {
    std::uint64_t eigenCubes = 0;      ///< Σ dim³ of the Hamiltonian blocks diagonalised
    std::uint64_t fftPoints = 0;       ///< Σ transform length of the curves rendered
    std::uint64_t stickColumns = 0;    ///< Σ sticks × (1 + derivative columns)
    std::uint64_t jacobianEntries = 0; ///< Σ points × free parameters² of the normal equations
    FitWork& operator+=(const FitWork& other);
    /// The counts weighed by what each costs, in microseconds of one core of the machine they
    /// were measured on (docs/analysis.md, "Work budget"); a fit's units track its CPU time.
    std::uint64_t units() const;
};

/// One refined quantity, for tables: value and standard error in the units of `name`.
struct FitParameterReport {
    std::string name; ///< "shift A" (ppm), "J A-B" (Hz), "linewidth" (Hz), "phase" (deg), ...
    std::string unit;
    double value = 0.0;
    double error = 0.0; ///< standard error (0 when fixed)
    bool fixed = false;
};

struct FitResult {
    SpinSystem system; ///< fitted (tied groups share their shift)
    LineModel lineModel;
    std::vector<double> shiftErrorPpm;   ///< per group, 0 when fixed
    std::vector<double> couplingErrorHz; ///< row-major n×n, 0 when fixed or uncoupled
    /// row-major n×n: the J was held at its start value (a fixed parameter: its error is no
    /// measurement)
    std::vector<char> couplingHeld;
    std::vector<FitParameterReport> parameters;
    double startRms = 0.0;         ///< RMS residual of the start (after scale estimate)
    double finalRms = 0.0;         ///< RMS residual of the fit
    double relativeResidual = 0.0; ///< ||data − model|| / ||data||
    int iterations = 0;            ///< LM iterations over all stages
    FitWork work;                  ///< what the fit computed, over all stages
    int stages = 0;
    bool converged = false;
    PpmGrid grid;                 ///< the fitted region
    std::vector<double> measured; ///< data on `grid`
    std::vector<double> fitted;   ///< model on `grid` (residual = measured − fitted)
};

/// Least-squares total line-shape fit of `start` to `data` (Levenberg–Marquardt with analytic
/// derivatives of line positions and intensities from first-order perturbation theory). Runs on
/// the calling thread; `progress` after each iteration; a set `cancel` throws Error{Cancelled}.
/// Throws Error{InvalidArgument} for an empty region, no free parameter, or too few points.
FitResult fitSpinSystem(const FitData& data, const SpinSystem& start, const LineModel& startLine,
                        const FitOptions& options = {}, const ProgressCallback& progress = {},
                        const CancelFlag* cancel = nullptr);

/// The model spectrum of `system` under `line` on `grid` (what the fit compares with the data).
std::vector<double> renderFitModel(const SpinSystem& system, const LineModel& line,
                                   const PpmGrid& grid, double fieldMHz);

} // namespace spinhance

#pragma once

#include "fit/fitproblem.h"
#include "spin/spinsystem.h"

#include <atomic>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spinhance::analysis {

/// Protons at one shift coupled alike are mostly one group by symmetry (the AA' of a ring, a
/// CH2): splitting them must gain this much BIC beyond a move's margin, and joining them may
/// cost this much. The spectrum alone hardly tells them apart (an accidental isochrony with
/// other couplings gains hundreds).
constexpr double kSymmetryPriorBic = 50.0;

/// Groups closer than this (ppm) are at one shift: twins the fit keeps tied.
constexpr double kTwinShiftPpm = 1e-3;

/// One candidate explanation of the spectrum and, once fitted, its evidence.
struct Hypothesis {
    SpinSystem system; ///< the fitted system (the start before fitting)
    LineModel line;
    std::string origin; ///< "model", "multiplets", "add group near 3.42 ppm", ...
    /// "A-B": couplings held at a template's literature value (fixed, not a free parameter).
    std::vector<std::string> heldCouplings;
    double bic = HUGE_VAL; ///< Bayesian information criterion on the signal regions (lower wins)
    double rss = 0.0;      ///< weighted residual sum of squares over unmasked points
    int freeParameters = 0;
    bool fitted = false;
    bool converged = false;
    /// Not fitted because the work budget ran out first (so not fitted and no failure of its own).
    bool notBegun = false;
    std::string failure; ///< why the fit could not run (empty when it ran)
    /// The uncoupled group the fit put on a known solvent singlet, when that is why it failed.
    std::string onSolventLine;
    FitResult fit;
};

/// The work (FitWork::units) of every fit scored in one context, from any thread. A search budgets
/// by it instead of a clock: it is the same on any machine, under any load, with any threads.
class WorkMeter {
public:
    void add(std::uint64_t units) { m_units += units; }
    std::uint64_t units() const { return m_units.load(); }
    /// Whether the work so far is past `limit` (never when there is no limit).
    bool past(std::optional<std::uint64_t> limit) const { return limit && units() > *limit; }

private:
    std::atomic<std::uint64_t> m_units{0};
};

/// The data every hypothesis is fitted to and scored on.
struct ScoringContext {
    FitData data; ///< cropped to the molecule's signal, known lines masked (weight 0)
    std::vector<double> regionWeight; ///< 1 on signal-region points, 0 elsewhere and on known lines
    double sigma = 0.0;               ///< noise σ in data units
    double typicalFwhmHz = 1.0;       ///< start line width
    FitOptions fullFit;               ///< broadened → sharp stages
    FitOptions quickFit;              ///< a short schedule for trial moves
    WorkMeter* work = nullptr;        ///< when set, every fit in this context adds its work
};

/// Fits `start` to the context's data and scores it: BIC = N ln(RSS/N) + k ln N with N the
/// signal-region points, RSS the weighted residual over every unmasked point (so a line put where
/// the spectrum is flat costs), k the free parameters. A fit that throws is kept with bic = ∞ and
/// its reason.
Hypothesis fitHypothesis(const ScoringContext& context, const SpinSystem& start,
                         const LineModel& line, const std::string& origin, bool quick,
                         const CancelFlag* cancel = nullptr);

/// As above from `start`'s system, line model and origin, its held couplings kept fixed.
Hypothesis fitHypothesis(const ScoringContext& context, const Hypothesis& start, bool quick,
                         const CancelFlag* cancel = nullptr);

/// `best` with groups at one shift that have the same J to every other group joined into one
/// group of their protons (withEquivalentGroupsMerged: magnetic equivalence, the same spectrum
/// with fewer parameters) and refitted; kept when its BIC is within `marginBic` plus
/// kSymmetryPriorBic of `best`'s, else `best` itself. Couplings to the rest equal within 0.05,
/// 0.5 or 1.5 Hz propose the join, from best's fit and, failing that, from a full refit of it.
/// The search reaches such splits by adding a proton where one already is, and a merge move
/// gains only the parameters it saves, less than a move must clear.
Hypothesis withEquivalentGroupsJoined(const ScoringContext& context, const Hypothesis& best,
                                      double marginBic, const CancelFlag* cancel = nullptr);

/// Fits every start, using up to `threads` threads (independent fits, thread-local workspaces),
/// in chunks of a fixed size. With a work limit and a meter in `context`, no chunk is begun once
/// the meter has passed the limit: its starts come back unfitted (bic = ∞, notBegun). The check
/// falls between chunks only, so which starts are fitted depends on the work done, never on
/// timing or on the number of threads.
std::vector<Hypothesis> fitAll(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                               bool quick, int threads, const CancelFlag* cancel = nullptr,
                               std::optional<std::uint64_t> workLimit = std::nullopt);

/// Starts whose fit failed by driving a J onto its bound (`fitted[k]` from `starts[k]`) fitted
/// once more without the J that ended there; a retry that fits replaces the failure, its origin
/// unchanged. A proposal's typical vicinal 7 Hz between two groups of one region that are no
/// neighbours (a CH3 singlet inside a chain's multiplets) otherwise lost the whole reading. The
/// model's starts are not retried: their couplings are the model's claim, and one driven onto
/// the bound says the claimed topology is wrong (styrene at 60 MHz: a retried model start won
/// with a 13.7 Hz ortho-meta J in its ring). A ring start whose couplings are all free is fitted
/// again with its ring J held at the start's values instead (strongly coupled ring protons at
/// 60 MHz drive one onto the bound from every assignment); where that held fit carries ring
/// protons past each other, it is fitted once more, sharp, from its shifts in the start's order,
/// and the better of the two kept.
/// Returns what each replaced start's retry changed ("refitted without J A-C, which ended on its
/// bound"), by index.
std::vector<std::pair<std::size_t, std::string>>
refitOffTheBound(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                 std::vector<Hypothesis>& fitted, bool quick, int threads,
                 const CancelFlag* cancel = nullptr);

/// Starts whose fit failed by putting an uncoupled group on a known solvent singlet (`fitted[k]`
/// from `starts[k]`) fitted once more without that group; a retry that fits replaces the failure,
/// its origin unchanged. The group is the solvent line the integrals counted as the molecule's
/// (CHCl3's wings beside propionanilide's ring at 500 MHz, read without a proton count, made a
/// 1 H region of their own), and the rest of the reading is still the molecule's: it had lost
/// every multiplet reading, leaving the model's start alone. The model's starts are not retried
/// (as above). Returns what each replaced start's retry changed, by index.
std::vector<std::pair<std::size_t, std::string>>
refitWithoutSolventTwins(const ScoringContext& context, const std::vector<Hypothesis>& starts,
                         std::vector<Hypothesis>& fitted, bool quick, int threads,
                         const CancelFlag* cancel = nullptr);

} // namespace spinhance::analysis

#pragma once

#include "analysis/evidence.h"
#include "analysis/groupevidence.h"
#include "analysis/hypothesis.h"
#include "common/progress.h"
#include "io/spectrum.h"
#include "model/predictor.h"

#include <optional>
#include <string>
#include <vector>

namespace spinhance::analysis {

/// The scoring context the analysis fits its hypotheses in: `data` as gatherEvidence left it
/// (its solvent and reference lines masked), weighted to the signal regions, the noise σ for the
/// BIC, and the staged quick and full fit schedules. Tests fit a move as the search does.
ScoringContext analysisContext(const FitData& data, const Evidence& evidence);

/// What the user tells the analysis beyond the file.
struct AnalysisOptions {
    int totalProtons = 0;           ///< the molecule's protons (--protons / --formula), 0 = unknown
    std::optional<double> fieldMHz; ///< overrides the file's field
    std::string solvent;            ///< overrides the file's solvent
    bool process = true;            ///< run processAuto (baseline, referencing; FIDs always)
    int threads = 0;                ///< fits in parallel; 0 = every core
    /// Beyond this many groups (as the regions suggest) the search does not start: a mixture, no
    /// confident answer. A drug-sized molecule at high field fills 17 regions or more with its
    /// impurities (cocaine at 700 MHz: 14 groups, 17 regions); a 50-group mixture stays refused.
    int maxGroups = 24;
    /// The search's budget in seconds of one core, counted in the fits' work (FitWork::units), not
    /// clocked: no new search round past it (the answer so far is kept). The same spectrum gets
    /// the same answer under any load and with any number of threads; more threads finish sooner.
    double searchSeconds = 30.0;
    /// Starts from outside the spectrum (a structure's predicted system, a journal line): fitted
    /// and searched like the other proposals, with origin "given".
    std::vector<SpinSystem> givenStarts;
    /// Systems scored beside the answer, never competing with it (an evaluation's truth): each
    /// fully fitted from itself to the same data; AnalysisResult::referenceDeltaBic says how it
    /// fares against the answer.
    std::vector<SpinSystem> referenceSystems;
};

/// Something the chemist must know about the answer.
struct AnalysisFlag {
    std::string
        code; ///< "no-signal", "mostly-solvent", "unexplained-signal", "field-outside-model", …
    std::string message; ///< a sentence with units
};

/// A runner-up hypothesis and how much worse the evidence says it is.
struct Alternative {
    SpinSystem system;
    std::string origin;
    /// BIC(alternative) − BIC(chosen); negative when it fits better by less than the margin a
    /// search move must gain (then it was not accepted)
    double deltaBic = 0.0;
};

struct AnalysisResult {
    SpinSystem system;                   ///< the chosen spin system (canonical labels, shift ↓)
    FitResult fit;                       ///< its final full fit (errors, curves)
    std::vector<double> groupConfidence; ///< per group, calibrated from `groupEvidence`
    std::vector<GroupEvidence> groupEvidence; ///< per group, what its confidence is computed from
    /// "A-B": couplings left at a ring template's literature value (the spectrum does not
    /// determine them; no standard error)
    std::vector<std::string> heldCouplings;
    double bic = 0.0;
    double cosine = 0.0; ///< measured vs re-simulated over the fitted window (known lines masked)
    std::string origin;  ///< which proposal and moves led here
    std::vector<Alternative> alternatives; ///< best first
    Evidence evidence;
    std::vector<AnalysisFlag> flags;
    bool confident = false;         ///< false: "no confident answer" (see flags)
    std::vector<std::string> trail; ///< proposals fitted and moves accepted, in order
    int hypothesesFitted = 0;
    std::uint64_t workUnits = 0; ///< what its fits computed (FitWork::units, µs of one core)
    double seconds = 0.0;
    double fieldMHz = 0.0;
    std::string modelDescription; ///< "025/small" or "" when no model ran
    /// Per AnalysisOptions::referenceSystems: BIC of its fit minus BIC of the answer (negative:
    /// it explains the spectrum better, so the search missed it; NaN: it could not be fitted).
    std::vector<double> referenceDeltaBic;
};

/// The app's main job, from a spectrum to its spin system by analysis by synthesis: read the
/// evidence (noise, regions, integrals, solvent lines), propose (model, first-order multiplets,
/// integrals), fit every proposal exactly, improve the best with moves accepted only by BIC, and
/// report the answer with its competitors and calibrated confidences. Every front end calls this.
class SpectrumAnalysis {
public:
    /// `predictor` may be null (no model proposal); it is used from the calling thread only.
    explicit SpectrumAnalysis(AnalysisOptions options, Predictor* predictor = nullptr);

    /// `spectrum` as read (a FID is processed) or already processed. Throws Error on unusable input
    /// (no spectrum, no field) and Error{Cancelled} when `cancel` is set.
    AnalysisResult run(const Spectrum& spectrum, const ProgressCallback& progress = {},
                       const CancelFlag* cancel = nullptr) const;

private:
    AnalysisOptions m_options;
    Predictor* m_predictor;
};

/// Protons in a molecular formula ("C13H18O2" → 18); throws Error{InvalidArgument} naming the
/// formula when it has no H count or is malformed.
int protonsInFormula(const std::string& formula);

} // namespace spinhance::analysis

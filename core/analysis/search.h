#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"
#include "common/progress.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spinhance::analysis {

struct SearchOptions {
    int threads = 1;
    int maxRounds = 12; ///< accepted moves per phase at most
    double acceptDeltaBic =
        10.0; ///< a move must lower the BIC by more than this ("strong" evidence)
    std::vector<std::string>* trail = nullptr; ///< receives each accepted move, when set
    /// No new round once the context's work meter is past this (FitWork units; unset or without
    /// a meter: no limit).
    std::optional<std::uint64_t> workLimit;
    /// When the caller asks for the last round's trials past `workLimit` (the competitors behind
    /// the confidences), none is begun past this; unset, all are fitted.
    std::optional<std::uint64_t> evidenceWorkLimit;
};

/// Whether every coupled cluster of `system` is small enough for a quick trial fit at `fieldMHz`,
/// its Fz blocks split by the fit's weak-coupling rule (FitOptions::weakCoupling); 0 MHz: no
/// split (every coupling exact, the most any field costs).
bool affordable(const SpinSystem& system, double fieldMHz);

/// A trial move: the start it fits from and what it changes, for the record.
struct Move {
    Hypothesis start;
    std::vector<std::size_t>
        groupsTouched; ///< groups of the current best the move changes or removes
    /// start.heldCouplings set by the move; otherwise the best's held couplings it left untouched.
    bool heldGiven = false;
    /// Couplings (group indices of start.system) the fit must leave within [minHz, maxHz]; a trial
    /// outside fails. A ring's freed textbook J may move by what substituents do, not further.
    struct CouplingBand {
        std::size_t a = 0, b = 0;
        double minHz = 0.0, maxHz = 0.0;
    };
    std::vector<CouplingBand> bands;
    /// Fitted after every other move of its round: where the work budget ends a round, such moves
    /// go unfitted first (a long shot whose many trials would crowd out the likelier ones).
    bool last = false;
};

/// Whether two groups at one shift with as many protons couple to every other group alike:
/// within a quarter of the larger J or 0.5 Hz. A ring's AA' never do (ortho 8 Hz against para
/// 0.3, furan's 1.8 against 0.8), an A2B2 written as AA'BB' does, whatever standard errors its
/// fit gives a difference it found.
bool hasAlikeTwins(const SpinSystem& system);

/// How many couplings no molecule has: between two aromatic protons (both above 6.5 ppm) below
/// -1 Hz (positive in every ring: ortho, meta, para; Pretsch 2009; no GISSMO metabolite has a
/// negative one), or of more than 10 Hz between groups more than 4 ppm apart (a line pair 18 Hz
/// apart read as one aromatic group split by an aliphatic partner), or a second J above 11 Hz
/// from one proton above 6.5 ppm to another (only an alkene partner is coupled that much there),
/// or a third J of 5 Hz or more from one proton above 6.5 ppm to others there (a ring or alkene
/// CH has two carbon neighbours: two vicinal partners at most). A fit may end in such a
/// system, but a trial with more of them than the current best is refused (neither accepted nor
/// counted as a rival).
int implausibleCouplings(const SpinSystem& system);

/// Whether every band of `move` holds in the fitted `system` (same group order as the start); if
/// not, `why` names the first coupling outside.
bool withinBands(const Move& move, const SpinSystem& system, std::string* why = nullptr);

/// J-matching: for each pair of groups in different regions, the splittings both multiplets show
/// (within the line width) that fit their widths are tried as a coupling; the best trial by BIC is
/// kept while one improves. This is how a chemist links a quartet to its triplet.
std::vector<Move> couplingMoves(const Hypothesis& best, const Evidence& evidence);

/// A para-disubstituted ring's four 1 H groups (an AA'BB', or four free aromatic protons alone in
/// their multiplets) read back as an A2B2 of two 2 H groups: the one move that merges both pairs.
std::vector<Move> ringAsA2B2Moves(const Hypothesis& best, const Evidence& evidence);

/// Moves that change the topology: drop a coupling, drop a group, change a proton count to its
/// vocabulary neighbours, add a group where the residual holds unexplained signal, split a group
/// into two halves, a CH2 beside a CH into its two diastereotopic protons.
std::vector<Move> topologyMoves(const Hypothesis& best, const Evidence& evidence,
                                const ScoringContext& context);

/// Greedy search: generate moves, fit them in parallel (quick schedule), accept the best when it
/// lowers the BIC by more than the margin; repeat. Returns the best hypothesis and every trial of
/// the last round (the evidence that the best is a local optimum).
Hypothesis searchMoves(const ScoringContext& context, const Evidence& evidence, Hypothesis best,
                       const SearchOptions& options, bool topology,
                       std::vector<Hypothesis>* lastRound, std::vector<Move>* lastMoves,
                       const ProgressCallback& progress, const CancelFlag* cancel);

} // namespace spinhance::analysis

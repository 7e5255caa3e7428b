#pragma once

#include "analysis/evidence.h"
#include "analysis/hypothesis.h"

#include <optional>
#include <vector>

namespace spinhance::analysis {

/// Groups of multiplet regions that no coupling of `a` or `b` links to another group of regions
/// (connected components; a group counts in the region nearest its shift). Per region of
/// `evidence.regions`: the index of its block.
std::vector<std::size_t> independentBlocks(const Evidence& evidence, const SpinSystem& a,
                                           const SpinSystem& b);

/// `best` with the pieces of `other` that fit their own regions better put in place of its own,
/// as a start (unfitted), or nothing when `other` fits no block of regions better by more than
/// `marginChi2` (residual over σ²) or fits every block better, or when the molecule's proton
/// count is given and the joined system holds another. Each piece keeps its groups,
/// couplings and held couplings; the start takes `best`'s line model and canonical labels.
std::optional<Hypothesis> joinedPieces(const ScoringContext& context, const Evidence& evidence,
                                       const Hypothesis& best, const Hypothesis& other,
                                       double marginChi2);

/// `best` with its groups in the regions `takeRegion` marks replaced by those of `other` there,
/// as a start (unfitted): each keeps its groups' couplings among themselves and their held
/// couplings; couplings across the cut are dropped. Nothing when nothing is replaced, when
/// nothing of `best` is kept, or when the molecule's proton count is given and the joined
/// system holds another. A group counts in the region nearest its shift.
std::optional<Hypothesis> piecesReplaced(const Evidence& evidence, const Hypothesis& best,
                                         const Hypothesis& other,
                                         const std::vector<bool>& takeRegion);

} // namespace spinhance::analysis

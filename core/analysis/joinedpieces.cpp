#include "analysis/joinedpieces.h"

#include "analysis/proposals.h"
#include "analysis/textbookcouplings.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::analysis {

namespace {

std::size_t rootOf(std::vector<std::size_t>& parent, std::size_t k) {
    while (parent[k] != k)
        k = parent[k] = parent[parent[k]];
    return k;
}

void linkCoupledRegions(const Evidence& evidence, const SpinSystem& s,
                        std::vector<std::size_t>& parent) {
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j)
            if (s.couplingHz(i, j) != 0.0)
                parent[rootOf(parent, nearestRegion(evidence, s.group(i).shiftPpm))] =
                    rootOf(parent, nearestRegion(evidence, s.group(j).shiftPpm));
}

// The block of each data point: that of the region nearest it.
std::vector<std::size_t> pointBlocks(const ScoringContext& context, const Evidence& evidence,
                                     const std::vector<std::size_t>& block) {
    std::vector<std::size_t> out(context.data.intensity.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = block[nearestRegion(evidence, context.data.grid.ppmAt(i))];
    return out;
}

// Weighted residual of `h`'s fit over each block's points, in σ² units.
std::vector<double> blockChi2(const ScoringContext& context,
                              const std::vector<std::size_t>& blockOf, std::size_t blocks,
                              const Hypothesis& h) {
    std::vector<double> chi2(blocks, 0.0);
    const FitResult& fit = h.fit;
    const double sigma2 = std::max(context.sigma * context.sigma, 1e-300);
    for (std::size_t i = 0; i < fit.measured.size() && i < blockOf.size(); ++i) {
        const double w = context.data.weight.empty() ? 1.0 : context.data.weight[i];
        const double r = (fit.measured[i] - fit.fitted[i]) * w;
        chi2[blockOf[i]] += r * r / sigma2;
    }
    return chi2;
}

// Appends the groups of `from` that lie in blocks `take` marks, their couplings among themselves
// and their held couplings, under labels prefixed with `tag` (unique across the two sources).
void appendPieces(const Evidence& evidence, const std::vector<std::size_t>& block,
                  const std::vector<bool>& take, const Hypothesis& from, const std::string& tag,
                  SpinSystem& joined, std::vector<std::string>& held) {
    const SpinSystem& s = from.system;
    std::vector<long> placed(s.size(), -1);
    for (std::size_t g = 0; g < s.size(); ++g)
        if (take[block[nearestRegion(evidence, s.group(g).shiftPpm)]]) {
            placed[g] = long(joined.addGroup(s.group(g).shiftPpm, s.group(g).protonCount,
                                             tag + s.group(g).label));
            joined.group(std::size_t(placed[g])).extraWidthHz = s.group(g).extraWidthHz;
        }
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = i + 1; j < s.size(); ++j) {
            if (placed[i] < 0 || placed[j] < 0 || s.couplingHz(i, j) == 0.0) continue;
            joined.setCouplingHz(std::size_t(placed[i]), std::size_t(placed[j]),
                                 s.couplingHz(i, j));
            if (heldPair(from.heldCouplings, s, i, j))
                held.push_back(tag + s.group(i).label + "-" + tag + s.group(j).label);
        }
}

// The start holding `a`'s groups in the blocks `takeA` marks and `b`'s in those `takeB` marks
// (labels canonical, `a`'s line model), or nothing when it is empty or holds another proton count
// than the molecule's given one.
std::optional<Hypothesis> joinedStart(const Evidence& evidence,
                                      const std::vector<std::size_t>& block,
                                      const std::vector<bool>& takeA, const Hypothesis& a,
                                      const std::vector<bool>& takeB, const Hypothesis& b,
                                      const std::string& origin) {
    SpinSystem joined;
    std::vector<std::string> held;
    appendPieces(evidence, block, takeA, a, "x", joined, held);
    appendPieces(evidence, block, takeB, b, "y", joined, held);
    // Pieces are cut at the regions nearest their groups' shifts, which need not be where their
    // lines are: a join may hold more or fewer protons than the molecule (GISSMO bmse000291 at
    // 60 MHz: a model's 2 H group beside the answer's CH3 singlet, 10 H for 8).
    if (joined.empty() || (evidence.protonsGiven && joined.protonCount() != evidence.totalProtons))
        return std::nullopt;
    Hypothesis start;
    start.heldCouplings = relabelledHeld(joined, held);
    start.system = relabelByShift(joined);
    start.line = a.fit.lineModel;
    start.origin = origin;
    return start;
}

} // namespace

std::vector<std::size_t> independentBlocks(const Evidence& evidence, const SpinSystem& a,
                                           const SpinSystem& b) {
    std::vector<std::size_t> parent(evidence.regions.size());
    std::iota(parent.begin(), parent.end(), std::size_t(0));
    linkCoupledRegions(evidence, a, parent);
    linkCoupledRegions(evidence, b, parent);
    std::vector<std::size_t> block(parent.size());
    std::vector<std::size_t> numberOfRoot(parent.size(), parent.size());
    std::size_t blocks = 0;
    for (std::size_t r = 0; r < parent.size(); ++r) {
        const std::size_t root = rootOf(parent, r);
        if (numberOfRoot[root] == parent.size()) numberOfRoot[root] = blocks++;
        block[r] = numberOfRoot[root];
    }
    return block;
}

std::optional<Hypothesis> joinedPieces(const ScoringContext& context, const Evidence& evidence,
                                       const Hypothesis& best, const Hypothesis& other,
                                       double marginChi2) {
    if (!best.fitted || !other.fitted || evidence.regions.size() < 2) return std::nullopt;
    const std::vector<std::size_t> block = independentBlocks(evidence, best.system, other.system);
    const std::size_t blocks =
        block.empty() ? 0 : *std::max_element(block.begin(), block.end()) + 1;
    if (blocks < 2) return std::nullopt;
    const std::vector<std::size_t> blockOf = pointBlocks(context, evidence, block);
    const std::vector<double> mine = blockChi2(context, blockOf, blocks, best);
    const std::vector<double> theirs = blockChi2(context, blockOf, blocks, other);
    std::vector<bool> takeTheirs(blocks, false);
    std::size_t taken = 0;
    for (std::size_t b = 0; b < blocks; ++b)
        if (theirs[b] < mine[b] - marginChi2) {
            takeTheirs[b] = true;
            ++taken;
        }
    if (taken == 0 || taken == blocks) return std::nullopt;
    std::vector<bool> keepMine(blocks);
    for (std::size_t b = 0; b < blocks; ++b)
        keepMine[b] = !takeTheirs[b];
    return joinedStart(evidence, block, keepMine, best, takeTheirs, other,
                       "pieces of two searches' answers joined");
}

std::optional<Hypothesis> piecesReplaced(const Evidence& evidence, const Hypothesis& best,
                                         const Hypothesis& other,
                                         const std::vector<bool>& takeRegion) {
    std::vector<std::size_t> block(evidence.regions.size());
    std::iota(block.begin(), block.end(), std::size_t(0));
    std::vector<bool> keep(block.size());
    for (std::size_t r = 0; r < block.size(); ++r)
        keep[r] = r >= takeRegion.size() || !takeRegion[r];
    const auto hasGroupIn = [&](const Hypothesis& h, const std::vector<bool>& regions) {
        return std::any_of(h.system.groups().begin(), h.system.groups().end(), [&](const auto& g) {
            const std::size_t r = nearestRegion(evidence, g.shiftPpm);
            return r < regions.size() && regions[r];
        });
    };
    if (!hasGroupIn(best, keep) || !hasGroupIn(other, takeRegion)) return std::nullopt;
    return joinedStart(evidence, block, keep, best, takeRegion, other, best.origin);
}

} // namespace spinhance::analysis

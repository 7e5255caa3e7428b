#include "spin/nmredatasignals.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace spinhance::nmredata {

namespace {

double wholeMisfit(const std::vector<Signal>& signals, double scale) {
    double misfit = 0.0;
    for (const Signal& s : signals) {
        const double n = *s.integral / scale;
        if (n < 0.5) return std::numeric_limits<double>::infinity(); // every signal holds a proton
        misfit += std::abs(n - std::round(n));
    }
    return misfit;
}

struct JPair {
    std::size_t a, ja, b, jb; ///< signal and index of its unlabelled value, both sides
    double gapHz;
};

} // namespace

std::optional<double> protonsFromIntegrals(std::vector<Signal>& signals) {
    for (const Signal& s : signals)
        if (s.protonsGiven || !s.integral || !(*s.integral > 0.0)) return std::nullopt;
    double bestScale = 0.0, bestMisfit = std::numeric_limits<double>::infinity();
    for (const Signal& s : signals)
        for (int protons = 1; protons <= 3; ++protons) {
            const double scale = *s.integral / protons;
            const double misfit = wholeMisfit(signals, scale);
            // Ties go to the larger scale (fewer protons): 1 H each rather than 2 H each.
            if (misfit < bestMisfit - 1e-9 || (misfit < bestMisfit + 1e-9 && scale > bestScale))
                bestMisfit = misfit, bestScale = scale;
        }
    if (!(bestScale > 0.0) || !std::isfinite(bestMisfit)) return std::nullopt;
    for (Signal& s : signals)
        s.protons = std::max(1, int(std::lround(*s.integral / bestScale)));
    return bestScale;
}

std::vector<std::pair<std::size_t, double>> matchUnlabelledCouplings(std::vector<Signal>& signals) {
    std::vector<JPair> pairs;
    for (std::size_t a = 0; a < signals.size(); ++a)
        for (std::size_t b = a + 1; b < signals.size(); ++b)
            for (std::size_t ja = 0; ja < signals[a].unlabelledJHz.size(); ++ja)
                for (std::size_t jb = 0; jb < signals[b].unlabelledJHz.size(); ++jb) {
                    const double gap =
                        std::abs(signals[a].unlabelledJHz[ja] - signals[b].unlabelledJHz[jb]);
                    if (gap <= kUnlabelledJMatchHz) pairs.push_back({a, ja, b, jb, gap});
                }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const JPair& x, const JPair& y) { return x.gapHz < y.gapHz; });
    std::vector<std::vector<bool>> used(signals.size());
    for (std::size_t k = 0; k < signals.size(); ++k)
        used[k].assign(signals[k].unlabelledJHz.size(), false);
    std::vector<std::vector<bool>> linked(signals.size(), std::vector<bool>(signals.size()));
    for (const JPair& p : pairs) {
        // One coupling per pair of signals: a second match between them is a coincidence.
        if (used[p.a][p.ja] || used[p.b][p.jb] || linked[p.a][p.b]) continue;
        used[p.a][p.ja] = used[p.b][p.jb] = true;
        linked[p.a][p.b] = linked[p.b][p.a] = true;
        const double hz =
            0.5 * (signals[p.a].unlabelledJHz[p.ja] + signals[p.b].unlabelledJHz[p.jb]);
        signals[p.a].couplings.push_back({hz, signals[p.b].label});
        signals[p.b].couplings.push_back({hz, signals[p.a].label});
    }
    std::vector<std::pair<std::size_t, double>> unmatched;
    for (std::size_t k = 0; k < signals.size(); ++k)
        for (std::size_t j = 0; j < signals[k].unlabelledJHz.size(); ++j)
            if (!used[k][j]) unmatched.push_back({k, signals[k].unlabelledJHz[j]});
    return unmatched;
}

} // namespace spinhance::nmredata

#include "model/decode.h"

#include <algorithm>
#include <numeric>

namespace spinhance::model {

namespace {

constexpr double kDecisionProbability = 0.5;

int find(std::vector<int>& parent, int i) {
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

// Equivalent groups share one shift: the mean over each connected cluster of flagged pairs.
std::vector<double> tiedShifts(const RawPrediction& raw, const std::vector<int>& kept) {
    std::vector<int> parent(kMaxGroups);
    std::iota(parent.begin(), parent.end(), 0);
    for (int a : kept)
        for (int b : kept)
            if (a < b && raw.equivalentProbability[a * kMaxGroups + b] >= kDecisionProbability)
                parent[find(parent, a)] = find(parent, b);
    std::vector<double> sum(kMaxGroups, 0.0), count(kMaxGroups, 0.0);
    for (int a : kept)
        sum[find(parent, a)] += raw.shiftPpm[a], count[find(parent, a)] += 1.0;
    std::vector<double> shifts(raw.shiftPpm.begin(), raw.shiftPpm.end());
    for (int a : kept)
        shifts[a] = sum[find(parent, a)] / count[find(parent, a)];
    return shifts;
}

int degeneracyOf(const RawPrediction& raw, int slot) {
    const auto& vocabulary = degeneracyVocabulary();
    const auto begin = raw.degeneracyProbability.begin() + slot * long(vocabulary.size());
    return vocabulary[std::size_t(std::max_element(begin, begin + long(vocabulary.size())) -
                                  begin)];
}

} // namespace

Prediction decodePrediction(const RawPrediction& raw, bool softEquivalence) {
    std::vector<int> kept;
    for (int i = 0; i < kMaxGroups; ++i)
        if (raw.existProbability[i] >= kDecisionProbability) kept.push_back(i);
    const std::vector<double> shifts =
        softEquivalence ? tiedShifts(raw, kept)
                        : std::vector<double>(raw.shiftPpm.begin(), raw.shiftPpm.end());
    std::stable_sort(kept.begin(), kept.end(), [&](int a, int b) {
        if (shifts[a] != shifts[b]) return shifts[a] > shifts[b];
        return degeneracyOf(raw, a) > degeneracyOf(raw, b);
    });
    Prediction p;
    const std::size_t n = kept.size();
    for (int slot : kept) {
        p.system.addGroup(shifts[slot], degeneracyOf(raw, slot));
        p.groupConfidence.push_back(raw.existProbability[slot]);
    }
    p.pairConfidence.assign(n * n, 0.0);
    for (std::size_t a = 0; a < n; ++a)
        for (std::size_t b = a + 1; b < n; ++b) {
            const int k = kept[a] * kMaxGroups + kept[b];
            const double prob = raw.coupledProbability[k];
            p.pairConfidence[a * n + b] = p.pairConfidence[b * n + a] = prob;
            if (prob >= kDecisionProbability) p.system.setCouplingHz(a, b, raw.couplingHz[k]);
        }
    return p;
}

} // namespace spinhance::model

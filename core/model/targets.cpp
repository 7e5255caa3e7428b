#include "model/targets.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance::model {

const std::vector<int>& degeneracyVocabulary() {
    static const std::vector<int> vocabulary{1, 2, 3, 4, 6, 9, 12, 18};
    return vocabulary;
}

int degeneracyClass(int protonCount) {
    const auto& v = degeneracyVocabulary();
    const auto it = std::find(v.begin(), v.end(), protonCount);
    return it == v.end() ? -1 : int(it - v.begin());
}

std::vector<std::size_t> canonicalOrder(const SpinSystem& system) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SpinGroup& ga = system.group(a);
        const SpinGroup& gb = system.group(b);
        if (ga.shiftPpm != gb.shiftPpm) return ga.shiftPpm > gb.shiftPpm;
        return ga.protonCount > gb.protonCount;
    });
    return order;
}

SpinSystem canonicalised(const SpinSystem& system) {
    const auto order = canonicalOrder(system);
    SpinSystem out;
    out.id = system.id;
    out.smiles = system.smiles;
    out.fragments = system.fragments;
    for (std::size_t k : order)
        out.addGroup(system.group(k).shiftPpm, system.group(k).protonCount);
    for (std::size_t a = 0; a < order.size(); ++a)
        for (std::size_t b = a + 1; b < order.size(); ++b)
            out.setCouplingHz(a, b, system.couplingHz(order[a], order[b]));
    return out;
}

EncodedTarget encodeTarget(const SpinSystem& system) {
    if (system.size() > std::size_t(kMaxGroups))
        throw Error(ErrorCode::InvalidInput,
                    "expected at most 8 proton groups, found " + std::to_string(system.size()),
                    ErrorContext{system.id, 0, "spin_groups"});
    const SpinSystem s = canonicalised(system);
    EncodedTarget t;
    t.groupCount = int(s.size());
    for (int i = 0; i < t.groupCount; ++i) {
        const int cls = degeneracyClass(s.group(i).protonCount);
        if (cls < 0)
            throw Error(ErrorCode::InvalidInput,
                        "expected a degeneracy in {1,2,3,4,6,9,12,18}, found " +
                            std::to_string(s.group(i).protonCount),
                        ErrorContext{system.id, 0, "spin_groups"});
        t.shiftPpm[i] = float(s.group(i).shiftPpm);
        t.degeneracyClass[i] = cls;
        t.exists[i] = 1.0f;
        for (int j = 0; j < t.groupCount; ++j) {
            if (i == j) continue;
            const double jHz = s.couplingHz(i, j);
            t.couplingHz[i * kMaxGroups + j] = float(jHz);
            t.coupled[i * kMaxGroups + j] = std::abs(jHz) >= kCoupledThresholdHz ? 1.0f : 0.0f;
            const bool eq =
                std::abs(s.group(i).shiftPpm - s.group(j).shiftPpm) < kEquivalentShiftPpm;
            t.equivalent[i * kMaxGroups + j] = eq ? 1.0f : 0.0f;
        }
    }
    return t;
}

} // namespace spinhance::model

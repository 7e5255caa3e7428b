#pragma once

#include "spin/spinsystem.h"

#include <array>
#include <vector>

namespace spinhance::model {

/// Number of group slots the model predicts (real molecules use fewer; the rest are non-existent).
constexpr int kMaxGroups = 8;
constexpr int kPairSlots = kMaxGroups * kMaxGroups;
/// Couplings at or above this magnitude count as "coupled" (metrics and the coupled-or-not head).
constexpr double kCoupledThresholdHz = 0.5;
/// Groups whose shifts differ by less than this are "equivalent" for the soft-equivalence head.
constexpr double kEquivalentShiftPpm = 1e-3;

/// Degeneracy classes {1, 2, 3, 4, 6, 9, 12, 18}.
const std::vector<int>& degeneracyVocabulary();
/// Index of `protonCount` in the vocabulary, or -1.
int degeneracyClass(int protonCount);

/// A spin system as fixed-size training targets in canonical slot order.
struct EncodedTarget {
    std::array<float, kMaxGroups> shiftPpm{};
    std::array<int, kMaxGroups> degeneracyClass{};
    std::array<float, kMaxGroups> exists{};
    std::array<float, kPairSlots> couplingHz{}; ///< row-major, symmetric
    std::array<float, kPairSlots> coupled{};    ///< |J| >= kCoupledThresholdHz
    std::array<float, kPairSlots> equivalent{}; ///< equal shifts, both real
    int groupCount = 0;
};

/// Group indices sorted by shift descending, then degeneracy descending (the canonical order).
std::vector<std::size_t> canonicalOrder(const SpinSystem& system);
/// The system with its groups in canonical order (labels A, B, ... reassigned).
SpinSystem canonicalised(const SpinSystem& system);

/// Throws Error{InvalidInput} for more than kMaxGroups groups or a degeneracy outside the
/// vocabulary.
EncodedTarget encodeTarget(const SpinSystem& system);

} // namespace spinhance::model

#pragma once

#include "spin/spinsystem.h"

#include <string>
#include <vector>

namespace spinhance {

/// Degeneracies the model can predict: 1, 2, 3, 4, 6, 9, 12, 18.
const std::vector<int>& degeneracyVocabulary();
bool inDegeneracyVocabulary(int protonCount);

/// Most groups a model target holds.
constexpr int kMaxTargetGroups = 8;

/// What makes `system` unfit as a model target, one sentence each (empty = valid): group count
/// 1..maxGroups, degeneracies in the vocabulary, shifts finite within 0–12 ppm, J symmetric with
/// a zero diagonal, finite and |J| ≤ 25 Hz.
std::vector<std::string> targetProblems(const SpinSystem& system, int maxGroups = kMaxTargetGroups);

} // namespace spinhance

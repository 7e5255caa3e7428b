#include "dataset/validation.h"

#include <algorithm>
#include <cmath>

namespace spinhance {

const std::vector<int>& degeneracyVocabulary() {
    static const std::vector<int> vocabulary = {1, 2, 3, 4, 6, 9, 12, 18};
    return vocabulary;
}

bool inDegeneracyVocabulary(int protonCount) {
    const auto& v = degeneracyVocabulary();
    return std::find(v.begin(), v.end(), protonCount) != v.end();
}

namespace {

void checkGroups(const SpinSystem& system, std::vector<std::string>& problems) {
    for (std::size_t i = 0; i < system.size(); ++i) {
        const SpinGroup& g = system.group(i);
        if (!inDegeneracyVocabulary(g.protonCount))
            problems.push_back("group " + g.label + " has " + std::to_string(g.protonCount) +
                               " protons, outside the vocabulary {1,2,3,4,6,9,12,18}");
        if (!std::isfinite(g.shiftPpm) || g.shiftPpm < 0.0 || g.shiftPpm > 12.0)
            problems.push_back("group " + g.label + " shift " + std::to_string(g.shiftPpm) +
                               " ppm is outside 0–12 ppm");
    }
}

void checkCouplings(const SpinSystem& system, std::vector<std::string>& problems) {
    const std::size_t n = system.size();
    const std::vector<double>& j = system.couplingMatrixHz();
    for (std::size_t a = 0; a < n; ++a) {
        if (j[a * n + a] != 0.0) problems.push_back("non-zero diagonal coupling");
        for (std::size_t b = a + 1; b < n; ++b) {
            if (j[a * n + b] != j[b * n + a]) problems.push_back("asymmetric coupling matrix");
            if (!std::isfinite(j[a * n + b]) || std::abs(j[a * n + b]) > 25.0)
                problems.push_back("coupling " + std::to_string(j[a * n + b]) +
                                   " Hz is not within ±25 Hz");
        }
    }
}

} // namespace

std::vector<std::string> targetProblems(const SpinSystem& system, int maxGroups) {
    std::vector<std::string> problems;
    if (system.empty() || int(system.size()) > maxGroups)
        problems.push_back(std::to_string(system.size()) + " groups, expected 1–" +
                           std::to_string(maxGroups));
    checkGroups(system, problems);
    checkCouplings(system, problems);
    return problems;
}

} // namespace spinhance

#include "spin/spinsystem.h"

#include "common/error.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spinhance {

std::size_t SpinSystem::addGroup(double shiftPpm, int protonCount, std::string label) {
    const std::size_t oldSize = size();
    if (label.empty()) label = defaultLabel(oldSize);
    m_groups.push_back({shiftPpm, protonCount, std::move(label)});
    // Grown in place: the vector's capacity doubles, so a system built group by group (a journal
    // line of 256 entries) allocates O(log n) times instead of once per group, and each row moves
    // to its wider stride as one block, last row first (a row only ever moves to the right).
    const std::size_t n = oldSize;
    m_couplingsHz.resize((n + 1) * (n + 1), 0.0);
    const auto row = [this](std::size_t at) { return m_couplingsHz.begin() + std::ptrdiff_t(at); };
    for (std::size_t i = n; i-- > 0;) {
        std::copy_backward(row(i * n), row(i * n + n), row(i * (n + 1) + n));
        m_couplingsHz[i * (n + 1) + n] = 0.0; // the new group's column
    }
    std::fill(row(n * (n + 1)), m_couplingsHz.end(), 0.0); // and its row
    return oldSize;
}

void SpinSystem::removeGroup(std::size_t index) {
    const std::size_t n = size();
    if (index >= n)
        throw Error(ErrorCode::InvalidArgument, "no group at index " + std::to_string(index));
    std::vector<double> shrunk;
    shrunk.reserve((n - 1) * (n - 1));
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j)
            if (i != index && j != index) shrunk.push_back(m_couplingsHz[i * n + j]);
    m_couplingsHz = std::move(shrunk);
    m_groups.erase(m_groups.begin() + long(index));
}

void SpinSystem::setCouplingHz(std::size_t i, std::size_t j, double couplingHz) {
    const std::size_t n = size();
    if (i >= n || j >= n)
        throw Error(ErrorCode::InvalidArgument, "coupling between groups " + std::to_string(i) +
                                                    " and " + std::to_string(j) + " of " +
                                                    std::to_string(n));
    if (i == j) throw Error(ErrorCode::InvalidArgument, "a group cannot couple to itself");
    m_couplingsHz[i * n + j] = couplingHz;
    m_couplingsHz[j * n + i] = couplingHz;
}

int SpinSystem::protonCount() const {
    return std::accumulate(m_groups.begin(), m_groups.end(), 0,
                           [](int sum, const SpinGroup& g) { return sum + g.protonCount; });
}

int SpinSystem::indexOfLabel(const std::string& label) const {
    for (std::size_t i = 0; i < m_groups.size(); ++i)
        if (m_groups[i].label == label) return int(i);
    return -1;
}

std::string SpinSystem::defaultLabel(std::size_t index) {
    const std::string letter(1, char('A' + index % 26));
    return index < 26 ? letter : letter + std::to_string(index / 26);
}

namespace {

// Groups joined into runs of one shift: each group's run index.
std::vector<std::size_t> equalShiftRuns(const SpinSystem& s, double tolPpm) {
    std::vector<std::size_t> run(s.size());
    std::iota(run.begin(), run.end(), std::size_t{0});
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t a = 0; a < s.size(); ++a)
            for (std::size_t b = 0; b < s.size(); ++b)
                if (run[b] < run[a] &&
                    std::abs(s.group(a).shiftPpm - s.group(b).shiftPpm) <= tolPpm) {
                    run[a] = run[b];
                    changed = true;
                }
    }
    return run;
}

// Whether a and b (one class) couple alike to every group outside their class.
bool alikeOutside(const SpinSystem& s, const std::vector<std::size_t>& classOf, std::size_t a,
                  std::size_t b, double tolHz) {
    for (std::size_t k = 0; k < s.size(); ++k)
        if (classOf[k] != classOf[a] && std::abs(s.couplingHz(a, k) - s.couplingHz(b, k)) > tolHz)
            return false;
    return true;
}

// One refinement: each group's class becomes its first earlier classmate that leads a class and
// couples alike outside, else itself. Returns whether any class split.
bool refineOnce(const SpinSystem& s, std::vector<std::size_t>& classOf, double tolHz) {
    std::vector<std::size_t> next = classOf;
    bool split = false;
    for (std::size_t a = 0; a < s.size(); ++a) {
        std::size_t leader = a;
        for (std::size_t b = 0; b < a && leader == a; ++b)
            if (classOf[b] == classOf[a] && next[b] == b && alikeOutside(s, classOf, a, b, tolHz))
                leader = b;
        next[a] = leader;
        split = split || (leader == a && classOf[a] != a);
    }
    classOf = std::move(next);
    return split;
}

} // namespace

SpinSystem withEquivalentGroupsMerged(const SpinSystem& system, double shiftTolerancePpm,
                                      double couplingToleranceHz) {
    // Start from runs of one shift and split a class while its members couple differently to
    // some one group outside it (group by group, not summed): what stays together is one
    // composite spin, its inner couplings invisible (they commute with the class's total spin,
    // and so with the rest of the Hamiltonian and with the observed transitions). p-xylene's four
    // ring protons are one class; an AA'XX' pair is not. Runs chain and couplings are compared
    // with the class's first member, so a class may span a little more than the tolerances.
    // Each class is named by its lowest index; a split only adds classes, so this ends.
    std::vector<std::size_t> classOf = equalShiftRuns(system, shiftTolerancePpm);
    while (refineOnce(system, classOf, couplingToleranceHz)) {
    }
    SpinSystem merged = system;
    for (std::size_t g = system.size(); g-- > 0;)
        if (classOf[g] != g) {
            merged.group(classOf[g]).protonCount += merged.group(g).protonCount;
            merged.removeGroup(g);
        }
    return merged;
}

} // namespace spinhance

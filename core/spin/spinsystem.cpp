#include "spin/spinsystem.h"

#include "common/error.h"

#include <numeric>

namespace spinhance {

std::size_t SpinSystem::addGroup(double shiftPpm, int protonCount, std::string label) {
    const std::size_t oldSize = size();
    if (label.empty()) label = defaultLabel(oldSize);
    m_groups.push_back({shiftPpm, protonCount, std::move(label)});
    std::vector<double> grown((oldSize + 1) * (oldSize + 1), 0.0);
    for (std::size_t i = 0; i < oldSize; ++i)
        for (std::size_t j = 0; j < oldSize; ++j)
            grown[i * (oldSize + 1) + j] = m_couplingsHz[i * oldSize + j];
    m_couplingsHz = std::move(grown);
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

} // namespace spinhance

#include "spin/couplinggraph.h"

#include <algorithm>

namespace spinhance {

bool isUncoupled(const SpinSystem& system, std::size_t g) {
    for (std::size_t j = 0; j < system.size(); ++j)
        if (j != g && system.couplingHz(g, j) != 0.0) return false;
    return true;
}

bool hasOwnLineWidth(const SpinSystem& system, std::size_t g) {
    return system.group(g).extraWidthHz > 0.0 && isUncoupled(system, g);
}

std::vector<std::vector<std::size_t>> couplingComponents(const SpinSystem& system) {
    const std::size_t n = system.size();
    std::vector<int> componentOf(n, -1);
    std::vector<std::vector<std::size_t>> components;
    for (std::size_t seed = 0; seed < n; ++seed) {
        if (componentOf[seed] >= 0) continue;
        std::vector<std::size_t> members{seed};
        componentOf[seed] = int(components.size());
        for (std::size_t next = 0; next < members.size(); ++next)
            for (std::size_t j = 0; j < n; ++j)
                if (componentOf[j] < 0 && system.couplingHz(members[next], j) != 0.0) {
                    componentOf[j] = int(components.size());
                    members.push_back(j);
                }
        std::sort(members.begin(), members.end());
        components.push_back(std::move(members));
    }
    return components;
}

} // namespace spinhance

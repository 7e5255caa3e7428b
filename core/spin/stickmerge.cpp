#include "spin/stickmerge.h"

#include <algorithm>

namespace spinhance {

void mergeSticks(std::vector<Stick>& sticks, double toleranceHz, double relativeCutoff) {
    std::sort(sticks.begin(), sticks.end(),
              [](const Stick& a, const Stick& b) { return a.frequencyHz < b.frequencyHz; });
    std::vector<Stick> merged;
    merged.reserve(sticks.size());
    double largest = 0.0;
    for (std::size_t i = 0; i < sticks.size();) {
        // Chain from the run's first stick, so a long run of near-equal lines cannot drift apart.
        const double start = sticks[i].frequencyHz;
        double sum = 0.0, moment = 0.0;
        for (; i < sticks.size() && sticks[i].frequencyHz - start <= toleranceHz; ++i) {
            sum += sticks[i].intensity;
            moment += sticks[i].intensity * sticks[i].frequencyHz;
        }
        merged.push_back({sum > 0.0 ? moment / sum : start, 0.0, sum});
        largest = std::max(largest, sum);
    }
    const double cutoff = relativeCutoff * largest;
    merged.erase(std::remove_if(merged.begin(), merged.end(),
                                [cutoff](const Stick& s) { return s.intensity < cutoff; }),
                 merged.end());
    sticks = std::move(merged);
}

} // namespace spinhance

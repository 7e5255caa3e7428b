#include "syntheticsamples.h"

#include "model/targets.h"

#include <cmath>
#include <random>

namespace spinhance::model::test {

PpmGrid smallGrid() {
    return {0.0, 12.0, 2048};
}

namespace {

SpinSystem randomSystem(std::mt19937_64& rng) {
    std::uniform_int_distribution<int> groups(1, 4), cls(0, 4);
    std::uniform_real_distribution<double> shift(0.8, 8.0), j(2.0, 9.0), u(0.0, 1.0);
    SpinSystem s;
    const int n = groups(rng);
    for (int i = 0; i < n; ++i)
        s.addGroup(shift(rng), degeneracyVocabulary()[std::size_t(cls(rng))]);
    for (int a = 0; a + 1 < n; ++a)
        if (u(rng) < 0.6) s.setCouplingHz(std::size_t(a), std::size_t(a + 1), j(rng));
    return s;
}

std::vector<float> render(const SpinSystem& s, const PpmGrid& grid) {
    const double widthPpm = 0.03;
    std::vector<float> y(std::size_t(grid.points), 0.0f);
    double total = 0.0;
    for (const auto& g : s.groups())
        for (std::size_t i = 0; i < y.size(); ++i) {
            const double x = (grid.ppmAt(i) - g.shiftPpm) / widthPpm;
            y[i] += float(g.protonCount / (1.0 + x * x));
        }
    for (float v : y)
        total += v * grid.stepPpm();
    for (float& v : y)
        v = float(v / total);
    return y;
}

} // namespace

std::shared_ptr<InMemorySampleSource> syntheticSource(int count, std::uint64_t seed, PpmGrid grid) {
    std::mt19937_64 rng(seed);
    std::vector<TrainingSample> samples;
    for (int k = 0; k < count; ++k) {
        SpinSystem s = randomSystem(rng);
        samples.push_back({render(s, grid), s});
    }
    return std::make_shared<InMemorySampleSource>(std::move(samples), grid,
                                                  "synthetic:" + std::to_string(seed));
}

} // namespace spinhance::model::test

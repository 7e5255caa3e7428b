#include "syntheticspectrum.h"

#include "fit/fitdata.h"
#include "fit/fitproblem.h"

#include <algorithm>
#include <random>

namespace spinhance::analysistest {

namespace {

std::vector<double> render(const SpinSystem& system, const PpmGrid& grid, double fieldMHz,
                           double linewidthHz) {
    LineModel line;
    line.linewidthHz = linewidthHz;
    line.scale = 1.0;
    return renderFitModel(system, line, grid, fieldMHz);
}

SpinSystem singlet(double ppm) {
    SpinSystem s;
    s.addGroup(ppm, 1);
    return s;
}

} // namespace

SpinSystem benzimidazoleLike() {
    SpinSystem ring;
    ring.addGroup(8.05, 1); // H2
    const std::size_t h4 = ring.addGroup(7.90, 1), h5 = ring.addGroup(7.53, 1),
                      h6 = ring.addGroup(7.60, 1), h7 = ring.addGroup(7.565, 1);
    ring.addGroup(3.85, 3);
    ring.setCouplingHz(h4, h5, 8.4);
    ring.setCouplingHz(h5, h6, 7.9);
    ring.setCouplingHz(h6, h7, 7.2);
    ring.setCouplingHz(h4, h6, 1.8);
    ring.setCouplingHz(h5, h7, 1.0);
    return ring;
}

SpinSystem ethylCrotonate() {
    SpinSystem s;
    s.id = "ethyl crotonate";
    s.addGroup(6.97, 1);
    s.addGroup(5.84, 1);
    s.addGroup(4.18, 2);
    s.addGroup(1.88, 3);
    s.addGroup(1.28, 3);
    s.setCouplingHz(0, 1, 15.6);
    s.setCouplingHz(0, 3, 6.9);
    s.setCouplingHz(1, 3, 1.7);
    s.setCouplingHz(2, 4, 7.1);
    return s;
}

Spectrum syntheticSpectrum(const SpinSystem& system, double fieldMHz, double snr,
                           std::uint32_t seed, double linewidthHz, double tmsProtons,
                           double solventProtons) {
    const double hzPerPoint = 0.2;
    const PpmGrid grid{-0.5, 10.0, int(10.5 * fieldMHz / hzPerPoint) + 1};
    std::vector<double> y = system.empty() ? std::vector<double>(std::size_t(grid.points), 0.0)
                                           : render(system, grid, fieldMHz, linewidthHz);
    const double tallest = std::max(1e-12, *std::max_element(y.begin(), y.end()));
    const std::vector<double> tms = render(singlet(0.0), grid, fieldMHz, linewidthHz);
    const std::vector<double> chcl3 = render(singlet(7.26), grid, fieldMHz, linewidthHz);
    std::mt19937 rng(seed);
    std::normal_distribution<double> noise(0.0, system.empty() ? 1.0 : tallest / snr);
    Spectrum s;
    s.fieldMHz = fieldMHz;
    s.solvent = "CDCl3";
    s.origin.path = "synthetic:" + system.id;
    for (int i = 0; i < grid.points; ++i) {
        s.ppm.push_back(grid.ppmAt(std::size_t(i)));
        s.real.push_back(y[std::size_t(i)] + tmsProtons * tms[std::size_t(i)] +
                         solventProtons * chcl3[std::size_t(i)] + noise(rng));
    }
    return s;
}

analysis::ScoringContext fitContextFor(const SpinSystem& system, double fieldMHz,
                                       std::uint32_t seed) {
    analysis::ScoringContext context;
    context.data =
        fitDataFromSpectrum(syntheticSpectrum(system, fieldMHz, 400.0, seed, 1.0, 0.0, 0.0));
    context.data.weight.assign(context.data.intensity.size(), 1.0);
    context.regionWeight = context.data.weight;
    context.sigma = 1e-3;
    return context;
}

} // namespace spinhance::analysistest

#include "syntheticfid.h"

#include <cmath>

spinhance::Spectrum syntheticFid(const std::vector<SyntheticLine>& lines, double phaseDeg,
                                 std::size_t points, double spectralWidthHz, double fieldMHz,
                                 double carrierPpm) {
    const double pi = std::acos(-1.0);
    spinhance::Spectrum s;
    s.fieldMHz = fieldMHz;
    spinhance::Fid fid;
    fid.spectralWidthHz = spectralWidthHz;
    fid.carrierPpm = carrierPpm;
    fid.points.assign(points, {0.0, 0.0});
    const std::complex<double> phase = std::polar(1.0, phaseDeg * pi / 180.0);
    for (std::size_t n = 0; n < points; ++n) {
        const double t = double(n) / spectralWidthHz;
        for (const auto& line : lines)
            fid.points[n] += phase * line.amplitude * std::exp(-pi * line.linewidthHz * t) *
                             std::polar(1.0, 2.0 * pi * line.offsetHz * t);
    }
    s.fid = fid;
    return s;
}

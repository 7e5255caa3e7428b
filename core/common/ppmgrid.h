#pragma once

#include <cstddef>

namespace spinhance {

/// A uniform chemical-shift axis. Index 0 is `fromPpm`, the last index is `toPpm` (inclusive), so
/// with the default model grid ppm *increases* with the index. Plots reverse the axis for display.
struct PpmGrid {
    double fromPpm = 0.0;
    double toPpm = 12.0;
    int points = 16384;

    double stepPpm() const { return points > 1 ? (toPpm - fromPpm) / double(points - 1) : 0.0; }
    double ppmAt(std::size_t index) const { return fromPpm + double(index) * stepPpm(); }
    bool operator==(const PpmGrid& other) const {
        return fromPpm == other.fromPpm && toPpm == other.toPpm && points == other.points;
    }
    bool operator!=(const PpmGrid& other) const { return !(*this == other); }

    /// The grid every model reads: 0–12 ppm, 16,384 points (see docs/ and spin-graph.md).
    static PpmGrid model() { return {}; }
};

/// Field the default model was trained at; spectra far from it are flagged to the user.
constexpr double kModelFieldMHz = 90.0;

} // namespace spinhance

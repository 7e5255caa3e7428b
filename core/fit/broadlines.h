#pragma once

#include "fit/fitparameters.h"
#include "fit/linerenderer.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace spinhance {

/// An uncoupled group drawn with a line of its own width (an exchanging NH, OH or COOH proton):
/// which of SpinSensitivity's sticks it is and which parameter holds its extra width.
struct BroadGroupLine {
    std::size_t stick = 0;
    std::size_t group = 0;
    std::size_t widthParameter = 0;
    std::size_t shiftParameter = 0; ///< the Shift parameter that moves its group
};

/// The broad lines of `params` (its GroupWidth parameters) among the singlet sticks, whose groups
/// `singletGroups` lists in stick order (SpinSensitivity::singletGroups).
std::vector<BroadGroupLine> broadGroupLines(const ParameterSet& params,
                                            const std::vector<std::size_t>& singletGroups);

/// What one rendering of broad lines draws.
struct BroadLineRender {
    LineKernel kernel = LineKernel::Line;
    /// Only the line whose width parameter this is (its width derivative), else all of them.
    std::optional<std::size_t> onlyWidthParameter;
    /// Only the line of this group, as the derivative of its position (per ppm), else values.
    std::optional<std::size_t> positionOfGroup;
};

/// Adds the broad lines (height = proton count, width = common line width + `extraBroadeningHz` +
/// the line's own) to `out` (the renderer's grid) as `what` asks; returns the FFT points used.
std::size_t addBroadLines(const ParameterSet& params, const std::vector<BroadGroupLine>& lines,
                          LineRenderer& renderer, double fieldMHz, double extraBroadeningHz,
                          const BroadLineRender& what, double* out);

} // namespace spinhance

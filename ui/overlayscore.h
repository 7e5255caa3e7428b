#pragma once

#include "spectrumdocument.h"

namespace spinhance::ui {

/// Cosine similarity (0…1 for non-negative traces) between an overlay's total and the measured
/// trace, interpolated linearly onto the overlay's grid: how much of the measured shape a
/// proposed system explains, independent of scale.
double overlayCosine(const Overlay& overlay, const DisplayTrace& measured);

} // namespace spinhance::ui

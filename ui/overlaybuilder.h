#pragma once

#include "coreservices.h"
#include "spectrumdocument.h"

namespace spinhance::ui {

/// Re-simulates a spin system for display: the total spectrum and each group's multiplet, scaled by
/// one least-squares factor so the total matches the measured trace.
class OverlayBuilder {
public:
    explicit OverlayBuilder(const CoreServices& services) : m_services(services) {}

    /// `fieldMHz` of the measured spectrum (the model's 90 MHz when unknown).
    Overlay build(const SpinSystem& system, const DisplayTrace& measured, double fieldMHz) const;

    /// Display grid: ascending over the measured window, at most 16,384 points.
    static PpmGrid displayGrid(const DisplayTrace& measured);
    /// Index of the group whose shift is closest to a stick. In strongly coupled systems lines do
    /// not belong to one group; nearest-shift attribution is what the eye expects for colouring.
    static std::size_t owningGroup(const SpinSystem& system, double stickPpm);

private:
    const CoreServices& m_services;
};

} // namespace spinhance::ui

#pragma once

#include "io/spectrum.h"

#include <optional>
#include <string>

namespace spinhance {

/// What automatic referencing found: the compound, where its line was and the shift applied.
struct ReferenceMatch {
    std::string compound; ///< "TMS", "DSS", "CHCl3 (CDCl3)", ...
    double expectedPpm = 0.0;
    double foundPpm = 0.0;
    double shiftPpm = 0.0; ///< added to every ppm value
};

/// Shifts the ppm axis so that the line at `observedPpm` moves to `truePpm`.
void referenceTo(Spectrum& s, double observedPpm, double truePpm, const std::string& compound = {});

/// Residual 1H shift of a deuterated solvent's protonated isotopomer (CDCl3 -> 7.26), from the
/// solvent name as files write it ("CDCl3", "Chloroform-d", "DMSO", "D2O" ...); nullopt if unknown.
std::optional<double> residualSolventPpm(const std::string& solvent,
                                         std::string* compound = nullptr);

/// Looks for TMS/DSS at 0 ppm, then for the residual solvent line, within `windowPpm` of where it
/// should be; references to it when its line stands out of the noise as a sharp lone singlet.
/// nullopt when nothing identifiable was found (the axis is then left as the file gave it).
std::optional<ReferenceMatch> referenceAuto(Spectrum& s, double windowPpm);
/// referenceAuto with referenceWindowPpm(s.fieldMHz).
std::optional<ReferenceMatch> referenceAuto(Spectrum& s);

/// How far from its expected shift a reference line is searched: 0.5 ppm below 150 MHz
/// (benchtop magnets drift), 0.05 ppm above.
double referenceWindowPpm(double fieldMHz);

/// Position of the tallest local maximum of the real part in [fromPpm, toPpm], refined by a
/// parabola through the three top points; nullopt when the range holds no maximum.
std::optional<double> peakPositionPpm(const Spectrum& s, double fromPpm, double toPpm);

} // namespace spinhance

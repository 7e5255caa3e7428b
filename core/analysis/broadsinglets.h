#pragma once

#include "analysis/evidence.h"
#include "spin/spinsystem.h"

namespace spinhance::analysis {

/// Whether a line `widthHz` wide at half height is a broad line (an exchanging NH, OH or water):
/// at least three times as wide as the sharp lines and 5 Hz wider.
bool isBroadLine(const Evidence& evidence, double widthHz);

/// The extra line width (Hz) a group at `shiftPpm` gets when the region there reads as one broad
/// line (as withBroadSingletsMarked judges it), 0 otherwise.
double broadLineExtraHz(const Evidence& evidence, double shiftPpm);

/// Whether multiplet region `r` reads as one exchanging proton's line: at most 3 H, one broad
/// line as broadLineExtraHz judges it. No ring or chain proton is such a line.
bool readsAsExchangeableLine(const Evidence& evidence, std::size_t r);

/// `system` with each exchangeable-looking group marked broad (SpinGroup::extraWidthHz, the
/// line's width less the typical one): an uncoupled group of at most 3 H, alone in a region whose
/// reading is a single Lorentzian line (MultipletReading::lorentzianWidthHz), or whose tallest
/// line is a Lorentzian holding at least 80 % of its area, at least three times as wide as the
/// sharp lines and 5 Hz wider.
/// An NH, OH or COOH proton exchanging at an intermediate rate is such a line; drawn with the
/// common width it cannot fit there, and a search given the molecule's proton count puts that
/// proton where the spectrum is flat instead (propionanilide's amide NH at 7.41 ppm, 500 MHz).
SpinSystem withBroadSingletsMarked(const SpinSystem& system, const Evidence& evidence);

} // namespace spinhance::analysis

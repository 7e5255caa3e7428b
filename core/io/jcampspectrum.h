#pragma once

#include "io/jcamptree.h"
#include "io/spectrum.h"

namespace spinhance::io {

/// Builds a Spectrum from a parsed JCAMP-DX document: XYDATA/XYPOINTS or NTUPLES (NMR SPECTRUM
/// real+imaginary pages, NMR FID). In a LINK file the 1H 1D spectrum block is chosen, and a 1H FID
/// block, when present, fills Spectrum::fid. Throws Error naming the file, line and label.
Spectrum spectrumFromJcamp(const JcampDocument& doc);

} // namespace spinhance::io

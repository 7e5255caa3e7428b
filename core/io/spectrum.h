#pragma once

#include "common/ppmgrid.h"

#include <complex>
#include <optional>
#include <string>
#include <vector>

namespace spinhance {

/// Where a spectrum came from: the file/folder opened, the reader that read it, its format.
struct SpectrumOrigin {
    std::string path;     ///< as opened (file, folder or zip)
    std::string readerId; ///< e.g. "jcamp", "bruker"
    std::string format;   ///< human-readable, e.g. "JCAMP-DX 5.01 NTUPLES NMR FID (AFFN)"
};

/// A time-domain signal as acquired (before processing). Complex points, first point at t = 0
/// after digital-filter handling is applied by processing.
struct Fid {
    std::vector<std::complex<double>> points;
    double spectralWidthHz = 0.0;
    double carrierPpm = 0.0;       ///< ppm at the centre of the spectral window
    double groupDelayPoints = 0.0; ///< Bruker digital filter delay (GRPDLY), 0 if none
};

/// A 1D spectrum, frequency domain. `ppm` and `real` have equal length; `imag` is empty or equal
/// length. The ppm axis may run in either direction (as the file gives it).
struct Spectrum {
    std::vector<double> ppm;
    std::vector<double> real;
    std::vector<double> imag;

    std::string nucleus = "1H";
    double fieldMHz = 0.0; ///< spectrometer 1H frequency
    std::string solvent;
    std::string title;
    /// The spectrometer as the file names it ("Bruker av400", "Magritek Spinsolve C80Ultra
    /// (SPA3402)", "Varian inova"); "" when the file does not say.
    std::string instrument;
    SpectrumOrigin origin;
    std::vector<std::string> history; ///< processing steps applied, in order, human-readable

    std::optional<Fid> fid; ///< present when the file held a FID (readers may fill only this)

    std::size_t size() const { return real.size(); }
    bool hasSpectrum() const { return !real.empty(); }
};

} // namespace spinhance

#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// Magritek Spinsolve folders: data.1d (FID) and/or spectrum.1d with acqu.par.
class SpinsolveReader : public SpectrumReader {
public:
    std::string id() const override { return "spinsolve"; }
    std::string description() const override { return "Magritek Spinsolve (data.1d, spectrum.1d)"; }
    std::vector<std::string> extensions() const override { return {"1d", "par"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

} // namespace spinhance

#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// Varian/Agilent VNMR experiment folders (.fid): fid (big-endian blocks) with procpar.
class VarianReader : public SpectrumReader {
public:
    std::string id() const override { return "varian"; }
    std::string description() const override { return "Varian/Agilent (fid + procpar)"; }
    std::vector<std::string> extensions() const override { return {"fid", "procpar"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

} // namespace spinhance

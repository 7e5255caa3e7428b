#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// nmrML (XML): the base64 FID (optionally zlib-compressed) with its acquisition parameters, and
/// the processed spectrum when the file holds one.
class NmrmlReader : public SpectrumReader {
public:
    std::string id() const override { return "nmrml"; }
    std::string description() const override { return "nmrML"; }
    std::vector<std::string> extensions() const override { return {"nmrML", "nmrml"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

} // namespace spinhance

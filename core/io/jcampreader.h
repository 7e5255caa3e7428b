#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// JCAMP-DX 4.24-6.0: XYDATA/XYPOINTS, NTUPLES NMR SPECTRUM/FID, LINK compound files; all ASDF
/// encodings (AFFN, PAC, SQZ, DIF, DUP) with the DIF y-checkpoint rule.
class JcampReader : public SpectrumReader {
public:
    std::string id() const override { return "jcamp"; }
    std::string description() const override { return "JCAMP-DX"; }
    std::vector<std::string> extensions() const override { return {"jdx", "dx", "jcamp", "jcm"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

/// Parses JCAMP-DX text already in memory (`fileName` is used in error messages only).
Spectrum readJcampText(std::string text, const std::string& fileName);

} // namespace spinhance

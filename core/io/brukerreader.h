#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// Bruker TopSpin/XWIN-NMR experiments: a folder holding acqus (and fid, pdata/N/procs + 1r/1i),
/// a parent folder or a zip containing such a folder, or any file inside an experiment. The
/// processed spectrum (1r/1i) is read when present, the FID (fid) always when present.
class BrukerReader : public SpectrumReader {
public:
    std::string id() const override { return "bruker"; }
    std::string description() const override { return "Bruker experiment (folder, zip, fid, 1r)"; }
    std::vector<std::string> extensions() const override { return {"zip", "fid", "1r", "acqus"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

} // namespace spinhance

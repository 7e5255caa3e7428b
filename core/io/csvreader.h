#pragma once

#include "io/spectrumreader.h"

namespace spinhance {

/// Two-column text (ppm, intensity) separated by comma, semicolon, tab or blanks; a header line
/// and "#" comments are skipped. Field, solvent and title may come from "# key: value" comments.
class CsvReader : public SpectrumReader {
public:
    std::string id() const override { return "csv"; }
    std::string description() const override { return "CSV/TSV (ppm, intensity)"; }
    std::vector<std::string> extensions() const override { return {"csv", "tsv", "txt"}; }
    double confidence(const std::string& path) const override;
    Spectrum read(const std::string& path) const override;
};

} // namespace spinhance

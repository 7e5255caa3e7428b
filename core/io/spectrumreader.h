#pragma once

#include "io/spectrum.h"

#include <string>
#include <vector>

namespace spinhance {

/// One file format. Readers are stateless: `confidence` sniffs bytes, `read` parses.
/// A reader may accept a folder or a zip (Bruker, Spinsolve, Varian) as well as a file.
class SpectrumReader {
public:
    virtual ~SpectrumReader() = default;

    /// Short stable identifier, e.g. "jcamp", "bruker".
    virtual std::string id() const = 0;
    /// Human-readable name for file dialogs, e.g. "JCAMP-DX".
    virtual std::string description() const = 0;
    /// File name patterns without the dot, e.g. {"jdx", "dx", "jcamp"}; empty entries never match.
    virtual std::vector<std::string> extensions() const = 0;
    /// 0 (certainly not this format) .. 1 (certainly this format), judged on the content.
    virtual double confidence(const std::string& path) const = 0;
    /// Reads the spectrum; throws spinhance::Error naming the file and line/parameter.
    virtual Spectrum read(const std::string& path) const = 0;
};

} // namespace spinhance

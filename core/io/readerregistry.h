#pragma once

#include "io/spectrumreader.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace spinhance {

/// The readers the application knows, registered explicitly. `best` asks every reader for its
/// confidence in a path and returns the most confident one.
class ReaderRegistry {
public:
    void add(std::unique_ptr<SpectrumReader> reader);
    const std::vector<std::unique_ptr<SpectrumReader>>& readers() const { return m_readers; }
    const SpectrumReader* find(const std::string& id) const;

    /// The reader most confident about `path`, or nullptr when none reaches a useful level.
    const SpectrumReader* best(const std::string& path) const;
    /// Opens `path` with `best`; throws Error{Unsupported} when no reader recognises it and
    /// Error{InvalidInput} when what it read fails checkSpectrum (non-finite values, header
    /// ranges).
    Spectrum open(const std::string& path) const;

    /// JCAMP-DX, Bruker, Spinsolve, Varian, nmrML, CSV/TSV.
    static ReaderRegistry withDefaultReaders();
    /// The process-wide default registry (built on first use).
    static const ReaderRegistry& defaultRegistry();

private:
    std::vector<std::unique_ptr<SpectrumReader>> m_readers;
};

/// Opens a spectrum file, folder, zip or any file inside a Bruker experiment with the default
/// registry. Throws spinhance::Error naming the file and line/parameter.
Spectrum openSpectrum(const std::string& path);

/// (description, extensions) of every default reader, for a GUI's open dialog.
std::vector<std::pair<std::string, std::vector<std::string>>> readerFileFilters();

} // namespace spinhance

#include "io/readerregistry.h"

#include "common/error.h"
#include "io/brukerreader.h"
#include "io/csvreader.h"
#include "io/jcampreader.h"
#include "io/nmrmlreader.h"
#include "io/spectrumcheck.h"
#include "io/spinsolvereader.h"
#include "io/textfile.h"
#include "io/varianreader.h"
#include "io/ziparchive.h"

#include <algorithm>
#include <filesystem>

namespace spinhance {

namespace {

// Below this, a reader's guess is too weak to act on (e.g. only the extension matched).
constexpr double kMinimumConfidence = 0.05;

} // namespace

void ReaderRegistry::add(std::unique_ptr<SpectrumReader> reader) {
    m_readers.push_back(std::move(reader));
}

const SpectrumReader* ReaderRegistry::find(const std::string& id) const {
    for (const auto& reader : m_readers)
        if (reader->id() == id) return reader.get();
    return nullptr;
}

const SpectrumReader* ReaderRegistry::best(const std::string& path) const {
    const SpectrumReader* chosen = nullptr;
    double bestConfidence = kMinimumConfidence;
    for (const auto& reader : m_readers) {
        const double confidence = reader->confidence(path);
        if (confidence > bestConfidence) bestConfidence = confidence, chosen = reader.get();
    }
    return chosen;
}

namespace {

// A folder gets what it holds named, so a wrong folder is told from an unsupported format.
[[noreturn]] void throwUnrecognisedFolder(const std::string& path) {
    constexpr std::size_t kNamesShown = 6;
    std::vector<std::string> names;
    std::size_t count = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(path, ec)) {
        if (names.size() < kNamesShown) names.push_back(entry.path().filename().string());
        ++count;
    }
    const std::string expected = "expected a spectrum folder (Bruker acqus + fid or pdata, "
                                 "Spinsolve data.1d, Varian procpar + fid, or a spectrum file), ";
    if (count == 0)
        throw Error(ErrorCode::InvalidInput, expected + "found an empty folder", {path, 0, {}});
    std::sort(names.begin(), names.end());
    std::string listed;
    for (const std::string& name : names)
        listed += (listed.empty() ? "" : ", ") + name;
    if (count > names.size()) listed += ", … (" + std::to_string(count) + " entries)";
    throw Error(ErrorCode::InvalidInput, expected + "found none; it holds " + listed,
                {path, 0, {}});
}

// A cut download of a zip is the commonest unreadable input; say so rather than "unrecognised".
[[noreturn]] void throwUnrecognised(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(path, ec) && io::looksLikeZip(path)) {
        const std::string problem = io::zipOpenProblem(path);
        if (!problem.empty())
            throw Error(ErrorCode::InvalidInput,
                        "expected a zip archive, found a damaged or truncated one (" + problem +
                            "); copy or download it again",
                        {path, 0, {}});
        throw Error(ErrorCode::Unsupported,
                    "expected a zip holding a Bruker experiment (an acqus file), found none",
                    {path, 0, {}});
    }
    if (std::filesystem::is_directory(path, ec)) throwUnrecognisedFolder(path);
    throw Error(ErrorCode::Unsupported,
                "expected a JCAMP-DX, Bruker, Spinsolve, Varian, nmrML or CSV spectrum; no reader "
                "recognises the content",
                {path, 0, {}});
}

} // namespace

Spectrum ReaderRegistry::open(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        throw Error(ErrorCode::NotFound, "expected a spectrum file or folder, found nothing there",
                    {path, 0, {}});
    if (std::filesystem::is_regular_file(path, ec) && std::filesystem::file_size(path, ec) == 0)
        throw Error(ErrorCode::InvalidInput,
                    "expected a spectrum, found an empty file (0 bytes); was the copy or download "
                    "interrupted?",
                    {path, 0, {}});
    const SpectrumReader* reader = best(path);
    if (!reader) throwUnrecognised(path);
    Spectrum s = reader->read(path);
    // One gate for every reader: NaN/Inf or a nonsense header never leaves the io room.
    checkSpectrum(s, path);
    s.origin.path = path;
    s.origin.readerId = reader->id();
    return s;
}

ReaderRegistry ReaderRegistry::withDefaultReaders() {
    ReaderRegistry registry;
    registry.add(std::make_unique<JcampReader>());
    registry.add(std::make_unique<BrukerReader>());
    registry.add(std::make_unique<SpinsolveReader>());
    registry.add(std::make_unique<VarianReader>());
    registry.add(std::make_unique<NmrmlReader>());
    registry.add(std::make_unique<CsvReader>());
    return registry;
}

const ReaderRegistry& ReaderRegistry::defaultRegistry() {
    static const ReaderRegistry registry = withDefaultReaders();
    return registry;
}

Spectrum openSpectrum(const std::string& path) {
    return ReaderRegistry::defaultRegistry().open(path);
}

std::vector<std::pair<std::string, std::vector<std::string>>> readerFileFilters() {
    std::vector<std::pair<std::string, std::vector<std::string>>> filters;
    for (const auto& reader : ReaderRegistry::defaultRegistry().readers())
        filters.emplace_back(reader->description(), reader->extensions());
    return filters;
}

} // namespace spinhance

#include "io/brukerreader.h"

#include "common/error.h"
#include "io/brukerlocate.h"
#include "io/brukerparams.h"
#include "io/digitalfilter.h"
#include "io/textfile.h"
#include "io/ziparchive.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>

namespace spinhance {

namespace fs = std::filesystem;

namespace {

struct BinaryLayout {
    bool bigEndian = false;
    bool isDouble = false;
    double scale = 1.0;
};

template <typename T> T loadValue(const char* bytes, bool bigEndian) {
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, bytes, sizeof(T));
    const bool hostBig = false; // x86/ARM little endian; Bruker stores BYTORDA explicitly
    if (bigEndian != hostBig)
        for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
            std::swap(raw[i], raw[sizeof(T) - 1 - i]);
    T value;
    std::memcpy(&value, raw, sizeof(T));
    return value;
}

// Reads `count` numbers; a file shorter than that is an error naming the size parameter.
std::vector<double> readBinary(const fs::path& file, std::size_t count, const BinaryLayout& layout,
                               const std::string& sizeParameter) {
    const std::string bytes = io::readFileBytes(file.string());
    const std::size_t word = layout.isDouble ? 8 : 4;
    if (count == 0 || bytes.size() / word < count)
        throw Error(ErrorCode::InvalidInput,
                    "expected " + std::to_string(count) + " values (" +
                        std::to_string(count * word) + " bytes), found " +
                        std::to_string(bytes.size()) + " bytes",
                    {file.string(), 0, sizeParameter});
    std::vector<double> values(count);
    for (std::size_t i = 0; i < count; ++i) {
        const char* p = bytes.data() + i * word;
        values[i] =
            layout.scale * (layout.isDouble ? loadValue<double>(p, layout.bigEndian)
                                            : double(loadValue<std::int32_t>(p, layout.bigEndian)));
    }
    return values;
}

std::size_t positiveCount(const io::BrukerParameters& params, const std::string& key) {
    const double value = params.number(key);
    if (!(value >= 1 && value <= 1e9))
        throw Error(ErrorCode::InvalidInput,
                    "expected a positive size, found " + std::to_string(value),
                    {params.fileName(), 0, key});
    return std::size_t(value);
}

BinaryLayout layoutOf(const io::BrukerParameters& params, const char* order, const char* type,
                      const char* nc) {
    BinaryLayout layout;
    layout.bigEndian = params.optNumber(order).value_or(0.0) == 1.0;
    layout.isDouble = params.optNumber(type).value_or(0.0) == 2.0;
    layout.scale = std::pow(2.0, std::clamp(params.optNumber(nc).value_or(0.0), -64.0, 64.0));
    return layout;
}

double referenceFrequencyMHz(const io::BrukerParameters& acqus, const io::BrukerParameters* procs) {
    if (procs)
        if (auto sf = procs->optNumber("SF"); sf && *sf > 0) return *sf;
    return acqus.number("BF1");
}

Fid readFid(const fs::path& experiment, const io::BrukerParameters& acqus,
            const io::BrukerParameters* procs) {
    const std::size_t td = positiveCount(acqus, "TD") & ~std::size_t(1);
    const auto values =
        readBinary(experiment / "fid", td, layoutOf(acqus, "BYTORDA", "DTYPA", "NC"), "TD");
    Fid fid;
    fid.points.resize(td / 2);
    for (std::size_t i = 0; i < td / 2; ++i)
        fid.points[i] = {values[2 * i], values[2 * i + 1]};
    fid.spectralWidthHz = acqus.number("SW_H");
    const double sf = referenceFrequencyMHz(acqus, procs);
    fid.carrierPpm = (acqus.optNumber("SFO1").value_or(sf) - sf) * 1e6 / sf;
    fid.groupDelayPoints = io::brukerGroupDelay(acqus.optNumber("GRPDLY").value_or(0.0),
                                                acqus.optNumber("DSPFVS").value_or(0.0),
                                                acqus.optNumber("DECIM").value_or(0.0));
    return fid;
}

void readProcessed(Spectrum& s, const fs::path& pdata, const io::BrukerParameters& procs) {
    const std::size_t si = positiveCount(procs, "SI");
    const BinaryLayout layout = layoutOf(procs, "BYTORDP", "DTYPP", "NC_PROC");
    s.real = readBinary(pdata / "1r", si, layout, "SI");
    std::error_code ec;
    if (fs::exists(pdata / "1i", ec) && fs::file_size(pdata / "1i", ec) >= si * 4)
        s.imag = readBinary(pdata / "1i", si, layout, "SI");
    const double offsetPpm = procs.number("OFFSET");
    const double stepPpm = procs.number("SW_P") / procs.number("SF") / double(si);
    s.ppm.resize(si);
    for (std::size_t i = 0; i < si; ++i)
        s.ppm[i] = offsetPpm - double(i) * stepPpm;
}

std::string titleOf(const io::BrukerLocation& where) {
    std::error_code ec;
    if (!where.pdata.empty() && fs::exists(where.pdata / "title", ec)) {
        const std::string text = io::readFileBytes((where.pdata / "title").string());
        for (std::string_view line : io::splitLines(text))
            if (!io::trim(line).empty()) return std::string(io::trim(line));
    }
    return where.experiment.parent_path().filename().string() + "/" +
           where.experiment.filename().string();
}

Spectrum readExperiment(const io::BrukerLocation& where) {
    const auto acqus = io::BrukerParameters::read((where.experiment / "acqus").string());
    std::optional<io::BrukerParameters> procs;
    std::error_code ec;
    if (!where.pdata.empty()) procs = io::BrukerParameters::read((where.pdata / "procs").string());
    Spectrum s;
    const bool hasFid = fs::exists(where.experiment / "fid", ec);
    if (hasFid) s.fid = readFid(where.experiment, acqus, procs ? &*procs : nullptr);
    if (procs) readProcessed(s, where.pdata, *procs);
    if (!hasFid && !procs)
        throw Error(ErrorCode::NotFound, "expected a fid or pdata/N/1r, found neither",
                    {where.experiment.string(), 0, "fid"});
    s.nucleus = acqus.text("NUC1").empty() ? "1H" : acqus.text("NUC1");
    s.fieldMHz = acqus.optNumber("SFO1").value_or(acqus.number("BF1"));
    s.solvent = acqus.text("SOLVENT");
    s.title = titleOf(where);
    if (const std::string model = acqus.text("INSTRUM"); !model.empty())
        s.instrument = "Bruker " + model;
    s.origin.readerId = "bruker";
    s.origin.format =
        "Bruker " + std::string(procs ? "pdata/" + where.pdata.filename().string() + "/1r" : "") +
        (procs && hasFid ? " + " : "") + (hasFid ? "fid" : "") +
        (acqus.optNumber("BYTORDA").value_or(0) == 1 ? " (big-endian)" : " (little-endian)");
    return s;
}

Spectrum readZip(const std::string& path) {
    io::ExtractedZip extracted(path);
    try {
        const io::BrukerLocation where = io::locateBrukerExperiment(extracted.folder());
        Spectrum s = readExperiment(where);
        if (s.title.find(extracted.folder()) != std::string::npos ||
            io::startsWith(s.title, fs::path(extracted.folder()).filename().string()))
            s.title = fs::path(path).stem().string() + "/" + where.experiment.filename().string();
        return s;
    } catch (const Error& e) {
        // Name the file inside the zip, not the temporary folder it was unpacked to.
        std::string inner = e.context().file;
        if (io::startsWith(inner, extracted.folder()))
            inner = inner.substr(extracted.folder().size());
        throw Error(
            e.code(), e.reason(),
            {path + (inner.empty() ? "" : ":" + inner), e.context().line, e.context().field});
    }
}

} // namespace

double BrukerReader::confidence(const std::string& path) const {
    std::error_code ec;
    if (fs::is_regular_file(path, ec) && io::looksLikeZip(path)) {
        for (const std::string& name : io::zipEntryNames(path))
            if (name == "acqus" || io::endsWith(name, "/acqus")) return 0.95;
        return 0.0;
    }
    return io::brukerFolderConfidence(path);
}

Spectrum BrukerReader::read(const std::string& path) const {
    std::error_code ec;
    Spectrum s = fs::is_regular_file(path, ec) && io::looksLikeZip(path)
                     ? readZip(path)
                     : readExperiment(io::locateBrukerExperiment(path));
    s.origin.path = path;
    return s;
}

} // namespace spinhance

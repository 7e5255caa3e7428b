#include "io/varianreader.h"

#include "common/error.h"
#include "common/numberformat.h"
#include "io/textfile.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>

namespace spinhance {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kFileHeaderBytes = 32;
constexpr std::size_t kBlockHeaderBytes = 28;
constexpr std::uint16_t kStatusInt32 = 0x4;
constexpr std::uint16_t kStatusFloat = 0x8;

// A string parameter's values take one line each; its count must be a whole number that fits the
// file (a count of 1.8e19 once wrapped the line index round and never ended). Numbers share one
// line, so their count is not bounded by the lines left (a real array last in the file is valid).
std::size_t extraValueLines(double count, bool isString, std::size_t linesLeft,
                            const fs::path& file, std::size_t line, std::string_view name) {
    const double maxCount = isString ? double(linesLeft) : 1e9;
    if (!(count >= 0.0 && count == std::floor(count) && count <= maxCount))
        throw Error(ErrorCode::InvalidInput,
                    "expected a value count between 0 and " +
                        (isString ? "the " + std::to_string(linesLeft) + " lines left in the file"
                                  : std::string("1e9")) +
                        ", found " + formatNumber(count),
                    {file.string(), int(line + 2), std::string(name)});
    return isString && count > 1 ? std::size_t(count) - 1 : 0;
}

// procpar: a header line "name subtype basictype ..." then "count values..." then an enum line.
std::map<std::string, std::string> readProcpar(const fs::path& file) {
    const std::string text = io::readFileBytes(file.string());
    const auto lines = io::splitLines(text);
    std::map<std::string, std::string> values;
    for (std::size_t i = 0; i + 2 < lines.size(); ++i) {
        const auto header = io::splitFields(io::trim(lines[i]), " ");
        if (header.size() < 11 || header[0].empty()) continue;
        const bool isString = header[2] == "2";
        std::string_view valueLine = io::trim(lines[i + 1]);
        const std::size_t space = valueLine.find(' ');
        double count = 0.0;
        if (space == std::string_view::npos || !io::parseDouble(valueLine.substr(0, space), count))
            continue;
        std::string_view value = io::trim(valueLine.substr(space + 1));
        if (isString) {
            const std::size_t open = value.find('"'), close = value.find('"', open + 1);
            value = open == std::string_view::npos || close == std::string_view::npos
                        ? value
                        : value.substr(open + 1, close - open - 1);
        } else {
            value = value.substr(0, value.find(' '));
        }
        values[std::string(header[0])] = std::string(value);
        i += 1 + extraValueLines(count, isString, lines.size() - i - 1, file, i, header[0]) + 1;
    }
    return values;
}

double number(const std::map<std::string, std::string>& par, const std::string& key,
              const fs::path& file) {
    const auto it = par.find(key);
    double value = 0.0;
    if (it == par.end() || !io::parseDouble(it->second, value))
        throw Error(ErrorCode::InvalidInput,
                    "expected a numeric parameter, found " +
                        (it == par.end() ? std::string("none") : "\"" + it->second + "\""),
                    {file.string(), 0, key});
    return value;
}

template <typename T> T bigEndian(const char* p) {
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, p, sizeof(T));
    for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
        std::swap(raw[i], raw[sizeof(T) - 1 - i]);
    T value;
    std::memcpy(&value, raw, sizeof(T));
    return value;
}

// The file header (VNMR datafilehead): np, ebytes and nbheaders as 32-bit integers at 8, 12 and
// 28; the 16-bit status word at 26 (24 holds vers_id).
struct VarianHeader {
    std::size_t np = 0, ebytes = 0, nbheaders = 0;
    std::uint16_t status = 0;
};

VarianHeader readHeader(const std::string& bytes, const fs::path& file) {
    if (bytes.size() < kFileHeaderBytes)
        throw Error(ErrorCode::InvalidInput, "expected a 32-byte file header",
                    {file.string(), 0, "header"});
    auto count = [&](std::size_t at) {
        return std::size_t(std::max(0, bigEndian<std::int32_t>(bytes.data() + at)));
    };
    const VarianHeader header{count(8), count(12), count(28),
                              bigEndian<std::uint16_t>(bytes.data() + 26)};
    if (header.np < 2 || (header.ebytes != 2 && header.ebytes != 4) || header.nbheaders > 16)
        throw Error(ErrorCode::InvalidInput,
                    "expected np >= 2 and 2- or 4-byte elements in the file header",
                    {file.string(), 0, "np"});
    // The element size sets the stride; a float or int32 status with 2-byte elements would read
    // past the end of the data.
    if (header.ebytes == 2 && (header.status & (kStatusFloat | kStatusInt32)))
        throw Error(ErrorCode::InvalidInput,
                    "expected 4-byte elements for float or 32-bit data (status bit 0x8 or 0x4), "
                    "found ebytes 2",
                    {file.string(), 0, "ebytes"});
    return header;
}

// First trace of the first block: the 1D FID.
std::vector<std::complex<double>> readVarianFid(const fs::path& file) {
    const std::string bytes = io::readFileBytes(file.string());
    const VarianHeader header = readHeader(bytes, file);
    const std::size_t start = kFileHeaderBytes + header.nbheaders * kBlockHeaderBytes;
    if (bytes.size() < start + header.np * header.ebytes)
        throw Error(ErrorCode::InvalidInput,
                    "expected " + std::to_string(header.np) + " values, the file is shorter",
                    {file.string(), 0, "np"});
    std::vector<std::complex<double>> points(header.np / 2);
    auto at = [&](std::size_t k) -> double {
        const char* p = bytes.data() + start + k * header.ebytes;
        if (header.ebytes == 2) return bigEndian<std::int16_t>(p);
        if (header.status & kStatusFloat) return bigEndian<float>(p);
        return bigEndian<std::int32_t>(p);
    };
    // VNMR stores the quadrature channels with the opposite sense of rotation to Bruker; the
    // conjugate puts downfield lines at high ppm (checked on HMDB00005: DSS at 0, CH3 at 1.05 ppm).
    for (std::size_t i = 0; i < header.np / 2; ++i)
        points[i] = {at(2 * i), -at(2 * i + 1)};
    return points;
}

// VNMR writes "H1", "C13"; the rest of the application says "1H", "13C".
std::string nucleusName(const std::string& tn) {
    const std::size_t digits = tn.find_first_of("0123456789");
    if (digits == 0 || digits == std::string::npos) return tn;
    return tn.substr(digits) + tn.substr(0, digits);
}

fs::path folderOf(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path();
}

} // namespace

double VarianReader::confidence(const std::string& path) const {
    const fs::path folder = folderOf(path);
    std::error_code ec;
    if (!fs::exists(folder / "procpar", ec)) return 0.0;
    return fs::exists(folder / "fid", ec) ? 0.95 : 0.5;
}

Spectrum VarianReader::read(const std::string& path) const {
    const fs::path folder = folderOf(path);
    const fs::path procparFile = folder / "procpar";
    const auto par = readProcpar(procparFile);
    Spectrum s;
    Fid fid;
    fid.points = readVarianFid(folder / "fid");
    fid.spectralWidthHz = number(par, "sw", procparFile);
    s.fieldMHz = number(par, "sfrq", procparFile);
    const double refMHz = par.count("reffrq") ? number(par, "reffrq", procparFile) : s.fieldMHz;
    // rfl: reference line position from the right edge (Hz); rfp: its frequency (Hz).
    const double rightEdgeHz = (par.count("rfp") ? number(par, "rfp", procparFile) : 0.0) -
                               (par.count("rfl") ? number(par, "rfl", procparFile) : 0.0);
    fid.carrierPpm = (rightEdgeHz + fid.spectralWidthHz / 2) / refMHz;
    s.fid = std::move(fid);
    s.nucleus = nucleusName(par.count("tn") ? par.at("tn") : "H1");
    s.solvent = par.count("solvent") ? par.at("solvent") : "";
    s.title = par.count("samplename") && !par.at("samplename").empty() ? par.at("samplename")
                                                                       : folder.filename().string();
    if (par.count("console") && !par.at("console").empty())
        s.instrument = "Varian " + par.at("console");
    s.origin.readerId = "varian";
    s.origin.format = "Varian/Agilent VNMR fid + procpar";
    return s;
}

} // namespace spinhance

#include "io/spinsolvereader.h"

#include "common/error.h"
#include "io/textfile.h"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <map>

namespace spinhance {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kHeaderBytes = 32;

// acqu.par: "key = value" lines; strings in double quotes.
std::map<std::string, std::string> readPar(const fs::path& file) {
    std::map<std::string, std::string> values;
    const std::string text = io::readFileBytes(file.string());
    for (std::string_view line : io::splitLines(text)) {
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        std::string_view value = io::trim(line.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        values[std::string(io::trim(line.substr(0, eq)))] = std::string(value);
    }
    return values;
}

double parNumber(const std::map<std::string, std::string>& par, const std::string& key,
                 const fs::path& file) {
    const auto it = par.find(key);
    double value = 0.0;
    if (it == par.end() || !io::parseDouble(it->second, value))
        throw Error(ErrorCode::InvalidInput,
                    "expected a number for this parameter, found " +
                        (it == par.end() ? std::string("none") : "\"" + it->second + "\""),
                    {file.string(), 0, key});
    return value;
}

float loadFloat(const char* p) {
    float v;
    std::memcpy(&v, p, 4);
    return v;
}

// Prospa ".1d": 32-byte header ("PROS" "DATA" "V1.1", type, xDim, yDim, zDim, qDim), then xDim
// float axis values, then xDim complex float values (little-endian).
std::vector<std::complex<double>> readOneD(const fs::path& file) {
    const std::string bytes = io::readFileBytes(file.string());
    if (bytes.size() < kHeaderBytes || bytes.compare(4, 4, "ATAD") != 0)
        throw Error(ErrorCode::InvalidInput, "expected a Prospa DATA header",
                    {file.string(), 0, "header"});
    std::int32_t xDim = 0;
    std::memcpy(&xDim, bytes.data() + 16, 4);
    const std::size_t n = xDim > 0 ? std::size_t(xDim) : 0;
    if (n < 2 || bytes.size() < kHeaderBytes + n * 12)
        throw Error(ErrorCode::InvalidInput,
                    "expected " + std::to_string(n) + " complex points after the header, found " +
                        std::to_string(bytes.size()) + " bytes in all",
                    {file.string(), 0, "xDim"});
    std::vector<std::complex<double>> points(n);
    const char* data = bytes.data() + kHeaderBytes + n * 4;
    for (std::size_t i = 0; i < n; ++i)
        points[i] = {loadFloat(data + 8 * i), loadFloat(data + 8 * i + 4)};
    return points;
}

fs::path folderOf(const std::string& path) {
    std::error_code ec;
    return fs::is_directory(path, ec) ? fs::path(path) : fs::path(path).parent_path();
}

} // namespace

double SpinsolveReader::confidence(const std::string& path) const {
    const fs::path folder = folderOf(path);
    std::error_code ec;
    if (!fs::exists(folder / "acqu.par", ec)) return 0.0;
    if (fs::exists(folder / "data.1d", ec) || fs::exists(folder / "spectrum.1d", ec)) return 0.95;
    return 0.5;
}

Spectrum SpinsolveReader::read(const std::string& path) const {
    const fs::path folder = folderOf(path);
    const auto par = readPar(folder / "acqu.par");
    const fs::path parFile = folder / "acqu.par";
    Spectrum s;
    s.fieldMHz = parNumber(par, par.count("b1Freq") ? "b1Freq" : "b1Freq1H", parFile);
    const double dwellUs = parNumber(par, "dwellTime", parFile);
    const double swHz = dwellUs > 0 ? 1e6 / dwellUs : 0.0;
    const double centerPpm = parNumber(par, "centerFreqPPM", parFile);
    std::error_code ec;
    if (fs::exists(folder / "data.1d", ec)) {
        Fid fid;
        fid.points = readOneD(folder / "data.1d");
        fid.spectralWidthHz = swHz;
        fid.carrierPpm = centerPpm;
        s.fid = std::move(fid);
    } else if (fs::exists(folder / "spectrum.1d", ec)) {
        const auto points = readOneD(folder / "spectrum.1d");
        const double spanPpm = swHz / s.fieldMHz;
        for (std::size_t i = 0; i < points.size(); ++i) {
            s.ppm.push_back(centerPpm + spanPpm / 2 - spanPpm * double(i) / double(points.size()));
            s.real.push_back(points[i].real());
            s.imag.push_back(points[i].imag());
        }
    } else {
        throw Error(ErrorCode::NotFound, "expected data.1d or spectrum.1d, found neither",
                    {folder.string(), 0, "data.1d"});
    }
    s.nucleus = par.count("nucleus") ? par.at("nucleus") : "1H";
    s.solvent = par.count("solvent") ? par.at("solvent") : "";
    s.title = par.count("expName") ? par.at("expName") : folder.filename().string();
    if (par.count("specType") && !par.at("specType").empty())
        s.instrument = "Magritek Spinsolve " + par.at("specType") +
                       (par.count("specID") ? " (" + par.at("specID") + ")" : "");
    s.origin.readerId = "spinsolve";
    s.origin.format = std::string("Magritek Spinsolve ") + (s.fid ? "data.1d" : "spectrum.1d");
    return s;
}

} // namespace spinhance

#include "io/nmrmlreader.h"

#include "common/error.h"
#include "io/base64.h"
#include "io/textfile.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <optional>

namespace spinhance {

namespace {

// nmrML is read with a small tag scanner: the few elements needed have fixed names and their
// values are attributes, so a full XML parser would add a dependency for no gain.
struct Tag {
    std::string_view text; // "<name attr=...>"
    std::size_t end = 0;   // index after '>'
};

std::optional<Tag> findTag(std::string_view xml, std::string_view name, std::size_t from = 0) {
    const std::string open = "<" + std::string(name);
    for (std::size_t at = xml.find(open, from); at != std::string_view::npos;
         at = xml.find(open, at + 1)) {
        const char next = at + open.size() < xml.size() ? xml[at + open.size()] : '\0';
        if (next != ' ' && next != '>' && next != '/' && next != '\n' && next != '\t') continue;
        const std::size_t close = xml.find('>', at);
        if (close == std::string_view::npos) return std::nullopt;
        return Tag{xml.substr(at, close - at + 1), close + 1};
    }
    return std::nullopt;
}

std::string attribute(std::string_view tag, std::string_view name) {
    const std::string key = " " + std::string(name) + "=\"";
    const std::size_t at = tag.find(key);
    if (at == std::string_view::npos) return {};
    const std::size_t start = at + key.size(), end = tag.find('"', start);
    return end == std::string_view::npos ? std::string()
                                         : std::string(tag.substr(start, end - start));
}

std::optional<double> numberAttribute(std::string_view xml, std::string_view element,
                                      std::string_view name = "value") {
    const auto tag = findTag(xml, element);
    double value = 0.0;
    if (!tag || !io::parseDouble(attribute(tag->text, name), value)) return std::nullopt;
    return value;
}

double toMHz(std::string_view xml, std::string_view element) {
    const auto tag = findTag(xml, element);
    double value = 0.0;
    if (!tag || !io::parseDouble(attribute(tag->text, "value"), value)) return 0.0;
    const std::string unit = io::toLower(attribute(tag->text, "unitName"));
    return unit == "hertz" ? value / 1e6 : unit.find("tesla") != std::string::npos ? 0.0 : value;
}

// Decodes a binary array element's text into bytes (base64, then zlib when compressed="true").
std::string arrayBytes(std::string_view xml, const Tag& tag, const std::string& file) {
    const std::size_t close = xml.find('<', tag.end);
    std::string bytes, raw;
    if (close == std::string_view::npos ||
        !io::decodeBase64(xml.substr(tag.end, close - tag.end), raw))
        throw Error(ErrorCode::InvalidInput, "expected base64 data",
                    {file, 0, std::string(tag.text.substr(0, 40))});
    if (attribute(tag.text, "compressed") != "true") return raw;
    if (!io::inflateZlib(raw, bytes))
        throw Error(ErrorCode::InvalidInput, "expected zlib-compressed data, inflating failed",
                    {file, 0, "compressed"});
    return bytes;
}

template <typename T> T load(const char* p, bool swap) {
    unsigned char raw[sizeof(T)];
    std::memcpy(raw, p, sizeof(T));
    if (swap)
        for (std::size_t i = 0; i < sizeof(T) / 2; ++i)
            std::swap(raw[i], raw[sizeof(T) - 1 - i]);
    T v;
    std::memcpy(&v, raw, sizeof(T));
    return v;
}

std::vector<double> toNumbers(const std::string& bytes, const std::string& byteFormat) {
    const std::string format = io::toLower(byteFormat);
    std::vector<double> values;
    if (format.find("integer") != std::string::npos || format.find("int32") != std::string::npos) {
        // Java writers store big-endian; pick the byte order that gives the smaller magnitudes.
        double maxLittle = 0, maxBig = 0;
        for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4) {
            maxLittle =
                std::max(maxLittle, std::abs(double(load<std::int32_t>(bytes.data() + i, false))));
            maxBig = std::max(maxBig, std::abs(double(load<std::int32_t>(bytes.data() + i, true))));
        }
        for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4)
            values.push_back(load<std::int32_t>(bytes.data() + i, maxBig < maxLittle));
    } else if (format.find("64") != std::string::npos || format.find("128") != std::string::npos) {
        for (std::size_t i = 0; i + 8 <= bytes.size(); i += 8)
            values.push_back(load<double>(bytes.data() + i, false));
    } else {
        for (std::size_t i = 0; i + 4 <= bytes.size(); i += 4)
            values.push_back(load<float>(bytes.data() + i, false));
    }
    return values;
}

void readProcessedSpectrum(Spectrum& s, std::string_view xml, const std::string& file) {
    const auto array = findTag(xml, "spectrumDataArray");
    const auto axis = findTag(xml, "xAxis");
    double startPpm = 0, endPpm = 0;
    if (!array || !axis || !io::parseDouble(attribute(axis->text, "startValue"), startPpm) ||
        !io::parseDouble(attribute(axis->text, "endValue"), endPpm))
        return;
    const std::string format = attribute(array->text, "byteFormat");
    const auto values = toNumbers(arrayBytes(xml, *array, file), format);
    const bool complex = io::toLower(format).find("complex") != std::string::npos;
    const std::size_t n = complex ? values.size() / 2 : values.size();
    if (n < 2) return;
    for (std::size_t i = 0; i < n; ++i) {
        s.ppm.push_back(startPpm + (endPpm - startPpm) * double(i) / double(n - 1));
        s.real.push_back(values[complex ? 2 * i : i]);
        if (complex) s.imag.push_back(values[2 * i + 1]);
    }
}

Fid readFid(std::string_view xml, const std::string& file, double fieldMHz) {
    const auto tag = findTag(xml, "fidData");
    if (!tag)
        throw Error(ErrorCode::NotFound, "expected a <fidData> element, found none",
                    {file, 0, "fidData"});
    const auto values = toNumbers(arrayBytes(xml, *tag, file), attribute(tag->text, "byteFormat"));
    Fid fid;
    for (std::size_t i = 0; i + 1 < values.size(); i += 2)
        fid.points.emplace_back(values[i], values[i + 1]);
    if (fid.points.size() < 2)
        throw Error(ErrorCode::InvalidInput, "expected FID points, found none",
                    {file, 0, "fidData"});
    fid.spectralWidthHz = numberAttribute(xml, "sweepWidth").value_or(0.0);
    if (fid.spectralWidthHz <= 0)
        throw Error(ErrorCode::InvalidInput, "expected a positive sweep width",
                    {file, 0, "sweepWidth"});
    fid.groupDelayPoints = numberAttribute(xml, "groupDelay").value_or(0.0);
    // The offset element's unit is mislabelled in practice (Hz values named megaHertz).
    if (auto offsetHz = numberAttribute(xml, "irradiationFrequencyOffset");
        offsetHz && fieldMHz > 0)
        fid.carrierPpm = *offsetHz / fieldMHz;
    else
        fid.carrierPpm = 4.7; // water: where 1H carriers usually sit when nothing says otherwise
    return fid;
}

} // namespace

double NmrmlReader::confidence(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return 0.0;
    const std::string head = io::readFileHead(path, 4096);
    return head.find("<nmrML") != std::string::npos ? 0.95 : 0.0;
}

Spectrum NmrmlReader::read(const std::string& path) const {
    const std::string xml = io::readFileBytes(path);
    if (xml.find("<nmrML") == std::string::npos)
        throw Error(ErrorCode::InvalidInput, "expected an <nmrML> root element, found none",
                    {path, 1, {}});
    Spectrum s;
    s.fieldMHz = toMHz(xml, "irradiationFrequency");
    if (s.fieldMHz <= 0) s.fieldMHz = toMHz(xml, "effectiveExcitationField");
    s.fid = readFid(xml, path, s.fieldMHz);
    if (!findTag(xml, "groupDelay") && s.fid) s.fid->groupDelayPoints = 0.0;
    readProcessedSpectrum(s, xml, path);
    // nmrML has no reference frequency (Bruker SF); the processed axis carries the referencing, so
    // the carrier is taken from its centre point when present.
    if (s.hasSpectrum()) s.fid->carrierPpm = s.ppm[s.ppm.size() / 2];
    if (const auto solvent = findTag(xml, "solventType"))
        s.solvent = attribute(solvent->text, "name");
    s.title = io::fileNameOf(path);
    // The first controlled-vocabulary term of the instrument configuration ("Bruker NMR
    // instrument").
    if (const auto config = findTag(xml, "instrumentConfiguration"))
        if (const auto term = findTag(xml, "cvParam", config->end))
            s.instrument = attribute(term->text, "name");
    s.origin.readerId = "nmrml";
    s.origin.format = std::string("nmrML FID") + (s.hasSpectrum() ? " + spectrum" : "");
    return s;
}

} // namespace spinhance

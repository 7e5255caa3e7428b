#include "io/jcampspectrum.h"

#include "common/error.h"
#include "io/asdf.h"
#include "io/digitalfilter.h"
#include "io/textfile.h"

#include <cmath>
#include <optional>
#include <sstream>

namespace spinhance::io {

namespace {

// A block together with its LINK parent, so that header labels written once on the outer block
// (e.g. .OBSERVE FREQUENCY in some exports) are still found.
struct BlockView {
    const JcampDocument& doc;
    const JcampBlock& block;
    const JcampBlock& root;

    const JcampLdr* find(std::string_view label) const {
        const JcampLdr* ldr = block.find(label);
        return ldr ? ldr : root.find(label);
    }
    std::string text(std::string_view label) const {
        const JcampLdr* ldr = find(label);
        return ldr ? ldr->value : std::string();
    }
    [[noreturn]] void fail(const JcampLdr* ldr, std::string_view label,
                           const std::string& why) const {
        throw Error(ErrorCode::InvalidInput, why,
                    {doc.fileName, ldr ? ldr->line : 0, "##" + std::string(label)});
    }
    std::optional<double> optNumber(std::string_view label) const {
        const JcampLdr* ldr = find(label);
        if (!ldr) return std::nullopt;
        double value = 0.0;
        if (!parseDouble(ldr->value, value) || !std::isfinite(value))
            fail(ldr, label, "expected a number, found \"" + ldr->value + "\"");
        return value;
    }
    double number(std::string_view label) const {
        if (auto value = optNumber(label)) return *value;
        fail(nullptr, label, "expected this label, found none");
    }
    std::vector<std::string> list(std::string_view label) const {
        std::vector<std::string> out;
        const std::string value = text(label);
        for (std::string_view field : splitFields(value, ","))
            out.emplace_back(field);
        return out;
    }
};

std::string dataType(const JcampBlock& block) {
    return normaliseJcampLabel(block.value("DATATYPE"));
}

std::string nucleusOf(const BlockView& view) {
    std::string nucleus;
    for (char c : view.text(".OBSERVENUCLEUS"))
        if (c != '^' && c != ' ' && c != '<' && c != '>') nucleus.push_back(c);
    return nucleus.empty() ? "1H" : nucleus;
}

std::vector<std::string_view> dataLines(const JcampDocument& doc, const JcampLdr& ldr) {
    return {doc.lines.begin() + long(ldr.firstDataLine), doc.lines.begin() + long(ldr.endDataLine)};
}

struct Axis {
    double first = 0.0, last = 0.0;
    std::string units;
};

struct DecodedBlock {
    Axis x;
    std::vector<double> real, imag;
    bool ntuples = false;
    AsdfEncodings encodings;
};

std::string formatCount(double count) {
    std::ostringstream text;
    text.precision(15);
    text << count;
    return text.str();
}

// One point more or less than declared is tolerated: some exporters (Varian VNMR 4.24) count the
// fence post; FIRSTX..LASTX is then spread over the values actually present.
void checkCount(const BlockView& view, std::size_t found, double expected, const JcampLdr* ldr,
                std::string_view label) {
    if (std::abs(double(found) - expected) > 1.5)
        view.fail(ldr, label,
                  "expected " + formatCount(expected) + " points, found " + std::to_string(found) +
                      " in the data table");
}

// Decoding stops past the declared count (plus checkCount's tolerance): a hostile DUP run cannot
// expand far beyond what the header promised. Without a usable count, the decoder's own cap holds.
std::vector<double> decodeTable(const BlockView& view, const JcampLdr& table, AsdfEncodings& enc,
                                double declaredPoints) {
    std::size_t maxPoints = kMaxAsdfTablePoints;
    if (declaredPoints >= 1 && declaredPoints < double(maxPoints))
        maxPoints = std::size_t(declaredPoints) + 2;
    return decodeXppYY(dataLines(view.doc, table), table.line + 1, view.doc.fileName.c_str(), enc,
                       maxPoints);
}

DecodedBlock decodeXyData(const BlockView& view) {
    DecodedBlock out;
    const double yFactor = view.optNumber("YFACTOR").value_or(1.0);
    out.x.units = toUpper(view.text("XUNITS"));
    if (const JcampLdr* table = view.block.find("XYDATA")) {
        out.real =
            decodeTable(view, *table, out.encodings, view.optNumber("NPOINTS").value_or(0.0));
        out.x.first = view.number("FIRSTX");
        out.x.last = view.number("LASTX");
    } else if (const JcampLdr* pairs = view.block.find("XYPOINTS")) {
        std::vector<double> x;
        decodeXYPairs(dataLines(view.doc, *pairs), pairs->line + 1, view.doc.fileName.c_str(), x,
                      out.real);
        out.encodings.affn = true;
        const double xFactor = view.optNumber("XFACTOR").value_or(1.0);
        if (x.size() < 2) view.fail(pairs, "XYPOINTS", "expected at least 2 points");
        out.x.first = x.front() * xFactor, out.x.last = x.back() * xFactor;
    } else {
        view.fail(nullptr, "XYDATA", "expected ##XYDATA or ##XYPOINTS, found neither");
    }
    if (const JcampLdr* npoints = view.block.find("NPOINTS"))
        checkCount(view, out.real.size(), view.number("NPOINTS"), npoints, "NPOINTS");
    for (double& y : out.real)
        y *= yFactor;
    return out;
}

// The ordinate symbol of "(X++(R..R)), XYDATA" -> "R".
std::string tableSymbol(const std::string& value) {
    const std::size_t open = value.find("++(");
    const std::size_t dots = value.find("..", open == std::string::npos ? 0 : open);
    if (open == std::string::npos || dots == std::string::npos) return {};
    return std::string(trim(std::string_view(value).substr(open + 3, dots - open - 3)));
}

double listNumber(const BlockView& view, std::string_view label, std::size_t index,
                  double fallback) {
    const auto values = view.list(label);
    double value = fallback;
    if (index < values.size() && !values[index].empty() && !parseDouble(values[index], value))
        view.fail(view.find(label), label, "expected a number, found \"" + values[index] + "\"");
    return value;
}

DecodedBlock decodeNtuples(const BlockView& view) {
    DecodedBlock out;
    out.ntuples = true;
    const auto symbols = view.list("SYMBOL");
    const auto names = view.list("VARNAME");
    const auto units = view.list("UNITS");
    auto indexOf = [&](const std::string& symbol) -> std::size_t {
        for (std::size_t i = 0; i < symbols.size(); ++i)
            if (toUpper(symbols[i]) == toUpper(symbol)) return i;
        return std::string::npos;
    };
    const std::size_t xIndex = indexOf("X");
    if (xIndex == std::string::npos)
        view.fail(view.find("SYMBOL"), "SYMBOL", "expected an X variable");
    out.x.units = xIndex < units.size() ? toUpper(units[xIndex]) : std::string();
    out.x.first = listNumber(view, "FIRST", xIndex, NAN);
    out.x.last = listNumber(view, "LAST", xIndex, NAN);
    for (const JcampLdr& ldr : view.block.ldrs) {
        if (ldr.label != "DATATABLE") continue;
        const std::string symbol = tableSymbol(ldr.value);
        const std::size_t index = indexOf(symbol);
        if (index == std::string::npos)
            view.fail(&ldr, "DATATABLE", "unknown variable \"" + symbol + "\"");
        const std::string name = index < names.size() ? toUpper(names[index]) : std::string();
        const bool imaginary =
            name.find("IMAG") != std::string::npos || (name.empty() && symbol == "I");
        std::vector<double>& target = imaginary ? out.imag : out.real;
        if (!target.empty()) continue; // further pages (pseudo-2D rows) are not read
        target = decodeTable(view, ldr, out.encodings, listNumber(view, "VARDIM", index, 0.0));
        checkCount(view, target.size(), listNumber(view, "VARDIM", index, double(target.size())),
                   view.find("VARDIM"), "VAR_DIM");
        const double factor = listNumber(view, "FACTOR", index, 1.0);
        for (double& y : target)
            y *= factor;
    }
    if (out.real.empty())
        view.fail(view.find("NTUPLES"), "NTUPLES", "expected a real data page, found none");
    if (!std::isfinite(out.x.first) || !std::isfinite(out.x.last))
        view.fail(view.find("FIRST"), "FIRST", "expected FIRST and LAST values for X");
    return out;
}

DecodedBlock decodeBlock(const BlockView& view) {
    return view.block.find("NTUPLES") ? decodeNtuples(view) : decodeXyData(view);
}

double frequencyMHz(const BlockView& view) {
    for (const char* label : {".OBSERVEFREQUENCY", "$SFO1", "$BF1", "$SF"})
        if (auto value = view.optNumber(label); value && *value > 0) return *value;
    return 0.0;
}

struct ShiftReference {
    double point = 1.0;
    double ppm = 0.0;
};

std::optional<ShiftReference> shiftReference(const BlockView& view) {
    std::string text = view.text(".SHIFTREFERENCE");
    for (char& c : text)
        if (c == '(' || c == ')') c = ' ';
    const auto fields = splitFields(text, ",");
    ShiftReference ref;
    if (fields.size() < 4 || !parseDouble(fields[2], ref.point) || !parseDouble(fields[3], ref.ppm))
        return std::nullopt;
    return ref;
}

std::vector<double> ppmAxis(const BlockView& view, const Axis& x, std::size_t n) {
    std::vector<double> ppm(n);
    const double step = (x.last - x.first) / double(n - 1);
    if (x.units.find("PPM") != std::string::npos) {
        for (std::size_t i = 0; i < n; ++i)
            ppm[i] = x.first + double(i) * step;
        return ppm;
    }
    const double sf = view.optNumber("$SF").value_or(frequencyMHz(view));
    if (sf <= 0)
        view.fail(nullptr, ".OBSERVE FREQUENCY",
                  "expected the spectrometer frequency to convert Hz to ppm");
    double ppm0 = x.first / sf;
    if (auto ref = shiftReference(view)) {
        ppm0 = ref->ppm - (std::max(ref->point, 1.0) - 1.0) * step / sf;
    } else if (auto offset = view.optNumber("$OFFSET")) {
        ppm0 = *offset; // Bruker: OFFSET is the ppm of the first point
    }
    for (std::size_t i = 0; i < n; ++i)
        ppm[i] = ppm0 + double(i) * step / sf;
    return ppm;
}

double carrierPpm(const BlockView& view, double swHz, std::size_t n) {
    const double sfo1 = view.optNumber("$SFO1").value_or(frequencyMHz(view));
    if (auto sf = view.optNumber("$SF"); sf && *sf > 0) return (sfo1 - *sf) * 1e6 / *sf;
    if (auto ref = shiftReference(view); ref && sfo1 > 0)
        return ref->ppm - (double(n / 2) - (ref->point - 1.0)) * swHz / (double(n) * sfo1);
    const double bf1 = view.optNumber("$BF1").value_or(0.0);
    return bf1 > 0 ? view.optNumber("$O1").value_or(0.0) / bf1 : 0.0;
}

Fid fidFromBlock(const BlockView& view, const DecodedBlock& data) {
    Fid fid;
    const std::size_t n =
        data.imag.empty() ? data.real.size() : std::min(data.real.size(), data.imag.size());
    if (n < 2) view.fail(view.find("NTUPLES"), "VAR_DIM", "expected at least 2 FID points");
    fid.points.resize(n);
    const bool conjugate = containsNoCase(view.text("$REVERSE"), "yes");
    for (std::size_t i = 0; i < n; ++i) {
        const double im = data.imag.empty() ? 0.0 : data.imag[i];
        fid.points[i] = {data.real[i], conjugate ? -im : im};
    }
    double dwellS = (data.x.last - data.x.first) / double(n - 1);
    if (data.x.units.find("MICRO") != std::string::npos) dwellS *= 1e-6;
    fid.spectralWidthHz = view.optNumber("$SWH").value_or(dwellS > 0 ? 1.0 / dwellS : 0.0);
    if (fid.spectralWidthHz <= 0)
        view.fail(view.find("LAST"), "LAST", "expected a positive acquisition time");
    fid.carrierPpm = carrierPpm(view, fid.spectralWidthHz, n);
    fid.groupDelayPoints = brukerGroupDelay(view.optNumber("$GRPDLY").value_or(0.0),
                                            view.optNumber("$DSPFVS").value_or(0.0),
                                            view.optNumber("$DECIM").value_or(0.0));
    return fid;
}

bool isProtonData(const BlockView& view, const std::string& type) {
    const bool data = type == "NMRSPECTRUM" || type == "NMRFID" || type == "NMRSPECTRA";
    return data && nucleusOf(view) == "1H" &&
           (view.block.find("XYDATA") || view.block.find("XYPOINTS") || view.block.find("NTUPLES"));
}

std::string versionOf(const BlockView& view) {
    std::string version(stripJcampComment(view.text("JCAMPDX")));
    return version.empty() ? std::string("JCAMP-DX") : "JCAMP-DX " + version;
}

void fillHeader(Spectrum& s, const BlockView& view) {
    s.title = view.text("TITLE");
    s.nucleus = nucleusOf(view);
    s.fieldMHz = frequencyMHz(view);
    s.solvent = view.text(".SOLVENTNAME");
    s.instrument = std::string(stripJcampComment(view.text("SPECTROMETERDATASYSTEM")));
    if (s.instrument.empty())
        for (char c : view.text("$INSTRUM"))
            if (c != '<' && c != '>') s.instrument.push_back(c);
    if (s.solvent.empty()) {
        for (char c : view.text("$SOLVENT"))
            if (c != '<' && c != '>') s.solvent.push_back(c);
    }
}

} // namespace

Spectrum spectrumFromJcamp(const JcampDocument& doc) {
    const JcampBlock& root = doc.blocks.front();
    const JcampBlock* spectrumBlock = nullptr;
    const JcampBlock* fidBlock = nullptr;
    std::string typesSeen;
    bool anyData = false;
    for (const JcampBlock& block : doc.blocks) {
        const std::string type = dataType(block);
        const BlockView view{doc, block, root};
        // Say why a block does not count: "NMR FID (1H) without a data table" used to read as
        // "expected ... NMR FID, found: NMR FID" on a truncated file.
        const bool hasData =
            block.find("XYDATA") || block.find("XYPOINTS") || block.find("NTUPLES");
        anyData = anyData || hasData;
        typesSeen += (typesSeen.empty() ? "" : ", ") + block.value("DATATYPE") + " (" +
                     nucleusOf(view) + (hasData ? ")" : ", no data table)");
        if (!isProtonData(view, type)) continue;
        if (type == "NMRFID" && !fidBlock) fidBlock = &block;
        if (type != "NMRFID" && !spectrumBlock) spectrumBlock = &block;
    }
    if (!spectrumBlock && !fidBlock)
        throw Error(anyData ? ErrorCode::Unsupported : ErrorCode::InvalidInput,
                    "expected a 1H NMR SPECTRUM or NMR FID block with its data table, found: " +
                        typesSeen + (anyData ? "" : "; the file may be truncated"),
                    {doc.fileName, root.ldrs.front().line, "##DATA TYPE"});
    Spectrum s;
    const JcampBlock& main = spectrumBlock ? *spectrumBlock : *fidBlock;
    const BlockView mainView{doc, main, root};
    fillHeader(s, mainView);
    AsdfEncodings encodings;
    if (spectrumBlock) {
        DecodedBlock data = decodeBlock(mainView);
        if (data.real.size() < 2) mainView.fail(nullptr, "NPOINTS", "expected at least 2 points");
        s.ppm = ppmAxis(mainView, data.x, data.real.size());
        s.real = std::move(data.real);
        if (data.imag.size() == s.real.size()) s.imag = std::move(data.imag);
        encodings.merge(data.encodings);
    }
    if (fidBlock) {
        const BlockView fidView{doc, *fidBlock, root};
        DecodedBlock data = decodeBlock(fidView);
        s.fid = fidFromBlock(fidView, data);
        encodings.merge(data.encodings);
    }
    const bool link = doc.blocks.size() > 1;
    s.origin.readerId = "jcamp";
    s.origin.format = versionOf({doc, root, root}) + (link ? " LINK" : "") +
                      (main.find("NTUPLES") ? " NTUPLES " : " ") + main.value("DATATYPE") +
                      (spectrumBlock && fidBlock ? " + FID" : "") + " (" +
                      std::string(encodings.describe()) + ")";
    return s;
}

} // namespace spinhance::io

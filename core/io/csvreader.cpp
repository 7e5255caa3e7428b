#include "io/csvreader.h"

#include "common/error.h"
#include "io/textfile.h"

#include <filesystem>

namespace spinhance {

namespace {

// "# field MHz: 90" style metadata lines written by `spinhance-cli convert`.
void readComment(Spectrum& s, std::string_view line) {
    line = io::trim(line.substr(1));
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    const std::string key = io::toLower(io::trim(line.substr(0, colon)));
    const std::string_view value = io::trim(line.substr(colon + 1));
    if (key == "title")
        s.title = std::string(value);
    else if (key == "solvent")
        s.solvent = std::string(value);
    else if (key == "nucleus")
        s.nucleus = std::string(value);
    else if (key == "field mhz")
        io::parseDouble(value, s.fieldMHz);
}

bool parseRow(std::string_view line, double& x, double& y) {
    std::vector<std::string_view> fields = io::splitFields(line, ",;\t ");
    std::vector<std::string_view> values;
    for (std::string_view f : fields)
        if (!f.empty()) values.push_back(f);
    return values.size() >= 2 && io::parseDouble(values[0], x) && io::parseDouble(values[1], y);
}

} // namespace

double CsvReader::confidence(const std::string& path) const {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return 0.0;
    const std::string head = io::readFileHead(path, 4096);
    if (head.find('\0') != std::string::npos || io::startsWith(head, "##")) return 0.0;
    int rows = 0;
    for (std::string_view line : io::splitLines(head)) {
        double x = 0, y = 0;
        if (parseRow(line, x, y)) ++rows;
    }
    const std::string ext = io::extensionOf(path);
    if (rows >= 3) return ext == "csv" || ext == "tsv" ? 0.7 : 0.4;
    return 0.0;
}

Spectrum CsvReader::read(const std::string& path) const {
    const std::string text = io::readFileBytes(path);
    Spectrum s;
    int lineNumber = 0;
    for (std::string_view line : io::splitLines(text)) {
        ++lineNumber;
        line = io::trim(line);
        if (line.empty()) continue;
        if (line.front() == '#') {
            readComment(s, line);
            continue;
        }
        double x = 0, y = 0;
        if (!parseRow(line, x, y)) {
            if (s.ppm.empty()) continue; // a header line
            throw Error(ErrorCode::InvalidInput,
                        "expected two numbers (ppm, intensity), found \"" +
                            std::string(line.substr(0, 60)) + "\"",
                        {path, lineNumber, {}});
        }
        s.ppm.push_back(x);
        s.real.push_back(y);
    }
    if (s.ppm.size() < 2)
        throw Error(ErrorCode::InvalidInput,
                    "expected at least 2 rows of (ppm, intensity), found " +
                        std::to_string(s.ppm.size()),
                    {path, lineNumber, {}});
    s.origin.readerId = "csv";
    s.origin.format = "CSV/TSV (ppm, intensity)";
    if (s.title.empty()) s.title = io::fileNameOf(path);
    return s;
}

} // namespace spinhance

#include "io/brukerparams.h"

#include "common/error.h"
#include "io/textfile.h"

#include <cmath>

namespace spinhance::io {

namespace {

std::string keyOf(std::string_view label) {
    label = trim(label);
    while (!label.empty() && (label.front() == '$' || label.front() == '.'))
        label.remove_prefix(1);
    return toUpper(trim(label));
}

} // namespace

BrukerParameters BrukerParameters::parse(const std::string& text, const std::string& fileName) {
    BrukerParameters params;
    params.m_fileName = fileName;
    Entry* current = nullptr;
    const auto lines = splitLines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = trim(lines[i]);
        if (startsWith(line, "$$")) continue;
        if (!startsWith(line, "##")) {
            // Continuation of an array or a multi-line string value.
            if (current) current->value.append(" ").append(line);
            continue;
        }
        const std::size_t eq = line.find('=');
        if (eq == std::string_view::npos) continue;
        Entry entry{std::string(trim(line.substr(eq + 1))), int(i + 1)};
        auto [it, inserted] =
            params.m_entries.emplace(keyOf(line.substr(2, eq - 2)), std::move(entry));
        current = inserted ? &it->second : nullptr;
    }
    if (params.m_entries.empty())
        throw Error(ErrorCode::InvalidInput,
                    "expected Bruker parameters (\"##$NAME= value\" lines), found none",
                    {fileName, 1, {}});
    return params;
}

BrukerParameters BrukerParameters::read(const std::string& path) {
    return parse(readFileBytes(path), path);
}

std::optional<double> BrukerParameters::optNumber(const std::string& key) const {
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) return std::nullopt;
    double value = 0.0;
    if (!parseDouble(it->second.value, value) || !std::isfinite(value))
        throw Error(ErrorCode::InvalidInput,
                    "expected a number, found \"" + it->second.value + "\"",
                    {m_fileName, it->second.line, key});
    return value;
}

double BrukerParameters::number(const std::string& key) const {
    if (auto value = optNumber(key)) return *value;
    throw Error(ErrorCode::NotFound, "expected this parameter, found none", {m_fileName, 0, key});
}

std::string BrukerParameters::text(const std::string& key) const {
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) return {};
    std::string_view value = trim(it->second.value);
    if (value.size() >= 2 && value.front() == '<' && value.back() == '>')
        value = value.substr(1, value.size() - 2);
    return std::string(trim(value));
}

std::vector<double> BrukerParameters::array(const std::string& key) const {
    const auto it = m_entries.find(key);
    std::vector<double> values;
    if (it == m_entries.end()) return values;
    std::string_view text = it->second.value;
    if (const std::size_t close = text.find(')');
        startsWith(text, "(") && close != std::string::npos)
        text.remove_prefix(close + 1);
    for (std::string_view field : splitFields(text, " \t")) {
        double v = 0.0;
        if (!field.empty() && parseDouble(field, v)) values.push_back(v);
    }
    return values;
}

} // namespace spinhance::io

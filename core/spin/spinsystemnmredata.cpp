#include "spin/spinsystemnmredata.h"

#include "common/error.h"
#include "common/textsplit.h"
#include "spin/nmredatasignals.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace spinhance {

namespace {

// The value lines of tag `name`: after ">  <NAME>" up to the blank line, each without its
// trailing "\" (format 1.1) and ";comment". Returns the 1-based line number of the first value.
int tagLines(const std::vector<std::string>& lines, const std::string& name,
             std::vector<std::string>& values) {
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (lines[k].rfind(">", 0) != 0 || lines[k].find("<" + name + ">") == std::string::npos)
            continue;
        for (std::size_t v = k + 1; v < lines.size() && !trimmed(lines[v]).empty(); ++v) {
            std::string line = lines[v];
            if (const std::size_t semicolon = line.find(';'); semicolon != std::string::npos)
                line.erase(semicolon);
            line = trimmed(line);
            if (!line.empty() && line.back() == '\\') line.pop_back();
            values.push_back(trimmed(line));
        }
        return int(k) + 2;
    }
    return 0;
}

// Fields of a signal line, split at commas outside parentheses.
std::vector<std::string> fields(const std::string& line) {
    return splitOutsideParentheses(line, ",");
}

using nmredata::Signal;

[[noreturn]] void fail(const std::string& source, int line, const std::string& what) {
    throw Error(ErrorCode::InvalidInput, what, {source, line, "NMREDATA_1D_1H"});
}

double numberOf(const std::string& untrimmed, const std::string& source, int line) {
    const std::string text = trimmed(untrimmed);
    std::size_t used = 0;
    double value = 0.0;
    try {
        value = std::stod(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size() || !std::isfinite(value))
        fail(source, line, "expected a number, found '" + text + "'");
    return value;
}

// "6.95" → 6.95; false unless the whole field is one finite number.
bool plainNumber(const std::string& field, double& value) {
    const std::string text = trimmed(field);
    if (text.empty()) return false;
    try {
        std::size_t used = 0;
        value = std::stod(text, &used);
        return used == text.size() && std::isfinite(value);
    } catch (const std::exception&) {
        return false;
    }
}

// "9.90(H3)" → (9.90, "H3"); false when the field is not a J item.
bool couplingItem(const std::string& field, std::pair<double, std::string>& item) {
    const std::size_t open = field.find('('), close = field.rfind(')');
    if (open == std::string::npos || close == std::string::npos || close < open) return false;
    try {
        std::size_t used = 0;
        item.first = std::stod(field.substr(0, open), &used);
        if (used == 0) return false;
    } catch (const std::exception&) {
        return false;
    }
    item.second = trimmed(field.substr(open + 1, close - open - 1));
    return true;
}

// A range "7.30-7.20" (no sign on the second number) is its centre.
double shiftOf(const std::string& text, const std::string& source, int line) {
    const std::size_t dash = text.find('-', 1);
    if (dash == std::string::npos) return numberOf(text, source, line);
    return 0.5 * (numberOf(text.substr(0, dash), source, line) +
                  numberOf(text.substr(dash + 1), source, line));
}

Signal signalOf(const std::string& line, const std::string& source, int lineNumber) {
    const std::vector<std::string> parts = fields(line);
    Signal s;
    s.shiftPpm = shiftOf(parts.front(), source, lineNumber);
    bool inJ = false;
    for (std::size_t k = 1; k < parts.size(); ++k) {
        std::string f = parts[k];
        std::pair<double, std::string> item;
        if (f.rfind("J=", 0) == 0) {
            inJ = true;
            f = trimmed(f.substr(2));
        }
        if (inJ && couplingItem(f, item)) {
            s.couplings.push_back(item);
            continue;
        }
        double unlabelledHz = 0.0;
        if (inJ && plainNumber(f, unlabelledHz)) { // "J=0.96,6.95": no partner named
            s.unlabelledJHz.push_back(unlabelledHz);
            continue;
        }
        inJ = false;
        if (f.rfind("N=", 0) == 0) {
            s.protons = int(std::lround(numberOf(f.substr(2), source, lineNumber)));
            s.protonsGiven = true;
        }
        if (f.rfind("E=", 0) == 0) s.integral = numberOf(f.substr(2), source, lineNumber);
        if (f.rfind("L=", 0) == 0) s.label = trimmed(f.substr(2));
    }
    return s;
}

std::vector<Signal> signalsOf(const std::vector<std::string>& values, int firstLine,
                              const std::string& source, NmredataInfo& info) {
    std::vector<Signal> signals;
    for (std::size_t k = 0; k < values.size(); ++k) {
        const std::string& v = values[k];
        if (v.empty()) continue;
        const char c = v.front();
        if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.')) {
            if (v.rfind("Larmor=", 0) == 0)
                info.larmorMHz = numberOf(v.substr(7), source, firstLine + int(k));
            continue; // other parameters: Pulseprogram=, Spectrum_Location=, ...
        }
        signals.push_back(signalOf(v, source, firstLine + int(k)));
    }
    return signals;
}

// A label must survive being written into "L=label" and "J=7.1(label)" and read back: no field or
// list separators, no parentheses, no line continuation, no spaces. Found by fuzzing (a label
// "a(b" swallowed the rest of its line on the way back).
bool writableLabel(const std::string& label) {
    if (label.empty() || label.size() > 64) return false;
    for (char c : label)
        if (c == ',' || c == '(' || c == ')' || c == ';' || c == '\\' || c == '=' ||
            std::isspace(static_cast<unsigned char>(c)) ||
            std::iscntrl(static_cast<unsigned char>(c)))
            return false;
    return true;
}

// "S3" is what an unusable label becomes; a numeric label would read as a shift. Both are left
// to the automatic names.
bool isNumber(const std::string& text) {
    return !text.empty() && text.find_first_not_of("0123456789.-+eE") == std::string::npos;
}

// "S<k>", or "S<k>_2", ... when a signal's own label already took it.
std::string automaticLabel(const SpinSystem& system, std::size_t index) {
    const std::string base = "S" + std::to_string(index + 1);
    std::string label = base;
    for (int n = 2; system.indexOfLabel(label) >= 0; ++n)
        label = base + "_" + std::to_string(n);
    return label;
}

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The molfile with `name` on its first line (the record's title), ending in "M  END\n".
std::string molBlockNamed(const std::string& molBlock, const std::string& name) {
    const std::size_t firstLineEnd = molBlock.find('\n');
    std::string out =
        name + (firstLineEnd == std::string::npos ? "\n" : molBlock.substr(firstLineEnd));
    while (!out.empty() && (out.back() == '\n' || out.back() == ' '))
        out.pop_back();
    return out + "\n";
}

// Documented choices where a file leaves something out (published records do: arborinine gives
// no N= and lists its J without partners), each reported as a warning.
void inferWhatIsLeftOut(std::vector<Signal>& signals, NmredataInfo& meta) {
    if (const auto scale = nmredata::protonsFromIntegrals(signals))
        meta.warnings.push_back("no signal gives N=: proton counts taken from the integrals E= (" +
                                fixed(*scale, 3) + " per proton)");
    for (const auto& [k, hz] : nmredata::matchUnlabelledCouplings(signals))
        meta.warnings.push_back(
            "signal " + (signals[k].label.empty() ? std::to_string(k + 1) : signals[k].label) +
            ": J=" + fixed(hz, 2) + " Hz names no partner and matches no other signal's; left out");
}

} // namespace

bool isNmredata(const std::string& text) {
    return text.find("<NMREDATA_1D_1H>") != std::string::npos;
}

SpinSystem parseNmredata(const std::string& text, const std::string& sourceName,
                         NmredataInfo* info) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    NmredataInfo local;
    NmredataInfo& meta = info ? *info : local;
    std::vector<std::string> values, solvent;
    const int firstLine = tagLines(lines, "NMREDATA_1D_1H", values);
    if (firstLine == 0) fail(sourceName, 0, "expected an NMREDATA_1D_1H tag, found none");
    if (tagLines(lines, "NMREDATA_SOLVENT", solvent) && !solvent.empty())
        meta.solvent = solvent.front();
    std::vector<Signal> signals = signalsOf(values, firstLine, sourceName, meta);
    if (signals.empty()) fail(sourceName, firstLine, "expected at least one 1H signal, found none");
    inferWhatIsLeftOut(signals, meta);
    SpinSystem system;
    for (std::size_t k = 0; k < signals.size(); ++k) {
        const bool usable = writableLabel(signals[k].label) &&
                            system.indexOfLabel(signals[k].label) < 0 &&
                            !isNumber(signals[k].label);
        if (!signals[k].label.empty() && !usable)
            meta.warnings.push_back("signal " + std::to_string(k + 1) + ": label '" +
                                    signals[k].label +
                                    "' is repeated, numeric or holds , ( ) ; = \\ or "
                                    "spaces; named automatically");
        const std::string label = usable ? signals[k].label : automaticLabel(system, k);
        system.addGroup(signals[k].shiftPpm, signals[k].protons, label);
    }
    for (std::size_t k = 0; k < signals.size(); ++k)
        for (const auto& [hz, partner] : signals[k].couplings) {
            const int j = system.indexOfLabel(partner);
            if (j < 0 || std::size_t(j) == k) {
                meta.warnings.push_back("signal " + system.group(k).label + ": J partner '" +
                                        partner + "' names no other signal; left out");
                continue;
            }
            const double other = system.couplingHz(k, std::size_t(j));
            system.setCouplingHz(k, std::size_t(j), other == 0.0 ? hz : 0.5 * (other + hz));
        }
    return system;
}

std::string nmredataOf(const SpinSystem& system, double larmorMHz, const std::string& solvent,
                       const NmredataStructure* structure) {
    const std::string id = system.id.empty() ? "spin system" : system.id;
    std::string out =
        structure && !structure->molBlock.empty()
            ? molBlockNamed(structure->molBlock, id)
            : id + "\n  Spinhance\n\n  0  0  0  0  0  0  0  0  0  0999 V2000\nM  END\n";
    auto tag = [&](const std::string& name, const std::vector<std::string>& values) {
        out += ">  <" + name + ">\n";
        for (const std::string& v : values)
            out += v + "\\\n";
        out += "\n";
    };
    tag("NMREDATA_VERSION", {"1.1"});
    tag("NMREDATA_LEVEL", {"0"});
    tag("NMREDATA_ID", {"Title=" + id});
    if (!solvent.empty()) tag("NMREDATA_SOLVENT", {solvent});
    std::vector<std::string> signals;
    if (larmorMHz > 0) signals.push_back("Larmor=" + fixed(larmorMHz, 6));
    for (std::size_t i = 0; i < system.size(); ++i) {
        const SpinGroup& g = system.group(i);
        std::string line =
            fixed(g.shiftPpm, 4) + ", N=" + std::to_string(g.protonCount) + ", L=" + g.label;
        std::string js;
        for (std::size_t j = 0; j < system.size(); ++j)
            if (j != i && system.couplingHz(i, j) != 0.0)
                js += (js.empty() ? "" : ",") + fixed(system.couplingHz(i, j), 2) + "(" +
                      system.group(j).label + ")";
        if (!js.empty()) line += ", J=" + js;
        signals.push_back(line);
    }
    tag("NMREDATA_1D_1H", signals);
    if (structure) {
        std::vector<std::string> assignments;
        for (const auto& [label, atoms] : structure->assignedAtoms) {
            const int g = system.indexOfLabel(label);
            if (g < 0 || atoms.empty()) continue;
            std::string line = label + ", " + fixed(system.group(std::size_t(g)).shiftPpm, 4);
            for (int atom : atoms)
                line += ", H" + std::to_string(atom);
            assignments.push_back(line);
        }
        if (!assignments.empty()) tag("NMREDATA_ASSIGNMENT", assignments);
    }
    return out + "$$$$\n";
}

} // namespace spinhance

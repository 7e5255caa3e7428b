#include "report/journalformat.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <numeric>

namespace spinhance {

namespace {

// clang-format off
const char* const kSubscriptDigits[] = {"₀", "₁", "₂", "₃", "₄",
                                        "₅", "₆", "₇", "₈", "₉"};
const char* const kSuperscriptDigits[] = {"⁰", "¹", "²", "³", "⁴",
                                          "⁵", "⁶", "⁷", "⁸", "⁹"};
// clang-format on

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

struct Entry {
    double highPpm = 0.0;
    double lowPpm = 0.0;
    int protonCount = 0;
    Multiplicity multiplicity;
};

std::vector<std::size_t> orderByShiftDescending(const SpinSystem& system) {
    std::vector<std::size_t> order(system.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SpinGroup& ga = system.group(a);
        const SpinGroup& gb = system.group(b);
        if (ga.shiftPpm != gb.shiftPpm) return ga.shiftPpm > gb.shiftPpm;
        return ga.protonCount > gb.protonCount;
    });
    return order;
}

bool sameCouplings(const Multiplicity& a, const Multiplicity& b) {
    if (a.label != b.label || a.couplingsHz.size() != b.couplingsHz.size()) return false;
    for (std::size_t k = 0; k < a.couplingsHz.size(); ++k)
        if (std::abs(a.couplingsHz[k] - b.couplingsHz[k]) >= 0.05) return false;
    return true;
}

// Overlapping multiplets ("m") within the window join into one range; so do identical multiplets
// at one shift (the two ethyls of diethyl ether: one "q, J = 7.0 Hz, 4H", as journals print it).
bool mergesInto(const Entry& previous, const Entry& next, double windowPpm) {
    if (previous.highPpm == previous.lowPpm && std::abs(previous.lowPpm - next.highPpm) < 0.005 &&
        sameCouplings(previous.multiplicity, next.multiplicity))
        return true;
    return previous.multiplicity.label == "m" && next.multiplicity.label == "m" &&
           previous.lowPpm - next.highPpm <= windowPpm;
}

std::vector<Entry> collectEntries(const SpinSystem& system, const JournalOptions& options) {
    MultiplicityOptions multiplicity = options.multiplicity;
    multiplicity.fieldMHz = options.fieldMHz;
    std::vector<Entry> entries;
    for (std::size_t i : orderByShiftDescending(system)) {
        const SpinGroup& g = system.group(i);
        Entry entry{g.shiftPpm, g.shiftPpm, g.protonCount,
                    describeMultiplicity(system, i, multiplicity)};
        if (!entries.empty() &&
            mergesInto(entries.back(), entry, options.mergeMultipletsWithinPpm)) {
            entries.back().lowPpm = entry.lowPpm;
            entries.back().protonCount += entry.protonCount;
        } else {
            entries.push_back(std::move(entry));
        }
    }
    return entries;
}

std::string formatShift(const Entry& entry) {
    const std::string high = fixed(entry.highPpm, 2);
    const std::string low = fixed(entry.lowPpm, 2);
    return high == low ? high : high + "–" + low;
}

std::string formatEntry(const Entry& entry) {
    std::string text = formatShift(entry) + " (" + entry.multiplicity.label;
    const std::vector<double>& js = entry.multiplicity.couplingsHz;
    for (std::size_t k = 0; k < js.size(); ++k)
        text += (k == 0 ? ", J = " : ", ") + fixed(js[k], 1);
    if (!js.empty()) text += " Hz";
    return text + ", " + std::to_string(entry.protonCount) + "H)";
}

} // namespace

std::string canonicalSolventFormula(const std::string& solvent) {
    // Vendors write names ("Chloroform-d", "DMSO", "Methanol-d4"); journals want formulas.
    static const std::pair<const char*, const char*> kNames[] = {{"chloroform-d", "CDCl3"},
                                                                 {"chloroform", "CDCl3"},
                                                                 {"cdcl3", "CDCl3"},
                                                                 {"dmso", "DMSO-d6"},
                                                                 {"dmso-d6", "DMSO-d6"},
                                                                 {"methanol-d4", "CD3OD"},
                                                                 {"meod", "CD3OD"},
                                                                 {"cd3od", "CD3OD"},
                                                                 {"d2o", "D2O"},
                                                                 {"deuterium oxide", "D2O"},
                                                                 {"acetone-d6", "acetone-d6"},
                                                                 {"acetone", "acetone-d6"},
                                                                 {"benzene-d6", "C6D6"},
                                                                 {"c6d6", "C6D6"},
                                                                 {"cd2cl2", "CD2Cl2"},
                                                                 {"dichloromethane-d2", "CD2Cl2"},
                                                                 {"acetonitrile-d3", "CD3CN"},
                                                                 {"cd3cn", "CD3CN"}};
    std::string lower;
    for (char c : solvent)
        lower += char(std::tolower(static_cast<unsigned char>(c)));
    for (const auto& [name, formula] : kNames)
        if (lower == name) return formula;
    // A name with a note after it ("Chloroform-d 90vol%", Oxford): the name becomes the formula,
    // the note stays as written.
    for (const auto& [name, formula] : kNames) {
        const std::size_t n = std::char_traits<char>::length(name);
        if (lower.size() > n && lower.compare(0, n, name) == 0 && lower[n] == ' ')
            return formula + solvent.substr(n);
    }
    return solvent;
}

std::string prettySolventName(const std::string& solventName) {
    const std::string solvent = canonicalSolventFormula(solventName);
    std::string out;
    bool subscript = false; // inside a digit run that began right after a letter (an atom count)
    for (std::size_t k = 0; k < solvent.size(); ++k) {
        const char c = solvent[k];
        const bool digit = std::isdigit(static_cast<unsigned char>(c));
        const bool afterLetter = k > 0 && std::isalpha(static_cast<unsigned char>(solvent[k - 1]));
        subscript = digit && (afterLetter || subscript);
        if (subscript)
            out += kSubscriptDigits[c - '0'];
        else
            out += c;
    }
    return out;
}

std::string prettyNucleusName(const std::string& nucleus) {
    std::string out;
    std::size_t k = 0;
    for (; k < nucleus.size() && std::isdigit(static_cast<unsigned char>(nucleus[k])); ++k)
        out += kSuperscriptDigits[nucleus[k] - '0'];
    return out + nucleus.substr(k);
}

std::string formatJournalString(const SpinSystem& system, const JournalOptions& options) {
    std::string text = prettyNucleusName(options.nucleus) + " NMR (" +
                       fixed(std::round(options.fieldMHz), 0) + " MHz";
    if (!options.solvent.empty()) text += ", " + prettySolventName(options.solvent);
    text += ") δ ";
    const std::vector<Entry> entries = collectEntries(system, options);
    for (std::size_t k = 0; k < entries.size(); ++k)
        text += (k ? ", " : "") + formatEntry(entries[k]);
    return text;
}

} // namespace spinhance

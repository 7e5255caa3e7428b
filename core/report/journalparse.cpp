#include "report/journalparse.h"

#include "common/error.h"
#include "common/textsplit.h"
#include "spin/spinlimits.h"
#include "spin/spinsystemjson.h"

#include <cctype>
#include <regex>
#include <string_view>
#include <utility>

namespace spinhance {

namespace {

// Journal text arrives as UTF-8 typeset by word processors; the grammar below is ASCII.
std::string asciiFolded(const std::string& text) {
    // clang-format off
    static const std::pair<const char*, const char*> kFolds[] = {
        {"δ", " "}, {"–", "-"}, {"—", "-"}, {"−", "-"}, {"‒", "-"}, {"×", "x"},
        {"\u00a0", " "}, {"\u2009", " "}, {"\u202f", " "},
        {"¹", "1"}, {"²", "2"}, {"³", "3"}, {"⁰", "0"}, {"⁴", "4"},
        {"⁵", "5"}, {"⁶", "6"}, {"⁷", "7"}, {"⁸", "8"}, {"⁹", "9"},
        {"₀", "0"}, {"₁", "1"}, {"₂", "2"}, {"₃", "3"}, {"₄", "4"},
        {"₅", "5"}, {"₆", "6"}, {"₇", "7"}, {"₈", "8"}, {"₉", "9"}};
    // clang-format on
    std::string out = text;
    for (const auto& [from, to] : kFolds) {
        const std::string needle = from;
        for (std::size_t at = out.find(needle); at != std::string::npos;
             at = out.find(needle, at + std::char_traits<char>::length(to)))
            out.replace(at, needle.size(), to);
    }
    return out;
}

std::string lowered(std::string s) {
    for (char& c : s)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Items of a parenthesis, split at commas and semicolons outside nested parentheses.
std::vector<std::string> items(const std::string& inside) {
    return splitOutsideParentheses(inside, ",;");
}

double number(const std::string& text) {
    try {
        return std::stod(text);
    } catch (const std::exception&) { // out of range: let the spin limits refuse it
        return text.find('-') == 0 ? -1e308 : 1e308;
    }
}

bool isWordChar(char c) { // what std::regex's \b and \w call a word character
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

bool isSpace(char c) {
    return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// Multiplicities spelled out ("sextet", "doublet of doublets", "broad singlet") as the letters
// journals abbreviate them to. One scan over the words, not a regex per word: this runs on every
// item of every entry, and eleven std::regex_replace calls were half the parse time.
std::string abbreviated(const std::string& lower) {
    static const std::pair<std::string_view, const char*> kWords[] = {
        {"singlet", "s"},     {"doublet", "d"},   {"triplet", "t"},   {"quartet", "q"},
        {"quintet", "quint"}, {"pentet", "pent"}, {"sextet", "sext"}, {"septet", "sept"},
        {"heptet", "hept"},   {"multiplet", "m"}};
    std::string out;
    out.reserve(lower.size());
    for (std::size_t k = 0; k < lower.size();) {
        std::size_t end = k;
        while (end < lower.size() && isWordChar(lower[end]))
            ++end;
        if (end == k) {
            out += lower[k++];
            continue;
        }
        const std::string_view word(lower.data() + k, end - k);
        const char* letters = word == "broad" ? "br" : nullptr;
        for (const auto& [name, abbreviation] : kWords)
            if (word == name || (word.size() == name.size() + 1 && word.back() == 's' &&
                                 word.substr(0, name.size()) == name)) // "doublets"
                letters = abbreviation;
        out += letters ? std::string(letters) : lower.substr(k, end - k);
        k = end;
    }
    return out;
}

// "d of d" → "d d": every whitespace run, "of" and the whitespace run after it removed.
std::string withoutOf(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < text.size();) {
        if (!isSpace(text[k])) {
            out += text[k++];
            continue;
        }
        std::size_t word = k;
        while (word < text.size() && isSpace(text[word]))
            ++word;
        if (text.compare(word, 2, "of") == 0 && word + 2 < text.size() && isSpace(text[word + 2])) {
            for (k = word + 2; k < text.size() && isSpace(text[k]);)
                ++k;
            continue;
        }
        out.append(text, k, word - k);
        k = word;
    }
    return out;
}

// "br s", "brs", "br. s.", "bs", "br", "app t", "dd", "quint", "sextet" ... → normalised
// letters, or "" when not one.
std::string multiplicityOf(const std::string& item) {
    static const std::regex kLetters(
        R"(^(br\.?\s*|b(?=s$))?(app\.?\s*|apparent\s+)?)"
        R"(((?:quint|quin|pent|sext|sept|hept|[sdtqpm])+)\.?(\s*br\.?)?$)");
    static const std::regex kBroadAlone(R"(^br\.?$)"); // a broad signal of no stated shape
    std::smatch m;
    if (item.size() > 40) return {}; // no multiplicity is this long; keeps regex input short
    // Letters, dots and spaces only: nothing below removes any other character, so an item
    // holding one ("CH3", "H-2", "2H") is not a multiplicity, and the regexes are skipped.
    for (char c : item)
        if (!std::isalpha(static_cast<unsigned char>(c)) && c != '.' && !isSpace(c)) return {};
    const std::string lower = withoutOf(abbreviated(lowered(item))); // "doublet of doublets": "dd"
    if (std::regex_match(lower, kBroadAlone)) return "br";
    if (!std::regex_match(lower, m, kLetters)) return {};
    const bool broad = m[1].matched || m[4].matched;
    return (broad ? "br " : "") + m[3].str();
}

struct EntryText {
    double high = 0.0, low = 0.0;
    std::string inside;
};

void readItem(const std::string& item, JournalEntry& entry, bool& inJ) {
    if (item.size() > 200) { // no J list or label is this long; keep regex input short
        entry.assignment += (entry.assignment.empty() ? "" : ", ") + item.substr(0, 200);
        return;
    }
    static const std::regex kProtons(R"(^(\d+)\s*(?:Ar\s*-?\s*)?H$)"); // "2H", "5 ArH"
    // "J = 8.1 Hz", "3JHH = 7", and RSC's "J 8.1 Hz" without the equals sign.
    static const std::regex kJ(R"(^\d?J(?:[^=]*=|\s+(?=\d))\s*(.*)$)");
    static const std::regex kNumber(R"(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)");
    // Each regex runs only where its first (and for kProtons last) character allows a match.
    const auto digitAt = [&item](std::size_t k) {
        return k < item.size() && std::isdigit(static_cast<unsigned char>(item[k]));
    };
    const bool mayBeProtons = digitAt(0) && item.back() == 'H';
    const bool mayBeJ =
        (!item.empty() && item[0] == 'J') || (digitAt(0) && item.size() > 1 && item[1] == 'J');
    const bool startsWithNumber = digitAt(0) || (!item.empty() && item[0] == '-' && digitAt(1));
    std::smatch m;
    std::string rest;
    if (mayBeProtons && std::regex_match(item, m, kProtons)) {
        entry.protonCount = int(std::min(number(m[1].str()), 1e9));
        entry.protonCountGiven = true;
        inJ = false;
        return;
    }
    if (mayBeJ && std::regex_match(item, m, kJ)) {
        inJ = true;
        rest = m[1].str();
    } else if (inJ && startsWithNumber) { // more values of the J list: "1.5 Hz"
        rest = item;
    }
    if (!rest.empty()) {
        for (auto it = std::sregex_iterator(rest.begin(), rest.end(), kNumber);
             it != std::sregex_iterator(); ++it)
            entry.couplingsHz.push_back(std::abs(number(it->str())));
        if (rest.find("Hz") != std::string::npos) inJ = false;
        return;
    }
    inJ = false;
    if (const std::string letters = multiplicityOf(item); !letters.empty()) {
        entry.multiplicity = letters;
        return;
    }
    entry.assignment += (entry.assignment.empty() ? "" : ", ") + item;
}

// "JH,H = 6 Hz" names the coupled nuclei with a comma that is not an item separator.
std::string withoutNucleusPairCommas(const std::string& inside) {
    static const std::regex kPair(R"(J([A-Z][a-z]?),([A-Z][a-z]?)\s*=)");
    bool named = false; // a 'J' before a capital: rare, so the regex usually has nothing to do
    for (std::size_t k = 0; k + 1 < inside.size() && !named; ++k)
        named = inside[k] == 'J' && std::isupper(static_cast<unsigned char>(inside[k + 1]));
    return named ? std::regex_replace(inside, kPair, "J$1$2 =") : inside;
}

JournalEntry entryFrom(const EntryText& text) {
    JournalEntry entry;
    entry.highPpm = std::max(text.high, text.low);
    entry.lowPpm = std::min(text.high, text.low);
    bool inJ = false;
    for (const std::string& item : items(withoutNucleusPairCommas(text.inside)))
        if (!item.empty()) readItem(item, entry, inJ);
    if (entry.multiplicity.empty()) entry.multiplicity = "m";
    static const std::regex kExchangeable(R"((^|[^A-Za-z])(OH|NH|NH2|NH3|COOH|CO2H|SH)\b)");
    entry.exchangeable = entry.multiplicity.rfind("br", 0) == 0 ||
                         std::regex_search(entry.assignment.substr(0, 400), kExchangeable);
    return entry;
}

// "1H NMR (400 MHz, CDCl3)": the field and the solvent; returns where the entries start.
std::size_t readHeader(const std::string& text, ParsedJournal& out) {
    static const std::regex kHeader(R"(NMR\s*\(([^()]{0,200})\)\s*:?\s*)", std::regex::icase);
    static const std::regex kField(R"((\d+(?:\.\d+)?)\s*MHz)", std::regex::icase);
    std::smatch m;
    // Only the opening of the text: a header comes first, and regex cost grows with length.
    const std::string opening = text.substr(0, 300);
    // The match begins with "NMR": searching from its first occurrence finds the same match
    // without trying the regex at every earlier character.
    const std::size_t from = lowered(opening).find("nmr");
    if (from == std::string::npos ||
        !std::regex_search(opening.cbegin() + std::ptrdiff_t(from), opening.cend(), m, kHeader))
        return 0;
    for (const std::string& item : items(m[1].str())) {
        std::smatch f;
        if (std::regex_search(item, f, kField))
            out.fieldMHz = number(f[1].str());
        else if (out.solvent.empty() && !item.empty())
            out.solvent = item;
    }
    return from + std::size_t(m.position(0) + m.length(0));
}

// The number starting at `at` (digits, one dot, an exponent), or npos when there is none.
std::size_t numberEnd(const std::string& s, std::size_t at) {
    std::size_t k = at + (at < s.size() && s[at] == '-');
    const std::size_t digitsFrom = k;
    while (k < s.size() && (std::isdigit(static_cast<unsigned char>(s[k])) || s[k] == '.'))
        ++k;
    if (k == digitsFrom) return std::string::npos;
    if (k + 1 < s.size() && (s[k] == 'e' || s[k] == 'E') &&
        (std::isdigit(static_cast<unsigned char>(s[k + 1])) || s[k + 1] == '-' || s[k + 1] == '+'))
        for (k += 2; k < s.size() && std::isdigit(static_cast<unsigned char>(s[k]));)
            ++k;
    return k;
}

std::size_t skipSpaces(const std::string& s, std::size_t k) {
    while (k < s.size() && std::isspace(static_cast<unsigned char>(s[k])))
        ++k;
    return k;
}

// The end of the parenthesis opened at `open` (one past ')'), or npos when unbalanced.
std::size_t closingOf(const std::string& s, std::size_t open) {
    int depth = 0;
    for (std::size_t k = open; k < s.size(); ++k) {
        depth += s[k] == '(' ? 1 : s[k] == ')' ? -1 : 0;
        if (depth == 0) return k + 1;
    }
    return std::string::npos;
}

// Scanned by hand, not by std::regex: libstdc++ regex recurses once per character and a long
// hostile input would overflow the stack.
std::vector<EntryText> entryTexts(const std::string& body) {
    std::vector<EntryText> out;
    for (std::size_t k = 0; k < body.size();) {
        const bool startsNumber =
            (std::isdigit(static_cast<unsigned char>(body[k])) || body[k] == '-') &&
            (k == 0 || !std::isalnum(static_cast<unsigned char>(body[k - 1])));
        const std::size_t end = startsNumber ? numberEnd(body, k) : std::string::npos;
        if (end == std::string::npos) {
            ++k;
            continue;
        }
        EntryText entry{number(body.substr(k, end - k)), 0.0, {}};
        entry.low = entry.high;
        std::size_t next = skipSpaces(body, end);
        if (next < body.size() && body[next] == '-') {
            const std::size_t from = skipSpaces(body, next + 1);
            const std::size_t rangeEnd = numberEnd(body, from);
            if (rangeEnd != std::string::npos) {
                entry.low = number(body.substr(from, rangeEnd - from));
                next = skipSpaces(body, rangeEnd);
            }
        }
        // A unit after the shift: "3.08 ppm (s, 1H)", and the stray "7.42 Hz (d, ...)" of a typo.
        if (body.compare(next, 3, "ppm") == 0)
            next = skipSpaces(body, next + 3);
        else if (body.compare(next, 2, "Hz") == 0)
            next = skipSpaces(body, next + 2);
        const std::size_t close =
            next < body.size() && body[next] == '(' ? closingOf(body, next) : std::string::npos;
        if (close == std::string::npos) {
            k = next > k ? next : k + 1;
            continue;
        }
        entry.inside = body.substr(next + 1, close - next - 2);
        out.push_back(std::move(entry));
        k = close;
    }
    return out;
}

} // namespace

ParsedJournal parseJournalString(const std::string& text, const JournalParseOptions& options) {
    // A journal paragraph is a few thousand characters; the cap bounds the work on hostile input.
    constexpr std::size_t kMaxBytes = 20000;
    if (text.size() > kMaxBytes)
        throw Error(ErrorCode::InvalidInput,
                    "expected a journal line of at most 20000 characters, found " +
                        std::to_string(text.size()),
                    {"journal", 0, {}});
    ParsedJournal out;
    const std::string folded = asciiFolded(text);
    const std::string body = folded.substr(readHeader(folded, out));
    for (const EntryText& entry : entryTexts(body))
        out.entries.push_back(entryFrom(entry));
    if (out.entries.empty())
        throw Error(ErrorCode::InvalidInput,
                    "expected entries such as \"4.12 (q, J = 7.1 Hz, 2H)\", found none",
                    {"journal", 0, {}});
    // Checked before building: adding a group to a SpinSystem costs O(groups²).
    if (out.entries.size() > limits::kMaxGroups)
        throw Error(ErrorCode::InvalidInput,
                    "expected at most " + std::to_string(limits::kMaxGroups) + " entries, found " +
                        std::to_string(out.entries.size()),
                    {"journal", 0, {}});
    out.system = spinSystemFromJournalEntries(out.entries, options, out.warnings);
    validate(out.system, "journal");
    return out;
}

} // namespace spinhance

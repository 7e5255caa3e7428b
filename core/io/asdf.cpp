#include "io/asdf.h"

#include "common/error.h"
#include "io/textfile.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

namespace spinhance::io {

namespace {

enum class TokenKind { None, Abs, Dif, Dup };

// Limits that keep hostile input from exhausting memory: no NMR table comes near them.
constexpr double kMaxDupCount = 1e6;

// Accumulates one token's characters; flushing turns it into values. Kept on the stack: the
// decoder runs per line and must be fast for megabyte files.
class LineDecoder {
public:
    LineDecoder(std::vector<double>& values, AsdfEncodings& enc, const char* file, int line,
                std::size_t maxValues)
        : m_values(values), m_enc(enc), m_file(file), m_line(line), m_maxValues(maxValues) {}

    void run(std::string_view text);
    bool endedInDif() const { return m_lastWasDif; }

private:
    void start(TokenKind kind, char first);
    void append(char c);
    void flush();
    void apply(double number);
    [[noreturn]] void fail(const std::string& why) const {
        throw Error(ErrorCode::InvalidInput, why, {m_file ? m_file : "", m_line, "ASDF data"});
    }

    std::vector<double>& m_values;
    AsdfEncodings& m_enc;
    const char* m_file;
    int m_line;
    std::size_t m_maxValues;
    TokenKind m_kind = TokenKind::None;
    char m_buf[64];
    int m_len = 0;
    bool m_lastWasDif = false;
    double m_lastDif = 0.0;
};

int sqzDigit(char c) {
    if (c == '@') return 0;
    if (c >= 'A' && c <= 'I') return c - 'A' + 1;
    if (c >= 'a' && c <= 'i') return -(c - 'a' + 1);
    return 100;
}

int difDigit(char c) {
    if (c == '%') return 0;
    if (c >= 'J' && c <= 'R') return c - 'J' + 1;
    if (c >= 'j' && c <= 'r') return -(c - 'j' + 1);
    return 100;
}

int dupDigit(char c) {
    if (c >= 'S' && c <= 'Z') return c - 'S' + 1;
    if (c == 's') return 9;
    return 100;
}

void LineDecoder::start(TokenKind kind, char first) {
    flush();
    m_kind = kind;
    m_len = 0;
    if (first) m_buf[m_len++] = first;
}

void LineDecoder::append(char c) {
    if (m_len >= int(sizeof(m_buf)) - 1) fail("number longer than 63 characters");
    m_buf[m_len++] = c;
}

void LineDecoder::flush() {
    if (m_kind == TokenKind::None) return;
    double number = 0.0;
    const char* begin = m_buf;
    if (m_len > 0 && m_buf[0] == '+') ++begin;
    auto result = std::from_chars(begin, m_buf + m_len, number);
    if (result.ec != std::errc() || result.ptr != m_buf + m_len)
        fail("expected a number, found \"" + std::string(m_buf, std::size_t(m_len)) + "\"");
    apply(number);
    m_kind = TokenKind::None;
    m_len = 0;
}

void LineDecoder::apply(double number) {
    switch (m_kind) {
    case TokenKind::Abs:
        m_values.push_back(number);
        m_lastWasDif = false;
        break;
    case TokenKind::Dif:
        if (m_values.size() < 2) fail("a DIF value needs a preceding ordinate on the line");
        m_values.push_back(m_values.back() + number);
        m_lastWasDif = true;
        m_lastDif = number;
        break;
    case TokenKind::Dup: {
        if (m_values.size() < 2) fail("a DUP count needs a preceding ordinate on the line");
        if (number < 1 || number > kMaxDupCount) fail("DUP count out of range");
        // Checked before expanding: a 4 kB line of DUPs would otherwise grow to tens of millions
        // of values before the table's point count is compared.
        if (m_values.size() + std::size_t(number) > m_maxValues + 1)
            fail("more ordinates than the table may hold (" + std::to_string(m_maxValues) + ")");
        for (long i = 1; i < long(number); ++i)
            m_values.push_back(m_lastWasDif ? m_values.back() + m_lastDif : m_values.back());
        break;
    }
    case TokenKind::None:
        break;
    }
}

void LineDecoder::run(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c >= '0' && c <= '9') || c == '.') {
            if (m_kind == TokenKind::None) start(TokenKind::Abs, 0), m_enc.affn = true;
            append(c);
        } else if (c == '+' || c == '-') {
            const bool exponent = m_kind == TokenKind::Abs && m_len > 0 &&
                                  (m_buf[m_len - 1] == 'e' || m_buf[m_len - 1] == 'E');
            if (exponent)
                append(c);
            else
                start(TokenKind::Abs, c), m_enc.pac = true;
        } else if ((c == 'E' || c == 'e') && m_kind == TokenKind::Abs && i + 1 < text.size() &&
                   (text[i + 1] == '+' || text[i + 1] == '-')) {
            append(c);
        } else if (int d = sqzDigit(c); d != 100) {
            start(TokenKind::Abs, d < 0 ? '-' : 0), append(char('0' + std::abs(d)));
            m_enc.sqz = true;
        } else if (int dd = difDigit(c); dd != 100) {
            start(TokenKind::Dif, dd < 0 ? '-' : 0), append(char('0' + std::abs(dd)));
            m_enc.dif = true;
        } else if (int du = dupDigit(c); du != 100) {
            start(TokenKind::Dup, 0), append(char('0' + du));
            m_enc.dup = true;
        } else if (c == ' ' || c == '\t' || c == ',' || c == ';' || c == '\r' || c == '\0') {
            flush();
        } else if (c == '?') {
            start(TokenKind::None, 0);
            m_values.push_back(0.0); // "?" marks a missing ordinate; zero keeps the axis aligned
            m_lastWasDif = false;
        } else if (c == '$' && i + 1 < text.size() && text[i + 1] == '$') {
            break;
        } else {
            fail(std::string("unexpected character '") + c + "' in compressed data");
        }
    }
    flush();
}

bool isCommentLine(std::string_view line) {
    return startsWith(trim(line), "$$");
}

std::string_view withoutComment(std::string_view line) {
    const std::size_t comment = line.find("$$");
    return trim(comment == std::string_view::npos ? line : line.substr(0, comment));
}

} // namespace

std::string_view AsdfEncodings::describe() const {
    if (dif && dup) return "SQZ+DIF+DUP";
    if (dif) return "SQZ+DIF";
    if (sqz && dup) return "SQZ+DUP";
    if (sqz) return "SQZ";
    if (pac) return "PAC";
    return "AFFN";
}

void AsdfEncodings::merge(const AsdfEncodings& o) {
    affn |= o.affn, pac |= o.pac, sqz |= o.sqz, dif |= o.dif, dup |= o.dup;
}

void decodeAsdfLine(std::string_view line, std::vector<double>& values, bool& endedInDif,
                    AsdfEncodings& encodings, const char* file, int lineNumber,
                    std::size_t maxValues) {
    values.clear();
    LineDecoder decoder(values, encodings, file, lineNumber, maxValues);
    decoder.run(line);
    endedInDif = decoder.endedInDif();
}

std::vector<double> decodeXppYY(const std::vector<std::string_view>& lines, int firstLineNumber,
                                const char* file, AsdfEncodings& encodings, std::size_t maxPoints) {
    maxPoints = std::min(maxPoints, kMaxAsdfTablePoints);
    std::vector<double> ys, values;
    values.reserve(128);
    bool previousEndedInDif = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (isCommentLine(lines[i])) continue;
        bool endedInDif = false;
        // The line may hold its abscissa, a y check value and what the table still lacks.
        decodeAsdfLine(lines[i], values, endedInDif, encodings, file, firstLineNumber + int(i),
                       maxPoints - std::min(maxPoints, ys.size()) + 2);
        if (values.size() < 2) continue;
        std::size_t first = 1;
        if (previousEndedInDif && !ys.empty()) {
            const double check = values[1];
            if (std::abs(check - ys.back()) > 1e-6 * std::max(1.0, std::abs(check)))
                throw Error(ErrorCode::InvalidInput,
                            "DIF y check value: expected " + std::to_string(ys.back()) +
                                " (last ordinate of the previous line), found " +
                                std::to_string(check),
                            {file, firstLineNumber + int(i), "ASDF data"});
            first = 2;
        }
        ys.insert(ys.end(), values.begin() + long(first), values.end());
        if (ys.size() > maxPoints)
            throw Error(ErrorCode::InvalidInput,
                        "more than " + std::to_string(maxPoints) + " points in one data table",
                        {file, firstLineNumber + int(i), "ASDF data"});
        previousEndedInDif = endedInDif;
    }
    return ys;
}

void decodeXYPairs(const std::vector<std::string_view>& lines, int firstLineNumber,
                   const char* file, std::vector<double>& x, std::vector<double>& y) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (isCommentLine(lines[i])) continue;
        for (std::string_view field : splitFields(withoutComment(lines[i]), " \t,;")) {
            if (field.empty()) continue;
            double v = 0.0;
            if (!parseDouble(field, v))
                throw Error(ErrorCode::InvalidInput,
                            "expected a number in the (XY..XY) table, found \"" +
                                std::string(field) + "\"",
                            {file, firstLineNumber + int(i), "XYPOINTS"});
            (x.size() == y.size() ? x : y).push_back(v);
        }
    }
    if (x.size() != y.size()) x.pop_back();
}

} // namespace spinhance::io

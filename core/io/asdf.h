#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace spinhance::io {

/// At most this many points in one decoded table: no NMR table comes near it, and hostile input
/// cannot exhaust memory.
constexpr std::size_t kMaxAsdfTablePoints = std::size_t(1) << 25;

/// Which ASDF forms a decoded table used (reported in Spectrum::origin.format).
struct AsdfEncodings {
    bool affn = false, pac = false, sqz = false, dif = false, dup = false;
    std::string_view describe() const;
    void merge(const AsdfEncodings& other);
};

/// Decodes one ASDF line into values (the first is the abscissa for X++ tables).
/// `endedInDif` tells whether the last token was a difference (DIF, or DUP of a DIF), so the next
/// line starts with a y check value. Throws Error{InvalidInput} naming `file` and `lineNumber` on
/// an unexpected character, or when the line would hold more than `maxValues` values.
void decodeAsdfLine(std::string_view line, std::vector<double>& values, bool& endedInDif,
                    AsdfEncodings& encodings, const char* file, int lineNumber,
                    std::size_t maxValues = kMaxAsdfTablePoints);

/// Decodes an (X++(Y..Y)) table. `lines` are the data lines, `firstLineNumber` the 1-based number
/// of lines[0]. Applies the DIF y-checkpoint rule (a line after one ending in DIF repeats the last
/// y; it is dropped after checking). Returns the y values (unscaled). Throws Error{InvalidInput}
/// as soon as the table holds more than `maxPoints` (at most 2^25) — a reader passes what the
/// file declares, so that a few kilobytes of DUP tokens cannot expand to millions of points.
std::vector<double> decodeXppYY(const std::vector<std::string_view>& lines, int firstLineNumber,
                                const char* file, AsdfEncodings& encodings,
                                std::size_t maxPoints = kMaxAsdfTablePoints);

/// Decodes an (XY..XY) table of AFFN pairs into x and y.
void decodeXYPairs(const std::vector<std::string_view>& lines, int firstLineNumber,
                   const char* file, std::vector<double>& x, std::vector<double>& y);

} // namespace spinhance::io

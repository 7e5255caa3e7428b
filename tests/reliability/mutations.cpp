#include "mutations.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>

namespace spinhance::sweep {

namespace {

std::size_t randomIndex(std::size_t size, std::mt19937_64& random) {
    return size == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, size - 1)(random);
}

std::string truncateTo(const std::string& bytes, double share) {
    return bytes.substr(0, std::size_t(double(bytes.size()) * share));
}

std::string flipBytes(std::string bytes, std::mt19937_64& random, int count) {
    for (int k = 0; k < count && !bytes.empty(); ++k)
        bytes[randomIndex(bytes.size(), random)] ^= char(1 + randomIndex(255, random));
    return bytes;
}

std::string zeroChunk(std::string bytes, std::mt19937_64& random, std::size_t length) {
    const std::size_t start = randomIndex(bytes.size(), random);
    for (std::size_t i = start; i < std::min(bytes.size(), start + length); ++i)
        bytes[i] = '\0';
    return bytes;
}

// Header values decide sizes, fields and axes; they sit in the first lines of every text format
// here, so half of the replacements aim at the first 4 KiB.
std::size_t numberStart(const std::string& bytes, std::mt19937_64& random) {
    const std::size_t window =
        (random() & 1) ? std::min<std::size_t>(bytes.size(), 4096) : bytes.size();
    for (int attempt = 0; attempt < 64; ++attempt) {
        std::size_t i = randomIndex(window, random);
        while (i < bytes.size() && !std::isdigit(static_cast<unsigned char>(bytes[i])))
            ++i;
        if (i == bytes.size()) continue;
        while (i > 0 && (std::isdigit(static_cast<unsigned char>(bytes[i - 1])) ||
                         bytes[i - 1] == '.' || bytes[i - 1] == '-'))
            --i;
        return i;
    }
    return std::string::npos;
}

std::string replaceNumber(std::string bytes, std::mt19937_64& random, const char* value) {
    const std::size_t start = numberStart(bytes, random);
    if (start == std::string::npos) return bytes + value;
    std::size_t end = start;
    while (end < bytes.size() &&
           (std::isdigit(static_cast<unsigned char>(bytes[end])) || bytes[end] == '.' ||
            bytes[end] == '-' || bytes[end] == 'e' || bytes[end] == 'E' || bytes[end] == '+'))
        ++end;
    return bytes.replace(start, end - start, value);
}

template <typename T> std::string overwriteWords(std::string bytes, std::mt19937_64& random, T v) {
    for (int k = 0; k < 8 && bytes.size() >= sizeof(T); ++k) {
        const std::size_t at = randomIndex(bytes.size() / sizeof(T), random) * sizeof(T);
        std::memcpy(bytes.data() + at, &v, sizeof(T));
    }
    return bytes;
}

std::vector<std::pair<std::size_t, std::size_t>> lineSpans(const std::string& bytes) {
    std::vector<std::pair<std::size_t, std::size_t>> spans;
    std::size_t start = 0;
    while (start < bytes.size()) {
        const std::size_t end = std::min(bytes.find('\n', start), bytes.size());
        spans.emplace_back(start, end + 1 - start);
        start = end + 1;
    }
    return spans;
}

std::string duplicateLine(std::string bytes, std::mt19937_64& random) {
    const auto spans = lineSpans(bytes);
    if (spans.empty()) return bytes;
    const auto [start, length] = spans[randomIndex(spans.size(), random)];
    return bytes.insert(start, bytes.substr(start, length));
}

std::string deleteLine(std::string bytes, std::mt19937_64& random) {
    const auto spans = lineSpans(bytes);
    if (spans.empty()) return bytes;
    const auto [start, length] = spans[randomIndex(spans.size(), random)];
    return bytes.erase(start, length);
}

using Random = std::mt19937_64;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

} // namespace

const std::vector<Mutation>& allMutations() {
    static const std::vector<Mutation> mutations = {
        {"empty file", [](const std::string&, Random&) { return std::string(); }},
        {"truncate to 1 byte", [](const std::string& b, Random&) { return b.substr(0, 1); }},
        {"truncate 10%", [](const std::string& b, Random&) { return truncateTo(b, 0.10); }},
        {"truncate 50%", [](const std::string& b, Random&) { return truncateTo(b, 0.50); }},
        {"truncate 99%", [](const std::string& b, Random&) { return truncateTo(b, 0.99); }},
        {"flip 1 byte", [](const std::string& b, Random& r) { return flipBytes(b, r, 1); }},
        {"flip 10 bytes", [](const std::string& b, Random& r) { return flipBytes(b, r, 10); }},
        {"flip 300 bytes", [](const std::string& b, Random& r) { return flipBytes(b, r, 300); }},
        {"zero 64 bytes", [](const std::string& b, Random& r) { return zeroChunk(b, r, 64); }},
        {"zero 4 KiB", [](const std::string& b, Random& r) { return zeroChunk(b, r, 4096); }},
        {"number -> 1e308",
         [](const std::string& b, Random& r) { return replaceNumber(b, r, "1e308"); }},
        {"number -> -1e400",
         [](const std::string& b, Random& r) { return replaceNumber(b, r, "-1e400"); }},
        {"number -> nan",
         [](const std::string& b, Random& r) { return replaceNumber(b, r, "nan"); }},
        {"number -> inf",
         [](const std::string& b, Random& r) { return replaceNumber(b, r, "inf"); }},
        {"number -> 0", [](const std::string& b, Random& r) { return replaceNumber(b, r, "0"); }},
        {"number -> -1", [](const std::string& b, Random& r) { return replaceNumber(b, r, "-1"); }},
        {"number -> 2^64-2048",
         [](const std::string& b, Random& r) {
             return replaceNumber(b, r, "18446744073709549568");
         }},
        {"number -> 309 digits",
         [](const std::string& b, Random& r) {
             return replaceNumber(b, r, std::string(309, '9').c_str());
         }},
        {"doubles -> NaN",
         [](const std::string& b, Random& r) { return overwriteWords(b, r, kNaN); }},
        {"doubles -> Inf",
         [](const std::string& b, Random& r) { return overwriteWords(b, r, kInf); }},
        {"doubles -> 1e308",
         [](const std::string& b, Random& r) { return overwriteWords(b, r, 1e308); }},
        {"floats -> NaN",
         [](const std::string& b, Random& r) { return overwriteWords(b, r, float(kNaN)); }},
        {"int32 -> INT_MIN",
         [](const std::string& b, Random& r) {
             return overwriteWords(b, r, std::int32_t(INT32_MIN));
         }},
        {"duplicate a line", [](const std::string& b, Random& r) { return duplicateLine(b, r); }},
        {"delete a line", [](const std::string& b, Random& r) { return deleteLine(b, r); }},
    };
    return mutations;
}

} // namespace spinhance::sweep

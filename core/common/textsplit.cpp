#include "common/textsplit.h"

namespace spinhance {

std::string trimmed(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1));
}

std::vector<std::string> splitOutsideParentheses(std::string_view text,
                                                 std::string_view separators) {
    std::vector<std::string> pieces(1);
    int depth = 0;
    for (char c : text) {
        depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        if (depth == 0 && separators.find(c) != std::string_view::npos)
            pieces.emplace_back();
        else
            pieces.back() += c;
    }
    for (std::string& piece : pieces)
        piece = trimmed(piece);
    return pieces;
}

} // namespace spinhance

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace spinhance {

/// `text` without leading and trailing spaces, tabs and line ends.
std::string trimmed(std::string_view text);

/// `text` split at any of `separators` that stands outside parentheses, each piece trimmed:
/// "d, J = 7.1(H2), 2H" with "," gives {"d", "J = 7.1(H2)", "2H"}, and "J=8.9(a,b)" stays whole.
/// Shared by the journal-line and NMReDATA readers, whose fields nest parentheses.
std::vector<std::string> splitOutsideParentheses(std::string_view text,
                                                 std::string_view separators);

} // namespace spinhance

#include "common/textsplit.h"

#include <gtest/gtest.h>

using spinhance::splitOutsideParentheses;
using spinhance::trimmed;

TEST(TextSplit, SplitsOnlyOutsideParenthesesAndTrims) {
    EXPECT_EQ(trimmed("  a b \t\r\n"), "a b");
    EXPECT_EQ(trimmed(" \n"), "");
    EXPECT_EQ(splitOutsideParentheses("d, J = 7.1(H2), 2H", ","),
              (std::vector<std::string>{"d", "J = 7.1(H2)", "2H"}));
    EXPECT_EQ(splitOutsideParentheses("J=8.9(a,b); 2 x (CH3, x)", ",;"),
              (std::vector<std::string>{"J=8.9(a,b)", "2 x (CH3, x)"}));
    EXPECT_EQ(splitOutsideParentheses("", ","), (std::vector<std::string>{""}));
}

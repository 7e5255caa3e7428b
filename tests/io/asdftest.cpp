#include "io/asdf.h"

#include "common/error.h"

#include <gtest/gtest.h>
#include <string_view>
#include <vector>

using namespace spinhance;
using namespace spinhance::io;

namespace {

std::vector<double> decode(std::vector<std::string_view> lines) {
    AsdfEncodings encodings;
    return decodeXppYY(lines, 1, "test.jdx", encodings);
}

const std::vector<double> kExpected = {1, 2, 3, 3, 2, 1, 0, -1, -2, -3};

} // namespace

// The worked example of the JCAMP-DX specification (McDonald & Wilks, Appl. Spectrosc. 42 (1988)
// 151, table III): the same ten ordinates in every ASDF form.
TEST(Asdf, SpecificationExampleDecodesIdenticallyInEveryForm) {
    EXPECT_EQ(decode({"0 1 2 3 3 2 1 0 -1 -2 -3"}), kExpected); // AFFN
    EXPECT_EQ(decode({"0+1+2+3+3+2+1+0-1-2-3"}), kExpected);    // PAC
    EXPECT_EQ(decode({"0A B C C B A @ a b c"}), kExpected);     // SQZ with blanks
    EXPECT_EQ(decode({"0ABCCBA@abc"}), kExpected);              // SQZ
    EXPECT_EQ(decode({"0AJJ%jjjjjj"}), kExpected);              // SQZ + DIF
    EXPECT_EQ(decode({"0AJT%jX"}), kExpected);                  // SQZ + DIF + DUP
}

TEST(Asdf, MultiDigitSqueezedAndDifferenceValues) {
    EXPECT_EQ(decode({"0 A23b45J0"}), (std::vector<double>{123, -245, -235}));
}

TEST(Asdf, DifLineRepeatsLastOrdinateAsCheckValue) {
    // Line 1 ends in DIF mode, so line 2 starts with the y check value 3, which is dropped.
    EXPECT_EQ(decode({"0 AJJ", "3 CJJ"}), (std::vector<double>{1, 2, 3, 4, 5}));
}

TEST(Asdf, AbsoluteLineEndDoesNotDropNextValue) {
    EXPECT_EQ(decode({"0 A B C", "3 D E"}), (std::vector<double>{1, 2, 3, 4, 5}));
}

TEST(Asdf, WrongCheckValueNamesTheLine) {
    try {
        decode({"0 AJJ", "3 EJ"});
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.context().line, 2);
        EXPECT_EQ(e.context().file, "test.jdx");
        EXPECT_NE(std::string(e.what()).find("check value"), std::string::npos);
    }
}

TEST(Asdf, GarbageCharacterIsAnErrorNotACrash) {
    EXPECT_THROW(decode({"0 12 {34"}), Error);
    EXPECT_THROW(decode({"0 J5"}), Error); // DIF without a preceding ordinate
}

TEST(Asdf, ExponentNotationInAffn) {
    EXPECT_EQ(decode({"0 1.5E+02 -2e-1"}), (std::vector<double>{150, -0.2}));
}

TEST(Asdf, ADupRunPastTheDeclaredCountStopsBeforeExpanding) {
    // "s99999" repeats the ordinate 999,999 times: a 10-character line that would become eight
    // megabytes. With ten points declared, the decoder refuses at that token, naming the line.
    AsdfEncodings encodings;
    EXPECT_EQ(decodeXppYY({"0 1 2 3", "3 4Y"}, 1, "test.jdx", encodings, 10), // Y: seven 4s
              (std::vector<double>{1, 2, 3, 4, 4, 4, 4, 4, 4, 4}));
    try {
        decodeXppYY({"0 1 2 3", "3 1s99999"}, 1, "test.jdx", encodings, 10);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::InvalidInput);
        EXPECT_EQ(e.context().line, 2);
        EXPECT_NE(std::string(e.what()).find("more ordinates"), std::string::npos) << e.what();
    }
}

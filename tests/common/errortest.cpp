#include "common/error.h"

#include "common/progress.h"

#include <gtest/gtest.h>

using namespace spinhance;

TEST(Error, MessageNamesFileLineAndField) {
    const Error error(ErrorCode::InvalidInput, "expected 16384 points, found 16380",
                      {"aspirin.jdx", 12, "##NPOINTS"});
    EXPECT_STREQ(error.what(),
                 "aspirin.jdx, line 12, ##NPOINTS: expected 16384 points, found 16380");
    EXPECT_EQ(error.code(), ErrorCode::InvalidInput);
    EXPECT_EQ(error.reason(), "expected 16384 points, found 16380");
    EXPECT_EQ(error.context().line, 12);
}

TEST(Error, MessageLeavesOutEmptyParts) {
    EXPECT_EQ(formatErrorMessage({"x.json", 0, ""}, "bad"), "x.json: bad");
    EXPECT_EQ(formatErrorMessage({"", 0, "field"}, "bad"), "field: bad");
    EXPECT_EQ(formatErrorMessage({}, "bad"), "bad");
}

TEST(Progress, CancelFlagThrowsCancelled) {
    CancelFlag cancel{false};
    EXPECT_NO_THROW(throwIfCancelled(&cancel));
    EXPECT_NO_THROW(throwIfCancelled(nullptr));
    cancel = true;
    try {
        throwIfCancelled(&cancel);
        FAIL() << "expected a cancellation";
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Cancelled);
    }
}

TEST(Progress, FractionOfZeroTotalIsZero) {
    EXPECT_DOUBLE_EQ((Progress{5, 0, ""}).fraction(), 0.0);
    EXPECT_DOUBLE_EQ((Progress{1, 4, ""}).fraction(), 0.25);
}

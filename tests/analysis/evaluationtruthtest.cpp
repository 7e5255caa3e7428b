#include "analysis/evaluationtruth.h"

#include "common/error.h"

#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::analysis;

namespace {

const char* kEthanol = R"("spin_groups": [[3.7, 2], [1.2, 3]], "couplings": [["A", "B", 7]])";

std::string record(const std::string& extra) {
    return std::string("{") + kEthanol + extra + "}";
}

} // namespace

TEST(EvaluationTruth, ProtonsDefaultToTheRecordAndFieldToUnknown) {
    const EvaluationTruth truth = parseEvaluationTruth(record(""), "etoh.truth.json");
    EXPECT_EQ(truth.system.size(), 2u);
    EXPECT_EQ(truth.protons, 5);
    EXPECT_EQ(truth.fieldMHz, 0.0);
    const EvaluationTruth withOh =
        parseEvaluationTruth(record(R"(, "protons": 6, "field_mhz": 60)"), "etoh.truth.json");
    EXPECT_EQ(withOh.protons, 6);
    EXPECT_EQ(withOh.fieldMHz, 60.0);
}

// Before the truth file had its own parser (and fuzzer) these escaped as nlohmann::json::type_error
// (a string) or were undefined behaviour (1e300 converted to int).
TEST(EvaluationTruth, MalformedProtonsAndFieldNameTheField) {
    for (const char* extra : {R"(, "protons": "6")", R"(, "protons": 1e300)", R"(, "protons": 2.5)",
                              R"(, "field_mhz": "60")"}) {
        try {
            parseEvaluationTruth(record(extra), "etoh.truth.json");
            FAIL() << "expected an error for " << extra;
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
            EXPECT_EQ(e.context().file, "etoh.truth.json");
            EXPECT_NE(std::string(extra).find(e.context().field), std::string::npos) << e.what();
        }
    }
}

TEST(EvaluationTruth, AnArrayOfOneRecordIsAccepted) {
    const EvaluationTruth truth = parseEvaluationTruth("[" + record("") + "]", "a.truth.json");
    EXPECT_EQ(truth.protons, 5);
    EXPECT_THROW(parseEvaluationTruth("[" + record("") + "," + record("") + "]", "b.truth.json"),
                 Error);
}

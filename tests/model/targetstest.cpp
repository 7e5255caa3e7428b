#include "model/targets.h"

#include "common/error.h"
#include "model/decode.h"
#include "model/modelconfig.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

using namespace spinhance;
using namespace spinhance::model;

TEST(Targets, CanonicalOrderIsShiftDescendingThenDegeneracyDescending) {
    SpinSystem s;
    s.addGroup(1.2, 3);
    s.addGroup(7.3, 2);
    s.addGroup(7.3, 1);
    s.addGroup(2.6, 2);
    s.setCouplingHz(0, 3, 7.6);
    const EncodedTarget t = encodeTarget(s);
    EXPECT_EQ(t.groupCount, 4);
    EXPECT_FLOAT_EQ(t.shiftPpm[0], 7.3f);
    EXPECT_EQ(degeneracyVocabulary()[std::size_t(t.degeneracyClass[0])], 2);
    EXPECT_EQ(degeneracyVocabulary()[std::size_t(t.degeneracyClass[1])], 1);
    EXPECT_FLOAT_EQ(t.shiftPpm[3], 1.2f);
    // The CH2–CH3 coupling follows its groups to slots 2 and 3, both directions.
    EXPECT_FLOAT_EQ(t.couplingHz[2 * kMaxGroups + 3], 7.6f);
    EXPECT_FLOAT_EQ(t.couplingHz[3 * kMaxGroups + 2], 7.6f);
    EXPECT_FLOAT_EQ(t.coupled[2 * kMaxGroups + 3], 1.0f);
    EXPECT_FLOAT_EQ(t.equivalent[0 * kMaxGroups + 1], 1.0f); // equal shifts (AA'-like)
    EXPECT_FLOAT_EQ(t.exists[4], 0.0f);                      // empty slots are non-existent
}

TEST(Targets, RefusesNineGroupsAndUnknownDegeneracy) {
    SpinSystem nine;
    for (int i = 0; i < 9; ++i)
        nine.addGroup(1.0 + i, 1);
    EXPECT_THROW(encodeTarget(nine), Error);
    SpinSystem five;
    five.addGroup(1.0, 5);
    EXPECT_THROW(encodeTarget(five), Error);
}

TEST(Recipes, SwitchesFollowTheTable) {
    EXPECT_EQ(recipeFlags(Recipe::R025).inputChannels(), 1);
    EXPECT_EQ(recipeFlags(Recipe::R026).inputChannels(), 2);
    EXPECT_TRUE(recipeFlags(Recipe::R026).softEquivalence);
    EXPECT_FALSE(recipeFlags(Recipe::R026).focalLoss);
    EXPECT_EQ(recipeFlags(Recipe::R027).inputChannels(), 1);
    EXPECT_TRUE(recipeFlags(Recipe::R027).focalLoss);
    EXPECT_EQ(recipeFlags(Recipe::R028).inputChannels(), 2);
    EXPECT_TRUE(recipeFlags(Recipe::R028).integralChannel);
    EXPECT_TRUE(recipeFlags(Recipe::R029).focalLoss && recipeFlags(Recipe::R029).softEquivalence);
    EXPECT_EQ(recipeFlags(Recipe::R030).inputChannels(), 3);
    EXPECT_TRUE(recipeFlags(Recipe::R030).focalLoss);
    EXPECT_THROW(parseRecipe("031"), Error); // a recipe this build does not know
    for (const Recipe r : allRecipes())
        EXPECT_EQ(parseRecipe(recipeName(r)), r);
    for (const ModelSize s : allModelSizes())
        EXPECT_EQ(parseModelSize(modelSizeName(s)), s);
    EXPECT_THROW(parseModelSize("huge"), Error);
}

TEST(ModelConfigJson, RoundTrips) {
    ModelConfig c;
    c.recipe = Recipe::R028;
    c.size = ModelSize::Tiny;
    c.grid = {0.0, 12.0, 2048};
    c.vocabulary = degeneracyVocabulary();
    c.standardiser = {3.5, 2.25, 6.5};
    c.trainingDataHash = "abc";
    c.metricsJson = R"({"shift_mae_ppm":0.05})";
    const ModelConfig back = modelConfigFromJson(toJson(c), "memory");
    EXPECT_EQ(back.recipe, Recipe::R028);
    EXPECT_EQ(back.grid, c.grid);
    EXPECT_DOUBLE_EQ(back.standardiser.couplingScaleHz, 6.5);
    EXPECT_EQ(back.metricsJson, c.metricsJson);
    EXPECT_THROW(modelConfigFromJson("{\"format\":\"spinhance-model\"}", "memory"), Error);
}

// fuzz_modelfile: "parameter_count": 1.1e127 was converted to long long (undefined behaviour), and
// a non-string "training_data_hash" escaped as nlohmann::json::type_error. Integer fields must now
// be JSON integers that fit; each bad value is Error{InvalidInput} naming its field.
TEST(ModelConfigJson, IntegerFieldsMustBeIntegersThatFit) {
    const nlohmann::json good = nlohmann::json::parse(toJson(ModelConfig{}));
    const std::vector<std::pair<std::string, nlohmann::json>> bad = {
        {"parameter_count", 1.1e127}, {"seed", -1},
        {"format_version", 1e300},    {"format_version", 2.5},
        {"vocabulary", {1, 2.5}},     {"training_data_hash", 5}};
    for (const auto& [key, value] : bad) {
        nlohmann::json j = good;
        j[key] = value;
        try {
            modelConfigFromJson(j.dump(), "bad.spinmodel");
            FAIL() << key << " = " << value.dump();
        } catch (const Error& e) {
            EXPECT_EQ(e.code(), ErrorCode::InvalidInput) << e.what();
            EXPECT_EQ(e.context().field, key) << e.what();
        }
    }
    nlohmann::json points = good;
    points["grid"]["points"] = 3e9;
    EXPECT_THROW(modelConfigFromJson(points.dump(), "bad.spinmodel"), Error);
}

TEST(Decode, KeepsExistingGroupsSortsAndTiesEquivalentShifts) {
    RawPrediction raw;
    raw.degeneracyProbability.assign(kMaxGroups * degeneracyVocabulary().size(), 0.0);
    const double shifts[3] = {1.20, 7.31, 7.29};
    const int classes[3] = {2, 1, 1}; // n = 3, 2, 2
    for (int i = 0; i < 3; ++i) {
        raw.shiftPpm[i] = shifts[i];
        raw.existProbability[i] = 0.9;
        raw.degeneracyProbability[std::size_t(i) * degeneracyVocabulary().size() +
                                  std::size_t(classes[i])] = 1.0;
    }
    raw.existProbability[5] = 0.2; // below one half: dropped
    raw.equivalentProbability[1 * kMaxGroups + 2] = raw.equivalentProbability[2 * kMaxGroups + 1] =
        0.8;
    raw.couplingHz[0 * kMaxGroups + 1] = raw.couplingHz[1 * kMaxGroups + 0] = 0.4;
    raw.coupledProbability[0 * kMaxGroups + 2] = raw.coupledProbability[2 * kMaxGroups + 0] = 0.9;
    raw.couplingHz[0 * kMaxGroups + 2] = raw.couplingHz[2 * kMaxGroups + 0] = 7.0;
    const Prediction p = decodePrediction(raw, true);
    ASSERT_EQ(p.system.size(), 3u);
    EXPECT_NEAR(p.system.group(0).shiftPpm, 7.30, 1e-12);
    EXPECT_NEAR(p.system.group(1).shiftPpm, 7.30, 1e-12);
    EXPECT_EQ(p.system.group(2).protonCount, 3);
    EXPECT_EQ(p.system.group(2).label, "C");
    EXPECT_DOUBLE_EQ(p.system.couplingHz(1, 2), 7.0);
    EXPECT_DOUBLE_EQ(p.system.couplingHz(2, 1), 7.0);
    EXPECT_DOUBLE_EQ(p.system.couplingHz(0, 2), 0.0); // coupled probability below one half
    EXPECT_EQ(p.pairConfidence.size(), 9u);
    EXPECT_DOUBLE_EQ(p.pairConfidence[1 * 3 + 2], 0.9);
}

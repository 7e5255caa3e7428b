#include "spin/spinsystemjson.h"

#include "common/error.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>

using namespace spinhance;

namespace {

const char* kEthylbenzene = R"({"id": "ethylbenzene", "smiles": "CCc1ccccc1",
 "labels": ["A","B","C","D","E"],
 "spin_groups": [[7.28,2],[7.20,2],[7.17,1],[2.64,2],[1.23,3]],
 "couplings": [["A","B",7.6],["B","C",7.4],["A","C",1.2],["D","E",7.6]]})";

// The message of the Error thrown by parsing `text`, or "" when it parses.
std::string parseError(const std::string& text, ErrorCode expected = ErrorCode::InvalidInput) {
    try {
        parseSpinSystems(text, "systems.json");
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), expected) << e.what();
        return e.what();
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(SpinSystemJson, ReadsTheDesignDocumentRecord) {
    const std::vector<SpinSystem> systems = parseSpinSystems(kEthylbenzene);
    ASSERT_EQ(systems.size(), 1u);
    const SpinSystem& s = systems[0];
    EXPECT_EQ(s.id, "ethylbenzene");
    EXPECT_EQ(s.smiles, "CCc1ccccc1");
    ASSERT_EQ(s.size(), 5u);
    EXPECT_EQ(s.protonCount(), 10);
    EXPECT_DOUBLE_EQ(s.group(4).shiftPpm, 1.23);
    EXPECT_DOUBLE_EQ(s.couplingHz(2, 0), 1.2);
    EXPECT_DOUBLE_EQ(s.couplingHz(3, 4), 7.6);
    EXPECT_DOUBLE_EQ(s.couplingHz(0, 3), 0.0);
}

TEST(SpinSystemJson, RoundTripsArraysWithFragments) {
    std::vector<SpinSystem> systems =
        parseSpinSystems(std::string("[") + kEthylbenzene + "," + kEthylbenzene + "]");
    systems[1].id = "second";
    systems[1].fragments = {"phenyl", "ethyl"};
    systems[1].setCouplingHz(0, 4, -0.35);
    const std::filesystem::path path =
        std::filesystem::temp_directory_path() / "spinhance-roundtrip.json";
    writeSpinSystems(path.string(), systems);
    const std::vector<SpinSystem> back = readSpinSystems(path.string());
    std::filesystem::remove(path);
    ASSERT_EQ(back.size(), 2u);
    EXPECT_EQ(back[1].id, "second");
    EXPECT_EQ(back[1].fragments, systems[1].fragments);
    for (std::size_t r = 0; r < 2; ++r) {
        EXPECT_EQ(back[r].couplingMatrixHz(), systems[r].couplingMatrixHz());
        for (std::size_t g = 0; g < systems[r].size(); ++g) {
            EXPECT_EQ(back[r].group(g).shiftPpm, systems[r].group(g).shiftPpm);
            EXPECT_EQ(back[r].group(g).protonCount, systems[r].group(g).protonCount);
            EXPECT_EQ(back[r].group(g).label, systems[r].group(g).label);
        }
    }
    EXPECT_EQ(parseSpinSystems(spinSystemToJson(systems[0]))[0].id, "ethylbenzene");
}

// A broad (exchanging) group's extra line width travels by label; a bad one names its field.
TEST(SpinSystemJson, ExtraWidthsRoundTripByLabel) {
    SpinSystem system = parseSpinSystems(kEthylbenzene)[0];
    system.group(2).extraWidthHz = 11.5;
    const std::string text = spinSystemToJson(system);
    EXPECT_NE(text.find("\"extra_widths_hz\":{\"" + system.group(2).label + "\":11.5}"),
              std::string::npos)
        << text;
    const SpinSystem back = parseSpinSystems(text)[0];
    for (std::size_t g = 0; g < system.size(); ++g)
        EXPECT_EQ(back.group(g).extraWidthHz, system.group(g).extraWidthHz);
    EXPECT_EQ(spinSystemToJson(parseSpinSystems(kEthylbenzene)[0]).find("extra_widths_hz"),
              std::string::npos);
    try {
        parseSpinSystems(R"({"spin_groups": [[7.4, 1]], "extra_widths_hz": {"A": -3}})", "x.json");
        ADD_FAILURE() << "a negative width was accepted";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("extra_widths_hz.A"), std::string::npos) << e.what();
    }
}

TEST(SpinSystemJson, LabelsDefaultByPosition) {
    const auto s =
        parseSpinSystems(R"({"id":"x","spin_groups":[[1.0,3],[2.0,2]],"couplings":[["A","B",7]]})");
    EXPECT_EQ(s[0].group(1).label, "B");
    EXPECT_DOUBLE_EQ(s[0].couplingHz(0, 1), 7.0);
}

TEST(SpinSystemJson, BadInputNamesRecordAndField) {
    const std::string good = R"({"id":"ok","spin_groups":[[1.0,3]]})";
    std::string message = parseError("[" + good + R"(,{"id":"neg","spin_groups":[[1.0,-2]]}])");
    EXPECT_TRUE(contains(message, "systems.json")) << message;
    EXPECT_TRUE(contains(message, "record 1 (id neg)")) << message;
    EXPECT_TRUE(contains(message, "spin_groups[0] n")) << message;
    EXPECT_TRUE(contains(message, "found -2")) << message;

    message = parseError(R"({"id":"zero","spin_groups":[[1.0,0]]})");
    EXPECT_TRUE(contains(message, "id zero") && contains(message, "spin_groups[0] n")) << message;

    message = parseError(R"({"id":"nan","spin_groups":[[NaN,1]]})");
    EXPECT_TRUE(contains(message, "not valid JSON")) << message; // JSON has no NaN literal

    message = parseError(R"({"id":"str","spin_groups":[["7.2",1]]})");
    EXPECT_TRUE(contains(message, "spin_groups[0] ppm") && contains(message, "expected a number"))
        << message;

    message = parseError(
        R"({"id":"lbl","labels":["A","B"],"spin_groups":[[1,1],[2,1]],"couplings":[["A","Q",7]]})");
    EXPECT_TRUE(contains(message, "id lbl") && contains(message, "couplings[0]") &&
                contains(message, "\"Q\""))
        << message;

    message = parseError(
        R"({"id":"asym","spin_groups":[[1,1],[2,1]],"couplings":[["A","B",7],["B","A",6]]})");
    EXPECT_TRUE(contains(message, "couplings[1]") && contains(message, "asymmetric")) << message;

    message = parseError(R"({"id":"self","spin_groups":[[1,1]],"couplings":[["A","A",7]]})");
    EXPECT_TRUE(contains(message, "couplings[0]") && contains(message, "itself")) << message;

    message = parseError(R"({"id":"count","labels":["A"],"spin_groups":[[1,1],[2,1]]})");
    EXPECT_TRUE(contains(message, "labels") && contains(message, "expected 2 labels")) << message;

    message = parseError(R"({"id":"dup","labels":["A","A"],"spin_groups":[[1,1],[2,1]]})");
    EXPECT_TRUE(contains(message, "labels[1]") && contains(message, "unique")) << message;

    message = parseError(R"({"id":"missing"})");
    EXPECT_TRUE(contains(message, "spin_groups") && contains(message, "missing")) << message;
}

TEST(SpinSystemJson, ValidateRejectsNonFiniteAndAsymmetric) {
    SpinSystem s;
    s.id = "built";
    s.addGroup(std::nan(""), 1);
    try {
        validate(s);
        FAIL();
    } catch (const Error& e) {
        EXPECT_TRUE(contains(e.what(), "record built") && contains(e.what(), "spin_groups[0] ppm"))
            << e.what();
    }
    s.group(0).shiftPpm = 1.0;
    s.addGroup(2.0, 1);
    s.setCouplingHz(0, 1, INFINITY);
    EXPECT_THROW(validate(s), Error);
}

TEST(SpinSystemJson, UnreadableFileIsAnIoError) {
    try {
        readSpinSystems("/nonexistent/systems.json");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.code(), ErrorCode::Io);
        EXPECT_EQ(e.context().file, "/nonexistent/systems.json");
    }
}

// Model inspection on the checked-in tiny model and a dataset generated here: every stage is
// reported, a model compared with itself has CKA and SVCCA 1 at every stage, and the probes and
// anisotropy figures stay in their ranges.
#include "common/error.h"
#include "dataset/datasetwriter.h"
#include "inspect/modelinspection.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace spinhance::inspect {
namespace {

namespace fs = std::filesystem;

const std::string kTinyModel = SPINHANCE_SOURCE_DIR "/tests/data/model/tiny-030.spinmodel";

struct GeneratedDataset {
    // One file per test: ctest runs tests in parallel.
    fs::path path = fs::temp_directory_path() /
                    ("spinhance-inspect-" +
                     std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
                     ".h5");
    GeneratedDataset() {
        GeneratorOptions options;
        options.maxGroups = 6;
        options.testFraction = 0.5;
        options.validationFraction = 0.0;
        generateDataset(path.string(), 120, 11, options);
    }
    ~GeneratedDataset() { fs::remove(path); }
};

TEST(ModelInspection, AModelComparedWithItselfIsIdenticalAtEveryStage) {
    const GeneratedDataset data;
    const auto model = Predictor::load(kTinyModel);
    const auto again = Predictor::load(kTinyModel);
    const DatasetReader reader(data.path.string());
    InspectionOptions options;
    options.samples = 60;
    const std::vector<LayerReport> reports = inspectModels(*model, again.get(), reader, options);
    ASSERT_GE(reports.size(), 4u); // stem, ≥ 1 encoder layer, ≥ 1 decoder layer, nodes
    EXPECT_EQ(reports.front().layer, "stem");
    EXPECT_EQ(reports.back().layer, "nodes");
    for (const LayerReport& r : reports) {
        SCOPED_TRACE(r.layer);
        ASSERT_TRUE(r.linearCkaToOther.has_value());
        EXPECT_NEAR(*r.linearCkaToOther, 1.0, 1e-6);
        EXPECT_NEAR(*r.rbfCkaToOther, 1.0, 1e-6);
        EXPECT_NEAR(*r.svccaToOther, 1.0, 1e-6);
        EXPECT_GT(r.features, 0);
        EXPECT_GE(r.groupCountProbeAccuracy, 0.0);
        EXPECT_LE(r.groupCountProbeAccuracy, 1.0);
        EXPECT_LE(r.meanShiftProbeR2, 1.0);
        EXPECT_GE(r.anisotropy.firstComponentShare, 0.0);
        EXPECT_LE(r.anisotropy.firstComponentShare, 1.0 + 1e-12);
    }
    const auto json = nlohmann::json::parse(inspectionJson(reports));
    EXPECT_EQ(json["layers"].size(), reports.size());
    EXPECT_TRUE(json["layers"][0].contains("linear_cka"));
    // Without a second model there is nothing to compare.
    const auto alone = inspectModels(*model, nullptr, reader, options);
    EXPECT_FALSE(alone.front().linearCkaToOther.has_value());
}

TEST(ModelInspection, TooFewSpectraIsAnError) {
    const GeneratedDataset data;
    const auto model = Predictor::load(kTinyModel);
    InspectionOptions options;
    options.samples = 5;
    EXPECT_THROW(inspectModels(*model, nullptr, DatasetReader(data.path.string()), options), Error);
}

} // namespace
} // namespace spinhance::inspect

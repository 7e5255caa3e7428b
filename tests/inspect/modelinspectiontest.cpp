// Model inspection on the checked-in tiny model and a dataset generated here: every stage is
// reported, a model compared with itself has CKA and SVCCA 1 at every stage, and the probes and
// anisotropy figures stay in their ranges.
#include "inspect/modelinspection.h"

#include "common/error.h"
#include "dataset/datasetwriter.h"
#include "model/trainer.h"

#include <algorithm>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace spinhance::inspect {
namespace {

namespace fs = std::filesystem;

const std::string kTinyModel = SPINHANCE_SOURCE_DIR "/tests/data/model/tiny-030.spinmodel";

struct GeneratedDataset {
    // One file per test: ctest runs tests in parallel.
    fs::path path =
        fs::temp_directory_path() /
        ("spinhance-inspect-" +
         std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + ".h5");
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
    const ModelInspection found = inspectModels(*model, again.get(), reader, options);
    const std::vector<LayerReport>& reports = found.layers;
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
    // Stage × stage: the diagonal is the same-named pairs above (1 for a model with itself); off
    // the diagonal CKA stays in [0, 1] and is below 1 where a stage transforms its input
    // non-linearly (a stage and the layer norm after it may stay at 1).
    ASSERT_TRUE(found.similarity.has_value());
    const SimilarityMatrix& m = *found.similarity;
    ASSERT_EQ(m.rows.size(), reports.size());
    ASSERT_EQ(m.columns.size(), reports.size());
    ASSERT_EQ(m.linearCka.size(), reports.size() * reports.size());
    double lowest = 1.0;
    for (std::size_t i = 0; i < m.rows.size(); ++i)
        for (std::size_t j = 0; j < m.columns.size(); ++j) {
            EXPECT_NEAR(m.linearAt(i, j), m.linearAt(j, i), 1e-9); // same model: symmetric
            if (i == j) {
                EXPECT_NEAR(m.linearAt(i, j), 1.0, 1e-6);
            }
            EXPECT_GE(m.linearAt(i, j), 0.0);
            EXPECT_LE(m.linearAt(i, j), 1.0 + 1e-9);
            lowest = std::min(lowest, m.linearAt(i, j));
        }
    EXPECT_LT(lowest, 0.99); // the stem and the group nodes are different representations
    const auto json = nlohmann::json::parse(inspectionJson(found));
    EXPECT_EQ(json["layers"].size(), reports.size());
    EXPECT_TRUE(json["layers"][0].contains("linear_cka"));
    EXPECT_EQ(json["similarity"]["linear_cka"].size(), reports.size());
    // Without a second model there is nothing to compare.
    const auto alone = inspectModels(*model, nullptr, reader, options);
    EXPECT_FALSE(alone.layers.front().linearCkaToOther.has_value());
    EXPECT_FALSE(alone.similarity.has_value());
}

// Stages with a ppm axis read each group at the token over its shift: the stem and encoder
// layers carry per-group (degeneracy) and per-pair (coupled or not) probes beside their majority
// baselines; decoder stages (group slots, no ppm axis) do not.
TEST(ModelInspection, TokenStagesCarryPerGroupAndPerPairProbes) {
    const GeneratedDataset data;
    const auto model = Predictor::load(kTinyModel);
    const DatasetReader reader(data.path.string());
    InspectionOptions options;
    options.samples = 60;
    const ModelInspection found = inspectModels(*model, nullptr, reader, options);
    int withGroups = 0;
    for (const LayerReport& r : found.layers) {
        SCOPED_TRACE(r.layer);
        const bool tokenStage = r.layer == "stem" || r.layer.rfind("encoder", 0) == 0;
        EXPECT_EQ(r.groupDegeneracyProbeAccuracy.has_value(), tokenStage);
        EXPECT_EQ(r.pairCoupledProbeAccuracy.has_value(), tokenStage);
        if (!tokenStage) continue;
        ++withGroups;
        for (double v : {*r.groupDegeneracyProbeAccuracy, *r.groupDegeneracyMajorityShare,
                         *r.pairCoupledProbeAccuracy, *r.pairCoupledMajorityShare}) {
            EXPECT_GE(v, 0.0);
            EXPECT_LE(v, 1.0);
        }
        // Both classes occur among held-out pairs of up to 6 groups: no trivial majority.
        EXPECT_LT(*r.pairCoupledMajorityShare, 1.0);
    }
    EXPECT_GE(withGroups, 2); // the stem and at least one encoder layer
    const auto json = nlohmann::json::parse(inspectionJson(found));
    EXPECT_TRUE(json["layers"][0]["probes"].contains("group_degeneracy_accuracy"));
    EXPECT_TRUE(json["layers"][0]["probes"].contains("pair_coupled_majority"));
    EXPECT_FALSE(json["layers"].back()["probes"].contains("pair_coupled_accuracy"));
}

// A peak-list model's tokens are its picked peaks: each group is read at the peak nearest its
// shift, so its first stage ("peak tokens") and encoder layers carry per-group and per-pair probes
// too. The model is trained here for one epoch (the probes need a model, not a good one).
TEST(ModelInspection, APeakListModelReadsEachGroupAtItsNearestPeak) {
    const GeneratedDataset data;
    TrainingConfig c;
    c.recipe = model::Recipe::R025;
    c.size = model::ModelSize::Tiny;
    c.input = model::InputKind::Peaks;
    c.dataPath = data.path.string();
    c.epochs = 1;
    c.threads = 1;
    c.outDir = (fs::temp_directory_path() / "spinhance-inspect-peaks").string();
    fs::remove_all(c.outDir);
    const TrainingSummary trained = train(c, {}, {}, nullptr);
    const auto model = Predictor::load(trained.modelPath);
    InspectionOptions options;
    options.samples = 60;
    const ModelInspection found =
        inspectModels(*model, nullptr, DatasetReader(data.path.string()), options);
    ASSERT_FALSE(found.layers.empty());
    EXPECT_EQ(found.layers.front().layer, "peak tokens");
    for (const LayerReport& r : found.layers) {
        SCOPED_TRACE(r.layer);
        const bool tokenStage = r.layer == "peak tokens" || r.layer.rfind("encoder", 0) == 0;
        EXPECT_EQ(r.groupDegeneracyProbeAccuracy.has_value(), tokenStage);
        if (tokenStage) EXPECT_LT(*r.pairCoupledMajorityShare, 1.0);
    }
    fs::remove_all(c.outDir);
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

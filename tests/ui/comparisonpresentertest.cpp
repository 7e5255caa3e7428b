#include "comparisonpresenter.h"

#include "comparisonpanel.h"
#include "dataset/datasetreader.h"
#include "dataset/datasetwriter.h"
#include "fakeservices.h"
#include "spectrumview.h"

#include <QTemporaryDir>
#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

struct FakeComparisonView : ComparisonView {
    std::vector<std::string> paths;
    std::string dataset;
    bool busy = false;
    TextTable systems, metrics;
    std::size_t overlays = 0;
    std::string error;

    std::vector<std::string> modelPaths() const override { return paths; }
    std::string datasetPath() const override { return dataset; }
    void setBusy(bool b) override { busy = b; }
    void showSystems(const TextTable& t) override { systems = t; }
    void showOverlays(const std::map<int, std::shared_ptr<PredictionResult>>& r) override {
        overlays = r.size();
    }
    void showMetrics(const TextTable& t) override { metrics = t; }
    void showError(const std::string& e) override { error = e; }
};

struct FakeComparisonRunner : ComparisonRunner {
    std::vector<std::pair<int, std::string>> predicted, evaluated;
    void predict(int row, std::shared_ptr<const SpectrumDocument>,
                 const std::string& path) override {
        predicted.push_back({row, path});
    }
    void evaluate(int row, const std::string& path, const std::string&) override {
        evaluated.push_back({row, path});
    }
};

std::shared_ptr<PredictionResult> resultFor(const SpinSystem& system) {
    auto r = std::make_shared<PredictionResult>();
    r->prediction.system = system;
    return r;
}

struct ComparisonPresenterTest : ::testing::Test {
    FakeComparisonView view;
    FakeComparisonRunner runner;
    ComparisonPresenter presenter{view, runner};
};

} // namespace

TEST_F(ComparisonPresenterTest, NeedsASpectrumAndModels) {
    view.paths = {"/m/a.spinmodel"};
    presenter.compare();
    EXPECT_NE(view.error.find("Open a spectrum"), std::string::npos);
    auto doc = std::make_shared<SpectrumDocument>();
    presenter.setDocument(doc);
    view.paths.clear();
    presenter.compare();
    EXPECT_NE(view.error.find("model file"), std::string::npos);
    presenter.evaluate();
    EXPECT_NE(view.error.find("dataset"), std::string::npos);
    EXPECT_TRUE(runner.predicted.empty());
    EXPECT_TRUE(runner.evaluated.empty());
}

TEST_F(ComparisonPresenterTest, SystemsSideBySideOneColumnPerModel) {
    auto doc = std::make_shared<SpectrumDocument>();
    doc->spectrum.fieldMHz = 90.0;
    presenter.setDocument(doc);
    view.paths = {"/m/light-025.spinmodel", "/m/light-030.spinmodel"};
    presenter.compare();
    ASSERT_EQ(runner.predicted.size(), 2u);
    EXPECT_EQ(runner.predicted[1], std::make_pair(1, std::string("/m/light-030.spinmodel")));
    EXPECT_TRUE(view.busy);
    SpinSystem singlet;
    singlet.addGroup(7.26, 1);
    presenter.onPredicted(1, resultFor(singlet));
    presenter.onPredicted(0, resultFor(fakes::ethylSystem()));
    EXPECT_FALSE(view.busy);
    EXPECT_EQ(view.overlays, 2u);
    EXPECT_EQ(view.systems.columns,
              (std::vector<std::string>{"light-025.spinmodel", "light-030.spinmodel"}));
    ASSERT_EQ(view.systems.rows.size(), 3u);
    // Ethyl: q at 4.12 (coupled to a CH3), s at 2.05, t at 1.26 (coupled to a CH2).
    EXPECT_EQ(view.systems.cells[0][0], "4.12 (2H, q)");
    EXPECT_EQ(view.systems.cells[1][0], "2.05 (3H, s)");
    EXPECT_EQ(view.systems.cells[2][0], "1.26 (3H, t)");
    EXPECT_EQ(view.systems.cells[0][1], "7.26 (1H, s)");
    EXPECT_EQ(view.systems.cells[1][1], "");
}

TEST_F(ComparisonPresenterTest, MetricsTableAndFailuresPerModel) {
    view.paths = {"/m/a.spinmodel", "/m/b.spinmodel"};
    view.dataset = "/d/test.h5";
    presenter.evaluate();
    ASSERT_EQ(runner.evaluated.size(), 2u);
    presenter.onFailed(0, "/m/a.spinmodel: recipe 031 is not known");
    EXPECT_EQ(view.error, "/m/a.spinmodel: recipe 031 is not known");
    EXPECT_TRUE(view.busy);
    presenter.onEvaluated(1, {{"shift MAE (ppm)", 0.0471}, {"coupling F1", 0.911}});
    EXPECT_FALSE(view.busy);
    EXPECT_EQ(view.metrics.columns, std::vector<std::string>{"b.spinmodel"});
    EXPECT_EQ(view.metrics.rows, (std::vector<std::string>{"shift MAE (ppm)", "coupling F1"}));
    EXPECT_EQ(view.metrics.cells[0][0], "0.0471");
    EXPECT_EQ(view.metrics.cells[1][0], "0.911");
}

// The real evaluator through the real service, on a dataset generated here (20 spectra, half in the
// test fold) with the checked-in tiny model: one column per model, as many spectra as the test fold
// holds, and every figure in its range.
TEST(ComparisonEvaluation, RealEvaluatorOnAGeneratedDataset) {
    QTemporaryDir temp;
    const std::string dataset = temp.filePath("tiny.h5").toStdString();
    GeneratorOptions options;
    options.maxGroups = 4;
    options.testFraction = 0.5;
    options.validationFraction = 0.0;
    generateDataset(dataset, 20, 7, options);
    const std::size_t testCount = DatasetReader(dataset).indicesOf(Split::Test).size();
    ASSERT_GT(testCount, 0u);

    struct SyncRunner : ComparisonRunner {
        ComparisonPresenter* presenter = nullptr;
        CoreServices services = defaultCoreServices();
        void predict(int, std::shared_ptr<const SpectrumDocument>, const std::string&) override {}
        void evaluate(int row, const std::string& model, const std::string& data) override {
            presenter->onEvaluated(row, services.evaluate(model, data, {}, nullptr));
        }
    } runner;
    FakeComparisonView view;
    ComparisonPresenter presenter(view, runner);
    runner.presenter = &presenter;
    const std::string model = SPINHANCE_TEST_DATA_DIR "/model/tiny-030.spinmodel";
    view.paths = {model, model};
    view.dataset = dataset;
    presenter.evaluate();
    ASSERT_TRUE(view.error.empty()) << view.error;
    ASSERT_EQ(view.metrics.columns.size(), 2u);
    const auto row = [&](const std::string& name) {
        const auto it = std::find(view.metrics.rows.begin(), view.metrics.rows.end(), name);
        EXPECT_NE(it, view.metrics.rows.end()) << name;
        return std::size_t(it - view.metrics.rows.begin());
    };
    EXPECT_EQ(view.metrics.cells[row("spectra")][0], std::to_string(testCount));
    for (const char* name : {"coupling F1", "degeneracy bal. acc.", "group-count accuracy"}) {
        const double value = std::stod(view.metrics.cells[row(name)][0]);
        EXPECT_GE(value, 0.0) << name;
        EXPECT_LE(value, 1.0) << name;
    }
    EXPECT_GE(std::stod(view.metrics.cells[row("shift MAE (ppm)")][0]), 0.0);
    // The same model scores the same: evaluation is deterministic.
    for (std::size_t r = 0; r < view.metrics.rows.size(); ++r)
        EXPECT_EQ(view.metrics.cells[r][0], view.metrics.cells[r][1]) << view.metrics.rows[r];
}

// Issue 16: the comparison plot shows the main view's window, not the whole sweep of a wide
// acquisition (−38…50 ppm), and its intensity axis fits what that window shows: a line five
// times taller at 40 ppm does not flatten the 3 ppm line to a fifth of the plot.
TEST(ComparisonPanel, ThePlotShowsTheMainViewsWindowNotTheWholeSweep) {
    ComparisonPanel panel(fakes::fakeServices());
    auto doc = std::make_shared<SpectrumDocument>();
    doc->spectrum.fieldMHz = 60.0;
    const auto lorentzian = [](double ppm, double centre) {
        const double x = (ppm - centre) / 0.01;
        return 1.0 / (1.0 + x * x);
    };
    for (int i = 0; i <= 8800; ++i) {
        const double ppm = -38.0 + 0.01 * i;
        doc->spectrum.ppm.push_back(ppm);
        doc->spectrum.real.push_back(lorentzian(ppm, 3.0) + 5.0 * lorentzian(ppm, 40.0));
    }
    doc->trace = makeDisplayTrace(doc->spectrum);
    panel.setDocument(doc);
    const auto [lowPpm, highPpm] = panel.plotPpmRange();
    EXPECT_DOUBLE_EQ(lowPpm, SpectrumView::kWindowLowPpm);
    EXPECT_DOUBLE_EQ(highPpm, SpectrumView::kWindowHighPpm);
    const auto [bottom, top] = panel.plotIntensityRange();
    EXPECT_NEAR(top, 0.2, 0.05); // the trace is scaled by the 40 ppm line: the 3 ppm line is 0.2
    EXPECT_LT(bottom, 0.01);
}

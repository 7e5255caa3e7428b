#include "fitpresenter.h"

#include "fakeservices.h"
#include "fitpanel.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

struct FakeFitView : FitView {
    FitSettings fields;
    bool running = false;
    double fraction = -1.0;
    std::string phase, summary, error;

    FitSettings settings() const override { return fields; }
    void setRunning(bool r) override { running = r; }
    void setProgress(double f, const std::string& p) override { fraction = f, phase = p; }
    void showSummary(const std::string& s) override { summary = s; }
    void showError(const std::string& e) override { error = e; }
};

struct FakeFitRunner : FitRunner {
    std::vector<FitJob> started;
    int cancels = 0;
    void start(const FitJob& job) override { started.push_back(job); }
    void cancel() override { ++cancels; }
};

std::shared_ptr<SpectrumDocument> predictedDocument() {
    auto doc = std::make_shared<SpectrumDocument>();
    doc->spectrum.fieldMHz = 90.0;
    doc->system = fakes::ethylSystem();
    doc->prediction = Prediction{doc->system, {}, {}};
    return doc;
}

FitResult resultWithRms(double startRms, double finalRms) {
    FitResult r;
    r.system = fakes::ethylSystem();
    r.startRms = startRms;
    r.finalRms = finalRms;
    r.iterations = 7;
    r.converged = true;
    r.lineModel.linewidthHz = 0.9;
    return r;
}

struct FitPresenterTest : ::testing::Test {
    FakeFitView view;
    FakeFitRunner runner;
    std::vector<std::pair<int, double>> applied; // docId, final rms
    FitPresenter presenter{view, runner, [this](int docId, const FitResult& r) {
                               applied.push_back({docId, r.finalRms});
                           }};
};

} // namespace

TEST_F(FitPresenterTest, RefusesToFitWithoutASystem) {
    presenter.fit(1, std::make_shared<SpectrumDocument>(), 0.0, 12.0);
    EXPECT_TRUE(runner.started.empty());
    EXPECT_NE(view.error.find("Predict"), std::string::npos);
    EXPECT_FALSE(view.running);
}

TEST_F(FitPresenterTest, FitsTheGroupsInTheVisibleWindowWithTheChosenParameters) {
    view.fields.phase = true;
    view.fields.couplings = false;
    view.fields.broadenedStages = false;
    presenter.fit(3, predictedDocument(), 12.0, 0.0); // either order, as QCustomPlot may report it
    ASSERT_EQ(runner.started.size(), 1u);
    const FitJob& job = runner.started.front();
    EXPECT_EQ(job.docId, 3);
    EXPECT_FALSE(job.quick);
    EXPECT_TRUE(job.options.fitPhase);
    EXPECT_FALSE(job.options.fitCouplings);
    EXPECT_TRUE(job.options.fitShifts);
    EXPECT_TRUE(job.options.broadeningScheduleHz.empty());
    // Each multiplet spans Σ n·J/2 either side plus 10 Hz of line: the CH3 triplet at 1.26
    // (partner CH2, 2 H: 7.1 Hz) to the CH2 quartet at 4.12 (partner CH3, 3 H: 10.65 Hz), at 90
    // MHz.
    EXPECT_NEAR(job.lowPpm, 1.26 - (7.1 + 10.0) / 90.0, 1e-12);
    EXPECT_NEAR(job.highPpm, 4.12 + (10.65 + 10.0) / 90.0, 1e-12);
    EXPECT_TRUE(view.running);
    EXPECT_TRUE(presenter.isRunning());
}

TEST_F(FitPresenterTest, VisibleWindowLimitsTheRegionAndAnEmptyOneIsRefused) {
    presenter.fit(1, predictedDocument(), 1.8, 2.3);
    ASSERT_EQ(runner.started.size(), 1u);
    EXPECT_NEAR(runner.started[0].lowPpm, 2.05 - 10.0 / 90.0, 1e-12); // the singlet alone
    EXPECT_NEAR(runner.started[0].highPpm, 2.05 + 10.0 / 90.0, 1e-12);
    presenter.fit(1, predictedDocument(), 6.0, 8.0);
    EXPECT_EQ(runner.started.size(), 1u);
    EXPECT_NE(view.error.find("visible window"), std::string::npos);
}

TEST_F(FitPresenterTest, QuickRefitIsLocalAndShort) {
    presenter.refitGroup(2, predictedDocument(), 0);
    ASSERT_EQ(runner.started.size(), 1u);
    const FitJob& job = runner.started.front();
    EXPECT_TRUE(job.quick);
    EXPECT_EQ(job.options.broadeningScheduleHz, (std::vector<double>{4.0, 1.5}));
    EXPECT_EQ(job.options.maxIterationsPerStage, 20);
    EXPECT_NEAR(job.lowPpm, 4.12 - 20.65 / 90.0, 1e-12);
    EXPECT_NEAR(job.highPpm, 4.12 + 20.65 / 90.0, 1e-12);
    presenter.refitGroup(2, predictedDocument(), 7); // no such group: nothing happens
    EXPECT_EQ(runner.started.size(), 1u);
}

TEST_F(FitPresenterTest, ANewerJobCancelsTheOlderAndOnlyItsAnswerCounts) {
    presenter.fit(1, predictedDocument(), 0.0, 12.0);
    presenter.refitGroup(1, predictedDocument(), 1);
    ASSERT_EQ(runner.started.size(), 2u);
    EXPECT_EQ(runner.cancels, 1);
    const int oldId = runner.started[0].jobId, newId = runner.started[1].jobId;
    EXPECT_NE(oldId, newId);
    presenter.onFailed(oldId, "cancelled", true); // the old job's cancellation arrives late
    EXPECT_TRUE(presenter.isRunning());
    presenter.onProgress(newId, {5, 20, "stage 1"});
    EXPECT_DOUBLE_EQ(view.fraction, 0.25);
    presenter.onFinished(oldId, resultWithRms(1.0, 0.5));
    EXPECT_TRUE(applied.empty());
    presenter.onFinished(newId, resultWithRms(1.0, 0.1));
    ASSERT_EQ(applied.size(), 1u);
    EXPECT_EQ(applied[0], std::make_pair(1, 0.1));
    EXPECT_FALSE(view.running);
    EXPECT_EQ(view.summary, "rms 1 → 0.1 · 7 iterations · linewidth 0.90 Hz · converged");
}

TEST_F(FitPresenterTest, CancelAndFailureAreReportedDifferently) {
    presenter.fit(1, predictedDocument(), 0.0, 12.0);
    presenter.cancel();
    EXPECT_EQ(runner.cancels, 1);
    presenter.onFailed(runner.started.back().jobId, "Cancelled", true);
    EXPECT_FALSE(presenter.isRunning());
    EXPECT_TRUE(view.error.empty());
    EXPECT_NE(view.summary.find("cancelled"), std::string::npos);
    presenter.fit(1, predictedDocument(), 0.0, 12.0);
    presenter.onFailed(runner.started.back().jobId, "region 4.0–4.1 ppm: too few points", false);
    EXPECT_EQ(view.error, "region 4.0–4.1 ppm: too few points");
    presenter.cancel(); // nothing running: no runner call
    EXPECT_EQ(runner.cancels, 1);
}

// The real worker thread: a fit that only stops when cancelled, cancelled from the GUI thread.
TEST(FitPanel, RunsOnAWorkerThreadAndCancels) {
    CoreServices services = fakes::fakeServices();
    std::atomic<bool> started{false};
    services.fitSpectrum = [&started](const Spectrum&, double, double, const SpinSystem&,
                                      const LineModel&, const FitOptions&,
                                      const ProgressCallback& progress,
                                      CancelFlag* cancel) -> FitResult {
        started = true;
        for (long long i = 0;; ++i) {
            throwIfCancelled(cancel);
            progress({i % 10, 10, "stage 1"});
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    };
    FitPanel panel(services);
    auto doc = predictedDocument();
    doc->spectrum = fakes::fakeSpectrum(SPINHANCE_SOURCE_DIR "/README.md");
    QSignalSpy progressed(&panel, &FitPanel::progressChanged);
    panel.presenter().fit(1, doc, 0.0, 12.0);
    EXPECT_TRUE(panel.isRunning());
    ASSERT_TRUE(progressed.wait(5000));
    EXPECT_TRUE(started);
    panel.presenter().cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isRunning(), 5000);
    EXPECT_TRUE(panel.summaryText().contains("cancelled"));
}

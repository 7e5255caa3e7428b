#include "trainingpresenter.h"

#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

struct FakeView : TrainingView {
    TrainingRequest fields;
    bool running = false, resumeAvailable = false;
    double fraction = -1.0;
    std::string phase, message, error;
    std::vector<EpochPoint> epochs;
    int clears = 0;

    TrainingRequest request() const override { return fields; }
    void setRunning(bool r) override { running = r; }
    void setResumeAvailable(bool a) override { resumeAvailable = a; }
    void setProgress(double f, const std::string& p) override { fraction = f, phase = p; }
    void clearEpochs() override { ++clears, epochs.clear(); }
    void addEpoch(const EpochPoint& point) override { epochs.push_back(point); }
    void showMessage(const std::string& m) override { message = m; }
    void showError(const std::string& e) override { error = e; }
};

struct FakeRunner : TrainingRunner {
    std::vector<TrainingRequest> started;
    int cancels = 0;
    void start(const TrainingRequest& request) override { started.push_back(request); }
    void cancel() override { ++cancels; }
};

TrainingRequest validRequest() {
    TrainingRequest r;
    r.generateCount = 100;
    r.epochs = 3;
    r.outputDir = "/tmp/run";
    return r;
}

struct Fixture : ::testing::Test {
    FakeView view;
    FakeRunner runner;
    bool checkpoint = false;
    TrainingPresenter presenter{view, runner, [this](const std::string&) { return checkpoint; }};
};

} // namespace

TEST(TrainingPresenterValidate, NamesTheFieldToFix) {
    EXPECT_EQ(TrainingPresenter::validate(validRequest()), "");
    TrainingRequest r = validRequest();
    r.epochs = 0;
    EXPECT_EQ(TrainingPresenter::validate(r), "epochs: expected at least 1, found 0");
    r = validRequest();
    r.generateCount = 0;
    EXPECT_NE(TrainingPresenter::validate(r).find("data:"), std::string::npos);
    r.dataPath = "train.h5";
    EXPECT_EQ(TrainingPresenter::validate(r), "");
}

TEST_F(Fixture, InvalidRequestShowsErrorAndStartsNothing) {
    view.fields = validRequest();
    view.fields.epochs = 0;
    presenter.start();
    EXPECT_TRUE(runner.started.empty());
    EXPECT_FALSE(view.running);
    EXPECT_NE(view.error.find("epochs"), std::string::npos);
}

TEST_F(Fixture, StartRunsAndForwardsProgressAndEpochs) {
    view.fields = validRequest();
    presenter.start();
    ASSERT_EQ(runner.started.size(), 1u);
    EXPECT_FALSE(runner.started[0].resume);
    EXPECT_TRUE(view.running);
    EXPECT_TRUE(presenter.isRunning());
    presenter.start(); // a second click while running does nothing
    EXPECT_EQ(runner.started.size(), 1u);
    presenter.onProgress({25, 100, "training"});
    EXPECT_DOUBLE_EQ(view.fraction, 0.25);
    EXPECT_EQ(view.phase, "training");
    presenter.onEpoch({1, 0.5, 0.6, 0.04});
    ASSERT_EQ(view.epochs.size(), 1u);
    EXPECT_DOUBLE_EQ(view.epochs[0].validationLoss, 0.6);
    checkpoint = true;
    presenter.onFinished();
    EXPECT_FALSE(view.running);
    EXPECT_DOUBLE_EQ(view.fraction, 1.0);
    EXPECT_TRUE(view.resumeAvailable);
}

TEST_F(Fixture, CancelStopsAndOffersResumeFromCheckpoint) {
    view.fields = validRequest();
    presenter.start();
    presenter.cancel();
    EXPECT_EQ(runner.cancels, 1);
    checkpoint = true;
    presenter.onFailed("operation cancelled by the user", true);
    EXPECT_FALSE(view.running);
    EXPECT_TRUE(view.error.empty());
    EXPECT_NE(view.message.find("cancelled"), std::string::npos);
    EXPECT_TRUE(view.resumeAvailable);
    presenter.onEpoch({1, 1.0, 1.0, 0.1});
    presenter.resume();
    ASSERT_EQ(runner.started.size(), 2u);
    EXPECT_TRUE(runner.started[1].resume);
    EXPECT_EQ(view.epochs.size(), 1u); // resuming keeps the curve so far
}

TEST_F(Fixture, ResumeWithoutCheckpointIsRefused) {
    view.fields = validRequest();
    presenter.resume();
    EXPECT_TRUE(runner.started.empty());
    EXPECT_NE(view.error.find("no checkpoint"), std::string::npos);
}

TEST_F(Fixture, FailureShowsTheCoreMessage) {
    view.fields = validRequest();
    presenter.start();
    presenter.onFailed("train.h5, /spectra: expected 16384 columns, found 8192", false);
    EXPECT_EQ(view.error, "train.h5, /spectra: expected 16384 columns, found 8192");
    EXPECT_FALSE(presenter.isRunning());
}

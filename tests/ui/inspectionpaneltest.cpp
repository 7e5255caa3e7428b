// Inspect models: the inspection runs off the GUI thread with progress, its stage × stage CKA
// lands cell for cell in the heat map (model A stage = row, model B stage = column) and its
// probes as one curve per probe; cancel ends a run with a message and leaves the panel usable.
// The core inspection is a fake here (tests/inspect checks the real one).
#include "inspectionpanel.h"

#include "fakeservices.h"

#include <QSignalSpy>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

inspect::ModelInspection twoByThree() {
    inspect::ModelInspection found;
    for (const char* name : {"stem", "encoder 1"}) {
        inspect::LayerReport r;
        r.layer = name;
        r.groupCountProbeAccuracy = 0.4;
        r.meanShiftProbeR2 = 0.7;
        r.coupledShareProbeR2 = 0.2;
        if (std::string(name) == "stem") { // per-group probes: only where a stage has them
            r.groupDegeneracyProbeAccuracy = 0.6;
            r.pairCoupledProbeAccuracy = 0.75;
        }
        found.layers.push_back(r);
    }
    inspect::SimilarityMatrix m;
    m.rows = {"stem", "encoder 1"};
    m.columns = {"stem", "encoder 1", "nodes"};
    m.linearCka = {0.9, 0.5, 0.1, 0.4, 0.8, 0.3};
    m.rbfCka = m.svcca = m.linearCka;
    found.similarity = m;
    return found;
}

TEST(InspectionPanel, HeatMapAndProbesShowTheInspectionComputedOffTheGuiThread) {
    CoreServices services = fakes::fakeServices();
    std::thread::id workerThread;
    inspect::InspectionOptions seen;
    services.inspectModels = [&](const std::string& a, const std::string& b,
                                 const std::string& data, const inspect::InspectionOptions& options,
                                 const ProgressCallback& progress, const CancelFlag*) {
        workerThread = std::this_thread::get_id();
        seen = options;
        EXPECT_EQ(a, "/m/a.spinmodel");
        EXPECT_EQ(b, "/m/b.spinmodel");
        EXPECT_EQ(data, "/d/test.h5");
        if (progress) progress({1, 2, "layer activations"});
        return twoByThree();
    };
    InspectionPanel panel(services);
    panel.setModels("/m/a.spinmodel", "/m/b.spinmodel");
    panel.setDatasetPath("/d/test.h5");
    panel.setSamples(120);
    QSignalSpy ready(&panel, &InspectionPanel::inspectionReady);
    panel.inspect();
    EXPECT_TRUE(panel.isRunning());
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_FALSE(panel.isRunning());
    EXPECT_NE(workerThread, std::this_thread::get_id());
    EXPECT_EQ(seen.samples, 120u);
    ASSERT_EQ(panel.heatMapRows(), 2);
    ASSERT_EQ(panel.heatMapColumns(), 3);
    EXPECT_DOUBLE_EQ(panel.heatMapValue(0, 0), 0.9);
    EXPECT_DOUBLE_EQ(panel.heatMapValue(0, 2), 0.1);
    EXPECT_DOUBLE_EQ(panel.heatMapValue(1, 1), 0.8);
    EXPECT_DOUBLE_EQ(panel.heatMapValue(1, 2), 0.3);
    EXPECT_EQ(panel.probeCurveCount(), 5);
    EXPECT_EQ(panel.probePointCount(), 2);
    EXPECT_EQ(panel.probePointCount(3), 1); // group degeneracy: the stem only
    EXPECT_EQ(panel.probePointCount(4), 1); // pair coupled
    EXPECT_TRUE(panel.status().contains("2 stages of model A"));
    if (const QString dir = qEnvironmentVariable("SPINHANCE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        panel.resize(1100, 700);
        panel.grab().save(dir + "/inspection-panel.png");
    }
}

TEST(InspectionPanel, CancelEndsTheRunWithAMessage) {
    CoreServices services = fakes::fakeServices();
    std::atomic<bool> started{false};
    services.inspectModels = [&](const std::string&, const std::string&, const std::string&,
                                 const inspect::InspectionOptions&, const ProgressCallback&,
                                 const CancelFlag* cancel) {
        started = true;
        for (int k = 0; k < 1000; ++k) { // 10 s at most
            throwIfCancelled(cancel);
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        return twoByThree();
    };
    InspectionPanel panel(services);
    panel.setModels("/m/a.spinmodel", "");
    panel.setDatasetPath("/d/test.h5");
    QSignalSpy failed(&panel, &InspectionPanel::failed);
    panel.inspect();
    for (int k = 0; k < 500 && !started; ++k)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    panel.cancel();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.status().contains("cancelled"));
}

TEST(InspectionPanel, MissingModelOrDatasetSaysWhatIsNeeded) {
    InspectionPanel panel(fakes::fakeServices());
    QSignalSpy failed(&panel, &InspectionPanel::failed);
    panel.inspect();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_FALSE(panel.isRunning());
    EXPECT_TRUE(panel.status().contains("Model A and a dataset"));
}

} // namespace

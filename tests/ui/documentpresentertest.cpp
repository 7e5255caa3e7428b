// The main window's document rules without a window: which document shows after a close, which
// worker results are stale, what a reprocessed spectrum replaces, when an analysis may replace
// the system. Documents are made by hand; no Qt, no worker.
#include "documentpresenter.h"

#include <gtest/gtest.h>

namespace spinhance::ui {
namespace {

std::shared_ptr<SpectrumDocument> makeDocument(int id, const std::string& title) {
    auto doc = std::make_shared<SpectrumDocument>();
    doc->id = id;
    doc->spectrum.title = title;
    doc->spectrum.ppm = {3.0, 2.0, 1.0};
    doc->spectrum.real = {0.5, 2.0, 1.0};
    doc->trace = makeDisplayTrace(doc->spectrum);
    return doc;
}

SpinSystem ethylGroups() {
    SpinSystem s;
    s.addGroup(3.65, 2);
    s.addGroup(1.20, 3);
    s.setCouplingHz(0, 1, 7.0);
    return s;
}

int openDocument(DocumentPresenter& docs, const std::string& title) {
    const int id = docs.newRequestId();
    docs.addOpened(id, makeDocument(id, title));
    return id;
}

// A document with a result (prediction) and one edit by hand after it.
SpectrumDocument& predictedAndEdited(DocumentPresenter& docs, int id) {
    PredictionResult result;
    result.prediction.system = ethylGroups();
    docs.applyPrediction(id, result);
    SpectrumDocument& doc = *docs.find(id);
    doc.system.group(0).shiftPpm = 3.70;
    DocumentPresenter::recordHandEdit(doc);
    return doc;
}

TEST(DocumentPresenter, ClosingShowsTheNeighbourInOpenOrder) {
    DocumentPresenter docs;
    const int a = openDocument(docs, "a"), b = openDocument(docs, "b");
    const int c = openDocument(docs, "c");
    EXPECT_TRUE(a < b && b < c);
    EXPECT_EQ(docs.currentId(), c); // the newest opened is shown
    docs.setCurrent(b);
    EXPECT_EQ(docs.close(b), c); // the one now at its place
    EXPECT_EQ(docs.order(), (std::vector<int>{a, c}));
    EXPECT_EQ(docs.close(c), a); // at the end: the new last one
    EXPECT_EQ(docs.close(a), -1);
    EXPECT_EQ(docs.current(), nullptr);
    EXPECT_EQ(docs.count(), 0);
}

TEST(DocumentPresenter, ClosingAnotherDocumentKeepsTheCurrentOne) {
    DocumentPresenter docs;
    const int a = openDocument(docs, "a"), b = openDocument(docs, "b");
    EXPECT_EQ(docs.close(a), b);
    EXPECT_EQ(docs.currentId(), b);
}

TEST(DocumentPresenter, OnlyTheNewestOverlayIsDrawn) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    const int older = docs.nextResimulation(), newer = docs.nextResimulation();
    Overlay late;
    late.total = {1.0};
    EXPECT_EQ(docs.acceptOverlay(id, older, late), nullptr); // a slow old result arrives last
    EXPECT_FALSE(docs.find(id)->overlay.has_value());
    ASSERT_NE(docs.acceptOverlay(id, newer, late), nullptr);
    EXPECT_EQ(docs.find(id)->overlay->total, std::vector<double>{1.0});
}

TEST(DocumentPresenter, ResultsForAClosedDocumentAreDropped) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    const int generation = docs.nextResimulation();
    docs.analysisStarted(id);
    docs.close(id);
    EXPECT_EQ(docs.acceptOverlay(id, generation, Overlay{}), nullptr);
    EXPECT_EQ(docs.applyPrediction(id, PredictionResult{}), nullptr);
    EXPECT_EQ(docs.acceptAnalysis(id, SynthesisOutcome{}), AnalysisOutcome::DocumentGone);
    EXPECT_EQ(docs.acceptFit(id, FitResult{}), nullptr);
}

TEST(DocumentPresenter, ReprocessingReplacesTheDocumentAndKeepsTheOldOneForWorkers) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    SpectrumDocument& edited = predictedAndEdited(docs, id);
    edited.fitCurves = FitCurves{};
    const std::shared_ptr<SpectrumDocument> beforeShared = docs.shared(id);
    const int first = docs.nextReprocess(id), second = docs.nextReprocess(id);
    SpectrumDocument processed = *makeDocument(id, "a");
    processed.spectrum.real = {4.0, 1.0, 0.0};
    processed.trace = makeDisplayTrace(processed.spectrum);
    processed.processing.lineBroadeningHz = 0.7;
    EXPECT_EQ(docs.acceptReprocessed(id, first, processed), nullptr); // superseded
    SpectrumDocument* fresh = docs.acceptReprocessed(id, second, processed);
    ASSERT_NE(fresh, nullptr);
    EXPECT_NE(fresh, beforeShared.get()); // a worker reading the old one is not disturbed
    EXPECT_EQ(beforeShared->spectrum.real, (std::vector<double>{0.5, 2.0, 1.0}));
    EXPECT_EQ(fresh->spectrum.real, processed.spectrum.real);
    EXPECT_DOUBLE_EQ(fresh->processing.lineBroadeningHz, 0.7);
    // The edited system stays; what belonged to the old intensities goes.
    EXPECT_DOUBLE_EQ(fresh->system.group(0).shiftPpm, 3.70);
    EXPECT_FALSE(fresh->fitCurves.has_value());
    EXPECT_FALSE(fresh->overlay.has_value());
}

TEST(DocumentPresenter, AnAnalysisNeverOverwritesEditsMadeWhileItRan) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    SpectrumDocument& doc = predictedAndEdited(docs, id);
    docs.analysisStarted(id);
    doc.system.group(1).shiftPpm = 1.25; // edited while the analysis runs
    DocumentPresenter::recordHandEdit(doc);
    SynthesisOutcome outcome;
    outcome.result.system = ethylGroups();
    outcome.result.system.group(0).shiftPpm = 3.61;
    EXPECT_EQ(docs.acceptAnalysis(id, outcome), AnalysisOutcome::HandEditsKept);
    EXPECT_DOUBLE_EQ(doc.system.group(0).shiftPpm, 3.70); // the hand edits stay
    EXPECT_DOUBLE_EQ(doc.system.group(1).shiftPpm, 1.25);
    ASSERT_TRUE(doc.analysis.has_value()); // the answer is kept for the exports
    EXPECT_DOUBLE_EQ(doc.analysis->system.group(0).shiftPpm, 3.61);
}

TEST(DocumentPresenter, AnAnalysisReplacesTheSystemWhenNothingWasEditedMeanwhile) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    SpectrumDocument& doc = predictedAndEdited(docs, id);
    EXPECT_TRUE(DocumentPresenter::hasUnappliedHandEdits(doc)); // re-predict must ask
    docs.analysisStarted(id);
    SynthesisOutcome outcome;
    outcome.result.system = ethylGroups();
    outcome.result.system.group(0).shiftPpm = 3.61;
    outcome.result.groupConfidence = {0.9, 0.8};
    outcome.result.fit.shiftErrorPpm = {0.001, 0.002};
    EXPECT_EQ(docs.acceptAnalysis(id, outcome), AnalysisOutcome::Applied);
    EXPECT_DOUBLE_EQ(doc.system.group(0).shiftPpm, 3.61);
    EXPECT_EQ(doc.prediction->groupConfidence, (std::vector<double>{0.9, 0.8}));
    EXPECT_EQ(doc.shiftErrorPpm, (std::vector<double>{0.001, 0.002}));
    EXPECT_FALSE(DocumentPresenter::hasUnappliedHandEdits(doc));

    docs.analysisStarted(id);
    EXPECT_EQ(docs.acceptAnalysis(id, SynthesisOutcome{}), AnalysisOutcome::NoAnswer);
    EXPECT_DOUBLE_EQ(doc.system.group(0).shiftPpm, 3.61); // no answer replaces nothing
    EXPECT_TRUE(doc.prediction->groupConfidence.empty()); // but vouches for nothing either
}

TEST(DocumentPresenter, AFitOfAnOlderSystemSizeIsIgnored) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    SpectrumDocument& doc = predictedAndEdited(docs, id);
    FitResult oneGroup;
    oneGroup.system.addGroup(3.66, 2);
    EXPECT_EQ(docs.acceptFit(id, oneGroup), nullptr); // a group was added or deleted meanwhile
    EXPECT_DOUBLE_EQ(doc.system.group(0).shiftPpm, 3.70);

    FitResult fit;
    fit.system = ethylGroups();
    fit.system.group(0).shiftPpm = 3.66;
    fit.shiftErrorPpm = {0.0004, 0.0003};
    fit.measured = {1.0, 2.0};
    fit.fitted = {1.0, 1.5};
    ASSERT_EQ(docs.acceptFit(id, fit), &doc);
    EXPECT_DOUBLE_EQ(doc.system.group(0).shiftPpm, 3.66);
    EXPECT_EQ(doc.shiftErrorPpm, fit.shiftErrorPpm);
    ASSERT_TRUE(doc.fitCurves.has_value());
    // Scaled like the display trace: by the spectrum's largest |intensity| (2.0).
    EXPECT_DOUBLE_EQ(doc.fitCurves->residual[1], 0.25);
}

TEST(DocumentPresenter, AStatedSystemShowsNoConfidenceAndCountsAsAHandEdit) {
    DocumentPresenter docs;
    const int id = openDocument(docs, "a");
    SpectrumDocument& doc = *docs.find(id);
    doc.fitCurves = FitCurves{};
    DocumentPresenter::replaceSystem(doc, ethylGroups());
    EXPECT_EQ(doc.system.size(), 2u);
    EXPECT_TRUE(doc.prediction->groupConfidence.empty());
    EXPECT_EQ(doc.handEdits, 1);
    EXPECT_FALSE(doc.fitCurves.has_value());
}

} // namespace
} // namespace spinhance::ui

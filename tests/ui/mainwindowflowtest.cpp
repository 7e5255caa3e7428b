#include "aboutdialog.h"
#include "appsettings.h"
#include "fakeservices.h"
#include "fitpanel.h"
#include "grouptablemodel.h"
#include "mainwindow.h"
#include "multiplettablemodel.h"
#include "peaktablemodel.h"
#include "qcustomplotinclude.h"
#include "spectrumview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cmath>
#include <gtest/gtest.h>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

// Any file that exists: the fake reader (fakeservices.h) renders its own ethyl spectrum for it.
const QString kSpectrumFile = QStringLiteral(SPINHANCE_TEST_DATA_DIR) + "/spectra/jcamp-difdup.dx";

// Distinct colours in a sample of pixels: a blank or single-colour image has one.
int distinctColours(const QImage& image) {
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

void saveScreenshot(const QImage& image, const QString& name) {
    const QString dir = qEnvironmentVariable("SPINHANCE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) image.save(dir + "/" + name);
}

struct MainWindowFlow : ::testing::Test {
    void SetUp() override {
        ASSERT_TRUE(QFile::exists(kSpectrumFile));
        ASSERT_TRUE(temp.isValid());
        modelPath = temp.filePath("tiny.pt");
        QFile model(modelPath);
        ASSERT_TRUE(model.open(QIODevice::WriteOnly));
        model.write("fake model");
        window = std::make_unique<MainWindow>(fakes::fakeServices());
        window->resize(1280, 800);
        window->setModelPath(modelPath);
        window->show();
    }
    void openAndWaitForOverlay() {
        QSignalSpy ready(window.get(), &MainWindow::overlayReady);
        window->openFiles({kSpectrumFile});
        ASSERT_TRUE(ready.wait(10000)) << window->lastError().toStdString();
    }

    QTemporaryDir temp;
    QString modelPath;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(MainWindowFlow, OpenPredictsAndDrawsOneMultipletPerGroup) {
    openAndWaitForOverlay();
    ASSERT_EQ(window->documentCount(), 1);
    const SpectrumDocument* doc = window->currentDocument();
    ASSERT_NE(doc, nullptr);
    EXPECT_EQ(doc->spectrum.origin.path, kSpectrumFile.toStdString());
    ASSERT_EQ(doc->system.size(), 3u);
    EXPECT_EQ(window->spectrumView()->measuredGraphCount(), 1);
    EXPECT_EQ(window->spectrumView()->overlayGraphCount(), 3 + 1); // groups + total
    EXPECT_EQ(window->groupModel()->rowCount(), 3);
    EXPECT_EQ(window->couplingModel()->rowCount(), 3);
    // The peak table shows the current spectrum's peak list (what the CSV export writes; the
    // list itself is tested against closed forms in tests/analysis), highest ppm first.
    const std::vector<analysis::ListedPeak>& peaks = window->peakModel()->peaks();
    const std::vector<analysis::ListedPeak> listed = analysis::peakList(doc->spectrum);
    ASSERT_FALSE(peaks.empty());
    ASSERT_EQ(peaks.size(), listed.size());
    EXPECT_DOUBLE_EQ(peaks.front().ppm, listed.front().ppm);
    EXPECT_GT(peaks.front().ppm, peaks.back().ppm);
    // The fake opens ethyl acetate at 90 MHz (J 7.1 Hz): its quartet's four lines 7.1 Hz apart.
    std::vector<double> quartetHz;
    for (const analysis::ListedPeak& p : peaks)
        if (p.ppm > 3.95 && p.ppm < 4.30) quartetHz.push_back(p.hz);
    ASSERT_EQ(quartetHz.size(), 4u);
    for (std::size_t k = 1; k < quartetHz.size(); ++k)
        EXPECT_NEAR(quartetHz[k - 1] - quartetHz[k], 7.1, 0.05);
    EXPECT_EQ(window->peakModel()->data(window->peakModel()->index(0, PeakTableModel::Shift),
                                        Qt::DisplayRole),
              QString::number(listed.front().ppm, 'f', 4));
    EXPECT_EQ(window->peakModel()->rowCount(), int(peaks.size()));
    EXPECT_EQ(window->journalString(),
              "¹H NMR (90 MHz, CDCl₃) δ 4.12 (q, J = 7.1 Hz, 2H), 2.05 (s, 3H), "
              "1.26 (t, J = 7.1 Hz, 3H)");
    window->selectGroup(2);
    EXPECT_EQ(window->spectrumView()->highlightedGroup(), 2);
    QApplication::processEvents();
    const QImage grab = window->grab().toImage();
    EXPECT_GT(distinctColours(grab), 20);
    saveScreenshot(grab, "mainwindow-predicted.png");
}

TEST_F(MainWindowFlow, TheAnalysisBySynthesisReplacesThePredictionWithItsConfidences) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    const SpectrumDocument* doc = window->currentDocument();
    ASSERT_TRUE(doc->analysis.has_value());
    ASSERT_EQ(doc->system.size(), 3u);
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 2.06);
    GroupTableModel* model = window->groupModel();
    EXPECT_EQ(model->data(model->index(1, GroupTableModel::Confidence), Qt::DisplayRole).toString(),
              QString("0.80"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains("Analysis: 3 groups"))
        << window->statusBar()->currentMessage().toStdString();
    // Its integral regions are drawn and its multiplet table exports (issue 16).
    EXPECT_EQ(window->spectrumView()->integralCount(), 2);
    const QString csv = temp.filePath("multiplets.csv");
    ASSERT_TRUE(window->exportMultiplets(csv));
    QFile file(csv);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split('\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines[1], "4.0500,4.2000,4.1200,q,4,21.30,2.00,2,7.10");
    EXPECT_FALSE(window->exportMultiplets(temp.filePath("missing/m.csv")));
}

// Issue 13: the molecule's proton count, typed as a number or a formula, reaches the analysis,
// which runs again under it; a bad entry is refused with its reason and changes nothing.
TEST_F(MainWindowFlow, TheMoleculesProtonCountReachesTheAnalysis) {
    auto given = std::make_shared<std::atomic<int>>(-1);
    CoreServices services = fakes::fakeServices();
    services.analyzeSpectrum =
        [given](const Spectrum& spectrum, const analysis::AnalysisOptions& options,
                Predictor* predictor, const ProgressCallback& progress, const CancelFlag* cancel) {
            *given = options.totalProtons;
            return fakes::fakeAnalysis(spectrum, options, predictor, progress, cancel);
        };
    window = std::make_unique<MainWindow>(services);
    window->setModelPath(modelPath);
    QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(finished.wait(10000)) << window->lastError().toStdString();
    EXPECT_EQ(given->load(), 0); // nothing given: unknown
    ASSERT_TRUE(window->setMoleculeProtons(QStringLiteral(" C13H18O2 ")));
    ASSERT_TRUE(finished.wait(10000)) << window->lastError().toStdString();
    EXPECT_EQ(given->load(), 18);
    EXPECT_EQ(window->currentDocument()->moleculeProtons, 18);
    EXPECT_FALSE(window->setMoleculeProtons(QStringLiteral("C13X")));
    EXPECT_TRUE(window->lastError().contains("C13X")) << window->lastError().toStdString();
    EXPECT_FALSE(window->setMoleculeProtons(QStringLiteral("-4")));
    EXPECT_EQ(window->currentDocument()->moleculeProtons, 18);
    ASSERT_TRUE(window->setMoleculeProtons(QStringLiteral("12")));
    ASSERT_TRUE(finished.wait(10000)) << window->lastError().toStdString();
    EXPECT_EQ(given->load(), 12);
}

// Issue 13: a runner-up can be picked, groups added and deleted by hand; each re-simulates.
TEST_F(MainWindowFlow, RunnerUpsCanBePickedAndGroupsAddedAndDeleted) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    ASSERT_EQ(window->runnerUpCount(), 1);
    QSignalSpy ready(window.get(), &MainWindow::overlayReady);
    ASSERT_TRUE(window->useRunnerUp(0));
    ASSERT_TRUE(ready.wait(10000));
    const SpectrumDocument* doc = window->currentDocument();
    EXPECT_EQ(doc->system.couplingHz(0, 2), 0.0); // the runner-up's system, not the answer's
    EXPECT_TRUE(window->statusBar()->currentMessage().contains("42.0"));
    EXPECT_FALSE(window->useRunnerUp(1));

    ASSERT_TRUE(window->addGroup(7.26, 5));
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_EQ(doc->system.size(), 4u);
    EXPECT_EQ(window->groupModel()->rowCount(), 4);
    const auto& added = doc->overlay->groups.back(); // its curve peaks at the new shift
    const auto peak = std::max_element(added.begin(), added.end()) - added.begin();
    const PpmGrid& grid = doc->overlay->grid;
    EXPECT_NEAR(grid.ppmAt(std::size_t(peak)), 7.26, 2 * grid.stepPpm());
    EXPECT_FALSE(window->addGroup(40.0, 1));
    EXPECT_FALSE(window->addGroup(2.0, 0));

    ASSERT_TRUE(window->deleteGroup(1));
    ASSERT_TRUE(ready.wait(10000));
    ASSERT_EQ(doc->system.size(), 3u);
    EXPECT_EQ(doc->overlay->groups.size(), 3u);
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 1.26);
    EXPECT_FALSE(window->deleteGroup(7));
}

// Issue 16: every change of the spin system can be undone and redone, per document.
TEST_F(MainWindowFlow, EditsCanBeUndoneAndRedone) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    const SpectrumDocument* doc = window->currentDocument();
    GroupTableModel* model = window->groupModel();
    ASSERT_TRUE(model->setData(model->index(1, GroupTableModel::Shift), 3.00, Qt::EditRole));
    ASSERT_TRUE(window->addGroup(7.26, 1));
    ASSERT_EQ(doc->system.size(), 4u);

    QSignalSpy ready(window.get(), &MainWindow::overlayReady);
    ASSERT_TRUE(window->undo()); // the added group goes
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(doc->system.size(), 3u);
    EXPECT_EQ(doc->overlay->groups.size(), 3u);
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 3.00);
    ASSERT_TRUE(window->undo()); // the shift returns to the analysis's answer
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 2.06);
    EXPECT_EQ(model->data(model->index(1, GroupTableModel::Shift), Qt::DisplayRole).toDouble(),
              2.06);
    ASSERT_TRUE(window->undo()); // the analysis's answer gives way to the model's prediction
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 2.05);
    EXPECT_FALSE(window->undo()); // the first system has nothing before it

    ASSERT_TRUE(window->redo());
    ASSERT_TRUE(window->redo());
    ASSERT_TRUE(window->redo());
    EXPECT_EQ(doc->system.size(), 4u);
    EXPECT_DOUBLE_EQ(doc->system.group(1).shiftPpm, 3.00);
    EXPECT_FALSE(window->redo());
}

// Issue 16: a J typed into the matrix, a proton count typed into the table and a deleted group
// are each one undo step, undone in reverse order, and the matrix follows the table.
TEST_F(MainWindowFlow, CouplingProtonCountAndDeletionAreUndoSteps) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    const SpectrumDocument* doc = window->currentDocument();
    const double ethylJHz = doc->system.couplingHz(0, 2);
    CouplingMatrixModel* matrix = window->couplingModel();
    ASSERT_TRUE(matrix->setData(matrix->index(0, 2), -3.5, Qt::EditRole));
    EXPECT_DOUBLE_EQ(doc->system.couplingHz(2, 0), -3.5); // J_ij and J_ji together
    GroupTableModel* table = window->groupModel();
    ASSERT_TRUE(table->setData(table->index(1, GroupTableModel::Protons), 2, Qt::EditRole));
    EXPECT_EQ(doc->system.group(1).protonCount, 2);
    ASSERT_TRUE(window->deleteGroup(1));
    ASSERT_EQ(doc->system.size(), 2u);
    EXPECT_EQ(matrix->rowCount(), 2);

    ASSERT_TRUE(window->undo()); // the deleted group returns with its edited count
    ASSERT_EQ(doc->system.size(), 3u);
    EXPECT_EQ(matrix->rowCount(), 3);
    EXPECT_EQ(doc->system.group(1).protonCount, 2);
    ASSERT_TRUE(window->undo()); // the count returns
    EXPECT_EQ(doc->system.group(1).protonCount, 3);
    EXPECT_DOUBLE_EQ(doc->system.couplingHz(0, 2), -3.5);
    ASSERT_TRUE(window->undo()); // the J returns, in the matrix too
    EXPECT_DOUBLE_EQ(doc->system.couplingHz(0, 2), ethylJHz);
    EXPECT_NEAR(matrix->data(matrix->index(2, 0), Qt::EditRole).toDouble(), ethylJHz, 1e-9);

    ASSERT_TRUE(window->redo());
    EXPECT_DOUBLE_EQ(doc->system.couplingHz(0, 2), -3.5);
}

// Issue 16 item 2: the multiplet table of the last analysis beside the peak list; a click on a
// row of either marks it on the spectrum (a multiplet's range, a peak's position).
TEST_F(MainWindowFlow, TheMultipletTableAndPeakRowsMarkTheSpectrum) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    MultipletTableModel* multiplets = window->multipletModel();
    ASSERT_EQ(multiplets->rowCount(), 2); // the fake analysis's two regions
    const auto text = [&](int row, int column) {
        return multiplets->data(multiplets->index(row, column), Qt::DisplayRole).toString();
    };
    EXPECT_EQ(text(0, MultipletTableModel::Centre), "4.120"); // highest ppm first
    EXPECT_EQ(text(0, MultipletTableModel::Multiplicity), "q");
    EXPECT_EQ(text(0, MultipletTableModel::Couplings), "7.1");
    EXPECT_EQ(text(0, MultipletTableModel::Range), "4.200–4.050"); // as journal lines write it
    EXPECT_TRUE(text(1, MultipletTableModel::Protons).endsWith("(3)"));
    window->selectMultiplet(0);
    ASSERT_TRUE(window->spectrumView()->markedRange().has_value());
    EXPECT_DOUBLE_EQ(window->spectrumView()->markedRange()->first, 4.05);
    EXPECT_DOUBLE_EQ(window->spectrumView()->markedRange()->second, 4.20);
    QApplication::processEvents();
    saveScreenshot(window->grab().toImage(), "mainwindow-multiplet-marked.png");
    ASSERT_GT(window->peakModel()->rowCount(), 0);
    window->selectPeak(0);
    const double peakPpm = window->peakModel()->peaks().front().ppm;
    EXPECT_DOUBLE_EQ(window->spectrumView()->markedRange()->first, peakPpm);
    window->closeCurrent(); // nothing of it stays marked
    EXPECT_FALSE(window->spectrumView()->markedRange().has_value());
    EXPECT_EQ(multiplets->rowCount(), 0);
}

// Issue 16: Predict again asks before it replaces hand edits; "no" keeps them.
TEST_F(MainWindowFlow, PredictingAgainAsksBeforeReplacingHandEdits) {
    QSignalSpy applied(window.get(), &MainWindow::analysisApplied);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(applied.wait(10000)) << window->lastError().toStdString();
    QStringList asked;
    bool answer = false;
    window->setConfirmation([&](const QString& question) {
        asked << question;
        return answer;
    });
    window->predictCurrent(); // no hand edits yet: nothing to ask
    QSignalSpy ready(window.get(), &MainWindow::overlayReady);
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_TRUE(asked.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(applied.count() >= 2, 10000); // the analysis after the prediction
    GroupTableModel* model = window->groupModel();
    ASSERT_TRUE(model->setData(model->index(1, GroupTableModel::Shift), 3.00, Qt::EditRole));
    window->predictCurrent();
    ASSERT_EQ(asked.size(), 1);
    EXPECT_DOUBLE_EQ(window->currentDocument()->system.group(1).shiftPpm, 3.00); // kept
    answer = true;
    ready.clear();
    window->predictCurrent();
    EXPECT_EQ(asked.size(), 2);
    ASSERT_TRUE(ready.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(window->currentDocument()->system.group(1).shiftPpm, 2.05, 5000);
}

// spinhance --screenshot waits for analysisFinished, then saves the window.
TEST_F(MainWindowFlow, AScreenshotFollowsTheFinishedAnalysis) {
    QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(finished.wait(10000)) << window->lastError().toStdString();
    const QString path = temp.filePath("window.png");
    ASSERT_TRUE(window->saveScreenshot(path));
    const QImage image(path);
    EXPECT_EQ(image.size(), window->size());
    EXPECT_GT(distinctColours(image), 20);
    EXPECT_FALSE(window->saveScreenshot(temp.filePath("missing/window.png")));
}

// Documents (issue 16): the window title names the document; Close shows the next one, closing
// the last leaves an empty window; a file that failed to open stays out of Open Recent.
TEST_F(MainWindowFlow, DocumentsAreTitledClosedAndOnlyOpenedFilesAreRecent) {
    openAndWaitForOverlay();
    EXPECT_EQ(window->windowTitle(), "jcamp-difdup.dx — Spinhance");
    QSignalSpy error(window.get(), &MainWindow::errorShown);
    window->openFiles({temp.filePath("missing.jdx")});
    ASSERT_TRUE(error.wait(10000));
    EXPECT_FALSE(appsettings::recentFiles().contains(
        QFileInfo(temp.filePath("missing.jdx")).absoluteFilePath()));
    EXPECT_TRUE(appsettings::recentFiles().contains(QFileInfo(kSpectrumFile).absoluteFilePath()));
    QSignalSpy opened(window.get(), &MainWindow::documentOpened);
    window->openFiles({kSpectrumFile});
    ASSERT_TRUE(opened.wait(10000));
    ASSERT_EQ(window->documentCount(), 2);
    window->closeCurrent();
    EXPECT_EQ(window->documentCount(), 1);
    ASSERT_NE(window->currentDocument(), nullptr);
    EXPECT_EQ(window->windowTitle(), "jcamp-difdup.dx — Spinhance");
    window->closeAll();
    EXPECT_EQ(window->documentCount(), 0);
    EXPECT_EQ(window->currentDocument(), nullptr);
    EXPECT_EQ(window->windowTitle(), "Spinhance");
    EXPECT_EQ(window->groupModel()->rowCount(), 0);
}

// The Open dialog shows the files inside experiment folders (they have no extension), and each
// of them opens its experiment.
TEST_F(MainWindowFlow, TheOpenDialogShowsExperimentFiles) {
    const QString filter = window->fileFilter();
    const QString all = filter.section(";;", 0, 0);
    for (const char* name : {"fid", "acqus", "data.1d", "procpar", "*.jdx", "*.zip"})
        EXPECT_TRUE(all.contains(name)) << name << " missing from " << all.toStdString();
    QSignalSpy opened(window.get(), &MainWindow::documentOpened);
    window->openFiles({QStringLiteral(SPINHANCE_TEST_DATA_DIR "/spectra/aspirin-bruker/1/acqus")});
    ASSERT_TRUE(opened.wait(10000)) << window->lastError().toStdString();
    EXPECT_TRUE(window->windowTitle().startsWith("aspirin-bruker #1"))
        << window->windowTitle().toStdString();
}

TEST_F(MainWindowFlow, EditingAShiftReSimulatesTheOverlay) {
    openAndWaitForOverlay();
    const Overlay before = *window->currentDocument()->overlay;
    QSignalSpy ready(window.get(), &MainWindow::overlayReady);
    GroupTableModel* model = window->groupModel();
    ASSERT_TRUE(model->setData(model->index(1, GroupTableModel::Shift), 3.00, Qt::EditRole));
    ASSERT_TRUE(ready.wait(10000));
    const Overlay& after = *window->currentDocument()->overlay;
    ASSERT_EQ(after.groups.size(), 3u);
    // The singlet moved from 2.05 to 3.00 ppm: its curve peaks at the new shift.
    const auto& curve = after.groups[1];
    const auto peak = std::max_element(curve.begin(), curve.end()) - curve.begin();
    EXPECT_NEAR(after.grid.ppmAt(std::size_t(peak)), 3.00, 2 * after.grid.stepPpm());
    EXPECT_NE(before.groups[1], after.groups[1]);
}

// Issue 16: processing by hand reprocesses the file in the worker, keeps the spin system and its
// overlay, and is one undo step.
TEST_F(MainWindowFlow, ProcessingByHandReprocessesKeepsTheSystemAndUndoes) {
    QSignalSpy finished(window.get(), &MainWindow::analysisFinished);
    openAndWaitForOverlay();
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000)); // its result is an undo step too
    const int docId = window->currentDocument()->id;
    const double firstPpm = window->currentDocument()->spectrum.ppm.front();
    const SpinSystem system = window->currentDocument()->system;
    QSignalSpy reprocessed(window.get(), &MainWindow::reprocessed);
    ProcessOptions moved = window->currentDocument()->processing;
    moved.referenceOffsetPpm = 0.5;
    ASSERT_TRUE(window->applyProcessing(docId, moved));
    ASSERT_TRUE(reprocessed.wait(10000)) << window->lastError().toStdString();
    const SpectrumDocument* doc = window->currentDocument();
    EXPECT_NEAR(doc->spectrum.ppm.front(), firstPpm + 0.5, 1e-12);
    EXPECT_DOUBLE_EQ(doc->processing.referenceOffsetPpm, 0.5);
    EXPECT_EQ(doc->system.size(), system.size());
    ASSERT_TRUE(window->undo());
    ASSERT_TRUE(reprocessed.wait(10000));
    EXPECT_NEAR(window->currentDocument()->spectrum.ppm.front(), firstPpm, 1e-12);
    EXPECT_DOUBLE_EQ(window->currentDocument()->processing.referenceOffsetPpm, 0.0);
    ProcessOptions nonsense = moved;
    nonsense.extraPh0Deg = std::nan("");
    QSignalSpy error(window.get(), &MainWindow::errorShown);
    EXPECT_FALSE(window->applyProcessing(docId, nonsense));
    EXPECT_EQ(error.count(), 1);
}

TEST_F(MainWindowFlow, ExportsReportImagesTablesAndJournal) {
    openAndWaitForOverlay();
    const QString pdf = temp.filePath("report.pdf");
    ASSERT_TRUE(window->exportPdf(pdf));
    QProcess pdftoppm;
    pdftoppm.start("pdftoppm",
                   {"-png", "-r", "60", "-f", "1", "-l", "1", pdf, temp.filePath("page")});
    if (!pdftoppm.waitForFinished(30000) || pdftoppm.exitCode() != 0)
        GTEST_SKIP() << "pdftoppm not available";
    const QStringList pages = QDir(temp.path()).entryList({"page*.png"});
    ASSERT_EQ(pages.size(), 1);
    const QImage page(temp.filePath(pages.first()));
    EXPECT_GT(distinctColours(page), 10);
    saveScreenshot(page, "report-page1.png");

    EXPECT_TRUE(window->exportPlotPng(temp.filePath("plot.png")));
    EXPECT_FALSE(QImage(temp.filePath("plot.png")).isNull());
    EXPECT_TRUE(window->exportPlotSvg(temp.filePath("plot.svg")));
    QFile svg(temp.filePath("plot.svg"));
    ASSERT_TRUE(svg.open(QIODevice::ReadOnly));
    EXPECT_TRUE(svg.readAll().contains("<svg"));
    EXPECT_TRUE(window->exportCsv(temp.filePath("system.csv")));
    QFile csv(temp.filePath("system.csv"));
    ASSERT_TRUE(csv.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csv.readAll());
    // Metadata lines first (the file, field, solvent, ...), then the table.
    EXPECT_TRUE(csvText.startsWith("# file," + kSpectrumFile + "\n")) << csvText.toStdString();
    EXPECT_TRUE(csvText.contains("\nlabel,shift_ppm,protons,multiplicity"))
        << csvText.toStdString();
    EXPECT_TRUE(window->exportJson(temp.filePath("system.json")));
    QFile json(temp.filePath("system.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QString jsonText = QString::fromUtf8(json.readAll());
    EXPECT_TRUE(jsonText.contains("\"metadata\"")) << jsonText.toStdString();
    EXPECT_TRUE(jsonText.contains("\"solvent\": \"CDCl3\"")) << jsonText.toStdString();
    window->copyJournalToClipboard();
    EXPECT_EQ(QApplication::clipboard()->text(), window->journalString());
}

// Exports go through QSaveFile: a failed export names the path and leaves nothing behind, and a
// good export leaves no temporary file next to it.
TEST_F(MainWindowFlow, ExportsAreAtomicAndFailuresNameThePath) {
    openAndWaitForOverlay();
    QSignalSpy error(window.get(), &MainWindow::errorShown);
    const QString missing = temp.filePath("no-such-folder/system.json");
    EXPECT_FALSE(window->exportJson(missing));
    EXPECT_FALSE(window->exportPlotPng(temp.filePath("no-such-folder/plot.png")));
    EXPECT_FALSE(window->exportPdf(temp.filePath("no-such-folder/report.pdf")));
    ASSERT_GE(error.size(), 3);
    EXPECT_TRUE(error.first().first().toString().contains(missing));
    EXPECT_FALSE(QFileInfo::exists(temp.filePath("no-such-folder")));
    for (const char* file : {"a.json", "a.png", "a.svg", "a.pdf", "a.csv"}) {
        const QString name = QString::fromLatin1(file);
        const QString path = temp.filePath(name);
        const bool ok = name.endsWith("json")  ? window->exportJson(path)
                        : name.endsWith("png") ? window->exportPlotPng(path)
                        : name.endsWith("svg") ? window->exportPlotSvg(path)
                        : name.endsWith("pdf") ? window->exportPdf(path)
                                               : window->exportCsv(path);
        EXPECT_TRUE(ok) << name.toStdString();
        EXPECT_GT(QFileInfo(path).size(), 0) << name.toStdString();
    }
    // QSaveFile's temporary files would be named a.json.XXXXXX and so on.
    EXPECT_EQ(QDir(temp.path()).entryList({"a.*"}, QDir::Files).size(), 5);
}

// A pasted journal line replaces the system, is drawn, and is scored against the spectrum: the
// line of the system already shown explains the trace better than a singlet where it is flat.
TEST_F(MainWindowFlow, AJournalLineIsDrawnAndScored) {
    openAndWaitForOverlay();
    const QString shown = window->journalString();
    QSignalSpy scored(window.get(), &MainWindow::journalScored);
    ASSERT_TRUE(window->applyJournalLine(shown));
    ASSERT_TRUE(scored.wait(10000));
    const double matching = scored.takeFirst().at(1).toDouble();
    const SpectrumDocument* doc = window->currentDocument();
    ASSERT_EQ(doc->system.size(), 3u);
    EXPECT_EQ(window->journalString(), shown);
    EXPECT_EQ(window->groupModel()->rowCount(), 3);
    ASSERT_TRUE(window->applyJournalLine("δ 5.50 (s, 1H)"));
    ASSERT_TRUE(scored.wait(10000));
    const double flat = scored.takeFirst().at(1).toDouble();
    EXPECT_GT(matching, 0.0);
    EXPECT_LT(flat, matching);
    EXPECT_EQ(window->currentDocument()->system.size(), 1u);

    QSignalSpy error(window.get(), &MainWindow::errorShown);
    EXPECT_FALSE(window->applyJournalLine("no entries here"));
    ASSERT_EQ(error.size(), 1);
    EXPECT_TRUE(error.first().first().toString().contains("journal"));
    EXPECT_EQ(window->currentDocument()->system.size(), 1u); // unchanged by the bad line
}

TEST_F(MainWindowFlow, ABadFileBecomesAMessageNamingIt) {
    QSignalSpy error(window.get(), &MainWindow::errorShown);
    window->openFiles({temp.filePath("missing.jdx")});
    ASSERT_TRUE(error.wait(10000));
    EXPECT_TRUE(error.first().first().toString().contains("missing.jdx"));
    EXPECT_EQ(window->documentCount(), 0);
    QSignalSpy modelError(window.get(), &MainWindow::errorShown);
    window->setModelPath(temp.filePath("nomodel.pt"));
    window->openFiles({kSpectrumFile});
    // Without a model file nothing is predicted automatically; Predict names the model file.
    QSignalSpy opened(window.get(), &MainWindow::documentOpened);
    ASSERT_TRUE(opened.wait(10000));
    window->predictCurrent();
    ASSERT_TRUE(modelError.wait(10000));
    EXPECT_TRUE(modelError.last().first().toString().contains("nomodel.pt"));
}

// The fake spectrum is the ethyl system itself (4.12 q, 2.05 s, 1.26 t, J 7.1 Hz, 1 Hz lines), so a
// fit started from it must stay there, with small errors, and draw a flat residual.
// Issue 16 item 4: nothing of one document's fit shows on another. After a fit of the first
// file, the second shows no fit summary, curves or errors; back on the first, its fit returns.
TEST_F(MainWindowFlow, AFitStaysWithItsDocument) {
    openAndWaitForOverlay();
    QSignalSpy fitted(window.get(), &MainWindow::fitApplied);
    window->fitCurrent();
    ASSERT_TRUE(fitted.wait(30000)) << window->lastError().toStdString();
    const QString summary = window->fitPanel()->summaryText();
    ASSERT_FALSE(summary.isEmpty());
    const int first = window->currentDocument()->id;

    window->openFiles({QStringLiteral(SPINHANCE_TEST_DATA_DIR) + "/spectra/bmse000325.nmrML"});
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return window->documentCount() == 2 && window->currentDocument()->id != first; },
        10000))
        << window->lastError().toStdString();
    EXPECT_TRUE(window->fitPanel()->summaryText().isEmpty())
        << window->fitPanel()->summaryText().toStdString();
    EXPECT_FALSE(window->spectrumView()->hasFitCurves());
    GroupTableModel* table = window->groupModel();
    EXPECT_TRUE(table->data(table->index(0, GroupTableModel::ShiftError), Qt::DisplayRole)
                    .toString()
                    .isEmpty());

    auto* list = window->findChild<QListWidget*>("documents");
    ASSERT_NE(list, nullptr);
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->data(Qt::UserRole).toInt() == first) list->setCurrentRow(row);
    ASSERT_EQ(window->currentDocument()->id, first);
    EXPECT_EQ(window->fitPanel()->summaryText(), summary);
    EXPECT_TRUE(window->spectrumView()->hasFitCurves());
}

TEST_F(MainWindowFlow, FitShowsErrorsTheFittedCurveAndTheResidual) {
    openAndWaitForOverlay();
    QSignalSpy applied(window.get(), &MainWindow::fitApplied);
    window->fitCurrent();
    ASSERT_TRUE(applied.wait(30000)) << window->lastError().toStdString();
    const SpectrumDocument& doc = *window->currentDocument();
    const double truth[] = {4.12, 2.05, 1.26};
    ASSERT_EQ(doc.shiftErrorPpm.size(), 3u);
    for (std::size_t g = 0; g < 3; ++g) {
        EXPECT_NEAR(doc.system.group(g).shiftPpm, truth[g], 0.002);
        EXPECT_GT(doc.shiftErrorPpm[g], 0.0);
        EXPECT_LT(doc.shiftErrorPpm[g], 0.002);
    }
    EXPECT_NEAR(doc.system.couplingHz(0, 2), 7.1, 0.1);
    GroupTableModel* model = window->groupModel();
    EXPECT_TRUE(model->data(model->index(0, GroupTableModel::ShiftError), Qt::DisplayRole)
                    .toString()
                    .startsWith("± "));
    EXPECT_TRUE(model->data(model->index(0, GroupTableModel::CouplingErrors), Qt::DisplayRole)
                    .toString()
                    .startsWith("7.1"));
    EXPECT_TRUE(window->spectrumView()->hasFitCurves());
    EXPECT_TRUE(window->spectrumView()->residualPlot()->isVisible());
    ASSERT_TRUE(doc.fitCurves.has_value());
    double largestResidual = 0.0;
    for (double r : doc.fitCurves->residual)
        largestResidual = std::max(largestResidual, std::abs(r));
    EXPECT_LT(largestResidual, 0.05); // of the tallest peak
    // The exports carry the fit's standard errors.
    QTemporaryDir exports;
    ASSERT_TRUE(window->exportJson(exports.filePath("fitted.json")));
    QFile json(exports.filePath("fitted.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QByteArray jsonText = json.readAll();
    EXPECT_TRUE(jsonText.contains("\"shift_errors_ppm\"")) << jsonText.toStdString();
    EXPECT_TRUE(jsonText.contains("\"coupling_errors_hz\"")) << jsonText.toStdString();
    QApplication::processEvents();
    saveScreenshot(window->grab().toImage(), "mainwindow-fitted.png");
    // A hand edit makes the fit stale: errors and curves go.
    ASSERT_TRUE(model->setData(model->index(1, GroupTableModel::Shift), 2.10, Qt::EditRole));
    EXPECT_FALSE(window->spectrumView()->hasFitCurves());
    EXPECT_FALSE(
        model->data(model->index(0, GroupTableModel::ShiftError), Qt::DisplayRole).isValid());
}

TEST_F(MainWindowFlow, ShiftDragMovesTheSelectedMultipletAndTheLocalRefitBringsItBack) {
    openAndWaitForOverlay();
    window->selectGroup(1);
    QCustomPlot* plot = window->spectrumView()->plot();
    const int y = plot->height() / 2;
    const QPoint from(int(plot->xAxis->coordToPixel(2.05)), y),
        to(int(plot->xAxis->coordToPixel(2.11)), y);
    QSignalSpy dragged(window->spectrumView(), &SpectrumView::groupDragged);
    QSignalSpy applied(window.get(), &MainWindow::fitApplied);
    QTest::mousePress(plot, Qt::LeftButton, Qt::ShiftModifier, from);
    QTest::mouseMove(plot, to);
    QTest::mouseRelease(plot, Qt::LeftButton, Qt::ShiftModifier, to);
    ASSERT_EQ(dragged.size(), 1);
    const double pixelPpm = std::abs(plot->xAxis->pixelToCoord(1) - plot->xAxis->pixelToCoord(0));
    EXPECT_NEAR(window->currentDocument()->system.group(1).shiftPpm, 2.11, 2 * pixelPpm);
    EXPECT_NEAR(plot->xAxis->range().center(), 5.0, 0.5); // Shift+drag did not pan
    ASSERT_TRUE(applied.wait(30000)) << window->lastError().toStdString();
    EXPECT_NEAR(window->currentDocument()->system.group(1).shiftPpm, 2.05, 0.002);
    EXPECT_NEAR(window->currentDocument()->system.group(0).shiftPpm, 4.12, 1e-9); // outside: held
}

TEST(AboutDialog, ListsModelsFromTheRegistry) {
    CoreServices services = fakes::fakeServices();
    services.listModels = [](const std::string& dir) {
        return std::vector<ModelInfo>{
            {dir + "/a.pt", model::Recipe::R025, model::ModelSize::Light, 10, 90,
             "{\"shift_mae\":0.05}", ""},
            {dir + "/b.pt", model::Recipe::R029, model::ModelSize::Med, 57, 90, "{}", ""}};
    };
    AboutDialog dialog(services, "/models/a.pt");
    EXPECT_EQ(dialog.modelRowCount(), 2);
}

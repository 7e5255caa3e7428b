// Analysis > Structure: the structure's predicted system is drawn at once, the verification runs
// off the GUI thread, and its verdicts land in the dialog's table. The structure room is real
// (RDKit); the verification is a fake that answers from compareGroups (tested in tests/verify).
#include "structuredialog.h"

#include "fakeservices.h"
#include "mainwindow.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <fstream>
#include <gtest/gtest.h>
#include <thread>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

struct StructureFlow : ::testing::Test {
    void SetUp() override {
        ASSERT_TRUE(temp.isValid());
        path = temp.filePath("ethyl.jdx");
        std::ofstream(path.toStdString()) << "fake";
        CoreServices services = fakes::fakeServices();
        services.verifyStructure = [this](const Spectrum&, const std::string& structure,
                                          const verify::VerifyOptions&,
                                          const ProgressCallback& progress, const CancelFlag*) {
            workerThread = std::this_thread::get_id();
            if (progress) progress({1, 3, "fake verification"});
            verify::Verification v;
            v.structure = structureToSpin(structure);
            v.predicted = withoutExchangeable(v.structure);
            SpinSystem answer = fakes::ethylSystem();
            answer.group(1).shiftPpm = 2.40; // the acetyl CH3 seen 0.3 ppm off its prediction
            v.verdicts = verify::compareGroups(v.predicted, answer);
            v.fit.fittedCosine = 0.9;
            v.score = v.verdicts.protonAgreement * 0.9;
            return v;
        };
        window = std::make_unique<MainWindow>(services);
        window->show();
        QSignalSpy ready(window.get(), &MainWindow::overlayReady);
        window->openFiles({path});
        ASSERT_TRUE(ready.wait(10000));
    }
    QTemporaryDir temp;
    QString path;
    std::unique_ptr<MainWindow> window;
    std::thread::id workerThread;
};

TEST_F(StructureFlow, PredictedSystemIsDrawnAndVerdictsAreShown) {
    QSignalSpy verified(window.get(), &MainWindow::structureVerified);
    QSignalSpy overlay(window.get(), &MainWindow::overlayReady);
    ASSERT_TRUE(window->verifyStructure("CCOC(C)=O"));
    EXPECT_EQ(window->currentDocument()->system.size(), 3u); // ethyl acetate: CH2, CH3, CH3
    ASSERT_TRUE(verified.wait(10000));
    EXPECT_NE(workerThread, std::this_thread::get_id());
    const QTableWidget* table = window->structureDialog()->verdictTable();
    ASSERT_EQ(table->rowCount(), 3);
    QStringList verdicts;
    for (int r = 0; r < 3; ++r)
        verdicts << table->item(r, 3)->text();
    EXPECT_EQ(verdicts.count("found"), 2);
    EXPECT_EQ(verdicts.count("shifted"), 1);
    EXPECT_GT(verified.first().at(1).toDouble(), 0.5);
    EXPECT_TRUE(window->structureDialog()->summary().contains("Score"));
    EXPECT_TRUE(overlay.count() > 0 || overlay.wait(10000));
}

// Issue 16 item 5: after a verification the NMReDATA export carries the structure's molfile and
// an NMREDATA_ASSIGNMENT line per group (ethyl acetate: the OCH2 on atom 2, the CH3s on 1 and 5).
TEST_F(StructureFlow, TheNmredataExportCarriesTheVerifiedStructureAndItsAssignment) {
    QSignalSpy verified(window.get(), &MainWindow::structureVerified);
    ASSERT_TRUE(window->verifyStructure("CCOC(C)=O"));
    ASSERT_TRUE(verified.wait(10000));
    const QString out = temp.filePath("assigned.nmredata.sdf");
    ASSERT_TRUE(window->exportNmredata(out)) << window->lastError().toStdString();
    std::ifstream in(out.toStdString());
    const std::string record((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
    EXPECT_NE(record.find("  6  5  0  0  0  0  0  0  0  0999 V2000"), std::string::npos) << record;
    const std::size_t tag = record.find(">  <NMREDATA_ASSIGNMENT>");
    ASSERT_NE(tag, std::string::npos) << record;
    for (const char* line : {"\nH2, ", "\nH1, ", "\nH5, "})
        EXPECT_NE(record.find(line, tag), std::string::npos) << line << record.substr(tag);
    EXPECT_NE(record.find(", H2\\", tag), std::string::npos) << record.substr(tag);
}

TEST_F(StructureFlow, AnUnreadableStructureIsAMessage) {
    QSignalSpy error(window.get(), &MainWindow::errorShown);
    EXPECT_FALSE(window->verifyStructure("C1CC(")); // unclosed ring and branch
    ASSERT_EQ(error.size(), 1);
    EXPECT_TRUE(error.first().first().toString().contains("C1CC("));
}

} // namespace

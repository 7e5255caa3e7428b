// The main window on the REAL core services: a benchtop FID from ../shared/data is read, processed
// automatically, resampled onto the model grid, predicted by the checked-in tiny model, overlaid,
// and fitted. The tiny model's systems are not chemistry; what is checked is the wiring: one graph
// per predicted group plus the total, one table row per group, and a fit that lowers the residual.
#include "fitpanel.h"
#include "grouptablemodel.h"
#include "mainwindow.h"
#include "qcustomplotinclude.h"
#include "spectrumview.h"

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <iostream>

using namespace spinhance;
using namespace spinhance::ui;

namespace {

// Ethyl crotonate, 1.06 M in CDCl3, Oxford Instruments X-Pulse at 59.7 MHz (a FID).
const QString kBenchtopFid = QStringLiteral(SPINHANCE_SHARED_DATA_DIR) +
                             "/jcamp-data-test/data/nmr/oxfordInstruments/1h.jdx";
const QString kTinyModel = QStringLiteral(SPINHANCE_TEST_DATA_DIR) + "/model/tiny-030.spinmodel";

} // namespace

TEST(RealCoreFlow, OpensABenchtopFidPredictsOverlaysAndFits) {
    if (!QFile::exists(kBenchtopFid)) GTEST_SKIP() << "shared data not present";
    MainWindow window; // defaultCoreServices()
    window.resize(1280, 800);
    window.setModelPath(kTinyModel);
    window.show();
    QSignalSpy ready(&window, &MainWindow::overlayReady);
    window.openFiles({kBenchtopFid});
    ASSERT_TRUE(ready.wait(60000)) << window.lastError().toStdString();
    const SpectrumDocument& doc = *window.currentDocument();
    std::cout << "open-to-overlay (first open, model loaded): " << ready.first().at(1).toDouble()
              << " ms for " << doc.spectrum.size() << " points\n";
    EXPECT_TRUE(doc.spectrum.hasSpectrum());
    EXPECT_NEAR(doc.spectrum.fieldMHz, 59.7, 0.1);
    ASSERT_TRUE(doc.model.has_value());
    EXPECT_EQ(doc.model->recipe, model::Recipe::R030);
    const int groups = int(doc.system.size());
    ASSERT_GT(groups, 0);
    EXPECT_EQ(window.spectrumView()->measuredGraphCount(), 1);
    EXPECT_EQ(window.spectrumView()->overlayGraphCount(), groups + 1);
    EXPECT_EQ(window.groupModel()->rowCount(), groups);
    EXPECT_EQ(window.couplingModel()->rowCount(), groups);
    ASSERT_EQ(doc.overlay->groups.size(), std::size_t(groups));

    // Again with the model already loaded (what every later open costs).
    QSignalSpy again(&window, &MainWindow::overlayReady);
    window.openFiles({kBenchtopFid});
    ASSERT_TRUE(again.wait(60000)) << window.lastError().toStdString();
    std::cout << "open-to-overlay (model cached): " << again.first().at(1).toDouble() << " ms\n";

    QSignalSpy applied(&window, &MainWindow::fitApplied);
    window.fitCurrent();
    ASSERT_TRUE(applied.wait(120000)) << window.lastError().toStdString();
    const SpectrumDocument& fitted = *window.currentDocument();
    EXPECT_EQ(fitted.shiftErrorPpm.size(), std::size_t(groups));
    EXPECT_TRUE(window.spectrumView()->hasFitCurves());
    // The fit explains part of the data: the residual is smaller than the data it was fitted to.
    ASSERT_TRUE(fitted.fitCurves.has_value());
    double dataSquares = 0.0, residualSquares = 0.0;
    for (std::size_t i = 0; i < fitted.fitCurves->residual.size(); ++i) {
        const double measured = fitted.fitCurves->fitted[i] + fitted.fitCurves->residual[i];
        dataSquares += measured * measured;
        residualSquares += fitted.fitCurves->residual[i] * fitted.fitCurves->residual[i];
    }
    EXPECT_LT(residualSquares, dataSquares);
    std::cout << "fit: " << window.fitPanel()->summaryText().toStdString() << "\n";
    QApplication::processEvents();
    const QString dir = qEnvironmentVariable("SPINHANCE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) window.grab().save(dir + "/mainwindow-real-core.png");
}

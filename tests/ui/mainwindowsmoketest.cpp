#include "mainwindow.h"
#include "spectrumview.h"

#include <QApplication>
#include <QImage>
#include <QMenuBar>
#include <QPixmap>
#include <gtest/gtest.h>

namespace {

// A grab is "blank" when every pixel has the same colour.
bool isBlank(const QImage& image) {
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            if (image.pixel(x, y) != first) return false;
    return true;
}

} // namespace

TEST(MainWindowSmoke, OpensWithMenusAndNonBlankGrab) {
    spinhance::ui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    ASSERT_NE(window.spectrumView(), nullptr);
    EXPECT_GE(window.menuBar()->actions().size(), 2);
    const QImage image = window.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1280);
    EXPECT_FALSE(isBlank(image));
    if (const char* dir = std::getenv("SPINHANCE_SCREENSHOT_DIR"))
        image.save(QString::fromLocal8Bit(dir) + "/mainwindow-smoke.png");
}

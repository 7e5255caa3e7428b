#include "appsettings.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Spinhance");
    QApplication::setApplicationName("Spinhance");
    spinhance::ui::installTranslation(spinhance::ui::appsettings::language());
    spinhance::ui::appsettings::applyComputeDevice();

    QCommandLineParser parser;
    parser.setApplicationDescription("Spin systems from low-field 1H NMR spectra");
    parser.addHelpOption();
    parser.addPositionalArgument("files", "spectra to open (files, folders or zips)", "[FILE...]");
    QCommandLineOption model("model", "model file to predict with", "path");
    QCommandLineOption timeOpen("time-open",
                                "print the open-to-overlay time of the first file and quit");
    QCommandLineOption screenshot(
        "screenshot", "save the main window as a PNG once the first file is analysed, and quit",
        "OUT.png");
    parser.addOption(model);
    parser.addOption(timeOpen);
    parser.addOption(screenshot);
    parser.process(app);

    spinhance::ui::MainWindow window;
    if (parser.isSet(model)) window.setModelPath(parser.value(model));
    if (parser.isSet(timeOpen)) {
        QObject::connect(&window, &spinhance::ui::MainWindow::overlayReady, &app,
                         [](int, double ms) {
                             std::printf("open-to-overlay: %.1f ms\n", ms);
                             QApplication::quit();
                         });
        QObject::connect(&window, &spinhance::ui::MainWindow::errorShown, &app,
                         [](const QString& message) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             QApplication::exit(1);
                         });
    }
    if (parser.isSet(screenshot)) {
        const QString path = parser.value(screenshot);
        QObject::connect(
            &window, &spinhance::ui::MainWindow::analysisFinished, &app,
            [&window, path](int) { QApplication::exit(window.saveScreenshot(path) ? 0 : 1); });
        QObject::connect(&window, &spinhance::ui::MainWindow::errorShown, &app,
                         [](const QString& message) {
                             std::fprintf(stderr, "%s\n", qPrintable(message));
                             QApplication::exit(1);
                         });
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, files] { window.openFiles(files); });
    return QApplication::exec();
}

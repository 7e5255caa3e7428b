#include "mainwindow.h"

#include <QApplication>

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName("Spinhance");
    QApplication::setApplicationName("Spinhance");
    spinhance::ui::MainWindow window;
    window.show();
    return QApplication::exec();
}

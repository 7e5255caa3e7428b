#include "appsettings.h"

#include "common/error.h"
#include "model/computedevice.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTranslator>

namespace spinhance::ui::appsettings {

QStringList recentFiles() {
    return QSettings().value("recentFiles").toStringList();
}

void addRecentFile(const QString& path) {
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > 10)
        files.removeLast();
    QSettings().setValue("recentFiles", files);
}

QString modelPath() {
    return QSettings().value("modelPath").toString();
}
void setModelPath(const QString& path) {
    QSettings().setValue("modelPath", path);
}
QString computeDevice() {
    return QSettings().value("computeDevice", "auto").toString();
}
void setComputeDevice(const QString& device) {
    QSettings().setValue("computeDevice", device);
}
void applyComputeDevice() {
    try {
        setPreferredComputeDevice(parseComputeDevice(computeDevice().toStdString()));
    } catch (const Error&) {
        setPreferredComputeDevice(ComputeDevice::Auto);
    }
}

QString language() {
    return QSettings().value("language", "en").toString();
}
void setLanguage(const QString& code) {
    QSettings().setValue("language", code);
}
QString lastDirectory() {
    return QSettings().value("lastDirectory").toString();
}
void setLastDirectory(const QString& dir) {
    QSettings().setValue("lastDirectory", dir);
}

} // namespace spinhance::ui::appsettings

namespace spinhance::ui {

bool installTranslation(const QString& code) {
    static QTranslator* active = nullptr;
    if (active) {
        QCoreApplication::removeTranslator(active);
        delete active;
        active = nullptr;
    }
    if (code == "en") return false;
    auto* translator = new QTranslator;
    if (!translator->load(QStringLiteral(":/i18n/spinhance_%1.qm").arg(code))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    active = translator;
    return true;
}

} // namespace spinhance::ui

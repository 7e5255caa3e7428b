#pragma once

#include <QString>
#include <QStringList>

namespace spinhance::ui {

/// Typed access to the persisted settings (QSettings, organisation "Spinhance").
namespace appsettings {

QStringList recentFiles();
/// Puts `path` first, drops duplicates, keeps at most 10.
void addRecentFile(const QString& path);
QString modelPath();
void setModelPath(const QString& path);
QString language(); ///< "en", "de", "ru"
void setLanguage(const QString& code);
/// "auto" (CUDA when this build sees a GPU, else the CPU), "cpu" or "cuda".
QString computeDevice();
void setComputeDevice(const QString& device);
/// Makes the stored device the one models are loaded on from now on (core's preference); an
/// unusable value falls back to "auto".
void applyComputeDevice();
QString lastDirectory();
void setLastDirectory(const QString& dir);

} // namespace appsettings

/// Loads ":/i18n/spinhance_<code>.qm" into the application (replacing the previous one); "en" and
/// unknown codes remove it. Returns whether a translation is active.
bool installTranslation(const QString& code);

} // namespace spinhance::ui

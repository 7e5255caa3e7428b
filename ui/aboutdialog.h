#pragma once

#include <QDialog>

namespace spinhance::ui {

/// Version, licence and (once models land) the list of available models.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace spinhance::ui

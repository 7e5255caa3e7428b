#pragma once

#include "coreservices.h"

#include <QDialog>

class QTableWidget;

namespace spinhance::ui {

/// Version, licence and the models found next to the current one (recipe, size, metrics).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(const CoreServices& services, const QString& modelPath,
                         QWidget* parent = nullptr);
    int modelRowCount() const;

private:
    QTableWidget* m_models = nullptr;
};

} // namespace spinhance::ui

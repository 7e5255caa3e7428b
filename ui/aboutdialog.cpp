#include "aboutdialog.h"

#include "common/version.h"
#include "reportcontent.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace spinhance::ui {

namespace {

std::vector<ModelInfo> modelsNear(const CoreServices& services, const QString& modelPath) {
    const QString dir = modelPath.isEmpty() ? QString() : QFileInfo(modelPath).absolutePath();
    try {
        return dir.isEmpty() ? std::vector<ModelInfo>{} : services.listModels(dir.toStdString());
    } catch (const std::exception&) {
        return {}; // an unreadable model folder just lists nothing here
    }
}

} // namespace

AboutDialog::AboutDialog(const CoreServices& services, const QString& modelPath, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About Spinhance"));
    auto* layout = new QVBoxLayout(this);
    auto* text =
        new QLabel(tr("<h3>Spinhance Desktop %1</h3>"
                      "<p>Spin systems from low-field ¹H NMR spectra.</p>"
                      "<p>Licensed under the GNU General Public License v3.0 or later.</p>")
                       .arg(QString::fromStdString(spinhance::versionString())),
                   this);
    text->setTextFormat(Qt::RichText);
    text->setObjectName("aboutText");
    layout->addWidget(text);
    layout->addWidget(new QLabel(tr("Available models:"), this));
    const std::vector<ModelInfo> models = modelsNear(services, modelPath);
    m_models = new QTableWidget(int(models.size()), 4, this);
    m_models->setHorizontalHeaderLabels({tr("Recipe"), tr("Size"), tr("Metrics"), tr("File")});
    for (int row = 0; row < int(models.size()); ++row) {
        const ModelInfo& m = models[std::size_t(row)];
        const QStringList cells{QString::fromStdString(model::recipeName(m.recipe)),
                                modelSizeTextOf(m), QString::fromStdString(m.metricsJson),
                                QFileInfo(QString::fromStdString(m.path)).fileName()};
        for (int col = 0; col < 4; ++col)
            m_models->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_models->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_models);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 400);
}

int AboutDialog::modelRowCount() const {
    return m_models->rowCount();
}

} // namespace spinhance::ui

#include "aboutdialog.h"

#include "common/version.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace spinhance::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Spinhance"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(
        tr("<h3>Spinhance Desktop %1</h3>"
           "<p>Spin systems from low-field ¹H NMR spectra.</p>"
           "<p>Licensed under the GNU General Public License v3.0 or later.</p>")
            .arg(QString::fromStdString(spinhance::versionString())),
        this);
    text->setTextFormat(Qt::RichText);
    text->setObjectName("aboutText");
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
}

} // namespace spinhance::ui

#pragma once

#include "verify/verify.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace spinhance::ui {

/// Analysis ▸ Structure…: the chemist types a SMILES or opens a MOL/SDF file and asks whether
/// that structure explains the open spectrum. The dialog only collects the request and shows the
/// answer (verdict per predicted group, unexplained signals, score); the main window draws the
/// predicted spectrum and runs the verification in a worker.
class StructureDialog : public QDialog {
    Q_OBJECT
public:
    explicit StructureDialog(QWidget* parent = nullptr);

    QString structure() const;
    void setStructure(const QString& structure);
    QTableWidget* verdictTable() const { return m_table; }
    QString summary() const;

public Q_SLOTS:
    void showRunning(const QString& phase);
    void showVerification(const spinhance::verify::Verification& verification);
    void showFailure(const QString& message);

Q_SIGNALS:
    /// SMILES or the path of a MOL/SDF file.
    void verifyRequested(const QString& structure);

private:
    void chooseFile();
    void addRow(const QStringList& cells);

    QLineEdit* m_input = nullptr;
    QPushButton* m_verify = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace spinhance::ui

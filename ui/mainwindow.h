#pragma once

#include <QMainWindow>

namespace spinhance::ui {

class SpectrumView;

/// The application window: spectrum view in the centre, menus for file, view and help.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    SpectrumView* spectrumView() const { return m_view; }

public Q_SLOTS:
    void showAbout();

private:
    void createMenus();

    SpectrumView* m_view = nullptr;
};

} // namespace spinhance::ui

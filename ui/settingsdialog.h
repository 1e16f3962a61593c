#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLineEdit;
class QSpinBox;
class QLabel;
class QPushButton;

namespace Quoteshelf::Ui {

// Edit › Settings: the names of the highlight colours (used everywhere, the export too), whether
// links ask before they open in the browser, and how many backups are kept. Changes apply when
// the dialog is accepted, without a restart. Reader typography lives in the Aa menu.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The library's folder, shown with a Move button; cannotMove (when not empty) says why the
    // button is off (the folder was named on the command line, the library is damaged…).
    void setLibrary(const QString &folder, const QString &cannotMove);

    void accept() override;

    // Settings keys shared with the code that reads them.
    static bool confirmLinks();
    static int backupsKept();
    // Brings settings written by an older Quoteshelf up to this version's layout.
    static void migrate();

Q_SIGNALS:
    void applied();
    // The reader pressed Move Library…: the window moves it (LibraryCare::moveLibrary).
    void moveLibraryRequested();

private:
    QHash<QString, QLineEdit *> m_names;
    QCheckBox *m_confirmLinks = nullptr;
    QSpinBox *m_backups = nullptr;
    QLabel *m_libraryFolder = nullptr;
    QPushButton *m_moveLibrary = nullptr;
};

} // namespace Quoteshelf::Ui

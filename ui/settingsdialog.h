#pragma once

#include <QDialog>
#include <QHash>

class QCheckBox;
class QLineEdit;
class QSpinBox;

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

    void accept() override;

    // Settings keys shared with the code that reads them.
    static bool confirmLinks();
    static int backupsKept();
    // Brings settings written by an older Quoteshelf up to this version's layout.
    static void migrate();

Q_SIGNALS:
    void applied();

private:
    QHash<QString, QLineEdit *> m_names;
    QCheckBox *m_confirmLinks = nullptr;
    QSpinBox *m_backups = nullptr;
};

} // namespace Quoteshelf::Ui

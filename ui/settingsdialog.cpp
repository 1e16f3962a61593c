#include "ui/settingsdialog.h"

#include "library/backupstore.h"
#include "library/highlightcolours.h"
#include "ui/highlightpopup.h"

#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

constexpr int SettingsVersion = 1;
const QString ConfirmLinksKey = QStringLiteral("reader/confirmLinks");
const QString BackupsKeptKey = QStringLiteral("backups/kept");

} // namespace

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *colours = new QGroupBox(tr("Highlight colours"), this);
    auto *coloursForm = new QFormLayout(colours);
    auto *explain = new QLabel(tr("Name each colour for what you use it for. The names appear in the highlight popup, "
                                  "the panels, the notebook and exported notes."),
                               colours);
    explain->setWordWrap(true);
    coloursForm->addRow(explain);
    int number = 1;
    for (const QString &key : Library::HighlightColours::keys()) {
        auto *edit = new QLineEdit(Library::HighlightColours::name(key), colours);
        edit->setPlaceholderText(Library::HighlightColours::defaultName(key));
        edit->setAccessibleName(tr("Name of highlight colour %1").arg(number));
        edit->setObjectName(QStringLiteral("colourName-%1").arg(key));
        auto *label = new QLabel(colours);
        label->setPixmap(HighlightPopup::swatchIcon(HighlightPopup::colourSwatch(key)).pixmap(18, 18));
        label->setToolTip(tr("Key %1").arg(number));
        coloursForm->addRow(label, edit);
        m_names.insert(key, edit);
        ++number;
    }

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    m_confirmLinks = new QCheckBox(tr("Ask before opening a link in the web browser"), general);
    m_confirmLinks->setChecked(confirmLinks());
    generalForm->addRow(m_confirmLinks);
    m_backups = new QSpinBox(general);
    m_backups->setRange(1, 60);
    m_backups->setValue(backupsKept());
    m_backups->setSuffix(tr(" backups"));
    m_backups->setAccessibleName(tr("Backups to keep"));
    generalForm->addRow(tr("Keep the newest:"), m_backups);

    auto *library = new QGroupBox(tr("Library"), this);
    auto *libraryForm = new QFormLayout(library);
    m_libraryFolder = new QLabel(library);
    m_libraryFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_libraryFolder->setWordWrap(true);
    m_libraryFolder->setObjectName(QStringLiteral("libraryFolder"));
    libraryForm->addRow(tr("Folder:"), m_libraryFolder);
    m_moveLibrary = new QPushButton(tr("&Move Library…"), library);
    m_moveLibrary->setObjectName(QStringLiteral("moveLibrary"));
    m_moveLibrary->setToolTip(tr("Copies the library and its backups to another folder, checks the copy and restarts "
                                 "Quoteshelf with it. The library stays where it is until you delete it."));
    m_moveLibrary->setEnabled(false);
    connect(m_moveLibrary, &QPushButton::clicked, this, &SettingsDialog::moveLibraryRequested);
    libraryForm->addRow(QString(), m_moveLibrary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(colours);
    layout->addWidget(general);
    layout->addWidget(library);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void SettingsDialog::setLibrary(const QString &folder, const QString &cannotMove)
{
    m_libraryFolder->setText(QDir::toNativeSeparators(folder));
    m_moveLibrary->setEnabled(cannotMove.isEmpty());
    if (!cannotMove.isEmpty())
        m_moveLibrary->setToolTip(cannotMove);
}

void SettingsDialog::accept()
{
    for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
        Library::HighlightColours::setName(it.key(), it.value()->text());
    QSettings settings;
    settings.setValue(ConfirmLinksKey, m_confirmLinks->isChecked());
    settings.setValue(BackupsKeptKey, m_backups->value());
    Q_EMIT applied();
    QDialog::accept();
}

bool SettingsDialog::confirmLinks()
{
    return QSettings().value(ConfirmLinksKey, true).toBool();
}

int SettingsDialog::backupsKept()
{
    return QSettings().value(BackupsKeptKey, Library::BackupStore::DefaultKeepCount).toInt();
}

void SettingsDialog::migrate()
{
    QSettings settings;
    const int version = settings.value(QStringLiteral("settings/version"), 0).toInt();
    if (version >= SettingsVersion)
        return;
    // Version 0 (before settings had a version) kept nothing that moved; from 1 on, each change of
    // layout is carried over here, one version at a time.
    settings.setValue(QStringLiteral("settings/version"), SettingsVersion);
}

} // namespace Quoteshelf::Ui

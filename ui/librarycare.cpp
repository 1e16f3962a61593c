#include "ui/librarycare.h"

#include "core/paths.h"
#include "library/backupstore.h"
#include "library/database.h"
#include "library/libraryhealth.h"
#include "ui/settingsdialog.h"

#include <QApplication>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QEventLoop>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace Quoteshelf::Ui {

namespace {

QString describeBackup(const Library::BackupInfo &backup)
{
    return LibraryCare::tr("%1 (%2)")
        .arg(QLocale().toString(backup.created.toLocalTime(), QLocale::LongFormat), QLocale().formattedDataSize(backup.size));
}

} // namespace

LibraryCare::LibraryCare(Library::Database *database, QWidget *window)
    : QObject(window)
    , m_database(database)
    , m_window(window)
{
    m_banner = new QFrame(window);
    m_banner->setObjectName(QStringLiteral("libraryBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette palette = m_banner->palette();
    // A warning colour that reads in light and dark themes alike.
    palette.setColor(QPalette::Window, QColor(0xf6, 0xd3, 0x7a));
    palette.setColor(QPalette::WindowText, QColor(0x33, 0x26, 0x00));
    m_banner->setPalette(palette);
    auto *layout = new QHBoxLayout(m_banner);
    layout->setContentsMargins(12, 6, 12, 6);
    auto *icon = new QLabel(m_banner);
    icon->setPixmap(window->style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(22, 22));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_restoreButton = new QPushButton(tr("Restore from Backup…"), m_banner);
    connect(m_restoreButton, &QPushButton::clicked, this, &LibraryCare::restoreFromBackup);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_bannerText, 1);
    layout->addWidget(m_restoreButton, 0, Qt::AlignVCenter);
    m_banner->hide();

    connect(Library::LibraryHealth::instance(), &Library::LibraryHealth::damaged, this, &LibraryCare::showDamaged,
            Qt::QueuedConnection);
    if (Library::LibraryHealth::isDamaged())
        showDamaged(Library::LibraryHealth::damage());
    else if (m_database->isReadOnly())
        showBanner(tr("This library is read-only: %1 cannot be written by you. You can read and search it; "
                      "highlights, notes, tags and imports cannot be saved.")
                       .arg(QFileInfo(m_database->path()).absolutePath()),
                   false);
}

LibraryCare::~LibraryCare()
{
    // A check or backup still running stops at its next step; the window waits for it.
    m_cancel->store(true);
    for (QThread *worker : std::as_const(m_workers)) {
        worker->wait();
        delete worker;
    }
}

template<typename Work, typename Done>
void LibraryCare::runInBackground(Work work, Done done)
{
    auto result = std::make_shared<decltype(work())>();
    QThread *worker = QThread::create([result, work] { *result = work(); });
    m_workers.append(worker);
    connect(worker, &QThread::finished, this, [this, result, done, worker] {
        m_workers.removeOne(worker);
        worker->deleteLater();
        done(*result);
    });
    worker->start(QThread::LowPriority);
}

QWidget *LibraryCare::banner() const
{
    return m_banner;
}

bool LibraryCare::canWrite() const
{
    return !m_database->isReadOnly() && !Library::LibraryHealth::isDamaged();
}

QString LibraryCare::reason() const
{
    if (Library::LibraryHealth::isDamaged())
        return tr("The library is damaged; nothing more is saved to it. Restore it from a backup (File › Restore from Backup…).");
    if (m_database->isReadOnly())
        return tr("The library is read-only.");
    return {};
}

void LibraryCare::showBanner(const QString &text, bool offerRestore)
{
    m_bannerText->setText(text);
    m_restoreButton->setVisible(offerRestore);
    m_banner->show();
}

void LibraryCare::showDamaged(const QString &message)
{
    if (!Library::LibraryHealth::isDamaged())
        return;
    showBanner(tr("<b>This library is damaged:</b> part of it cannot be read. Nothing more is saved to it, so nothing "
                  "gets worse. Restore the newest good backup to go on; the damaged file is kept beside it."),
               true);
    // SQLite's own words, for whoever looks into it.
    m_bannerText->setToolTip(message);
    Q_EMIT writableChanged(false);
}

void LibraryCare::startBackgroundCare()
{
    if (m_database->isReadOnly())
        return;
    const QString path = m_database->path();
    runInBackground(
        [path, cancel = m_cancel] {
            QString problem;
            return Library::BackupStore(path).checkLibrary(&problem, cancel.get()) ? QString() : problem;
        },
        [this](const QString &problem) {
            if (!problem.isEmpty() || m_cancel->load())
                return; // the damaged state shows itself
            const auto newest = Library::BackupStore(m_database->path()).newest();
            if (!newest || newest->created.secsTo(QDateTime::currentDateTimeUtc()) > BackupIntervalHours * 3600)
                runBackup(true);
        });
}

void LibraryCare::backUpNow()
{
    runBackup(false);
}

void LibraryCare::runBackup(bool automatic)
{
    if (m_busy || Library::LibraryHealth::isDamaged())
        return;
    m_busy = true;
    Q_EMIT statusMessage(tr("Backing up the library…"), 0);
    const QString path = m_database->path();
    const int keep = SettingsDialog::backupsKept();
    runInBackground(
        [path, keep, cancel = m_cancel] {
            QString error;
            const auto backup = Library::BackupStore(path, keep).create(&error, [&cancel](qint64, qint64) { return !cancel->load(); });
            return backup ? QString() : (error.isEmpty() ? tr("unknown error") : error);
        },
        [this, automatic](const QString &error) {
            m_busy = false;
            if (error.isEmpty()) {
                Q_EMIT statusMessage(tr("The library is backed up."), 5000);
                return;
            }
            Q_EMIT statusMessage(QString(), 0);
            if (!automatic)
                QMessageBox::warning(m_window, tr("Back Up"), error);
            else
                Q_EMIT statusMessage(tr("The daily backup failed: %1").arg(error), 15000);
        });
}

void LibraryCare::moveLibrary(const QString &chosen)
{
    if (m_busy) {
        QMessageBox::information(m_window, tr("Move Library"), tr("The library is being backed up; try again when that is done."));
        return;
    }
    const QString current = QFileInfo(m_database->path()).absolutePath();
    QString folder = chosen;
    if (folder.isEmpty()) {
        folder = QFileDialog::getExistingDirectory(m_window, tr("Move Library To"), QFileInfo(current).absolutePath());
        if (folder.isEmpty())
            return;
        const auto answer = QMessageBox::question(
            m_window, tr("Move Library"),
            tr("Copy the library and its backups to %1 and restart Quoteshelf with it?\n\nThe copy is checked before "
               "Quoteshelf switches to it. The library in %2 stays as it is; delete it when you are sure.")
                .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(current)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_busy = true;
    auto *progress = new QProgressDialog(tr("Copying the library to %1…").arg(QDir::toNativeSeparators(folder)),
                                         tr("Cancel"), 0, 1000, m_window);
    progress->setWindowTitle(tr("Move Library"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    auto done = std::make_shared<std::atomic<int>>(0);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });
    auto *ticker = new QTimer(progress);
    connect(ticker, &QTimer::timeout, progress, [progress, done] { progress->setValue(done->load()); });
    ticker->start(100);
    const QString path = m_database->path();
    const int keep = SettingsDialog::backupsKept();
    runInBackground(
        [path, keep, folder, done, cancelled, stop = m_cancel] {
            QString error;
            const bool copied = Library::BackupStore(path, keep).copyTo(folder, &error, [&](qint64 pages, qint64 total) {
                done->store(total > 0 ? int(pages * 1000 / total) : 0);
                return !cancelled->load() && !stop->load();
            });
            return copied ? QString() : (error.isEmpty() ? tr("unknown error") : error);
        },
        [this, folder, progress, cancelled](const QString &error) {
            m_busy = false;
            progress->close();
            progress->deleteLater();
            if (!error.isEmpty()) {
                if (!cancelled->load())
                    QMessageBox::warning(m_window, tr("Move Library"), tr("The library was not moved. %1").arg(error));
                return;
            }
            QSettings().setValue(Core::LibraryLocationKey, QDir(folder).absolutePath());
            Q_EMIT statusMessage(tr("The library is now in %1.").arg(QDir::toNativeSeparators(folder)), 0);
            Q_EMIT libraryMoved(QDir(folder).absolutePath());
        });
}

void LibraryCare::restoreFromBackup()
{
    const Library::BackupStore store(m_database->path());
    const QList<Library::BackupInfo> backups = store.backups();
    if (backups.isEmpty()) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("There is no backup of this library yet (they are kept in %1).").arg(store.folder()));
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Restore from Backup"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Choose the backup to put in place of the library. What changed since that backup is lost; "
                                "the library as it is now is kept beside it."),
                             &dialog);
    intro->setWordWrap(true);
    auto *list = new QListWidget(&dialog);
    for (const Library::BackupInfo &backup : backups) {
        auto *item = new QListWidgetItem(describeBackup(backup), list);
        item->setData(Qt::UserRole, backup.path);
        item->setToolTip(backup.path);
    }
    list->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::DestructiveRole);
    restore->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(restore, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    layout->addWidget(intro);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 320);
    if (dialog.exec() != QDialog::Accepted || !list->currentItem())
        return;
    restoreFrom(list->currentItem()->data(Qt::UserRole).toString());
}

bool LibraryCare::restoreFrom(const QString &backupPath)
{
    QProgressDialog progress(tr("Checking the backup and restoring the library…"), QString(), 0, 0, m_window);
    progress.setWindowTitle(tr("Restore from Backup"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    struct Outcome
    {
        bool ok = false;
        bool replacedFile = false;
        QString error;
    };
    Outcome outcome;
    QEventLoop loop;
    const QString path = m_database->path();
    std::unique_ptr<QThread> worker(QThread::create([&outcome, path, backupPath] {
        outcome.ok = Library::BackupStore(path).restore(backupPath, &outcome.error, &outcome.replacedFile);
    }));
    connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    progress.close();
    if (!outcome.ok) {
        QMessageBox::warning(m_window, tr("Restore from Backup"), outcome.error);
        return false;
    }
    if (outcome.replacedFile) {
        QMessageBox::information(m_window, tr("Restore from Backup"),
                                 tr("The library is restored. Quoteshelf closes now; start it again to open it."));
        QApplication::quit();
        return true;
    }
    m_banner->hide();
    Q_EMIT writableChanged(canWrite());
    Q_EMIT restored();
    Q_EMIT statusMessage(tr("The library is restored from the backup."), 8000);
    return true;
}

} // namespace Quoteshelf::Ui

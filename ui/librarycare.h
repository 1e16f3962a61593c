#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QFrame;
class QLabel;
class QPushButton;
class QThread;
class QWidget;

namespace Quoteshelf::Library {
class Database;
} // namespace Quoteshelf::Library

namespace Quoteshelf::Ui {

// Looks after the library file for the main window: a quick check of the whole file in the
// background after start, a backup a day (on a worker; reading and writing go on meanwhile),
// File › Back Up Now and File › Restore from Backup…, and the banner above the window's panels
// that says when the library is damaged (offering the newest good backup) or read-only.
class LibraryCare final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryCare)

public:
    // window: the parent of the dialogs and of this controller.
    LibraryCare(Library::Database *database, QWidget *window);
    ~LibraryCare() override;

    // The banner (hidden while there is nothing to say); the window places it.
    QWidget *banner() const;
    // Starts the background check, then the daily backup when one is due.
    void startBackgroundCare();
    // True while changes can be saved (not damaged, not read-only); reason() says why not.
    bool canWrite() const;
    QString reason() const;

    void backUpNow();
    void restoreFromBackup();
    // Settings › Move Library…: asks for a folder (when folder is empty) and for confirmation,
    // copies the library and its backups there on a worker with progress, checks the copy and
    // records the folder for the next start (Core::LibraryLocationKey); then libraryMoved().
    // The library stays where it was. Nothing changes when anything fails or is cancelled.
    void moveLibrary(const QString &folder = {});

    // A day between automatic backups.
    static constexpr int BackupIntervalHours = 24;

Q_SIGNALS:
    void statusMessage(const QString &text, int timeout);
    // Damaged or read-only came or went: write actions follow canWrite().
    void writableChanged(bool writable);
    // A backup replaced the library's content: everything shown must be read again.
    void restored();
    // The library was copied to folder and is used from the next start: the app restarts with it.
    void libraryMoved(const QString &folder);

private:
    void showDamaged(const QString &message);
    void showBanner(const QString &text, bool offerRestore);
    void runBackup(bool automatic);
    bool restoreFrom(const QString &backupPath);
    // Runs work on a thread of its own, then done(result) on this object's thread.
    template<typename Work, typename Done>
    void runInBackground(Work work, Done done);

    Library::Database *m_database = nullptr;
    QWidget *m_window = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QList<QThread *> m_workers;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_busy = false;
};

} // namespace Quoteshelf::Ui

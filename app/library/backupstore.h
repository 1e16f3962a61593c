#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace Quoteshelf::Library {

struct BackupInfo
{
    QString path;
    QDateTime created; // UTC, from the file name
    qint64 size = 0;
};

// The library's backups: copies made with SQLite's online backup API into backups/ beside the
// library, each checked (it opens, passes quick_check and is a Quoteshelf library) before it
// counts, the newest keepCount kept. Other connections and processes go on reading and writing
// while a copy is made; a copy that another writer interrupts starts again.
class BackupStore final
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)

public:
    static constexpr int DefaultKeepCount = 5;

    explicit BackupStore(QString libraryPath, int keepCount = DefaultKeepCount);

    QString folder() const;
    // Newest first.
    QList<BackupInfo> backups() const;
    std::optional<BackupInfo> newest() const;

    // Makes a backup now. progress(done, total) gets pages copied; returning false cancels
    // (nothing is kept). Returns the backup, or nothing with error set.
    std::optional<BackupInfo> create(QString *error, const std::function<bool(qint64, qint64)> &progress = {}) const;

    // Copies the library into folder (created when missing; it must not hold a library already)
    // as a verified, self-contained library.sqlite, with the backups beside it: what moving the
    // library to another place needs before the app switches to it. The library stays where it
    // is. progress as for create().
    bool copyTo(const QString &folder, QString *error, const std::function<bool(qint64, qint64)> &progress = {}) const;

    // The newest backup that passes verify(); nothing when none does (error says why).
    std::optional<BackupInfo> latestGood(QString *error) const;

    // Puts the backup in place of the library, through SQLite (a window open on the library sees
    // the restored content). The library as it was is kept first, as <file>.before-restore-<time>
    // (with its -wal), damaged or not. Clears the damaged state on success.
    // replacedFile tells whether SQLite could not write to the library and the file itself was
    // replaced: connections opened before then still see the old file and must be reopened.
    bool restore(const QString &backupPath, QString *error, bool *replacedFile = nullptr) const;

    // SQLite's quick_check of the library itself (seconds on a large library; run it on a
    // worker). A problem puts the library into the damaged state (LibraryHealth).
    // cancel, when given and set, stops the check (it then returns true: nothing was found).
    bool checkLibrary(QString *problem, const std::atomic_bool *cancel = nullptr) const;

    // Opens the file read-only and runs quick_check: true when it is a sound Quoteshelf library.
    static bool verify(const QString &path, QString *error);

private:
    void prune() const;
    // A verified copy of the library at target (written as target.partial first).
    bool copyVerified(const QString &target, QString *error, const std::function<bool(qint64, qint64)> &progress) const;

    QString m_libraryPath;
    int m_keepCount = DefaultKeepCount;
};

} // namespace Quoteshelf::Library

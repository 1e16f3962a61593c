#include "library/backupstore.h"

#include "core/logging.h"
#include "library/database.h"
#include "library/libraryhealth.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlite3.h>

#include <memory>

namespace Quoteshelf::Library {

namespace {

const QString TimeFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr int PagesPerStep = 2048; // 8 MB at a time: short locks, steady progress

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

Connection openFile(const QString &path, int flags, QString *error)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags, nullptr);
    Connection connection(db);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        return {};
    }
    sqlite3_busy_timeout(db, Database::BusyTimeoutMs);
    return connection;
}

// Runs a statement that returns one text or integer value.
std::optional<QString> singleValue(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    std::optional<QString> value;
    const int rc = sqlite3_step(statement);
    if (rc == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return value;
}

// SQLite's quick_check: true when it answers "ok", false with what it found in problem, nothing
// (problem says why) when the check could not run.
std::optional<bool> quickCheck(sqlite3 *db, QString *problem)
{
    const std::optional<QString> check = singleValue(db, "PRAGMA quick_check", problem);
    if (!check)
        return std::nullopt;
    if (*check != QLatin1String("ok"))
        *problem = *check;
    return *check == QLatin1String("ok");
}

// Copies all of from into to with the online backup API.
bool copyDatabase(sqlite3 *from, sqlite3 *to, QString *error, const std::function<bool(qint64, qint64)> &progress)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup);
        if (progress && !progress(total - sqlite3_backup_remaining(backup), total)) {
            sqlite3_backup_finish(backup);
            *error = BackupStore::tr("cancelled");
            return false;
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    }
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE || finish != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errstr(rc != SQLITE_DONE ? rc : finish));
        return false;
    }
    return true;
}

bool copyIfThere(const QString &from, const QString &to)
{
    return !QFile::exists(from) || QFile::copy(from, to);
}

} // namespace

BackupStore::BackupStore(QString libraryPath, int keepCount)
    : m_libraryPath(std::move(libraryPath))
    , m_keepCount(std::max(1, keepCount))
{
}

QString BackupStore::folder() const
{
    return QFileInfo(m_libraryPath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupInfo> BackupStore::backups() const
{
    static const QRegularExpression name(QStringLiteral("^library-(\\d{8}-\\d{6})\\.sqlite$"));
    QList<BackupInfo> result;
    const QDir dir(folder());
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("library-*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed)) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), TimeFormat);
        created.setTimeZone(QTimeZone::UTC);
        result.append({file.absoluteFilePath(), created, file.size()});
    }
    return result;
}

std::optional<BackupInfo> BackupStore::newest() const
{
    const QList<BackupInfo> all = backups();
    if (all.isEmpty())
        return std::nullopt;
    return all.constFirst();
}

std::optional<BackupInfo> BackupStore::create(QString *error, const std::function<bool(qint64, qint64)> &progress) const
{
    if (!QDir().mkpath(folder())) {
        *error = tr("Cannot create the backup folder %1.").arg(folder());
        return std::nullopt;
    }
    QDateTime now = QDateTime::currentDateTimeUtc();
    QString target = QDir(folder()).filePath(QStringLiteral("library-%1.sqlite").arg(now.toString(TimeFormat)));
    // Two backups in the same second: the second waits for its own name.
    while (QFile::exists(target)) {
        now = now.addSecs(1);
        target = QDir(folder()).filePath(QStringLiteral("library-%1.sqlite").arg(now.toString(TimeFormat)));
    }
    if (!copyVerified(target, error, progress))
        return std::nullopt;
    qCInfo(lcLibrary) << "backed up" << m_libraryPath << "to" << target;
    prune();
    now.setTimeZone(QTimeZone::UTC);
    return BackupInfo{target, now, QFileInfo(target).size()};
}

bool BackupStore::copyVerified(const QString &target, QString *error,
                               const std::function<bool(qint64, qint64)> &progress) const
{
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    const auto discard = [&partial] {
        for (const char *suffix : {"", "-journal", "-wal", "-shm"})
            QFile::remove(partial + QLatin1String(suffix));
    };

    QString why;
    {
        Connection from = openFile(m_libraryPath, SQLITE_OPEN_READONLY, &why);
        Connection to = from ? openFile(partial, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &why) : Connection();
        // One read transaction for the whole copy: the backup is of one moment, and writers in
        // other connections (the window, another process) go on meanwhile without making the
        // copy start again.
        if (from)
            sqlite3_exec(from.get(), "BEGIN; SELECT count(*) FROM sqlite_schema;", nullptr, nullptr, nullptr);
        if (!from || !to || !copyDatabase(from.get(), to.get(), &why, progress)) {
            to.reset();
            discard();
            *error = tr("Cannot copy %1: %2").arg(m_libraryPath, why);
            return false;
        }
        // A backup is one self-contained file.
        sqlite3_exec(to.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    if (!verify(partial, &why)) {
        discard();
        *error = tr("The copy of %1 did not pass its check (%2); it was not kept.").arg(m_libraryPath, why);
        return false;
    }
    if (!QFile::rename(partial, target)) {
        discard();
        *error = tr("Cannot keep the copy as %1.").arg(target);
        return false;
    }
    return true;
}

bool BackupStore::copyTo(const QString &folder, QString *error, const std::function<bool(qint64, qint64)> &progress) const
{
    const QDir target(folder);
    if (QDir(target.absolutePath()) == QFileInfo(m_libraryPath).absoluteDir()) {
        *error = tr("The library is in %1 already.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    const QString file = target.filePath(QStringLiteral("library.sqlite"));
    if (QFileInfo::exists(file)) {
        *error = tr("%1 holds a library already; choose an empty folder.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    if (!QDir().mkpath(target.absolutePath())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(target.absolutePath()));
        return false;
    }
    if (!copyVerified(file, error, progress))
        return false;
    // The backups go along: they are the way back from damage in the new place too.
    const BackupStore moved(file, m_keepCount);
    const QList<BackupInfo> all = backups();
    if (!all.isEmpty() && !QDir().mkpath(moved.folder())) {
        *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(moved.folder()));
        return false;
    }
    for (const BackupInfo &backup : all) {
        const QString to = QDir(moved.folder()).filePath(QFileInfo(backup.path).fileName());
        if (!QFile::copy(backup.path, to)) {
            *error = tr("Cannot copy the backup %1 to %2.").arg(backup.path, to);
            return false;
        }
    }
    qCInfo(lcLibrary) << "copied" << m_libraryPath << "to" << file << "with" << all.size() << "backups";
    return true;
}

void BackupStore::prune() const
{
    const QList<BackupInfo> all = backups();
    for (qsizetype i = m_keepCount; i < all.size(); ++i)
        QFile::remove(all.at(i).path);
}

bool BackupStore::verify(const QString &path, QString *error)
{
    // Whatever SQLite finds wrong with a backup is about the backup, not the library.
    LibraryHealth::OtherFileScope backupFile;
    Connection db = openFile(path, SQLITE_OPEN_READONLY, error);
    if (!db)
        return false;
    QString problem;
    const std::optional<bool> sound = quickCheck(db.get(), &problem);
    if (!sound) {
        *error = problem;
        return false;
    }
    if (!*sound) {
        *error = tr("damaged (%1)").arg(problem);
        return false;
    }
    const std::optional<QString> id = singleValue(db.get(), "PRAGMA application_id", error);
    if (!id)
        return false;
    if (id->toInt() != Database::ApplicationId) {
        *error = tr("not a Quoteshelf library");
        return false;
    }
    return true;
}

std::optional<BackupInfo> BackupStore::latestGood(QString *error) const
{
    const QList<BackupInfo> all = backups();
    if (all.isEmpty()) {
        *error = tr("There is no backup of %1 in %2.").arg(m_libraryPath, folder());
        return std::nullopt;
    }
    QStringList problems;
    for (const BackupInfo &backup : all) {
        QString why;
        if (verify(backup.path, &why))
            return backup;
        problems << QStringLiteral("%1: %2").arg(QFileInfo(backup.path).fileName(), why);
    }
    *error = tr("No backup of %1 passes its check: %2").arg(m_libraryPath, problems.join(QStringLiteral("; ")));
    return std::nullopt;
}

bool BackupStore::checkLibrary(QString *problem, const std::atomic_bool *cancel) const
{
    Connection db = openFile(m_libraryPath, SQLITE_OPEN_READONLY, problem);
    if (!db)
        return false;
    if (cancel) {
        sqlite3_progress_handler(
            db.get(), 10000, [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancel));
    }
    if (quickCheck(db.get(), problem).value_or(false) || (cancel && cancel->load()))
        return true;
    LibraryHealth::reportDamage(*problem);
    return false;
}

bool BackupStore::restore(const QString &backupPath, QString *error, bool *replacedFile) const
{
    if (replacedFile)
        *replacedFile = false;
    QString why;
    if (!verify(backupPath, &why)) {
        *error = tr("Cannot restore from %1: %2").arg(backupPath, why);
        return false;
    }
    // The library as it is now is kept, whatever its state.
    const QString kept = QStringLiteral("%1.before-restore-%2").arg(m_libraryPath, QDateTime::currentDateTimeUtc().toString(TimeFormat));
    if (QFile::exists(m_libraryPath)) {
        if (!QFile::copy(m_libraryPath, kept) || !copyIfThere(m_libraryPath + QStringLiteral("-wal"), kept + QStringLiteral("-wal"))) {
            *error = tr("Cannot keep a copy of %1 before restoring it (is the disk full?); nothing was changed.").arg(m_libraryPath);
            return false;
        }
    }

    // Through SQLite: other connections on the library (a window) take the restored content.
    bool restored = false;
    {
        LibraryHealth::OtherFileScope damagedOrBackup;
        Connection from = openFile(backupPath, SQLITE_OPEN_READONLY, &why);
        Connection to = from ? openFile(m_libraryPath, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &why) : Connection();
        restored = from && to && copyDatabase(from.get(), to.get(), &why, {});
    }
    if (!restored) {
        // A library too damaged for SQLite to write to is replaced as a file.
        qCWarning(lcLibrary) << "restoring through SQLite failed:" << why << "- replacing the file";
        for (const char *suffix : {"-wal", "-shm", "-journal"})
            QFile::remove(m_libraryPath + QLatin1String(suffix));
        const QString incoming = m_libraryPath + QStringLiteral(".restoring");
        QFile::remove(incoming);
        if (!QFile::copy(backupPath, incoming) || !(QFile::remove(m_libraryPath), QFile::rename(incoming, m_libraryPath))) {
            QFile::remove(incoming);
            *error = tr("Cannot restore %1 from %2: %3. The library as it was is in %4.").arg(m_libraryPath, backupPath, why, kept);
            return false;
        }
        if (replacedFile)
            *replacedFile = true;
    }
    LibraryHealth::clear(m_libraryPath);
    qCInfo(lcLibrary) << "restored" << m_libraryPath << "from" << backupPath << "; the previous file is" << kept;
    return true;
}

} // namespace Quoteshelf::Library

#include "library/database.h"

#include "core/logging.h"
#include "library/libraryhealth.h"
#include "library/migrations.h"
#include "library/sqltransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

namespace Quoteshelf::Library {

namespace {

int s_connectionCounter = 0;

} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("quoteshelf-%1").arg(++s_connectionCounter))
{
}

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion() const
{
    const auto migrations = loadMigrations(m_migrationsPath);
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool Database::isLibraryFile(const QString &path) const
{
    if (m_path.isEmpty())
        return false;
    const QString candidate = QFileInfo(path).canonicalFilePath();
    const QString library = QFileInfo(m_path).canonicalFilePath();
    if (candidate.isEmpty() || library.isEmpty())
        return false;
    for (const char *suffix : {"", "-wal", "-shm", "-journal"}) {
        if (candidate == library + QLatin1String(suffix))
            return true;
    }
    return false;
}

int Database::storedSchemaVersion(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return 0;
    int version = -1;
    const QString name = QStringLiteral("quoteshelf-version-probe-%1").arg(quintptr(QThread::currentThreadId()));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                version = query.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

bool Database::fail(Status status, const QString &message)
{
    if (status == Status::Corrupt) {
        LibraryHealth::watch(m_path);
        LibraryHealth::reportDamage(message);
    }
    m_status = status;
    m_errorString = message;
    qCWarning(lcLibrary) << "cannot open" << m_path << ":" << message;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    // (The connection itself goes in close(): the caller may still hold a handle on it.)
    return false;
}

namespace {

// SQLite's primary result code of a failed statement (0 when it was not SQLite's).
int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

// A library can only be written where its folder and its file (if there is one) are writable:
// SQLite keeps the -wal and -shm files beside it.
bool canWrite(const QFileInfo &file)
{
    const QFileInfo folder(file.absolutePath());
    return folder.isWritable() && (!file.exists() || file.isWritable());
}

} // namespace

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_errorString.clear();
    m_backupPath.clear();
    m_readOnly = false;

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Status::IoError, tr("Cannot create the library folder %1.").arg(info.absolutePath()));

    // The file is never opened with anything but SQLite. Closing any other descriptor of the
    // library file would drop every POSIX lock this process holds on it (SQLite's connections of
    // the GUI thread, the import worker, ...), and another process would then believe it is
    // alone, checkpoint and delete the WAL under our feet. SQLite itself tells a file that is
    // not a database apart (SQLITE_NOTADB) without writing to it.
    const bool existed = info.exists() && info.size() > 0;
    if (!existed && !canWrite(info))
        return fail(Status::IoError, tr("Cannot create a library in %1: the folder is read-only.").arg(info.absolutePath()));
    // A library on a read-only disk or in another user's folder is opened for reading: it can
    // be read and searched, nothing can be changed (see isReadOnly()).
    const bool readOnly = existed && !canWrite(info);

    // Opens the connection; read-only when asked. A library in WAL mode in a folder nobody may
    // write to has no -shm file to share: it is then opened as unchanging ("immutable"), which
    // holds as long as nobody can write there.
    const auto connect = [&](bool asReadOnly, bool immutable) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs)};
        if (asReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            options << QStringLiteral("QSQLITE_OPEN_URI");
            QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(url.toString(QUrl::FullyEncoded));
        } else {
            db.setDatabaseName(path);
        }
        // Waiting for another connection's lock applies from the first statement on, including
        // the schema read below (a writer in another process may be in the middle of a commit).
        db.setConnectOptions(options.join(QLatin1Char(';')));
        return db;
    };

    QSqlDatabase db = connect(readOnly, false);
    if (!db.open())
        return fail(Status::IoError, tr("Cannot open %1: %2").arg(path, db.lastError().text()));

    // Reading the schema touches the first pages; a damaged file fails here, before anything
    // is written to it.
    int objectCount = 0;
    {
        // A file that is not a database at all is reported as such below, not as damage.
        LibraryHealth::OtherFileScope notYetKnown;
        QSqlQuery probe(db);
        bool probed = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && probe.next();
        QSqlError error = probe.lastError();
        if (probed)
            objectCount = probe.value(0).toInt();
        probe.finish();
        if (!probed && readOnly && (sqliteCode(error) == SQLITE_CANTOPEN || sqliteCode(error) == SQLITE_READONLY)) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            db = connect(true, true);
            if (!db.open())
                return fail(Status::IoError, tr("Cannot open %1: %2").arg(path, db.lastError().text()));
            QSqlQuery retry(db);
            probed = retry.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && retry.next();
            error = retry.lastError();
            if (probed)
                objectCount = retry.value(0).toInt();
        }
        if (!probed) {
            const int code = sqliteCode(error);
            if (code == SQLITE_NOTADB || error.databaseText().contains(QLatin1String("not a database")))
                return fail(Status::NotALibrary,
                            tr("%1 is not a Quoteshelf library: it is not an SQLite database.").arg(path));
            if (code == SQLITE_CORRUPT) {
                LibraryHealth::reportDamage(error.databaseText());
                return fail(Status::Corrupt, tr("%1 is damaged and cannot be opened (%2). Restore it from a backup.")
                                                 .arg(path, error.databaseText()));
            }
            return fail(Status::IoError, tr("Cannot read %1: %2").arg(path, error.databaseText()));
        }
    }

    QSqlQuery header(db);
    if (!header.exec(QStringLiteral("PRAGMA application_id")) || !header.next())
        return fail(Status::Corrupt, tr("%1 is damaged and cannot be opened.").arg(path));
    const int applicationId = header.value(0).toInt();
    header.finish();
    if (objectCount > 0 && applicationId != ApplicationId)
        return fail(Status::NotALibrary,
                    tr("%1 is an SQLite database of another program, not a Quoteshelf library.").arg(path));

    const int version = schemaVersion();
    const int latest = latestSchemaVersion();
    if (version > latest)
        return fail(Status::Newer,
                    tr("%1 was written by a newer version of Quoteshelf (library format %2; this version reads "
                       "up to %3). Update Quoteshelf to open it; the library was not changed.")
                        .arg(path)
                        .arg(version)
                        .arg(latest));

    if (readOnly) {
        if (version < latest)
            return fail(Status::IoError,
                        tr("%1 needs an upgrade to this version of Quoteshelf, but it is read-only. Open it once "
                           "where it can be written.")
                            .arg(path));
        m_readOnly = true;
        LibraryHealth::watch(path);
        LibraryHealth::guard(db);
        QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_status = Status::Open;
        qCInfo(lcLibrary) << "opened" << path << "read-only";
        return true;
    }

    LibraryHealth::watch(path);
    LibraryHealth::guard(db);
    if (!configure())
        return failNew(existed);
    if (version < latest) {
        if (existed && version > 0 && !backUp(version))
            return false;
        if (!migrate(version))
            return failNew(existed);
    }
    m_status = Status::Open;
    return true;
}

bool Database::failNew(bool existed)
{
    // A library that could not be made (a full disk, most often) leaves no empty file behind.
    if (!existed) {
        close();
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    return false;
}

QString Database::describe(const QSqlError &error)
{
    switch (sqliteCode(error)) {
    case SQLITE_FULL:
        return tr("the disk is full");
    case SQLITE_READONLY:
        return tr("the library is read-only");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the library is damaged");
    case SQLITE_IOERR:
        return tr("the disk could not be read or written (%1)").arg(error.databaseText());
    default:
        break;
    }
    // (A failed COMMIT comes without SQLite's code, only its words.)
    if (error.databaseText().contains(QLatin1String("disk is full")) || error.text().contains(QLatin1String("disk is full")))
        return tr("the disk is full");
    if (error.databaseText().contains(QLatin1String("not authorized")) && LibraryHealth::isDamaged())
        return tr("the library is damaged; nothing more is written to it");
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

bool Database::configure()
{
    QSqlDatabase db = connection();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // NORMAL is durable across application crashes in WAL mode; only a power loss may
        // roll back the last transactions.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        QSqlQuery query(db);
        if (!query.exec(pragma))
            return fail(sqliteCode(query.lastError()) == SQLITE_CORRUPT ? Status::Corrupt : Status::IoError,
                        tr("Cannot set up %1: %2").arg(m_path, describe(query.lastError())));
    }
    return true;
}

bool Database::backUp(int fromVersion)
{
    const QString stem = QStringLiteral("%1.v%2-%3")
                             .arg(m_path)
                             .arg(fromVersion)
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // Two processes may upgrade the same library in the same second, and a process killed while
    // copying leaves its partial copy behind: each copy gets a name no other has, is written
    // under a ".part" name and only takes its own name once it is whole.
    QString lastError;
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString target = attempt == 1 ? stem + QLatin1String(".bak") : QStringLiteral("%1-%2.bak").arg(stem).arg(attempt);
        const QString partial = target + QLatin1String(".part");
        if (QFileInfo::exists(target) || QFileInfo::exists(partial))
            continue;
        // VACUUM INTO writes a consistent copy including what is still in the WAL.
        QSqlQuery query(connection());
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(partial);
        if (!query.exec()) {
            lastError = query.lastError().text();
            const bool taken = query.lastError().databaseText().contains(QLatin1String("already exists"));
            query.finish();
            if (taken)
                continue; // another process took this name a moment ago
            QFile::remove(partial);
            return fail(Status::IoError, tr("Cannot back up %1 before upgrading it: %2").arg(m_path, lastError));
        }
        query.finish();
        if (!QFile::rename(partial, target)) {
            QFile::remove(partial);
            continue;
        }
        m_backupPath = target;
        qCInfo(lcLibrary) << "backed up the library to" << target << "before migrating";
        return true;
    }
    return fail(Status::IoError, tr("Cannot back up %1 before upgrading it: %2").arg(m_path, lastError));
}

bool Database::migrate(int fromVersion)
{
    QSqlDatabase db = connection();
    // Schema steps may make a table again (copy, drop, rename): foreign keys are not enforced
    // while they run, or dropping the old table would delete what refers to it. Each step is
    // checked before it commits. (The pragma is a no-op inside a transaction: set it outside.)
    QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto enforceAgain = qScopeGuard([&db] { QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    // A full check reads every referencing table: once before the first step, then once per step.
    const auto brokenReferences = [&db] {
        QSqlQuery check(db);
        qsizetype count = 0;
        if (check.exec(QStringLiteral("PRAGMA foreign_key_check")))
            while (check.next())
                ++count;
        return count;
    };
    qsizetype brokenBefore = -1;
    for (const Migration &migration : loadMigrations(m_migrationsPath)) {
        if (migration.version <= fromVersion)
            continue;
        // Another process may be creating or upgrading the same library right now: take the
        // write lock first (waiting for it), then look again at the version it left behind.
        SqlTransaction transaction(db);
        if (!transaction.isActive())
            return fail(Status::IoError, fromVersion == 0 ? tr("Cannot create the library %1: %2").arg(m_path, transaction.errorString())
                                                          : tr("Cannot upgrade %1: %2").arg(m_path, transaction.errorString()));
        if (schemaVersion() >= migration.version)
            continue;
        if (brokenBefore < 0)
            brokenBefore = brokenReferences();
        const auto failed = [&](const QString &error) {
            transaction.rollback();
            return fail(Status::IoError, tr("Upgrading %1 to library format %2 (%3) failed: %4")
                                             .arg(m_path)
                                             .arg(migration.version)
                                             .arg(migration.name, error));
        };
        const auto runAll = [&](const QStringList &statements) {
            for (const QString &statement : statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    const QString error = query.lastError().text();
                    query.finish();
                    return failed(error);
                }
            }
            return true;
        };
        if (!runAll(migration.statements))
            return false;
        if (QString error; !runMigrationCode(migration.version, db, &error))
            return failed(error);
        // (References that were broken before the step are not its doing: only new ones fail it.)
        const qsizetype broken = brokenReferences();
        if (broken > brokenBefore)
            return failed(tr("%n reference(s) to rows that are not there", nullptr, int(broken - brokenBefore)));
        brokenBefore = broken;
        if (!runAll({ QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                      QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId) }))
            return false;
        if (!transaction.commit())
            return fail(Status::IoError, fromVersion == 0 ? tr("Cannot create the library %1: %2").arg(m_path, transaction.errorString())
                                                          : tr("Cannot upgrade %1: %2").arg(m_path, transaction.errorString()));
        if (fromVersion > 0)
            qCInfo(lcLibrary) << "upgraded" << m_path << "to version" << migration.version << migration.name;
    }
    return true;
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = connection();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_status = Status::Closed;
}

} // namespace Quoteshelf::Library

#include "library/database.h"

#include "core/logging.h"
#include "library/migrations.h"
#include "library/sqltransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QThread>

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
    m_status = status;
    m_errorString = message;
    qCWarning(lcLibrary) << "cannot open" << m_path << ":" << message;
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    return false;
}

bool Database::open(const QString &path)
{
    close();
    m_path = path;
    m_errorString.clear();
    m_backupPath.clear();

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(Status::IoError, tr("Cannot create the library folder %1.").arg(info.absolutePath()));

    // The file is never opened with anything but SQLite. Closing any other descriptor of the
    // library file would drop every POSIX lock this process holds on it (SQLite's connections of
    // the GUI thread, the import worker, ...), and another process would then believe it is
    // alone, checkpoint and delete the WAL under our feet. SQLite itself tells a file that is
    // not a database apart (SQLITE_NOTADB) without writing to it.
    const bool existed = info.exists() && info.size() > 0;

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Waiting for another connection's lock applies from the first statement on, including the
    // schema read below (a writer in another process may be in the middle of a commit).
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return fail(Status::IoError, tr("Cannot open %1: %2").arg(path, db.lastError().text()));

    // Reading the schema touches the first pages; a damaged file fails here, before anything
    // is written to it.
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !probe.next()) {
        const QSqlError error = probe.lastError();
        if (error.nativeErrorCode() == QLatin1String("26") // SQLITE_NOTADB
            || error.databaseText().contains(QLatin1String("not a database")))
            return fail(Status::NotALibrary,
                        tr("%1 is not a Quoteshelf library: it is not an SQLite database.").arg(path));
        return fail(Status::Corrupt, tr("%1 is damaged and cannot be opened (%2). Restore it from a backup.")
                                         .arg(path, error.databaseText()));
    }
    const int objectCount = probe.value(0).toInt();
    probe.finish();

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

    if (!configure())
        return false;
    if (version < latest) {
        if (existed && version > 0 && !backUp(version))
            return false;
        if (!migrate(version))
            return false;
    }
    m_status = Status::Open;
    return true;
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
            return fail(Status::Corrupt, tr("Cannot set up %1: %2").arg(m_path, query.lastError().text()));
    }
    return true;
}

bool Database::backUp(int fromVersion)
{
    const QString target = QStringLiteral("%1.v%2-%3.bak")
                               .arg(m_path)
                               .arg(fromVersion)
                               .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    // VACUUM INTO writes a consistent copy including what is still in the WAL.
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec())
        return fail(Status::IoError, tr("Cannot back up %1 before upgrading it: %2").arg(m_path, query.lastError().text()));
    m_backupPath = target;
    qCInfo(lcLibrary) << "backed up the library to" << target << "before migrating";
    return true;
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
            return fail(Status::IoError, tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text()));
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
            return failed(tr("%n references point at rows that are not there", nullptr, int(broken - brokenBefore)));
        brokenBefore = broken;
        if (!runAll({ QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                      QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId) }))
            return false;
        if (!transaction.commit())
            return fail(Status::IoError, tr("Cannot upgrade %1: %2").arg(m_path, db.lastError().text()));
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

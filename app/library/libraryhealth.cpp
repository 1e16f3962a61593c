#include "library/libraryhealth.h"

#include "core/logging.h"

#include <QDateTime>
#include <QFile>
#include <QMutex>
#include <QSaveFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <atomic>

namespace Quoteshelf::Library {

namespace {

std::atomic_bool s_damaged = false;
QMutex s_mutex;
QString s_message; // guarded by s_mutex
QString s_library; // guarded by s_mutex
thread_local int t_otherFiles = 0;

bool isDamageCode(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

void writeMarker(const QString &library, const QString &message)
{
    if (library.isEmpty())
        return;
    QSaveFile marker(LibraryHealth::markerPath(library));
    if (marker.open(QIODevice::WriteOnly)) {
        marker.write(QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + message.toUtf8() + '\n');
        marker.commit();
    }
}

void record(const QString &message)
{
    if (s_damaged.exchange(true))
        return;
    QString library;
    {
        QMutexLocker lock(&s_mutex);
        s_message = message;
        library = s_library;
    }
    writeMarker(library, message);
    qCWarning(lcLibrary) << "the library is damaged:" << message;
    // Announced later, from the event loop: this may be deep inside SQLite, on any thread.
    QMetaObject::invokeMethod(LibraryHealth::instance(), "announce", Qt::QueuedConnection);
}

void errorLog(void *, int code, const char *message)
{
    if (!isDamageCode(code) || t_otherFiles > 0)
        return;
    record(QString::fromUtf8(message));
}

// Runs before main(), so before anything in the process has used SQLite: the log can only be set
// up before SQLite initialises.
const bool s_logInstalled = [] {
    return sqlite3_config(SQLITE_CONFIG_LOG, &errorLog, nullptr) == SQLITE_OK;
}();

int authorize(void *, int action, const char *, const char *, const char *, const char *)
{
    if (!s_damaged.load(std::memory_order_relaxed))
        return SQLITE_OK;
    switch (action) {
    case SQLITE_SELECT:
    case SQLITE_READ:
    case SQLITE_FUNCTION:
    case SQLITE_RECURSIVE:
    case SQLITE_TRANSACTION:
    case SQLITE_SAVEPOINT:
    case SQLITE_PRAGMA:
        return SQLITE_OK;
    default:
        return SQLITE_DENY;
    }
}

} // namespace

LibraryHealth *LibraryHealth::instance()
{
    static LibraryHealth *health = new LibraryHealth;
    return health;
}

bool LibraryHealth::isDamaged()
{
    return s_damaged.load();
}

QString LibraryHealth::damage()
{
    QMutexLocker lock(&s_mutex);
    return s_message;
}

void LibraryHealth::reportDamage(const QString &message)
{
    record(message);
}

void LibraryHealth::guard(const QSqlDatabase &connection)
{
    if (!s_logInstalled)
        qCWarning(lcLibrary) << "SQLite's error log could not be installed: damage is found only by checks";
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    if (sqlite3 *db = *static_cast<sqlite3 *const *>(handle.data()))
        sqlite3_set_authorizer(db, &authorize, nullptr);
}

LibraryHealth::OtherFileScope::OtherFileScope()
{
    ++t_otherFiles;
}

LibraryHealth::OtherFileScope::~OtherFileScope()
{
    --t_otherFiles;
}

QString LibraryHealth::markerPath(const QString &libraryPath)
{
    return libraryPath + QStringLiteral(".damaged");
}

void LibraryHealth::watch(const QString &libraryPath)
{
    QString message;
    {
        QMutexLocker lock(&s_mutex);
        if (s_library == libraryPath)
            return;
        s_library = libraryPath;
        message = s_message;
    }
    if (s_damaged) {
        writeMarker(libraryPath, message);
        return;
    }
    QFile marker(markerPath(libraryPath));
    if (marker.open(QIODevice::ReadOnly)) {
        const QString line = QString::fromUtf8(marker.readLine()).trimmed();
        const QString why = line.section(QLatin1Char(' '), 1);
        record(why.isEmpty() ? LibraryHealth::tr("found damaged before") : why);
    }
}

void LibraryHealth::clear(const QString &libraryPath)
{
    QFile::remove(markerPath(libraryPath));
    QMutexLocker lock(&s_mutex);
    if (s_library == libraryPath) {
        s_damaged = false;
        s_message.clear();
    }
}

void LibraryHealth::resetForTesting()
{
    s_damaged = false;
    QMutexLocker lock(&s_mutex);
    s_message.clear();
    s_library.clear();
}

void LibraryHealth::announce()
{
    Q_EMIT damaged(damage());
}

} // namespace Quoteshelf::Library

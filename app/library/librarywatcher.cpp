#include "library/librarywatcher.h"

#include "core/logging.h"
#include "library/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

namespace Quoteshelf::Library {

LibraryWatcher::LibraryWatcher(Database *database, QObject *parent)
    : QObject(parent), m_database(database), m_timer(new QTimer(this))
{
    m_version = dataVersion();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &LibraryWatcher::check);
    m_timer->start();
}

void LibraryWatcher::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

qint64 LibraryWatcher::dataVersion() const
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next()) {
        qCWarning(lcLibrary) << "cannot read the library's data version:" << query.lastError().text();
        return -1;
    }
    return query.value(0).toLongLong();
}

bool LibraryWatcher::check()
{
    const qint64 version = dataVersion();
    if (version < 0 || version == m_version)
        return false;
    m_version = version;
    Q_EMIT changedElsewhere();
    return true;
}

} // namespace Quoteshelf::Library

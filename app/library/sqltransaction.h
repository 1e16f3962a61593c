#pragma once

#include "core/logging.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Quoteshelf::Library {

// A transaction that rolls back unless commit() was called: every early return of a repository
// write leaves the library as it was.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(QSqlDatabase database) : m_database(std::move(database)), m_active(m_database.transaction())
    {
        if (!m_active)
            qCWarning(lcLibrary) << "could not start a transaction:" << m_database.lastError().text();
    }
    ~SqlTransaction()
    {
        if (m_active)
            m_database.rollback();
    }

    bool isActive() const { return m_active; }
    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (m_database.commit())
            return true;
        qCWarning(lcLibrary) << "could not commit:" << m_database.lastError().text();
        m_database.rollback();
        return false;
    }

private:
    QSqlDatabase m_database;
    bool m_active = false;
};

} // namespace Quoteshelf::Library

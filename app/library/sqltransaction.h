#pragma once

#include "core/logging.h"
#include "library/database.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Quoteshelf::Library {

// A write transaction that rolls back unless commit() was called: every early return of a
// repository write leaves the library as it was.
//
// It begins IMMEDIATE: the write lock is taken at the start, waiting (busy timeout) while another
// connection or process writes. A DEFERRED transaction that reads first and writes later cannot
// wait when another writer committed in between: SQLite fails it at once with "database is
// locked", which is how two concurrent writers used to lose one write.
class SqlTransaction final
{
    Q_DISABLE_COPY_MOVE(SqlTransaction)

public:
    explicit SqlTransaction(QSqlDatabase database) : m_database(std::move(database))
    {
        QSqlQuery begin(m_database);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active) {
            m_error = Database::describe(begin.lastError());
            qCWarning(lcLibrary) << "could not start a transaction:" << m_error;
        }
    }
    ~SqlTransaction() { rollback(); }

    bool isActive() const { return m_active; }
    // Why the transaction could not begin or commit (empty when it did).
    QString errorString() const { return m_error; }

    bool commit()
    {
        if (!m_active)
            return false;
        m_active = false;
        // QSqlDatabase::commit() runs COMMIT on this connection whichever way the transaction began.
        if (m_database.commit())
            return true;
        m_error = Database::describe(m_database.lastError());
        qCWarning(lcLibrary) << "could not commit:" << m_error;
        m_database.rollback();
        return false;
    }

    void rollback()
    {
        if (!m_active)
            return;
        m_active = false;
        m_database.rollback();
    }

private:
    QSqlDatabase m_database;
    QString m_error;
    bool m_active = false;
};

} // namespace Quoteshelf::Library

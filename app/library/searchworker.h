#pragma once

#include "library/searchengine.h"

#include <QMutex>
#include <QObject>
#include <QString>

class QThread;

namespace Quoteshelf::Library {

// Runs library searches on a thread of its own, with a connection of its own, so that typing in
// the search box never waits for the database. Only the newest request counts: a request that
// arrives while another runs replaces any request still waiting, and the hits of a request that
// was overtaken are never delivered.
class SearchWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchWorker)

public:
    explicit SearchWorker(const QString &databasePath, QObject *parent = nullptr);
    ~SearchWorker() override;

    // Starts a search; returns its number, which finished() carries.
    quint64 search(const QString &text, int limit = 100);
    // Forgets every request made so far: none of them reports.
    void cancel();

Q_SIGNALS:
    // Emitted on the thread that owns this object, for the newest request only.
    void finished(quint64 request, const QString &text, const QList<Quoteshelf::Library::SearchHit> &hits);

private:
    class Runner;

    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    QMutex m_mutex;
    quint64 m_latest = 0; // guarded by m_mutex
    QString m_pendingText; // guarded by m_mutex
    int m_pendingLimit = 0; // guarded by m_mutex
    quint64 m_pending = 0; // guarded by m_mutex; 0 when nothing waits
};

} // namespace Quoteshelf::Library

Q_DECLARE_METATYPE(QList<Quoteshelf::Library::SearchHit>)

#include "library/searchworker.h"

#include "core/logging.h"
#include "library/database.h"

#include <QMutexLocker>
#include <QThread>

#include <memory>
#include <utility>

namespace Quoteshelf::Library {

// Lives on the worker thread; opens its connection there on first use.
class SearchWorker::Runner final : public QObject
{
public:
    explicit Runner(SearchWorker *owner, QString databasePath) : m_owner(owner), m_databasePath(std::move(databasePath))
    {
    }

    // Takes the newest waiting request, if any, and answers it.
    void runPending()
    {
        quint64 request = 0;
        QString text;
        int limit = 0;
        {
            QMutexLocker lock(&m_owner->m_mutex);
            request = std::exchange(m_owner->m_pending, 0);
            text = m_owner->m_pendingText;
            limit = m_owner->m_pendingLimit;
        }
        if (request == 0)
            return;
        if (!m_database) {
            m_database = std::make_unique<Database>();
            if (!m_database->open(m_databasePath)) {
                qCWarning(lcLibrary) << "search cannot open the library:" << m_database->errorString();
                m_database.reset();
                return;
            }
        }
        const QList<SearchHit> hits = SearchEngine(m_database.get()).search(text, limit);
        {
            QMutexLocker lock(&m_owner->m_mutex);
            if (request != m_owner->m_latest)
                return; // overtaken while it ran
        }
        Q_EMIT m_owner->finished(request, text, hits);
    }

    // The connection belongs to this thread: closed here, before the thread ends.
    void close() { m_database.reset(); }

private:
    SearchWorker *m_owner = nullptr;
    QString m_databasePath;
    std::unique_ptr<Database> m_database;
};

SearchWorker::SearchWorker(const QString &databasePath, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_runner(new Runner(this, databasePath))
{
    qRegisterMetaType<QList<SearchHit>>();
    m_thread->setObjectName(QStringLiteral("quoteshelf-search"));
    m_runner->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_runner, [runner = m_runner] {
        runner->close();
        delete runner;
    });
    m_thread->start();
}

SearchWorker::~SearchWorker()
{
    cancel();
    m_thread->quit();
    m_thread->wait();
}

quint64 SearchWorker::search(const QString &text, int limit)
{
    quint64 request = 0;
    bool wasWaiting = false;
    {
        QMutexLocker lock(&m_mutex);
        request = ++m_latest;
        wasWaiting = m_pending != 0;
        m_pending = request;
        m_pendingText = text;
        m_pendingLimit = limit;
    }
    // A request already waiting was going to be picked up: it now carries the new text.
    if (!wasWaiting)
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner] { runner->runPending(); }, Qt::QueuedConnection);
    return request;
}

void SearchWorker::cancel()
{
    QMutexLocker lock(&m_mutex);
    ++m_latest;
    m_pending = 0;
}

} // namespace Quoteshelf::Library

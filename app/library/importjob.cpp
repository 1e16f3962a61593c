#include "library/importjob.h"

#include "library/articlerepository.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

namespace Quoteshelf::Library {

ImportJob::ImportJob(const QString &databasePath, const QStringList &files, QObject *parent)
    : QObject(parent)
    , m_databasePath(databasePath)
    , m_files(files)
{
    qRegisterMetaType<ImportOutcome>();
}

ImportJob::~ImportJob()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("quoteshelf-import"));
    m_thread->start(QThread::LowPriority);
}

void ImportJob::run()
{
    // A connection of the worker's own: SQLite connections never cross threads.
    Database database;
    if (!database.open(m_databasePath)) {
        for (const QString &file : std::as_const(m_files))
            Q_EMIT failed({file, 0, {}, false, QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(), database.errorString())});
        Q_EMIT finished(false);
        return;
    }
    ArticleRepository repository(&database);
    const int total = int(m_files.size());
    // Files are read and extracted on every core; this thread stores them in order.
    Q_EMIT progress(0, total, m_files.value(0));
    importFiles(
        repository, m_files,
        [&](int index, const ImportOutcome &outcome) {
            if (outcome.ok())
                Q_EMIT imported(outcome);
            else
                Q_EMIT failed(outcome);
            Q_EMIT progress(index + 1, total, m_files.value(index + 1));
        },
        [this] { return m_cancelled.loadRelaxed() != 0; });
    Q_EMIT finished(m_cancelled.loadRelaxed() != 0);
}

} // namespace Quoteshelf::Library

#include "library/importjob.h"

#include "library/articlerepository.h"
#include "library/database.h"
#include "import/urlfetcher.h"

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
    const auto cancelled = [this] { return m_cancelled.loadRelaxed() != 0; };
    const auto report = [&](int index, const ImportOutcome &outcome) {
        if (outcome.ok())
            Q_EMIT imported(outcome);
        else
            Q_EMIT failed(outcome);
        Q_EMIT progress(index + 1, total, m_files.value(index + 1));
    };
    Q_EMIT progress(0, total, m_files.value(0));
    // Runs of files are read and extracted on every core while this thread stores them in order;
    // web addresses are fetched one at a time between them.
    for (int first = 0; first < total && !cancelled();) {
        const QString &item = m_files.at(first);
        if (Import::UrlFetcher::isWebAddress(item)) {
            FetchControl control;
            control.cancelled = cancelled;
            control.progress = [this, item](qint64 received, qint64 size) { Q_EMIT fetching(item, received, size); };
            const ImportOutcome outcome = importUrl(repository, item, control);
            // A page stored before the reader cancelled is reported like any other.
            if (!outcome.ok() && cancelled())
                break;
            report(first, outcome);
            ++first;
            continue;
        }
        int end = first;
        while (end < total && !Import::UrlFetcher::isWebAddress(m_files.at(end)))
            ++end;
        importFiles(repository, m_files.mid(first, end - first),
                    [&](int index, const ImportOutcome &outcome) { report(first + index, outcome); }, cancelled);
        first = end;
    }
    Q_EMIT finished(m_cancelled.loadRelaxed() != 0);
}

} // namespace Quoteshelf::Library

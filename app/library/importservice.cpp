#include "library/importservice.h"

#include "extract/extractor.h"
#include "import/reader.h"
#include "library/articlefields.h"
#include "library/articlerepository.h"
#include "library/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace Quoteshelf::Library {

namespace {

// What a worker makes of one file before the writer stores it.
struct Prepared
{
    QString path; // absolute
    QString name; // as messages name it
    Import::ReadResult read;
    QByteArray original;
    Extract::Result extraction;
    QString error; // refused before reading
    bool isFile = false; // a file on disk (not a bundled sample)
};

// The quotes, speakers and tags of a file that was read; nothing is kept of one that was not.
void extract(Prepared &prepared)
{
    if (prepared.error.isEmpty() && prepared.read.ok()) {
        prepared.extraction = Extract::Extractor().extract(prepared.read.article.text, bodySegments(prepared.read.article));
        // The extractor's working memory is freed; the library's row comes next.
        if (prepared.original.size() >= Import::TrimAfterBytes)
            Import::releaseFreedMemory();
    } else {
        prepared.original.clear();
    }
}

QString fileError(const QString &name, const QString &problem)
{
    return QCoreApplication::translate("Library", "%1: %2").arg(name, problem);
}

// Checks that need the library (is this its own file?) are made by the caller, on its thread.
Prepared prepare(const QString &path, bool isLibraryFile)
{
    const QFileInfo info(path);
    Prepared prepared;
    prepared.name = info.fileName().isEmpty() ? path : info.fileName();
    prepared.path = info.exists() ? info.absoluteFilePath() : path;
    prepared.isFile = info.exists();
    if (!info.exists()) {
        prepared.error = QCoreApplication::translate("Library", "%1: no such file").arg(prepared.name);
    } else if (info.isDir()) {
        prepared.error = QCoreApplication::translate("Library", "%1: is a folder, not a saved article").arg(prepared.name);
    } else if (isLibraryFile) {
        // Reading the library's own file outside SQLite would drop this process's locks on it.
        prepared.error = QCoreApplication::translate("Library", "%1: is the Quoteshelf library itself, not a saved article")
                             .arg(prepared.name);
    } else if (info.size() > Import::MaxFileSize) {
        // Refused before it is read; the reader words the message.
        prepared.read = Import::readFile(prepared.path);
    } else {
        // Read once: the bytes are parsed and kept as the original. The reader knows about
        // "page_files/" folders beside the file.
        QFile file(prepared.path);
        if (!file.open(QIODevice::ReadOnly)) {
            prepared.read.error = QCoreApplication::translate("Import", "cannot open the file: %1").arg(file.errorString());
        } else {
            prepared.original = file.read(Import::MaxFileSize + 1);
            prepared.read = Import::readData(prepared.original, prepared.path);
        }
    }
    extract(prepared);
    return prepared;
}

ImportOutcome store(ArticleRepository &repository, const Prepared &prepared)
{
    ImportOutcome outcome;
    outcome.file = prepared.path;
    if (!prepared.error.isEmpty()) {
        outcome.error = prepared.error;
        return outcome;
    }
    if (!prepared.read.ok()) {
        outcome.error = fileError(prepared.name, prepared.read.error);
        return outcome;
    }
    const auto added = repository.addArticle(prepared.read.article, prepared.extraction,
                                             prepared.isFile ? sourcePath(prepared.path) : prepared.path, prepared.original);
    if (!added.ok()) {
        outcome.error = fileError(prepared.name, added.error);
        return outcome;
    }
    outcome.id = added.id;
    outcome.duplicate = added.duplicate;
    // A duplicate is not stored again: the title shown is the one the library has.
    const auto stored = added.duplicate ? repository.summary(added.id) : std::nullopt;
    outcome.title = stored ? stored->title : prepared.read.article.title;
    if (!added.duplicate)
        outcome.warnings = prepared.read.warnings;
    return outcome;
}

} // namespace

QString sourcePath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

ImportOutcome importFile(ArticleRepository &repository, const QString &path)
{
    return store(repository, prepare(path, repository.database()->isLibraryFile(path)));
}

ImportOutcome importData(ArticleRepository &repository, const QByteArray &data, const QString &sourcePath)
{
    Prepared prepared;
    prepared.path = sourcePath;
    prepared.name = QFileInfo(sourcePath).fileName().isEmpty() ? sourcePath : QFileInfo(sourcePath).fileName();
    prepared.original = data;
    prepared.read = Import::readData(data, sourcePath);
    extract(prepared);
    return store(repository, prepared);
}

ImportOutcome importUrl(ArticleRepository &repository, const QString &address, const FetchControl &control)
{
    WebPage page = fetchWebPage(address, control);
    if (!page.error.isEmpty())
        return {address, 0, {}, false, page.error};
    Prepared prepared;
    prepared.path = page.source;
    prepared.name = address;
    prepared.original = std::move(page.original);
    prepared.read = std::move(page.read);
    extract(prepared);
    ImportOutcome outcome = store(repository, prepared);
    outcome.file = address;
    return outcome;
}

ImportOutcome importRead(ArticleRepository &repository, Import::ReadResult read, const QByteArray &original,
                         const QString &source, const QString &name)
{
    Prepared prepared;
    prepared.path = source;
    prepared.name = name;
    prepared.original = original;
    prepared.read = std::move(read);
    extract(prepared);
    ImportOutcome outcome = store(repository, prepared);
    outcome.file = name;
    return outcome;
}

void importFiles(ArticleRepository &repository, const QStringList &files,
                 const std::function<void(int index, const ImportOutcome &outcome)> &report,
                 const std::function<bool()> &cancelled, int threads)
{
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
    // The workers run at the caller's priority: low under the window's import job, normal for
    // quoteshelf-cli.
    if (const QThread::Priority priority = QThread::currentThread()->priority(); priority != QThread::InheritPriority)
        pool.setThreadPriority(priority);
    // A few files in flight per worker: enough to keep every core busy while the writer stores
    // one, few enough that a folder of thousands is not all in memory at once.
    const int ahead = pool.maxThreadCount() * 2;
    QList<QFuture<Prepared>> inFlight;
    int next = 0;
    const auto submit = [&] {
        while (next < files.size() && inFlight.size() < ahead) {
            const QString path = files.at(next++);
            const bool isLibrary = repository.database()->isLibraryFile(path);
            inFlight.append(QtConcurrent::run(&pool, [path, isLibrary] { return prepare(path, isLibrary); }));
        }
    };
    const auto stopped = [&] { return cancelled && cancelled(); };
    submit();
    for (int index = 0; index < files.size() && !stopped(); ++index) {
        const Prepared prepared = inFlight.takeFirst().result();
        submit();
        if (stopped())
            break;
        report(index, store(repository, prepared));
    }
    // Cancelled: what is still being prepared is dropped.
    for (QFuture<Prepared> &future : inFlight)
        future.cancel();
    pool.waitForDone();
}

QList<ImportOutcome> importSamples(ArticleRepository &repository)
{
    QList<ImportOutcome> outcomes;
    const QDir samples(QStringLiteral(":/samples"));
    for (const QString &entry : samples.entryList(QDir::Files, QDir::Name)) {
        QFile file(samples.filePath(entry));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray data = file.readAll();
        Prepared prepared;
        prepared.path = prepared.name = entry;
        prepared.read = Import::readData(data, entry);
        prepared.original = data;
        extract(prepared);
        outcomes.append(store(repository, prepared));
    }
    return outcomes;
}

} // namespace Quoteshelf::Library

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

namespace Quoteshelf::Library {

namespace {

ImportOutcome store(ArticleRepository &repository, const Import::ReadResult &read, const QByteArray &original,
                    const QString &path, const QString &displayName)
{
    ImportOutcome outcome;
    outcome.file = path;
    if (!read.ok()) {
        outcome.error = QCoreApplication::translate("Library", "%1: %2").arg(displayName, read.error);
        return outcome;
    }
    const Extract::Result extraction = Extract::Extractor().extract(read.article.text, bodySegments(read.article));
    const auto added = repository.addArticle(read.article, extraction, QFileInfo(path).fileName(), original);
    if (!added.ok()) {
        outcome.error = QCoreApplication::translate("Library", "%1: %2").arg(displayName, added.error);
        return outcome;
    }
    outcome.id = added.id;
    outcome.duplicate = added.duplicate;
    outcome.title = read.article.title;
    return outcome;
}

} // namespace

ImportOutcome importFile(ArticleRepository &repository, const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName().isEmpty() ? path : info.fileName();
    if (!info.exists())
        return {path, 0, {}, false, QCoreApplication::translate("Library", "%1: no such file").arg(name)};
    if (info.isDir())
        return {path, 0, {}, false, QCoreApplication::translate("Library", "%1: is a folder, not a saved article").arg(name)};
    // Reading the library's own file outside SQLite would drop this process's locks on it.
    if (repository.database()->isLibraryFile(path))
        return {path, 0, {}, false, QCoreApplication::translate("Library", "%1: is the Quoteshelf library itself, not a saved article").arg(name)};
    // The reader applies the size limit and knows about "page_files/" folders beside the file.
    const Import::ReadResult read = Import::readFile(info.absoluteFilePath());
    QByteArray original;
    if (read.ok()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            original = file.readAll();
    }
    return store(repository, read, original, info.absoluteFilePath(), name);
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
        outcomes.append(store(repository, Import::readData(data, entry), data, entry, entry));
    }
    return outcomes;
}

} // namespace Quoteshelf::Library

#include "cli/commands.h"

#include "cli/jsonoutput.h"
#include "core/paths.h"
#include "extract/extractor.h"
#include "import/reader.h"
#include "import/omnivoreexport.h"
#include "import/readinglist.h"
#include "import/urlfetcher.h"
#include "library/articlefields.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "library/searchengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

namespace Quoteshelf::Cli {

bool openLibrary(Context &context, Library::Database &database)
{
    if (database.open(Core::databasePath(context.libraryDir)))
        return true;
    context.err << database.errorString() << Qt::endl;
    return false;
}

int extractCommand(Context &context, const QStringList &files, const QString &format)
{
    if (files.size() != 1) {
        context.err << QCoreApplication::translate("cli", "extract takes exactly one file") << Qt::endl;
        return 2;
    }
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        context.err << QCoreApplication::translate("cli", "unknown format '%1' (json or text)").arg(format) << Qt::endl;
        return 2;
    }
    const QString &file = files.constFirst();
    Import::ReadResult read;
    if (const QByteArray native = context.files.nativeName(file); !native.isEmpty()) {
        const QByteArray data = FileNames::read(native, Import::MaxFileSize + 1, &read.error);
        if (read.error.isEmpty())
            read = Import::readData(data, file);
    } else {
        read = Import::readFile(file);
    }
    for (const QString &warning : std::as_const(read.warnings))
        context.err << QCoreApplication::translate("cli", "%1: warning: %2").arg(file, warning) << Qt::endl;
    if (!read.ok()) {
        context.err << QStringLiteral("%1: %2").arg(file, read.error) << Qt::endl;
        return 1;
    }
    const Extract::Result extraction = Extract::Extractor().extract(read.article.text, Library::bodySegments(read.article));
    if (format == QLatin1String("text")) {
        context.out << read.article.text;
        if (!read.article.text.endsWith(QLatin1Char('\n')))
            context.out << '\n';
        return 0;
    }
    writeArticleJson(context.out, read.article, extraction);
    return 0;
}

int importCommand(Context &context, const QStringList &files)
{
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "import needs at least one file or web address") << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    Library::ArticleRepository repository(&database);
    int failed = 0;
    const auto print = [&](const QString &file, const Library::ImportOutcome &outcome) {
        if (!outcome.ok()) {
            ++failed;
            context.err << QStringLiteral("%1: %2").arg(file, outcome.error.section(QStringLiteral(": "), 1)) << Qt::endl;
            return;
        }
        context.out << outcome.id << '\t' << outcome.title << '\n';
        if (outcome.duplicate) {
            context.err << QCoreApplication::translate("cli", "%1: already in the library as article %2; not imported again")
                               .arg(file)
                               .arg(outcome.id)
                        << Qt::endl;
        }
        for (const QString &warning : outcome.warnings)
            context.err << QCoreApplication::translate("cli", "%1: warning: %2").arg(file, warning) << Qt::endl;
    };
    // Parsed and extracted on every core, stored and printed in the order given. A file whose
    // name is not UTF-8 is read here by its bytes, in its turn.
    QStringList batch;
    const auto importBatch = [&] {
        Library::importFiles(repository, batch, [&](int index, const Library::ImportOutcome &outcome) {
            print(batch.at(index), outcome);
        });
        batch.clear();
    };
    for (const QString &file : files) {
        if (Import::UrlFetcher::isWebAddress(file)) {
            // Fetched here, in its turn: the page and the images its article uses.
            importBatch();
            print(file, Library::importUrl(repository, file));
            continue;
        }
        const QByteArray native = context.files.nativeName(file);
        if (native.isEmpty()) {
            batch.append(file);
            continue;
        }
        importBatch();
        Library::ImportOutcome outcome;
        const QByteArray data = FileNames::read(native, Import::MaxFileSize + 1, &outcome.error);
        if (outcome.error.isEmpty())
            outcome = Library::importData(repository, data, file);
        else
            outcome.error = QStringLiteral("%1: %2").arg(file, outcome.error);
        print(file, outcome);
    }
    importBatch();
    context.out.flush();
    return failed > 0 ? 1 : 0;
}

int importListCommand(Context &context, const QStringList &files, bool fetchMissing)
{
    if (files.size() != 1) {
        context.err << QCoreApplication::translate("cli", "import-list takes exactly one file (a Pocket, Instapaper or Omnivore export)")
                    << Qt::endl;
        return 2;
    }
    const QString &file = files.constFirst();
    if (Import::Omnivore::isExport(file) || QFileInfo(file).isDir()
        || file.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return importOmnivoreCommand(context, file, fetchMissing);
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        context.err << QStringLiteral("%1: %2").arg(file, input.errorString()) << Qt::endl;
        return 1;
    }
    const Import::ReadingList list = Import::parseReadingList(input.read(Import::MaxFileSize));
    if (!list.ok()) {
        context.err << QStringLiteral("%1: %2").arg(file, list.error) << Qt::endl;
        return 1;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    Library::ArticleRepository repository(&database);
    Library::HighlightRepository highlights(&database);
    const int total = int(list.entries.size());
    context.err << QCoreApplication::translate("cli", "%1: a %2 list of %3 links").arg(file, list.format).arg(total) << Qt::endl;
    QStringList failures;
    int imported = 0;
    for (int index = 0; index < total; ++index) {
        const Import::ReadingListEntry &entry = list.entries.at(index);
        // Progress over the whole list, on stderr; stdout has one line per article, as import.
        context.err << QStringLiteral("[%1/%2] %3").arg(index + 1).arg(total).arg(entry.url) << Qt::endl;
        const Library::ImportOutcome outcome = Library::importUrl(repository, entry.url);
        if (!outcome.ok()) {
            failures << outcome.error;
            continue;
        }
        ++imported;
        // The tags the reader gave it there are kept, added to any it already has here.
        if (!entry.tags.isEmpty())
            highlights.setArticleTags(outcome.id, highlights.articleTags(outcome.id) + entry.tags);
        if (entry.archived)
            repository.setArchived(outcome.id, true);
        context.out << outcome.id << '\t' << outcome.title << '\n';
        context.out.flush();
    }
    context.err << QCoreApplication::translate("cli", "%1 of %2 links imported").arg(imported).arg(total) << Qt::endl;
    if (!failures.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "not imported:") << Qt::endl;
        for (const QString &failure : std::as_const(failures))
            context.err << QStringLiteral("  ") << failure << Qt::endl;
    }
    return failures.isEmpty() ? 0 : 1;
}

int listCommand(Context &context)
{
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    Library::ArticleRepository repository(&database);
    for (const Library::ArticleSummary &summary : repository.summaries())
        context.out << summary.id << '\t' << summary.title << '\n';
    return 0;
}

int searchCommand(Context &context, const QStringList &words)
{
    if (words.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "search needs a query") << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const Library::SearchEngine engine(&database);
    for (const Library::SearchHit &hit : engine.search(words.join(QLatin1Char(' ')))) {
        QString snippet = hit.snippet.simplified();
        snippet.replace(Library::SearchEngine::SnippetOpen, QLatin1Char('[')).replace(Library::SearchEngine::SnippetClose, QLatin1Char(']'));
        context.out << hit.articleId << '\t' << hit.title << '\t' << snippet << '\n';
    }
    return 0;
}

} // namespace Quoteshelf::Cli

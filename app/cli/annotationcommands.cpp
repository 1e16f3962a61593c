// The commands that work with the reader's annotations: highlight, highlights, import --replace,
// annotations export / import.
#include "cli/commands.h"

#include "core/textoffsets.h"
#include "import/reader.h"
#include "import/urlfetcher.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/reimport.h"
#include "library/urlimport.h"
#include "library/webannotations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

namespace Quoteshelf::Cli {

namespace {

qint64 articleId(Context &context, const QStringList &args, const char *usage)
{
    bool ok = false;
    const qint64 id = args.size() == 1 ? args.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0) {
        context.err << QCoreApplication::translate("cli", usage) << Qt::endl;
        return 0;
    }
    return id;
}

} // namespace

int replaceCommand(Context &context, const QStringList &files, qint64 articleId)
{
    if (files.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "import --replace needs at least one file") << Qt::endl;
        return 2;
    }
    if (articleId < 0 || (articleId > 0 && files.size() != 1)) {
        context.err << QCoreApplication::translate("cli", "import --replace --article ID takes exactly one file")
                    << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    Library::ArticleRepository articles(&database);
    Library::ReimportService service(&database, &articles);
    // A file that only shares a name with an article's file is never replaced without --article.
    service.setNameMatch(Library::ReimportService::NameMatch::Refuse);
    int failed = 0;
    for (const QString &file : files) {
        Library::ReimportReport report;
        if (Import::UrlFetcher::isWebAddress(file)) {
            // Fetched again; the article whose source is the address after redirects is updated.
            const Library::WebPage page = Library::fetchWebPage(file);
            if (!page.ok())
                report.error = page.error.isEmpty() ? QStringLiteral("%1: %2").arg(file, page.read.error) : page.error;
            else
                report = service.replace(page.read, page.original, page.source, articleId);
        } else if (const QByteArray native = context.files.nativeName(file); !native.isEmpty()) {
            // A name that is not UTF-8: read by its bytes; its readable form is its source path.
            QString error;
            const QByteArray data = FileNames::read(native, Import::MaxFileSize + 1, &error);
            if (!error.isEmpty())
                report.error = QStringLiteral("%1: %2").arg(file, error);
            else
                report = service.replace(Import::readData(data, file), data, file, articleId);
        } else {
            report = service.replaceFile(file, articleId);
        }
        if (!report.ok()) {
            ++failed;
            context.err << QStringLiteral("%1: %2").arg(file, report.error.section(QStringLiteral(": "), 1))
                        << Qt::endl;
            if (!report.candidates.isEmpty()) {
                context.err << QCoreApplication::translate(
                                   "cli",
                                   "%1: nothing was changed; to replace one of them: import --replace --article ID "
                                   "FILE; to add the file as a new article: import FILE")
                                   .arg(file)
                            << Qt::endl;
            }
            continue;
        }
        context.out << report.articleId << '\t' << report.title << '\n';
        context.out.flush();
        for (const QString &warning : report.warnings)
            context.err << QCoreApplication::translate("cli", "%1: warning: %2").arg(file, warning) << Qt::endl;
        if (report.replaced) {
            context.err
                << QCoreApplication::translate(
                       "cli", "%1: replaced article %2; highlights: %3 stayed, %4 moved, %5 fuzzy-matched, %6 orphaned")
                       .arg(file)
                       .arg(report.articleId)
                       .arg(report.stayed)
                       .arg(report.moved)
                       .arg(report.fuzzy)
                       .arg(report.orphaned)
                << Qt::endl;
        } else if (!report.duplicate) {
            context.err
                << QCoreApplication::translate("cli", "%1: no article from this source yet; imported as new").arg(file)
                << Qt::endl;
        }
    }
    context.out.flush();
    return failed > 0 ? 1 : 0;
}

int highlightCommand(Context &context, const QStringList &args, const HighlightOptions &options)
{
    const qint64 id = articleId(
        context, args, "usage: highlight ARTICLE-ID --text \"exact words\" [--color C] [--note N] [--tag T]...");
    if (id == 0 || options.text.isEmpty()) {
        if (id != 0)
            context.err << QCoreApplication::translate("cli", "highlight needs --text \"exact words\"") << Qt::endl;
        return 2;
    }
    if (!Library::HighlightRepository::isValidColor(options.color)) {
        context.err << QCoreApplication::translate("cli", "unknown colour '%1' (%2)")
                           .arg(options.color, Library::HighlightRepository::colors().join(QStringLiteral(", ")))
                    << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const auto article = Library::ArticleRepository(&database).article(id);
    if (!article) {
        context.err << QCoreApplication::translate("cli", "no article %1 in the library").arg(id) << Qt::endl;
        return 1;
    }
    const qsizetype at = article->text.indexOf(options.text);
    if (at < 0) {
        context.err
            << QCoreApplication::translate("cli", "article %1 does not contain \"%2\"").arg(id).arg(options.text)
            << Qt::endl;
        return 1;
    }
    const Core::TextOffsets offsets(article->text);
    const qsizetype start = offsets.toCodePoint(at);
    const qsizetype end = offsets.toCodePoint(at + options.text.size());

    // One user action, one transaction: the highlight is saved with its note and tags, or not at all.
    Library::HighlightRepository repository(&database);
    const auto record = repository.create(id, start, end, options.color, 0, options.note, options.tags);
    if (!record) {
        context.err << QCoreApplication::translate("cli", "could not save the highlight") << Qt::endl;
        return 1;
    }
    context.out << record->id << '\n';
    return 0;
}

int highlightsCommand(Context &context, const QStringList &args)
{
    const qint64 id = articleId(context, args, "usage: highlights ARTICLE-ID");
    if (id == 0)
        return 2;
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const Library::HighlightRepository repository(&database);
    for (const Library::HighlightRecord &h : repository.highlights(id)) {
        context.out << h.id << '\t' << h.start << '\t' << h.end << '\t' << h.color << '\t'
                    << (h.orphaned ? "orphan" : "") << '\t'
                    << QString(h.exact).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\t'
                    << h.tags.join(QLatin1Char(',')) << '\t'
                    << QString(h.note).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
    return 0;
}

namespace {

constexpr auto AnnotationsUsage
    = QT_TRANSLATE_NOOP("cli", "usage: annotations export ARTICLE-ID|--all [--out FILE] | annotations import FILE");

int exportAnnotations(Context &context, const QStringList &args, const AnnotationsOptions &options)
{
    QList<qint64> ids;
    if (options.all == (args.size() == 1)) {
        context.err << QCoreApplication::translate("cli", AnnotationsUsage) << Qt::endl;
        return 2;
    }
    if (!options.all) {
        bool ok = false;
        const qint64 id = args.constFirst().toLongLong(&ok);
        if (!ok || id <= 0) {
            context.err << QCoreApplication::translate("cli", AnnotationsUsage) << Qt::endl;
            return 2;
        }
        ids.append(id);
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    if (!options.all && !Library::ArticleRepository(&database).summary(ids.constFirst())) {
        context.err << QCoreApplication::translate("cli", "no article %1 in the library").arg(ids.constFirst())
                    << Qt::endl;
        return 1;
    }
    Library::WebAnnotationExporter exporter(&database);
    const QByteArray json = exporter.document(ids).toJson(QJsonDocument::Indented);
    if (!exporter.errorString().isEmpty()) {
        context.err << QCoreApplication::translate("cli", "could not read the highlights: %1")
                           .arg(exporter.errorString())
                    << Qt::endl;
        return 1;
    }
    if (options.out == QLatin1String("-")) {
        context.out.flush();
        context.out << QString::fromUtf8(json);
        context.out.flush();
    } else {
        // Written whole or not at all: an earlier export in its place is never left half-written.
        QSaveFile file(options.out);
        if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
            context.err << QCoreApplication::translate("cli", "%1: could not write the file: %2")
                               .arg(options.out, file.errorString())
                        << Qt::endl;
            return 1;
        }
    }
    context.err << QCoreApplication::translate("cli", "%n annotation(s) exported", nullptr, exporter.annotationCount())
                << Qt::endl;
    return 0;
}

int importAnnotations(Context &context, const QStringList &args)
{
    if (args.size() != 1) {
        context.err << QCoreApplication::translate("cli", AnnotationsUsage) << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const Library::WebAnnotationImportReport report = Library::WebAnnotationImporter(&database).importFile(args.constFirst());
    if (!report.ok()) {
        context.err << report.error << Qt::endl;
        return 1;
    }
    context.out << QCoreApplication::translate(
                       "cli", "imported %1, already present %2, orphaned %3, no matching article %4, skipped %5")
                       .arg(report.imported)
                       .arg(report.alreadyPresent)
                       .arg(report.orphaned)
                       .arg(report.noArticle)
                       .arg(report.skipped)
                << '\n';
    return 0;
}

} // namespace

int annotationsCommand(Context &context, const QStringList &args, const AnnotationsOptions &options)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("export"))
        return exportAnnotations(context, args.mid(1), options);
    if (verb == QLatin1String("import") && !options.all)
        return importAnnotations(context, args.mid(1));
    context.err << QCoreApplication::translate("cli", AnnotationsUsage) << Qt::endl;
    return 2;
}

} // namespace Quoteshelf::Cli

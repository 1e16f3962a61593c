// The commands that get the reader's notes out of the library: export and copy.
#include "cli/exportcommand.h"

#include "export/clipboardmarkdown.h"
#include "export/exportfile.h"
#include "export/folderexporter.h"
#include "export/highlightadapter.h"
#include "export/markdownexporter.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QTextStream>

#include <utility>

namespace Quoteshelf::Cli {

namespace {

const char exportUsage[] = QT_TRANSLATE_NOOP("cli",
                                             "usage: export ID|--all [--template FILE] [--out DIR|-] "
                                             "[--overwrite] [--colour C]... [--tag T]... "
                                             "[--group-by none|colour|speaker]");

// The options as the exporter takes them; false (reported on err) on a usage error.
bool toExportOptions(Context &context, const ExportCommandOptions &options, Export::ExportOptions *result)
{
    for (const QString &colour : options.colours) {
        if (!Library::HighlightRepository::isValidColor(colour)) {
            context.err << QCoreApplication::translate("cli", "unknown colour '%1' (%2)")
                               .arg(colour, Library::HighlightRepository::colors().join(QStringLiteral(", ")))
                        << Qt::endl;
            return false;
        }
    }
    if (options.groupBy == QLatin1String("none")) {
        result->groupBy = Export::ExportOptions::GroupBy::None;
    } else if (options.groupBy == QLatin1String("colour") || options.groupBy == QLatin1String("color")) {
        result->groupBy = Export::ExportOptions::GroupBy::Colour;
    } else if (options.groupBy == QLatin1String("speaker")) {
        result->groupBy = Export::ExportOptions::GroupBy::Speaker;
    } else {
        context.err << QCoreApplication::translate("cli", "unknown grouping '%1' (none, colour or speaker)")
                           .arg(options.groupBy)
                    << Qt::endl;
        return false;
    }
    result->colours = options.colours;
    result->tags = options.tags;
    return true;
}

// The article ids the arguments name, once validArticleArgument() accepted them.
QList<qint64> articleIds(const QStringList &args, bool all, const Library::ArticleRepository *articles)
{
    QList<qint64> ids;
    if (all) {
        for (const Library::ArticleSummary &summary : articles->summaries())
            ids.append(summary.id);
        return ids;
    }
    bool ok = false;
    const qint64 id = args.constFirst().toLongLong(&ok);
    if (ok && id > 0)
        ids.append(id);
    return ids;
}

bool validArticleArgument(const QStringList &args, bool all)
{
    if (all)
        return args.isEmpty();
    bool ok = false;
    return args.size() == 1 && args.constFirst().toLongLong(&ok) > 0 && ok;
}

int printFiles(Context &context, const Export::MarkdownExporter &exporter, const QList<Export::ExportData> &data)
{
    // Render everything first: a failure half-way must not leave half an export on stdout.
    QStringList files;
    for (const Export::ExportData &article : data) {
        const Export::ExportDocument document = exporter.render(article);
        if (!document.ok()) {
            context.err
                << QCoreApplication::translate("cli", "article %1: %2").arg(article.article.id).arg(document.error)
                << Qt::endl;
            return 1;
        }
        files.append(Export::composeFile(document));
    }
    context.out << files.join(QLatin1Char('\n'));
    return 0;
}

int writeFiles(Context &context, const Export::MarkdownExporter &exporter, const QList<qint64> &ids,
               const Export::ExportSource &load, const QString &directory, bool overwrite)
{
    // Each article is read, written and let go in turn: memory stays that of one article.
    const auto outcomes = Export::exportToFolder(
        exporter, ids, load, directory, overwrite ? Export::ConflictPolicy::Overwrite : Export::ConflictPolicy::Report);
    int failed = 0;
    for (const Export::FileOutcome &outcome : outcomes) {
        const QString path = outcome.path.isEmpty()
            ? QCoreApplication::translate("cli", "article %1").arg(outcome.articleId)
            : QDir::toNativeSeparators(outcome.path);
        context.out << Export::exportStatusName(outcome.status) << '\t' << path << '\n';
        if (outcome.status == Export::ExportStatus::Conflict) {
            ++failed;
            context.err << QCoreApplication::translate("cli", "%1: %2; kept as it is (use --overwrite to replace it)")
                               .arg(path, outcome.message)
                        << Qt::endl;
        } else if (outcome.status == Export::ExportStatus::Error) {
            ++failed;
            context.err << QStringLiteral("%1: %2").arg(path, outcome.message) << Qt::endl;
        }
    }
    context.out.flush();
    return failed > 0 ? 1 : 0;
}

} // namespace

int exportCommand(Context &context, const QStringList &args, const ExportCommandOptions &options)
{
    if (!validArticleArgument(args, options.all)) {
        context.err << QCoreApplication::translate("cli", exportUsage) << Qt::endl;
        return 2;
    }
    if (options.out.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "--out needs a folder, or - for standard output") << Qt::endl;
        return 2;
    }
    Export::ExportOptions exportOptions;
    if (!toExportOptions(context, options, &exportOptions))
        return 2;

    // KTextTemplate logs each parse error itself, several times over; the exporter's one line with
    // the file and line is what the user needs. QT_LOGGING_RULES still overrides this for debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("kf.texttemplate.warning=false"));

    // The template is checked before the library is even opened: a broken one writes nothing.
    Export::MarkdownExporter exporter;
    if (!options.templateFile.isEmpty() && !exporter.loadTemplateFile(options.templateFile)) {
        context.err << exporter.errorString() << Qt::endl;
        return 1;
    }
    if (!exporter.setOptions(exportOptions)) {
        context.err << exporter.errorString() << Qt::endl;
        return 1;
    }

    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const Library::ArticleRepository articles(&database);
    const Library::HighlightRepository highlights(&database);
    const QList<qint64> ids = articleIds(args, options.all, &articles);
    if (!options.all && !articles.summary(ids.constFirst())) {
        context.err << QCoreApplication::translate("cli", "no article %1 in the library").arg(ids.constFirst())
                    << Qt::endl;
        return 1;
    }
    const auto load = [&](qint64 id) { return Export::exportDataFor(articles, highlights, id); };
    if (options.out != QLatin1String("-"))
        return writeFiles(context, exporter, ids, load, options.out, options.overwrite);

    QList<Export::ExportData> data;
    for (const qint64 id : ids) {
        auto article = load(id);
        if (!article) {
            context.err << QCoreApplication::translate("cli", "no article %1 in the library").arg(id) << Qt::endl;
            return 1;
        }
        data.append(std::move(*article));
    }
    return printFiles(context, exporter, data);
}

int copyCommand(Context &context, const QStringList &args)
{
    if (!validArticleArgument(args, false)) {
        context.err << QCoreApplication::translate("cli", "usage: copy ID") << Qt::endl;
        return 2;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    const Library::ArticleRepository articles(&database);
    const Library::HighlightRepository highlights(&database);
    const qint64 id = args.constFirst().toLongLong();
    const auto data = Export::exportDataFor(articles, highlights, id);
    if (!data) {
        context.err << QCoreApplication::translate("cli", "no article %1 in the library").arg(id) << Qt::endl;
        return 1;
    }
    const QString markdown = Export::articleNotesMarkdown(*data);
    context.out << markdown;
    if (!markdown.endsWith(QLatin1Char('\n')))
        context.out << '\n';
    return 0;
}

} // namespace Quoteshelf::Cli

// The entry points quoteshelf-cli looks up when it loads this module (see exportmodule.h).
extern "C" Q_DECL_EXPORT const char *quoteshelf_export_module_version()
{
    return QUOTESHELF_VERSION;
}

extern "C" Q_DECL_EXPORT int quoteshelf_export_command(Quoteshelf::Cli::Context *context, const QStringList *args,
                                                       const Quoteshelf::Cli::ExportCommandOptions *options)
{
    return Quoteshelf::Cli::exportCommand(*context, *args, *options);
}

extern "C" Q_DECL_EXPORT int quoteshelf_copy_command(Quoteshelf::Cli::Context *context, const QStringList *args)
{
    return Quoteshelf::Cli::copyCommand(*context, *args);
}

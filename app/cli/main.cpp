// quoteshelf-cli: the headless tool. Same library, same import and extraction as the app.
#include "cli/commands.h"
#include "cli/exportmodule.h"
#include "cli/librarycommands.h"
#include "core/paths.h"
#include "core/translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Quoteshelf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Core::installTranslations(app);
    QCoreApplication::setApplicationName(QStringLiteral("Quoteshelf"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quoteshelf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTESHELF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Quoteshelf command-line tool.\n\n"
        "Commands:\n"
        "  extract FILE [--format json|text]  print what Quoteshelf makes of a saved article (no library involved)\n"
        "  import FILE|URL...                 import saved articles into the library; prints ID<TAB>TITLE per article.\n"
        "                                     An http(s) URL is fetched with the images its article uses, so it\n"
        "                                     reads offline; the address after redirects is kept as its source\n"
        "                                     (QUOTESHELF_FETCH_TIMEOUT_MS: how long a silent server is waited for)\n"
        "  import --replace FILE|URL...       update the article that came from the same source (the web address\n"
        "                                     the page names, else the file's full path) in place: same id, new text,\n"
        "                                     highlights re-anchored (a line per file on stderr says how many stayed,\n"
        "                                     moved, fuzzy-matched or were orphaned; orphans are kept); imports as new\n"
        "                                     when no article matches. When it is not certain which article the file\n"
        "                                     replaces (several, or only a file of the same name elsewhere), nothing\n"
        "                                     changes: the candidates are named and the exit code is 1\n"
        "  import --replace --article ID FILE replace article ID with FILE\n"
        "  import-list FILE                   import every link of a Pocket (HTML or CSV) or Instapaper (CSV) export\n"
        "                                     as import URL does, keeping its tags and archived state; prints\n"
        "                                     ID<TAB>TITLE per article, progress and the failures on stderr\n"
        "  import-list OMNIVORE.zip|FOLDER [--fetch-missing]\n"
        "                                     import an Omnivore export (the zip or its folder): each saved page\n"
        "                                     with its labels as tags, archived state, highlights and notes\n"
        "                                     (anchored by quote, else kept as orphans); a page the export does not\n"
        "                                     hold is made of its highlights, or fetched with --fetch-missing\n"
        "  list                               list the articles in the library: ID<TAB>TITLE\n"
        "  search QUERY...                    full-text search: ID<TAB>TITLE<TAB>snippet per hit; words are\n"
        "                                     prefixes, \"quoted phrases\" exact, filters tag:, speaker:, site:\n"
        "  highlight ID --text WORDS [--color C] [--note N] [--tag T]...\n"
        "                                     highlight the first occurrence of WORDS in article ID; prints the\n"
        "                                     highlight's id. Colours: yellow (default), green, blue, pink, purple\n"
        "  highlights ID                      list article ID's highlights, orphans last:\n"
        "                                     ID<TAB>START<TAB>END<TAB>COLOUR<TAB>orphan?<TAB>TEXT<TAB>TAGS<TAB>NOTE\n"
        "  export ID|--all [--template FILE] [--out DIR|-] [--overwrite] [--colour C]... [--tag T]...\n"
        "         [--group-by none|colour|speaker]\n"
        "                                     export article ID (or every article) as Markdown through the\n"
        "                                     template (default: the built-in one). --out - (the default) prints\n"
        "                                     the files; --out DIR writes or updates one file per article there,\n"
        "                                     keeping what you wrote outside the exported block, and prints\n"
        "                                     STATUS<TAB>PATH per file (written, updated, unchanged, conflict,\n"
        "                                     error). A block you edited is a conflict (exit 1) unless --overwrite.\n"
        "                                     A broken template prints FILE:LINE: message and writes nothing\n"
        "  annotations export ID|--all [--out FILE]\n"
        "                                     article ID's (or every article's) highlights, notes, tags and colours\n"
        "                                     as one W3C Web Annotation document (JSON-LD); --out - (the default)\n"
        "                                     prints it\n"
        "  annotations import FILE            attach the annotations of a W3C Web Annotation document or a\n"
        "                                     Hypothesis export to the articles from the same web addresses,\n"
        "                                     anchored by their quoted text; prints how many were imported, already\n"
        "                                     present, orphaned (quote not found, kept), had no matching article or\n"
        "                                     were skipped (no quoted text). A broken file changes nothing (exit 1)\n"
        "  copy ID                            print article ID's note and highlights as Markdown, as Copy puts\n"
        "                                     them on the clipboard\n"
        "  check                              check the library file and its full-text indexes (exit 1 on damage)\n"
        "  backup                             make a checked backup now (kept in backups/ beside the library)\n"
        "  backups                            list the backups: PATH<TAB>CREATED<TAB>BYTES, newest first\n"
        "  restore [BACKUP]                   put a backup (default: the newest good one) in place of the\n"
        "                                     library; the library as it was is kept beside it\n\n"
        "Exit codes: 0 done, 1 failed, 2 usage error, 3 the library is damaged (nothing more is written)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QCoreApplication::translate("cli", "Use the library in <dir> (default: $QUOTESHELF_LIBRARY or the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("cli", "Output format of extract: json (default) or text."), QStringLiteral("format"),
        QStringLiteral("json"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
        QCoreApplication::translate("cli", "import: update the article from the same source in place."));
    const QCommandLineOption articleOption(QStringLiteral("article"),
        QCoreApplication::translate("cli", "import --replace: the article to replace."), QStringLiteral("id"));
    const QCommandLineOption textOption(QStringLiteral("text"),
        QCoreApplication::translate("cli", "highlight: the exact words to highlight."), QStringLiteral("words"));
    const QCommandLineOption colorOption(QStringLiteral("color"),
        QCoreApplication::translate("cli", "highlight: yellow (default), green, blue, pink or purple."), QStringLiteral("colour"),
        QStringLiteral("yellow"));
    const QCommandLineOption noteOption(QStringLiteral("note"),
        QCoreApplication::translate("cli", "highlight: a note (Markdown)."), QStringLiteral("text"));
    const QCommandLineOption tagOption(QStringLiteral("tag"),
        QCoreApplication::translate("cli", "highlight: a tag; export: keep only highlights with this tag. Repeat for several."), QStringLiteral("tag"));
    const QCommandLineOption allOption(QStringLiteral("all"),
        QCoreApplication::translate("cli", "export: every article in the library."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
        QCoreApplication::translate("cli", "export: the template file (default: the built-in template)."), QStringLiteral("file"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QCoreApplication::translate("cli", "export: the folder to write to; annotations export: the file; - for standard output (default)."),
        QStringLiteral("dir"), QStringLiteral("-"));
    const QCommandLineOption overwriteOption(QStringLiteral("overwrite"),
        QCoreApplication::translate("cli", "export: replace exported blocks you edited instead of reporting a conflict."));
    const QCommandLineOption colourOption(QStringLiteral("colour"),
        QCoreApplication::translate("cli", "export: keep only highlights of this colour; repeat for several."),
        QStringLiteral("colour"));
    const QCommandLineOption groupByOption(QStringLiteral("group-by"),
        QCoreApplication::translate("cli", "export: group highlights by none (default), colour or speaker."),
        QStringLiteral("grouping"), QStringLiteral("none"));
    const QCommandLineOption fetchMissingOption(QStringLiteral("fetch-missing"),
        QCoreApplication::translate("cli", "import-list: fetch the pages an Omnivore export does not hold."));
    parser.addOption(libraryOption);
    parser.addOption(fetchMissingOption);
    parser.addOption(formatOption);
    parser.addOptions({replaceOption, articleOption, textOption, colorOption, noteOption, tagOption});
    parser.addOptions({allOption, templateOption, outOption, overwriteOption, colourOption, groupByOption});
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "extract, import, list, search, highlight, highlights, export, annotations or copy"));
    parser.addPositionalArgument(QStringLiteral("args"), QCoreApplication::translate("cli", "Arguments of the command."),
                                 QStringLiteral("[args...]"));
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        err << parser.helpText();
        return 2;
    }
    const QString command = args.takeFirst();
    Cli::Context context{Core::libraryDirectory(parser.value(libraryOption)), out, err};
    if (command == QLatin1String("extract") || command == QLatin1String("import"))
        context.files.resolve(args, argc, argv);
    const auto run = [&]() -> int {
        if (command == QLatin1String("extract"))
            return Cli::extractCommand(context, args, parser.value(formatOption));
        if (command == QLatin1String("import-list"))
            return Cli::importListCommand(context, args, parser.isSet(fetchMissingOption));
        if (command == QLatin1String("import")) {
            if (!parser.isSet(replaceOption)) {
                if (parser.isSet(articleOption)) {
                    err << QCoreApplication::translate("cli", "--article goes with import --replace") << Qt::endl;
                    return 2;
                }
                return Cli::importCommand(context, args);
            }
            qint64 articleId = 0;
            if (parser.isSet(articleOption)) {
                bool ok = false;
                articleId = parser.value(articleOption).toLongLong(&ok);
                if (!ok || articleId <= 0)
                    articleId = -1; // reported as a usage error
            }
            return Cli::replaceCommand(context, args, articleId);
        }
        if (command == QLatin1String("list"))
            return Cli::listCommand(context);
        if (command == QLatin1String("search"))
            return Cli::searchCommand(context, args);
        if (command == QLatin1String("highlight")) {
            const Cli::HighlightOptions options{parser.value(textOption), parser.value(colorOption), parser.value(noteOption),
                                                parser.values(tagOption)};
            return Cli::highlightCommand(context, args, options);
        }
        if (command == QLatin1String("highlights"))
            return Cli::highlightsCommand(context, args);
        if (command == QLatin1String("export")) {
            Cli::ExportCommandOptions options;
            options.all = parser.isSet(allOption);
            options.templateFile = parser.value(templateOption);
            options.out = parser.value(outOption);
            options.overwrite = parser.isSet(overwriteOption);
            // Both spellings work; --color's default (yellow, for highlight) must not filter.
            options.colours = parser.values(colourOption);
            if (parser.isSet(colorOption))
                options.colours += parser.values(colorOption);
            options.tags = parser.values(tagOption);
            options.groupBy = parser.value(groupByOption);
            return Cli::runExportCommand(context, args, options);
        }
        if (command == QLatin1String("annotations"))
            return Cli::annotationsCommand(context, args, {parser.isSet(allOption), parser.value(outOption)});
        if (command == QLatin1String("copy"))
            return Cli::runCopyCommand(context, args);
        if (command == QLatin1String("check"))
            return Cli::checkCommand(context);
        if (command == QLatin1String("backup"))
            return Cli::backupCommand(context);
        if (command == QLatin1String("backups"))
            return Cli::backupsCommand(context);
        if (command == QLatin1String("restore"))
            return Cli::restoreCommand(context, args);
        err << QCoreApplication::translate("cli", "unknown command '%1'; see --help").arg(command) << Qt::endl;
        return 2;
    };
    return Cli::finishCommand(context, run());
}

// quoteshelf-cli: the headless tool. Same library, same import and extraction as the app.
#include "cli/commands.h"
#include "core/paths.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Quoteshelf;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Quoteshelf"));
    QCoreApplication::setOrganizationName(QStringLiteral("Quoteshelf"));
    QCoreApplication::setApplicationVersion(QStringLiteral(QUOTESHELF_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli",
        "Quoteshelf command-line tool.\n\n"
        "Commands:\n"
        "  extract FILE [--format json|text]  print what Quoteshelf makes of a saved article (no library involved)\n"
        "  import FILE...                     import saved articles into the library; prints ID<TAB>TITLE per article\n"
        "  list                               list the articles in the library: ID<TAB>TITLE\n"
        "  search QUERY...                    full-text search: ID<TAB>TITLE<TAB>snippet per hit; words are\n"
        "                                     prefixes, \"quoted phrases\" exact, filters tag:, speaker:, site:"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QCoreApplication::translate("cli", "Use the library in <dir> (default: $QUOTESHELF_LIBRARY or the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
        QCoreApplication::translate("cli", "Output format of extract: json (default) or text."), QStringLiteral("format"),
        QStringLiteral("json"));
    parser.addOption(libraryOption);
    parser.addOption(formatOption);
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("cli", "extract, import, list or search"));
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
    if (command == QLatin1String("extract"))
        return Cli::extractCommand(context, args, parser.value(formatOption));
    if (command == QLatin1String("import"))
        return Cli::importCommand(context, args);
    if (command == QLatin1String("list"))
        return Cli::listCommand(context);
    if (command == QLatin1String("search"))
        return Cli::searchCommand(context, args);
    err << QCoreApplication::translate("cli", "unknown command '%1'; see --help").arg(command) << Qt::endl;
    return 2;
}

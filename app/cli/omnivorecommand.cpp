// import-list with an Omnivore export: its articles, their labels and highlights.
#include "cli/commands.h"

#include "import/omnivoreexport.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/omnivoreimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Quoteshelf::Cli {

int importOmnivoreCommand(Context &context, const QString &path, bool fetchMissing)
{
    QElapsedTimer timer;
    timer.start();
    // Read whole before the library is touched: a broken zip or metadata changes nothing.
    const Import::OmnivoreExport exported = Import::Omnivore::read(path);
    if (!exported.ok()) {
        context.err << exported.error << Qt::endl;
        return 1;
    }
    Library::Database database;
    if (!openLibrary(context, database))
        return 1;
    Library::ArticleRepository articles(&database);
    Library::HighlightRepository highlights(&database);
    Library::OmnivoreImporter importer(&database, &articles, &highlights);
    importer.setFetchMissing(fetchMissing);
    const int total = int(exported.items.size());
    context.err
        << QCoreApplication::translate("cli", "%1: an Omnivore export of %2 articles").arg(exported.name).arg(total)
        << Qt::endl;
    QStringList failures;
    int imported = 0;
    int anchored = 0;
    int orphaned = 0;
    int present = 0;
    for (int index = 0; index < total; ++index) {
        const Import::OmnivoreItem &item = exported.items.at(index);
        context.err
            << QStringLiteral("[%1/%2] %3").arg(index + 1).arg(total).arg(item.url.isEmpty() ? item.slug : item.url)
            << Qt::endl;
        const Library::OmnivoreOutcome outcome = importer.importItem(item);
        if (!outcome.ok()) {
            failures << outcome.article.error;
            continue;
        }
        ++imported;
        anchored += outcome.highlights;
        orphaned += outcome.orphaned;
        present += outcome.alreadyPresent;
        if (outcome.fromHighlights) {
            context.err << QCoreApplication::translate(
                               "cli",
                               "%1: its page is not in the export; imported from its highlights (--fetch-missing "
                               "fetches such pages)")
                               .arg(item.url)
                        << Qt::endl;
        }
        for (const QString &warning : outcome.article.warnings)
            context.err << QCoreApplication::translate("cli", "%1: warning: %2").arg(item.url, warning) << Qt::endl;
        context.out << outcome.article.id << '\t' << outcome.article.title << '\n';
        context.out.flush();
    }
    context.err << QCoreApplication::translate("cli",
                                               "%1 of %2 articles imported; highlights: %3 anchored, %4 orphaned, %5 "
                                               "already present (%6 ms)")
                       .arg(imported)
                       .arg(total)
                       .arg(anchored)
                       .arg(orphaned)
                       .arg(present)
                       .arg(timer.elapsed())
                << Qt::endl;
    if (!failures.isEmpty()) {
        context.err << QCoreApplication::translate("cli", "not imported:") << Qt::endl;
        for (const QString &failure : std::as_const(failures))
            context.err << QStringLiteral("  ") << failure << Qt::endl;
    }
    return failures.isEmpty() ? 0 : 1;
}

} // namespace Quoteshelf::Cli

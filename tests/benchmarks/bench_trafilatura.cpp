// Boilerplate and completeness over trafilatura's evaluation set (../shared/corpora/trafilatura):
// hand-picked snippets that must (with) and must not (without) be in the article text, scored as
// ../shared/corpora/README.md says. Prints P, R, F1, the worst pages and what kind of "without"
// snippets get through, then the import speed.
//   bench_trafilatura [corpus-dir] [--dump DIR] [--worst N] [--page FILE] [--trace]
// --dump writes each page's text to DIR/<file>.txt and its body (what the body score reads) to
// DIR/<file>.body.txt; --page scores one page and prints its text; --trace names each page on
// stderr before reading it, so that the import's debug output
// (QT_LOGGING_RULES="quoteshelf.import.debug=true": what was pruned and why) can be told apart.
#include "snippetevaluation.h"

#include "import/articlebody.h"
#include "import/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    args.removeFirst();
    QString corpus = QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/trafilatura");
    QString dump;
    int worst = 10;
    QString only;
    bool trace = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--dump") && i + 1 < args.size())
            dump = args[++i];
        else if (args[i] == QLatin1String("--worst") && i + 1 < args.size())
            worst = args[++i].toInt();
        else if (args[i] == QLatin1String("--trace"))
            trace = true;
        else if (args[i] == QLatin1String("--page") && i + 1 < args.size())
            only = args[++i];
        else
            corpus = args[i];
    }
    const QList<SnippetEvaluation::Page> pages = SnippetEvaluation::load(corpus + QStringLiteral("/evaldata.json"));
    if (pages.isEmpty()) {
        std::fprintf(stderr, "bench_trafilatura: no evaldata.json under %s\n", qPrintable(corpus));
        return 1;
    }
    if (!dump.isEmpty())
        QDir().mkpath(dump);

    SnippetEvaluation text(QStringLiteral("text"));
    SnippetEvaluation body(QStringLiteral("body"));
    qint64 nanoseconds = 0;
    int imported = 0;
    int failures = 0;
    for (const SnippetEvaluation::Page &page : pages) {
        if (!only.isEmpty() && page.file != only)
            continue;
        if (trace)
            std::fprintf(stderr, "== %s\n", qPrintable(page.file));
        QElapsedTimer timer;
        timer.start();
        const Quoteshelf::Import::ReadResult result
            = Quoteshelf::Import::readFile(corpus + QStringLiteral("/pages/") + page.file);
        nanoseconds += timer.nsecsElapsed();
        ++imported;
        failures += result.ok() ? 0 : 1;
        const Quoteshelf::Import::Article &article = result.article;
        text.addPage(page, article.text, article.blocks, article.text);
        body.addPage(page, Quoteshelf::Import::articleBody(article), article.blocks, article.text);
        if (!only.isEmpty())
            std::printf("%s\n\n", qPrintable(article.text));
        if (!dump.isEmpty()) {
            QFile out(dump + QLatin1Char('/') + page.file + QStringLiteral(".txt"));
            if (out.open(QIODevice::WriteOnly))
                out.write(article.text.toUtf8());
            QFile bodyOut(dump + QLatin1Char('/') + page.file + QStringLiteral(".body.txt"));
            if (bodyOut.open(QIODevice::WriteOnly))
                bodyOut.write(Quoteshelf::Import::articleBody(article).toUtf8());
        }
    }
    std::printf("%s", qPrintable(text.report(worst)));
    std::printf("%s", qPrintable(body.report(worst)));
    std::printf("import: %d pages, %.1f pages/s, %d unreadable\n", imported,
                double(imported) / (double(nanoseconds) / 1e9), failures);
    return 0;
}

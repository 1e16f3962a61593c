// bench_quotes [corpus.json] [--dump misses.jsonl]
// Runs the extractor over a PolNeAR split (default: dev) and prints quote P/R/F1 at 30% and 80%
// coverage, speaker accuracy, indirect-speech P/R and throughput. --dump writes one JSON line per
// miss for error analysis (use it on train; dev is for reporting).
#include "extract/extractor.h"
#include "quotemetrics.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

using namespace Quoteshelf::Extract;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString dump;
    const qsizetype d = args.indexOf(QStringLiteral("--dump"));
    if (d >= 0 && d + 1 < args.size()) {
        dump = args.at(d + 1);
        args.remove(d, 2);
    }
    const QString path
        = args.isEmpty() ? QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/polnear/polnear_dev.json") : args.first();
    QTextStream out(stdout);
    QString error;
    const QList<QuoteMetrics::Article> articles = QuoteMetrics::load(path, &error);
    if (articles.isEmpty()) {
        QTextStream(stderr) << "bench_quotes: cannot read " << path << ": " << error << '\n';
        return 1;
    }
    const Extractor extractor;
    QString diagnostics;
    const QuoteMetrics::Figures figures
        = QuoteMetrics::evaluate(articles, extractor, dump.isEmpty() ? nullptr : &diagnostics);
    out << path << '\n' << QuoteMetrics::report(figures);
    if (!dump.isEmpty()) {
        QFile file(dump);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(diagnostics.toUtf8());
    }
    return 0;
}

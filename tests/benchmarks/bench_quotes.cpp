// bench_quotes [corpus.json] [--speed corpus.json] [--runs N] [--dump misses.jsonl] [--no-long-text]
//              [--results results.jsonl]
// Prints quote P/R/F1 at 30% and 80% coverage, speaker accuracy and indirect-speech P/R over a
// PolNeAR split (default: dev), then the extractor's throughput on one thread over another split
// (default: train, the text the speed target names): one warm-up pass, then N timed passes
// (default 5), reporting the median and best pass, one 1 MB text (--no-long-text skips it, for
// profiles of article-sized work), characters per second and the process's peak resident memory.
// --dump writes one JSON line per miss for error analysis (use it on train; dev is for reporting).
// --results writes everything the extractor finds in each article of both splits, one JSON line
// per article: a change meant only to make it faster must leave this file byte-identical.
#include "extract/extractor.h"
#include "extract/resultjson.h"
#include "quotemetrics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>

using namespace Quoteshelf::Extract;

namespace {

QString takeOption(QStringList *args, const QString &name)
{
    const qsizetype i = args->indexOf(name);
    if (i < 0 || i + 1 >= args->size())
        return {};
    const QString value = args->at(i + 1);
    args->remove(i, 2);
    return value;
}

double peakResidentMiB()
{
    struct rusage usage = {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString dump = takeOption(&args, QStringLiteral("--dump"));
    const QString resultsPath = takeOption(&args, QStringLiteral("--results"));
    const bool longText = !args.removeOne(QStringLiteral("--no-long-text"));
    const QString speedPath = takeOption(&args, QStringLiteral("--speed"));
    const QString runsOption = takeOption(&args, QStringLiteral("--runs"));
    const int runs = runsOption.isEmpty() ? 5 : std::max(1, runsOption.toInt());
    const QString corpora = QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/polnear/");
    const QString path = args.isEmpty() ? corpora + u"polnear_dev.json" : args.first();
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

    // Throughput: the texts only, extracted one after another on this thread.
    const QString textsPath = speedPath.isEmpty() ? corpora + u"polnear_train.json" : speedPath;
    const QList<QuoteMetrics::Article> speedArticles
        = textsPath == path ? articles : QuoteMetrics::load(textsPath, &error);
    if (speedArticles.isEmpty()) {
        QTextStream(stderr) << "bench_quotes: cannot read " << textsPath << ": " << error << '\n';
        return 1;
    }
    if (!resultsPath.isEmpty()) {
        QFile file(resultsPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            QTextStream(stderr) << "bench_quotes: cannot write " << resultsPath << ": " << file.errorString() << '\n';
            return 1;
        }
        QList<const QList<QuoteMetrics::Article> *> splits { &articles };
        if (textsPath != path)
            splits.append(&speedArticles);
        for (const QList<QuoteMetrics::Article> *split : std::as_const(splits)) {
            for (const QuoteMetrics::Article &a : *split) {
                QJsonObject line = resultJson(extractor.extract(a.text));
                line.insert(QStringLiteral("id"), a.id);
                file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            }
        }
    }
    qint64 characters = 0;
    for (const QuoteMetrics::Article &a : speedArticles)
        characters += a.text.size();
    const auto pass = [&] {
        qsizetype quotes = 0;
        QElapsedTimer timer;
        timer.start();
        for (const QuoteMetrics::Article &a : speedArticles)
            quotes += extractor.extract(a.text).quotes.size();
        return std::pair { timer.nsecsElapsed() / 1e9, quotes };
    };
    const qsizetype quotesFound = pass().second; // warm-up: word tables, allocator, caches
    QList<double> seconds;
    for (int r = 0; r < runs; ++r)
        seconds.append(pass().first);
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds.at(seconds.size() / 2);
    const double n = double(speedArticles.size());
    // One long text: the train articles joined until 1 MB, to show time grows with length only.
    QString joined;
    for (qsizetype i = 0; longText && joined.size() < 1024 * 1024; ++i)
        joined += speedArticles.at(i % speedArticles.size()).text + u"\n\n";
    QElapsedTimer longTimer;
    longTimer.start();
    const qsizetype longQuotes = longText ? extractor.extract(joined).quotes.size() : 0;
    const double longSeconds = longTimer.nsecsElapsed() / 1e9;
    out << Qt::endl
        << "speed over " << textsPath << " (" << speedArticles.size() << " articles, "
        << QString::number(characters / n, 'f', 0) << " characters each, " << quotesFound << " quotes), one thread, "
        << runs << " passes after a warm-up:\n"
        << QString::asprintf("  median pass %.3f s: %.0f articles/s, %.1f MB of text/s (UTF-16 code units / 1e6)\n",
                             median, n / median, characters / median / 1e6)
        << QString::asprintf("  best pass   %.3f s: %.0f articles/s\n", seconds.first(), n / seconds.first())
        << QString::asprintf("  per article %.1f us (median)\n", median / n * 1e6)
        << (longText ? QString::asprintf("  one 1 MB text (train articles joined): %.0f ms, %lld quotes\n",
                                         longSeconds * 1e3, qint64(longQuotes))
                     : QString())
        << QString::asprintf("  peak resident memory of this process %.1f MiB (corpora loaded included)\n",
                             peakResidentMiB());
    return 0;
}

// Import throughput over the Readability corpus: every source.html is read into memory first,
// then imported (parse, extract, serialise) several times; prints pages/second and MB/second.
//   bench_import [corpus-dir] [rounds]
#include "import/reader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString corpus = args.size() > 1 ? args.at(1) : QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/readability");
    const int rounds = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 3;

    QList<std::pair<QString, QByteArray>> pages;
    qint64 bytes = 0;
    const QDir root(corpus);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(root.filePath(name + QStringLiteral("/source.html")));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        pages.append({name, file.readAll()});
        bytes += pages.last().second.size();
    }
    if (pages.isEmpty()) {
        std::fprintf(stderr, "bench_import: no pages under %s\n", qPrintable(corpus));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 slowestMs = 0;
    QString slowest;
    int failures = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const auto &[name, data] : std::as_const(pages)) {
            QElapsedTimer one;
            one.start();
            // The name has no folder: page_files lookups (file system work) are not measured.
            const auto result = Quoteshelf::Import::readData(data, QStringLiteral("source.html"));
            failures += result.ok() ? 0 : 1;
            if (one.elapsed() > slowestMs) {
                slowestMs = one.elapsed();
                slowest = name;
            }
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double imported = double(pages.size()) * rounds;
    std::printf("bench_import: %lld pages x %d rounds, %.1f MB per round\n", qlonglong(pages.size()), rounds,
                double(bytes) / 1e6);
    std::printf("  %.1f pages/s, %.1f MB/s, %.2f ms/page mean, slowest %s (%lld ms), %d failures\n",
                imported / seconds, double(bytes) * rounds / 1e6 / seconds, 1000.0 * seconds / imported,
                qPrintable(slowest), qlonglong(slowestMs), failures);
    return failures == 0 ? 0 : 1;
}

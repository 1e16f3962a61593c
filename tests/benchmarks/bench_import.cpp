// Import throughput over the Readability corpus: every source.html is read into memory first,
// then parsed several times (prints pages/second and MB/second); then the whole import, end to
// end from the files into a new library (read, parse, extract, store), on one thread and on
// every core, with the CPU time each took.
//   bench_import [corpus-dir] [rounds]
#include "import/reader.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"

#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct EndToEnd
{
    double pagesPerSecond = 0;
    double pagesPerCpuSecond = 0;
    int failures = 0;
};

EndToEnd importAll(const QStringList &files, int threads)
{
    QTemporaryDir dir;
    Quoteshelf::Library::Database database;
    if (!database.open(dir.filePath(QStringLiteral("library.sqlite"))))
        return { 0, 0, int(files.size()) };
    Quoteshelf::Library::ArticleRepository repository(&database);
    EndToEnd result;
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    if (threads == 0) {
        // One file after the other on this thread, as the import was before it used every core.
        for (const QString &file : files)
            result.failures += Quoteshelf::Library::importFile(repository, file).ok() ? 0 : 1;
    } else {
        Quoteshelf::Library::importFiles(
            repository, files,
            [&result](int, const Quoteshelf::Library::ImportOutcome &outcome) { result.failures += outcome.ok() ? 0 : 1; },
            {}, threads);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    result.pagesPerSecond = double(files.size()) / seconds;
    result.pagesPerCpuSecond = double(files.size()) / (cpuSeconds() - cpuBefore);
    return result;
}

} // namespace

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

    // End to end, from the files: what File › Import and quoteshelf-cli import do.
    QStringList files;
    for (const auto &page : std::as_const(pages))
        files << root.filePath(page.first + QStringLiteral("/source.html"));
    const int cores = QThread::idealThreadCount();
    importAll(files, 0); // warm the file cache
    const EndToEnd one = importAll(files, 0);
    const EndToEnd all = importAll(files, cores);
    std::printf("  end to end into a new library, one file after the other: %.1f pages/s (%.1f pages per CPU second), "
                "%d failures\n",
                one.pagesPerSecond, one.pagesPerCpuSecond, one.failures);
    std::printf("  end to end into a new library, %d workers and the writer:  %.1f pages/s (%.1f pages per CPU second), "
                "%d failures; %.2fx\n",
                cores, all.pagesPerSecond, all.pagesPerCpuSecond, all.failures, all.pagesPerSecond / one.pagesPerSecond);
    return failures == 0 ? 0 : 1;
}

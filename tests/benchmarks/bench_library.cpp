// A library that has grown for years: a deterministic synthetic library of --articles (100,000)
// generated once into --library (kept between runs), then the figures a reader feels: start-up,
// search, typing in the search box, the Speakers window, a highlight from the command line, a
// whole-library export. A plain program that prints figures; no thresholds.
//   xvfb-run -a -s "-screen 0 1920x1080x24" bench_library [--library DIR] [--articles N] [--runs R]
#include "gestures.h"
#include "librarygenerator.h"
#include "core/paths.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/librarymodel.h"
#include "library/searchengine.h"
#include "library/speakerindex.h"
#include "render/highlightservice.h"
#include "ui/mainwindow.h"
#include "ui/speakerswindow.h"
#include "web/readerprofile.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Quoteshelf;

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double q)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    return values.at(qBound(qsizetype(0), qsizetype(std::ceil(q * double(values.size()))) - 1, values.size() - 1));
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

struct ChildRun
{
    double wallMs = 0;
    double cpuMs = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

// Runs a program to its end and reports what it cost (wait4's resource usage of that child).
ChildRun runChild(const QString &program, const QStringList &arguments)
{
    ChildRun run;
    QList<QByteArray> args{program.toLocal8Bit()};
    for (const QString &a : arguments)
        args << a.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(pid, &status, 0, &usage);
    run.wallMs = msSince(timer);
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

void row(const char *what, const QString &figure, const char *target)
{
    std::printf("  %-44s %-36s target %s\n", what, qPrintable(figure), target);
    std::fflush(stdout);
}

QString msFigures(const QList<double> &values)
{
    return QStringLiteral("p50 %1 / p95 %2 ms").arg(percentile(values, 0.5), 0, 'f', 1).arg(percentile(values, 0.95), 0, 'f', 1);
}

// Search: wall and CPU time of the first page of results, several runs.
void benchSearch(Library::Database &db, const char *label, const QString &query, int runs, const char *target)
{
    Library::SearchEngine engine(&db);
    QList<double> wall;
    QList<double> cpu;
    qsizetype hits = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuMs();
        hits = engine.search(query).size();
        cpu << threadCpuMs() - cpuStart;
        wall << msSince(timer);
    }
    row(label, QStringLiteral("%1 CPU (%2 hits)").arg(msFigures(cpu)).arg(hits), target);
    Q_UNUSED(wall);
}

// Launch to window shown and to the first article on screen, as the app reports them on stderr
// (QUOTESHELF_STARTUP_REPORT); measured from the moment the process is started.
void benchLaunch(const QString &app, const QString &library, int runs)
{
    QList<double> shown;
    QList<double> article;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QUOTESHELF_STARTUP_REPORT"), QStringLiteral("1"));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        double tShown = -1;
        double tArticle = -1;
        QObject::connect(&process, &QProcess::readyReadStandardError, &process, [&] {
            const QByteArray out = process.readAllStandardError();
            if (tShown < 0 && out.contains("startup: window shown"))
                tShown = msSince(timer);
            if (tArticle < 0 && out.contains("startup: article shown"))
                tArticle = msSince(timer);
        });
        timer.start();
        process.start(app, {QStringLiteral("--library"), library});
        if (!QTest::qWaitFor([&] { return tArticle >= 0 || process.state() == QProcess::NotRunning; }, 60000))
            std::fprintf(stderr, "bench_library: the app did not show an article within a minute\n");
        process.terminate();
        process.waitForFinished(10000);
        if (tShown >= 0)
            shown << tShown;
        if (tArticle >= 0)
            article << tArticle;
    }
    row("launch -> main window shown", msFigures(shown), "< 1500 ms warm");
    row("launch -> first article rendered", msFigures(article), "< 2000 ms");
}

// Typing into the real search box: the longest time the window did not answer (a 5 ms timer
// notes every late tick) while a common word is typed at 250 ms a key, slower than the search
// box's pause, so that every prefix of it is searched as it would be for a slow typist.
void benchTyping(Ui::MainWindow &window, const QString &word)
{
    QLineEdit *field = window.searchField();
    field->clear();
    QTest::qWait(500);
    QElapsedTimer clock;
    clock.start();
    double last = 0;
    double worst = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = msSince(clock);
        worst = std::max(worst, now - last);
        last = now;
    });
    ticker.start();
    for (const QChar c : word) {
        QTest::keyClick(field, c.toLatin1());
        QTest::qWait(250);
    }
    QTest::qWait(1500);
    ticker.stop();
    row("typing in the search box: longest freeze", QStringLiteral("%1 ms").arg(worst, 0, 'f', 0), "no freeze > 50 ms");
}

void benchSpeakersWindow(Ui::MainWindow &window)
{
    const long before = residentKb();
    QElapsedTimer timer;
    timer.start();
    window.showSpeakers();
    if (!QTest::qWaitFor([&] { return window.speakersWindow() && window.speakersWindow()->speakersView()->model()->rowCount() > 0; }, 120000))
        std::fprintf(stderr, "bench_library: the Speakers window stayed empty\n");
    const double ms = msSince(timer);
    row("Speakers window (View > Speakers)", QStringLiteral("%1 ms, +%2 MB").arg(ms, 0, 'f', 0).arg(double(residentKb() - before) / 1024.0, 0, 'f', 0),
        "< 300 ms, memory flat");
    window.speakersWindow()->close();
}

} // namespace

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfBench"));
    QApplication::setApplicationName(QStringLiteral("bench_library"));
    QStandardPaths::setTestModeEnabled(true);

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"), QStringLiteral("Library folder (kept between runs)."),
                                           QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("quoteshelf-bench-library")));
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Articles in the library."),
                                            QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each measurement."),
                                        QStringLiteral("n"), QStringLiteral("15"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("Comma-separated sections: search, cli, export, launch, window (default: all)."),
                                        QStringLiteral("sections"));
    parser.addOptions({libraryOption, articlesOption, runsOption, onlyOption});
    parser.process(app);
    const QString libraryDir = parser.value(libraryOption);
    const int wanted = parser.value(articlesOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"));
    const QString cli = bin.absoluteFilePath(QStringLiteral("quoteshelf-cli"));
    const QString gui = bin.absoluteFilePath(QStringLiteral("quoteshelf"));
    const QString path = Core::databasePath(libraryDir);
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const auto wants = [&only](const char *section) { return only.isEmpty() || only.contains(QLatin1String(section)); };

    Benchmarks::LibraryGenerator generator;
    {
        Library::Database db;
        if (!db.open(path)) {
            std::fprintf(stderr, "bench_library: %s\n", qPrintable(db.errorString()));
            return 1;
        }
        Library::ArticleRepository articles(&db);
        Library::HighlightRepository highlights(&db);
        const int have = articles.count();
        if (have < wanted) {
            std::fprintf(stderr, "bench_library: generating articles %d to %d in %s\n", have, wanted, qPrintable(libraryDir));
            QElapsedTimer timer;
            timer.start();
            if (!generator.fill(articles, highlights, have, wanted))
                return 1;
            std::fprintf(stderr, "bench_library: generated %d articles in %.0f s (%.0f articles/s)\n", wanted - have,
                         double(timer.elapsed()) / 1000.0, double(wanted - have) / (double(timer.elapsed()) / 1000.0));
        }
    }

    std::printf("Library: %s, %d articles, %.2f GB\n", qPrintable(path), wanted, double(QFileInfo(path).size()) / 1e9);

    Library::Database db;
    if (!db.open(path))
        return 1;
    Library::ArticleRepository articles(&db);
    const QString common = generator.wordInShare(0.55);
    const QString rare = generator.wordInShare(0.01);
    std::printf("Search words: common \"%s\" (in ~55%% of articles), rarer \"%s\" (~1%%)\n", qPrintable(common), qPrintable(rare));
    if (wants("search")) {
        benchSearch(db, "search, first page, common word", common, runs, "p95 < 50 ms");
        benchSearch(db, "search, prefix (3 letters)", rare.left(3), runs, "p95 < 50 ms");
        benchSearch(db, "search, speaker:", QStringLiteral("speaker:\"%1\"").arg(generator.frequentSpeaker()), runs, "p95 < 50 ms");
        benchSearch(db, "search, filter + word", QStringLiteral("site:\"%1\" %2").arg(generator.site(), common), runs, "p95 < 50 ms");
    }

    if (wants("cli")) {
        QList<double> cpu;
        QList<double> wall;
        const qint64 id = articles.summaries().constLast().id;
        const QString text = articles.article(id)->text;
        for (int i = 0; i < std::min(runs, 10); ++i) {
            // A different stretch each time: the same words twice would be the same highlight.
            const QString words = text.mid(text.indexOf(QLatin1Char(' '), 20 + i * 40) + 1, 25).trimmed();
            const ChildRun run = runChild(cli, {QStringLiteral("--library"), libraryDir, QStringLiteral("highlight"),
                                                QString::number(id), QStringLiteral("--text"), words,
                                                QStringLiteral("--tag"), QStringLiteral("benchmark")});
            if (run.exitCode == 0) {
                cpu << run.cpuMs;
                wall << run.wallMs;
            }
        }
        row("one highlight with a tag (CLI), CPU", msFigures(cpu), "< 30 ms");
    }
    if (wants("export")) {
        QTemporaryDir out;
        const ChildRun run = runChild(cli, {QStringLiteral("--library"), libraryDir, QStringLiteral("export"),
                                            QStringLiteral("--all"), QStringLiteral("--out"), out.path()});
        row("export --all", QStringLiteral("%1 s (CPU %2 s), peak %3 MB (exit %4)").arg(run.wallMs / 1000.0, 0, 'f', 1)
                                .arg(run.cpuMs / 1000.0, 0, 'f', 1).arg(double(run.maxRssKb) / 1024.0, 0, 'f', 0).arg(run.exitCode),
            "streams, memory flat");
    }

    if (wants("launch"))
        benchLaunch(gui, libraryDir, std::min(runs, 5));

    if (wants("window")) {
        QElapsedTimer timer;
        timer.start();
        Library::LibraryModel model(&articles);
        Render::HighlightService highlighter;
        Web::ReaderProfile profile(&articles, &highlighter);
        Library::HighlightRepository highlights(&db);
        Ui::MainWindow window(&articles, &highlights, &model, &profile, &highlighter);
        window.resize(1366, 768);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        row("window with the library list (in process)", QStringLiteral("%1 ms").arg(msSince(timer), 0, 'f', 0), "-");
        benchTyping(window, common);
        benchSpeakersWindow(window);
    }
    return 0;
}

// bench_memory [--only NAME,...] [--keep DIR]
// Peak memory of importing and extracting large and hostile saved pages, each in a process of its
// own: quoteshelf-cli of this build is started for `import FILE` (into a new library) and for
// `extract FILE --format json` (output thrown away), and its peak resident memory is read from the
// kernel when it ends. Prints, per input: file size, exit code, wall time, peak resident memory,
// and that peak as a multiple of the file size, both whole and above the tool's own floor (the peak
// of `list` on an empty library). The pages are generated here: an ordinary article grown to 49 MB,
// pages of tiny tags and short paragraphs right under the element limit (refused), markup as
// dense as a page may be (accepted), one element with a
// million attributes, and a 49 MB plain-text file. --keep writes them to DIR and leaves them there.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <functional>
#include <vector>

namespace {

struct Input
{
    const char *name;
    const char *suffix;
    std::function<QByteArray()> make;
};

// An ordinary news paragraph with a quote, repeated with a number so no two are alike.
QByteArray articleParagraph(int i)
{
    return QByteArrayLiteral("<p>The council met for the ") + QByteArray::number(i)
        + QByteArrayLiteral("th time on Tuesday. \xe2\x80\x9cWe cannot keep closing libraries and call it saving money,"
                            "\xe2\x80\x9d said Ann Vale, who chairs the finance committee. She said the vote would come "
                            "before the <a href=\"https://example.org/budget\">budget</a> is set in March.</p>\n");
}

QByteArray grownArticle(qsizetype bytes)
{
    QByteArray page = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>The long council "
                                        "meeting</title></head><body><article><h1>The long council meeting</h1>\n");
    for (int i = 0; page.size() < bytes; ++i)
        page += articleParagraph(i);
    page += QByteArrayLiteral("</article></body></html>\n");
    return page;
}

QByteArray repeatedInBody(const QByteArray &unit, qsizetype count)
{
    QByteArray page = QByteArrayLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Markup</title></head>"
                                        "<body><article><p>Some text before the markup.</p>\n");
    page.reserve(page.size() + unit.size() * count + 64);
    for (qsizetype i = 0; i < count; ++i)
        page += unit;
    page += QByteArrayLiteral("</article></body></html>\n");
    return page;
}

QByteArray manyAttributes(int count)
{
    QByteArray page = QByteArrayLiteral("<!DOCTYPE html><html><body><p");
    for (int i = 0; i < count; ++i)
        page += " a" + QByteArray::number(i) + "=1";
    page += QByteArrayLiteral(">One paragraph with too many attributes.</p></body></html>\n");
    return page;
}

QByteArray longText(qsizetype bytes)
{
    QByteArray text = QByteArrayLiteral("The long council meeting\n\n");
    const QByteArray paragraph = QByteArrayLiteral(
        "\xe2\x80\x9cWe cannot keep closing libraries and call it saving money,\xe2\x80\x9d said Ann Vale, who chairs "
        "the finance committee. She said the vote would come before the budget is set in March.\n\n");
    text.reserve(bytes + paragraph.size());
    while (text.size() < bytes)
        text += paragraph;
    return text;
}

struct Outcome
{
    int exitCode = -1;
    double seconds = 0;
    double peakMiB = 0;
};

// Runs the tool with args, settings and data under home, output to /dev/null; waits for it and
// reads its peak resident set from wait4().
Outcome runTool(const QString &tool, const QString &home, const QStringList &args)
{
    std::vector<QByteArray> argv8 { QFile::encodeName(tool) };
    for (const QString &a : args)
        argv8.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray config = QFile::encodeName(QDir(home).filePath(QStringLiteral("config")));
    const QByteArray data = QFile::encodeName(QDir(home).filePath(QStringLiteral("data")));

    std::fflush(stdout); // the child must not write out what is still buffered here
    std::fflush(stderr);
    QElapsedTimer clock;
    clock.start();
    const pid_t pid = fork();
    if (pid == 0) {
        setenv("XDG_CONFIG_HOME", config.constData(), 1);
        setenv("XDG_DATA_HOME", data.constData(), 1);
        unsetenv("QUOTESHELF_LIBRARY");
        if (!freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "w", stderr))
            _exit(126);
        execv(argv.front(), argv.data());
        _exit(127);
    }
    Outcome outcome;
    if (pid < 0)
        return outcome;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return outcome;
    outcome.seconds = clock.nsecsElapsed() / 1e9;
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    outcome.peakMiB = usage.ru_maxrss / 1024.0; // kilobytes on Linux
    return outcome;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QStringList only;
    QString keep;
    for (qsizetype i = 0; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--only")
            only = args.at(i + 1).split(u',');
        else if (args.at(i) == u"--keep")
            keep = args.at(i + 1);
    }
    const QString tool = QDir(app.applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/quoteshelf-cli"));
    if (!QFile::exists(tool)) {
        std::fprintf(stderr, "bench_memory: %s not found (build quoteshelf-cli)\n", qPrintable(tool));
        return 2;
    }

    constexpr qsizetype MiB = 1024 * 1024;
    const std::vector<Input> inputs = {
        { "article-49mb", "html", [] { return grownArticle(49 * MiB); } },
        { "tiny-tags", "html", [] { return repeatedInBody(QByteArrayLiteral("<b></b>"), 495'000); } },
        { "short-paragraphs", "html", [] { return repeatedInBody(QByteArrayLiteral("<p>a</p>"), 495'000); } },
        { "linked-words", "html", [] { return repeatedInBody(QByteArrayLiteral("<a href=\"#x\">word</a> "), 495'000); } },
        // The densest markup a saved page may have (HtmlDocument::BytesPerElement): the worst case
        // an import accepts.
        { "dense-accepted", "html", [] { return repeatedInBody(QByteArrayLiteral("<p>Short words, one after another, here; and a few more of them, so that the line is long.</p>\n"), 100'000); } },
        { "attributes-1m", "html", [] { return manyAttributes(1'000'000); } },
        { "text-49mb", "txt", [] { return longText(49 * MiB); } },
    };

    QTemporaryDir scratch;
    const QString dir = keep.isEmpty() ? scratch.path() : keep;
    QDir().mkpath(dir);

    QTemporaryDir floorHome;
    const Outcome floor = runTool(tool, floorHome.path(), { QStringLiteral("list") });
    std::printf("quoteshelf-cli floor (list, empty library): peak %.1f MiB\n\n", floor.peakMiB);
    std::printf("%-18s %9s  %-8s %4s %8s %10s %8s %10s\n", "input", "MiB", "command", "exit", "seconds", "peak MiB",
                "x size", "x (-floor)");
    for (const Input &input : inputs) {
        if (!only.isEmpty() && !only.contains(QLatin1String(input.name)))
            continue;
        const QString path = QDir(dir).filePath(QLatin1String(input.name) + u'.' + QLatin1String(input.suffix));
        {
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(input.make()) < 0) {
                std::fprintf(stderr, "bench_memory: cannot write %s\n", qPrintable(path));
                return 2;
            }
        }
        const double sizeMiB = QFileInfo(path).size() / double(MiB);
        for (const char *command : { "import", "extract" }) {
            QTemporaryDir home;
            const QStringList toolArgs = QLatin1String(command) == u"import"
                ? QStringList { QStringLiteral("import"), path }
                : QStringList { QStringLiteral("extract"), path, QStringLiteral("--format"), QStringLiteral("json") };
            const Outcome run = runTool(tool, home.path(), toolArgs);
            std::printf("%-18s %9.2f  %-8s %4d %8.2f %10.1f %8.1f %10.1f\n", input.name, sizeMiB, command, run.exitCode,
                        run.seconds, run.peakMiB, run.peakMiB / sizeMiB, (run.peakMiB - floor.peakMiB) / sizeMiB);
            std::fflush(stdout);
        }
    }
    return 0;
}

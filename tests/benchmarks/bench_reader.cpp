// Issue #5 figures: opening an article in a library of --articles (1,000) from the click on its row
// to the page on screen, and scrolling the library list at --scroll-articles (10,000). A plain
// program that prints figures, with the real main window and web view; no thresholds.
//   xvfb-run -a -s "-screen 0 1920x1080x24" bench_reader [--articles N] [--scroll-articles M]
#include "webtesting.h"
#include "extract/extractor.h"
#include "import/reader.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/libraryfiltermodel.h"
#include "library/librarymodel.h"
#include "render/highlightservice.h"
#include "ui/librarypanel.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "web/readerprofile.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QListView>
#include <QPixmap>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Quoteshelf;
using Quoteshelf::Testing::evaluate;

namespace {

// One bundled sample, read and extracted once; every library entry is a variant of one of them.
struct Sample
{
    Import::Article article;
    Extract::Result extraction;
    QString file;
    QByteArray original;
};

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void printStats(const char *label, QList<double> values)
{
    if (values.isEmpty())
        return;
    std::sort(values.begin(), values.end());
    // Nearest rank: the smallest value with at least q of the values at or below it.
    const auto at = [&](double q) { return values.at(qsizetype(std::ceil(q * double(values.size()))) - 1); };
    std::printf("  %-40s median %7.2f  p90 %7.2f  max %7.2f ms  (n=%lld)\n", label, at(0.5), at(0.9),
                values.last(), qlonglong(values.size()));
}

// Adds variants [from, to) of the samples. Each gets its own title and one extra closing paragraph
// (the content hash covers the text, so identical copies would be refused as duplicates); the
// paragraph is appended to text, blocks and html alike, with code-point offsets, so the stored
// article stays as consistent as one that was imported. Returns the seconds taken.
double addVariants(Library::ArticleRepository &repository, const QList<Sample> &samples, int from, int to)
{
    // Each addArticle() is its own transaction (WAL, synchronous=NORMAL: no fsync per commit). An
    // outer transaction around the loop is not possible: the inner BEGIN would fail and every
    // addArticle() would return "The library is busy".
    QElapsedTimer timer;
    timer.start();
    for (int i = from; i < to; ++i) {
        const Sample &sample = samples.at(i % samples.size());
        Import::Article article = sample.article;
        article.title = QStringLiteral("%1 (copy %2)").arg(sample.article.title).arg(i + 1);
        const QString sentence = QStringLiteral("This is benchmark copy %1 of the article.").arg(i + 1);
        article.text += QStringLiteral("\n\n");
        const qsizetype start = article.text.toUcs4().size();
        article.text += sentence;
        const qsizetype end = start + sentence.toUcs4().size();
        article.blocks.append({Import::Block::Kind::Paragraph, start, end});
        article.html += QStringLiteral("<p data-qs-start=\"%1\" data-qs-end=\"%2\">%3</p>\n").arg(start).arg(end)
                            .arg(sentence);
        const auto added = repository.addArticle(article, sample.extraction, sample.file, sample.original);
        if (!added.ok() || added.duplicate) {
            std::fprintf(stderr, "bench_reader: article %d not added: %s\n", i + 1,
                         added.duplicate ? "duplicate" : qPrintable(added.error));
            return -1;
        }
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Runs a script in the isolated world and waits for its answer (an invalid QVariant on timeout).
// A grab that is one flat colour means Chromium had not delivered a frame for the view.
bool hasContent(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 16)
        for (int x = 0; x < image.width(); x += 16)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

QByteArray peakRss()
{
    QFile status(QStringLiteral("/proc/self/status"));
    const QByteArray text = status.open(QIODevice::ReadOnly) ? status.readAll() : QByteArray();
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    return "unknown";
}

// Counts paint events of the widget it watches.
class PaintCounter final : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        count += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

struct OpenTimings
{
    QList<double> loaded, script, frame, grabbed;
    int blankGrabs = 0;
};

// Clicks a row of the library list and times the stages up to the article on screen.
bool openRow(Ui::MainWindow &window, int row, OpenTimings *timings)
{
    QListView *list = window.libraryView();
    const QModelIndex index = list->model()->index(row, 0);
    const qint64 id = index.data(Library::LibraryModel::IdRole).toLongLong();
    list->scrollTo(index);
    QCoreApplication::processEvents(); // the scroll's repaint is not part of opening
    QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
    QWebEnginePage *page = window.readerView()->page();

    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());
    if (!loaded.wait(15000) || loaded.constLast().at(0).toLongLong() != id || !loaded.constLast().at(1).toBool()) {
        std::fprintf(stderr, "bench_reader: article %lld (row %d) did not load\n", qlonglong(id), row);
        return false;
    }
    const double tLoaded = msSince(timer);
    // One round trip that also arms a double requestAnimationFrame: the second callback runs at the
    // start of the frame after the one that drew the loaded page.
    const QVariant state = evaluate(page, QStringLiteral(
        "window.__qsBenchPainted = false;"
        "requestAnimationFrame(() => requestAnimationFrame(() => { window.__qsBenchPainted = true; }));"
        "document.readyState"));
    const double tScript = msSince(timer);
    while (evaluate(page, QStringLiteral("window.__qsBenchPainted === true")).toBool() == false) {
        if (timer.elapsed() > 15000) {
            std::fprintf(stderr, "bench_reader: no frame for article %lld\n", qlonglong(id));
            return false;
        }
    }
    const double tFrame = msSince(timer);
    const QPixmap pixmap = window.readerView()->grab();
    const double tGrabbed = msSince(timer);

    if (state.toString() != QLatin1String("complete"))
        std::fprintf(stderr, "bench_reader: readyState %s after load\n", qPrintable(state.toString()));
    if (timings) {
        timings->loaded.append(tLoaded);
        timings->script.append(tScript);
        timings->frame.append(tFrame);
        timings->grabbed.append(tGrabbed);
        timings->blankGrabs += hasContent(pixmap.toImage()) ? 0 : 1;
    }
    return true;
}

bool benchOpen(Library::Database &db, Library::ArticleRepository &repository, Web::ReaderProfile &profile,
               Render::HighlightService &highlighter)
{
    Library::LibraryModel model(&repository);
    Library::HighlightRepository highlights(&db);
    Ui::MainWindow window(&repository, &highlights, &model, &profile, &highlighter);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;

    const int rows = window.libraryView()->model()->rowCount();
    for (int row = 0; row < 3; ++row) {
        if (!openRow(window, row, nullptr))
            return false;
    }
    OpenTimings timings;
    const int measured = std::min(30, rows - 3);
    for (int i = 0; i < measured; ++i) {
        if (!openRow(window, 3 + int(qint64(i) * (rows - 3) / measured), &timings))
            return false;
    }
    std::printf("\nOpen article (%d articles in the library, 3 warm-up opens, %d measured, each a different "
                "article clicked in the list; times from the click):\n", rows, measured);
    printStats("click -> loadFinished", timings.loaded);
    printStats("click -> first script round trip", timings.script);
    printStats("click -> double rAF seen (frame drawn)", timings.frame);
    printStats("click -> readerView()->grab() done", timings.grabbed);
    std::printf("  grabs that were one flat colour: %d of %d\n", timings.blankGrabs, measured);
    std::printf("  Painted = the double rAF line: Chromium began the frame after the one that drew the page\n"
                "  (granularity one vsync). loadFinished promises nothing on screen; the round trip shows the\n"
                "  renderer ran a script after load; grab = Qt composed the view's last frame (an upper bound).\n");
    return true;
}

bool benchScroll(Library::Database &db, Library::ArticleRepository &repository, Web::ReaderProfile &profile,
                 Render::HighlightService &highlighter)
{
    QElapsedTimer timer;
    timer.start();
    Library::LibraryModel model(&repository);
    const double load = msSince(timer);

    timer.restart();
    Library::LibraryFilterModel filter;
    filter.setSourceModel(&model);
    const double sortAdded = msSince(timer);
    timer.restart();
    filter.setSortKey(Library::LibraryFilterModel::SortKey::Title);
    const double sortTitle = msSince(timer);

    Library::HighlightRepository highlights(&db);
    Ui::MainWindow window(&repository, &highlights, &model, &profile, &highlighter);
    window.resize(1366, 768);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    QCoreApplication::processEvents(); // the list's delayed item layout

    QListView *list = window.libraryView();
    QScrollBar *bar = list->verticalScrollBar();
    bar->setValue(0);
    QCoreApplication::processEvents();
    // With a texture widget in the window (the web view) Qt turns repaint() into a posted update
    // when it comes sooner than one refresh interval after the last frame, so a repaint() loop
    // paints almost nothing. Each step delivers the posted update itself instead: the list's paint
    // plus the window's composition and flush, i.e. one frame. render() then times the list's
    // paint alone (delegate and view, into an image, nothing composed).
    PaintCounter paints;
    list->viewport()->installEventFilter(&paints);
    QImage image(list->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QList<double> frames, renders;
    int painted = 0;
    QElapsedTimer total;
    total.start();
    for (int value = bar->pageStep(); value < bar->maximum() + bar->pageStep(); value += bar->pageStep()) {
        const int before = paints.count;
        timer.restart();
        bar->setValue(std::min(value, bar->maximum()));
        QCoreApplication::sendPostedEvents(&window, QEvent::UpdateRequest);
        frames.append(msSince(timer));
        painted += paints.count > before ? 1 : 0;
        timer.restart();
        list->viewport()->render(&image);
        renders.append(msSince(timer));
    }
    const double scrolled = msSince(total);

    timer.restart();
    window.libraryPanel()->filterModel()->setSortKey(Library::LibraryFilterModel::SortKey::Title);
    const double sortInWindow = msSince(timer);

    std::printf("\nLibrary list (%d articles, viewport %dx%d, %d px per row):\n", model.rowCount(),
                list->viewport()->width(), list->viewport()->height(), list->sizeHintForRow(0));
    std::printf("  LibraryModel constructed (loads all summaries)   %8.2f ms\n", load);
    std::printf("  LibraryFilterModel::setSourceModel (added order) %8.2f ms\n", sortAdded);
    std::printf("  LibraryFilterModel::setSortKey(Title)            %8.2f ms  (standalone proxy)\n", sortTitle);
    std::printf("  setSortKey(Title) on the window's proxy, in view %8.2f ms\n", sortInWindow);
    std::printf("  scroll top to bottom: %lld page steps of %d px, %.1f ms in all, list painted in %d of them\n",
                qlonglong(frames.size()), bar->pageStep(), scrolled, painted);
    printStats("frame: setValue + paint + compose/flush", frames);
    printStats("list paint alone: viewport->render()", renders);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Quoteshelf"));
    QApplication::setOrganizationName(QStringLiteral("Quoteshelf"));
    // Keep the user's settings out of it: the window restores and saves geometry and last article.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    const QCommandLineOption articlesOption(QStringLiteral("articles"), QStringLiteral("Library size for opening."),
                                            QStringLiteral("N"), QStringLiteral("1000"));
    const QCommandLineOption scrollOption(QStringLiteral("scroll-articles"),
                                          QStringLiteral("Library size for scrolling."), QStringLiteral("M"),
                                          QStringLiteral("10000"));
    parser.addHelpOption();
    parser.addOptions({articlesOption, scrollOption});
    parser.process(app);
    const int articles = std::max(4, parser.value(articlesOption).toInt());
    const int scrollArticles = std::max(articles, parser.value(scrollOption).toInt());

    // xvfb-run points XAUTHORITY into its own temporary folder; there is no other portable tell.
    const QString platform = QGuiApplication::platformName();
    const char *display = platform == QLatin1String("offscreen")  ? "offscreen platform"
                          : qgetenv("XAUTHORITY").contains("xvfb-run") ? "Xvfb (xvfb-run)"
                                                                       : "not Xvfb as far as can be told";
    std::printf("bench_reader: Qt %s (built with %s), platform %s, DISPLAY=%s: %s\n", qVersion(), QT_VERSION_STR,
                qPrintable(platform), qgetenv("DISPLAY").constData(), display);

    QList<Sample> samples;
    for (const char *name : {"01-gaza-hostage-talks.txt", "02-night-trains.html"}) {
        const QString path = QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/samples/") + QLatin1String(name);
        const Import::ReadResult read = Import::readFile(path);
        QFile file(path);
        if (!read.ok() || !file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "bench_reader: cannot read %s: %s\n", qPrintable(path), qPrintable(read.error));
            return 1;
        }
        const Extract::Result extraction = Extract::Extractor().extract(read.article.text);
        samples.append({read.article, extraction, QLatin1String(name), file.readAll()});
    }

    QTemporaryDir dir;
    Library::Database db;
    if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("library.sqlite")))) {
        std::fprintf(stderr, "bench_reader: cannot open a library: %s\n", qPrintable(db.errorString()));
        return 1;
    }
    Library::ArticleRepository repository(&db);
    Render::HighlightService highlighter;
    Web::ReaderProfile profile(&repository, &highlighter);

    const double fill = addVariants(repository, samples, 0, articles);
    if (fill < 0)
        return 1;
    std::printf("\nFill: %d articles in %.2f s, %.0f articles/s (one transaction per addArticle)\n", articles, fill,
                articles / fill);
    if (!benchOpen(db, repository, profile, highlighter))
        return 1;

    // No model is alive here, so the inserts do not ripple through a list.
    const double more = addVariants(repository, samples, articles, scrollArticles);
    if (more < 0)
        return 1;
    std::printf("\nFill: %d more articles in %.2f s, %.0f articles/s\n", scrollArticles - articles, more,
                (scrollArticles - articles) / std::max(more, 1e-9));
    if (!benchScroll(db, repository, profile, highlighter))
        return 1;

    std::printf("\nPeak RSS (VmHWM, this process only; Chromium's renderer/GPU processes are separate): %s\n",
                peakRss().constData());
    return 0;
}

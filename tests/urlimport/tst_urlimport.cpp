// Saving an article from a web address: fetched from a server the test runs on 127.0.0.1 (no
// other network), read like a saved page, its images stored so that it reads with the server
// gone, and one clear message per failure with nothing written to the library.
#include "clitool.h"
#include "core/paths.h"
#include "httpserver.h"
#include "import/readinglist.h"
#include "import/urlfetcher.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Testing::Response;

namespace {

// Not real images: what the importer checks is the signature, and the bytes are compared whole.
QByteArray fakePng(char fill)
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(2000, fill);
}

QByteArray fakeJpeg(char fill)
{
    return QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(3000, fill);
}

QByteArray storyPage(const QByteArray &title, const QByteArray &body)
{
    return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1>" + body
        + "<p>Residents gathered on the quay to watch the crossing, which has been delayed every week since the storm "
          "damaged the northern pier in the spring.</p></article></body></html>";
}

const QByteArray ferryParagraph = "<p>The harbour master counted the boats twice, and the ferry left an hour late that "
                                  "morning while the gulls circled over the empty ticket office.</p>";

Response html(const QByteArray &body, const QByteArray &type = "text/html; charset=utf-8")
{
    return Response{200, "OK", {{"Content-Type", type}}, body};
}

int articleCount(const QString &databasePath)
{
    Library::Database database;
    if (!database.open(databasePath))
        return -1;
    return Library::ArticleRepository(&database).count();
}

} // namespace

class TestUrlImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pageWithImagesReadsOffline();
    void redirectKeepsTheFinalAddress();
    void lazyPlaceholderGivesWayToTheImage();
    void charsetFromTheHeader_data();
    void charsetFromTheHeader();
    void failures_data();
    void failures();
    void cancelStopsTheFetch();
    void noCookiesAndAnHonestAgent();
    void cliImportsAndReplaces();
    void readingLists_data();
    void readingLists();
    void cliImportsAReadingList();

private:
    Library::ImportOutcome import(const QString &url);

    QTemporaryDir m_dir;
    QString m_database;
    std::unique_ptr<Testing::HttpServer> m_server;
};

void TestUrlImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Failures that wait for a silent server wait this long, not the default half minute.
    qputenv("QUOTESHELF_FETCH_TIMEOUT_MS", "700");
}

void TestUrlImport::init()
{
    m_server = std::make_unique<Testing::HttpServer>();
    QVERIFY(m_server->port() > 0);
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QLatin1Char('-')
                                          + QString::fromLatin1(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("\\W+")), QStringLiteral("_")));
    QVERIFY(QDir().mkpath(folder));
    m_database = Core::databasePath(folder);
}

Library::ImportOutcome TestUrlImport::import(const QString &url)
{
    Library::Database database;
    if (!database.open(m_database))
        return {url, 0, {}, false, database.errorString()};
    Library::ArticleRepository repository(&database);
    return Library::importUrl(repository, url);
}

void TestUrlImport::pageWithImagesReadsOffline()
{
    const QByteArray first = fakePng('a');
    const QByteArray second = fakeJpeg('b');
    m_server->route("/news/ferry.html",
                    html(storyPage("Ferry delayed again", ferryParagraph + "<figure><img src=\"pics/boat.png\" alt=\"The boat\"></figure>"
                                   "<p>The second picture shows the pier after the storm, with its railings bent.</p>"
                                   "<img srcset=\"/media/pier.jpg 800w, /media/pier-small.jpg 400w\" alt=\"The pier\">")));
    m_server->route("/news/pics/boat.png", Response{200, "OK", {{"Content-Type", "image/png"}}, first});
    m_server->route("/media/pier.jpg", Response{200, "OK", {{"Content-Type", "image/jpeg"}}, second});

    const Library::ImportOutcome outcome = import(m_server->url(QStringLiteral("/news/ferry.html")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    QVERIFY2(outcome.warnings.isEmpty(), qPrintable(outcome.warnings.join(u'\n')));
    QCOMPARE(outcome.title, QStringLiteral("Ferry delayed again"));

    // The network is gone: everything the reader shows comes from the library.
    m_server->stop();
    Library::Database database;
    QVERIFY(database.open(m_database));
    const Library::ArticleRepository repository(&database);
    const auto article = repository.article(outcome.id);
    QVERIFY(article);
    QCOMPARE(article->sourceUrl, m_server->url(QStringLiteral("/news/ferry.html")));
    static const QRegularExpression image(QStringLiteral("<img src=\"assets/([^\"]+)\""));
    QStringList names;
    for (auto it = image.globalMatch(article->html); it.hasNext();)
        names << it.next().captured(1);
    QCOMPARE(names.size(), 2);
    QString mime;
    QCOMPARE(repository.asset(outcome.id, names.at(0), &mime), first);
    QCOMPARE(mime, QStringLiteral("image/png"));
    QCOMPARE(repository.asset(outcome.id, names.at(1), &mime), second);
    QCOMPARE(mime, QStringLiteral("image/jpeg"));
    QVERIFY(article->text.contains(QStringLiteral("gulls circled over the empty ticket office")));
}

void TestUrlImport::redirectKeepsTheFinalAddress()
{
    m_server->route("/go/ferry", Response{301, "Moved Permanently", {{"Location", "/stories/2026/ferry.html"}}, {}});
    m_server->route("/stories/2026/ferry.html",
                    html(storyPage("Ferry delayed again", ferryParagraph + "<p><img src=\"boat.png\" alt=\"\"></p>")));
    m_server->route("/stories/2026/boat.png", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng('c')});

    const Library::ImportOutcome outcome = import(m_server->url(QStringLiteral("/go/ferry")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    Library::Database database;
    QVERIFY(database.open(m_database));
    const auto article = Library::ArticleRepository(&database).article(outcome.id);
    QVERIFY(article);
    const QString final = m_server->url(QStringLiteral("/stories/2026/ferry.html"));
    QCOMPARE(article->sourceUrl, final);
    QCOMPARE(article->sourceFile, final);
    // The image's relative address meant the final page's folder, not the redirecting one.
    QVERIFY2(article->html.contains(QStringLiteral("<img src=\"assets/")), qPrintable(article->html));
}

void TestUrlImport::lazyPlaceholderGivesWayToTheImage()
{
    // A blank inline pixel in src until a script would swap in data-src.
    const QByteArray pixel = "data:image/gif;base64," + QByteArray("GIF89a\x01\x00\x01\x00\x00\x00\x00;", 14).toBase64();
    m_server->route("/lazy.html", html(storyPage("Ferry delayed again", ferryParagraph + "<p><img src=\"" + pixel
                                                                            + "\" data-src=\"/img/real.png\" alt=\"\"></p>")));
    m_server->route("/img/real.png", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng('r')});
    const Library::ImportOutcome outcome = import(m_server->url(QStringLiteral("/lazy.html")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    Library::Database database;
    QVERIFY(database.open(m_database));
    const Library::ArticleRepository repository(&database);
    const auto article = repository.article(outcome.id);
    QVERIFY(article);
    const auto match = QRegularExpression(QStringLiteral("<img src=\"assets/([^\"]+)\"")).match(article->html);
    QVERIFY2(match.hasMatch(), qPrintable(article->html));
    QCOMPARE(repository.asset(outcome.id, match.captured(1)), fakePng('r'));
}

void TestUrlImport::charsetFromTheHeader_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("head");
    // In Windows-1252 the curly quotes are 0x93 and 0x94, é is 0xE9: none of them valid UTF-8.
    QTest::newRow("nominal: declared in the header only") << QByteArray("text/html; charset=windows-1252") << QByteArray();
    QTest::newRow("nominal: quoted label, upper case") << QByteArray("text/html; Charset=\"WINDOWS-1252\"") << QByteArray();
    QTest::newRow("robustness: the page claims UTF-8, the header knows better")
        << QByteArray("text/html; charset=windows-1252") << QByteArray("<meta charset=\"utf-8\">");
}

void TestUrlImport::charsetFromTheHeader()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, head);
    const QByteArray page = "<html><head>" + head + "<title>Crossing</title></head><body><article><h1>Crossing</h1>"
                            "<p>\x93We will sail when the wind drops,\x94 the captain said, and the passengers sat "
                            "down again on their cases in the caf\xE9 by the harbour wall.</p>"
                            "<p>Nobody complained: the crossing had been cancelled twice that week already, and the "
                            "town had grown used to waiting for the sea to calm.</p></article></body></html>";
    m_server->route("/crossing", html(page, contentType));
    const Library::ImportOutcome outcome = import(m_server->url(QStringLiteral("/crossing")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    Library::Database database;
    QVERIFY(database.open(m_database));
    const auto article = Library::ArticleRepository(&database).article(outcome.id);
    QVERIFY(article);
    QVERIFY2(article->text.contains(QStringLiteral("“We will sail when the wind drops,” the captain said")),
             qPrintable(article->text));
    QVERIFY2(article->text.contains(QStringLiteral("in the café by")), qPrintable(article->text));
    QVERIFY(!article->text.contains(QChar(0xFFFD)));
}

void TestUrlImport::failures_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("robustness: 404") << QByteArray("/gone") << QStringLiteral("HTTP 404 Not Found");
    QTest::newRow("robustness: server error") << QByteArray("/broken") << QStringLiteral("HTTP 503 Service Unavailable");
    QTest::newRow("robustness: not HTML by its type (image/png)") << QByteArray("/picture")
                                                                  << QStringLiteral("not an HTML page (the server sent image/png)");
    QTest::newRow("robustness: not HTML by its content (unlabelled PNG)") << QByteArray("/unlabelled")
                                                                          << QStringLiteral("not an HTML page");
    QTest::newRow("robustness: too large, announced") << QByteArray("/announced-huge")
                                                      << QStringLiteral("the page is too large to import (60 MB; the limit is 50 MB)");
    QTest::newRow("robustness: too large, streamed without a length") << QByteArray("/streamed-huge")
                                                                      << QStringLiteral("the page is too large to import (more than 50 MB)");
    QTest::newRow("robustness: a server that never answers") << QByteArray("/silent") << QStringLiteral("timed out: no answer for 0.7 seconds");
    QTest::newRow("robustness: a server that trickles a byte at a time")
        << QByteArray("/trickle") << QStringLiteral("timed out: the page took longer than 7 seconds to arrive");
    QTest::newRow("robustness: a redirect loop") << QByteArray("/loop") << QStringLiteral("too many redirects (more than 10)");
    QTest::newRow("robustness: host not found") << QByteArray("http://quoteshelf-test.invalid/story")
                                                << QStringLiteral("host not found: quoteshelf-test.invalid");
    QTest::newRow("robustness: TLS with a server that speaks plain HTTP") << QByteArray("tls:/story")
                                                                          << QStringLiteral("secure connection (TLS) failed");
    QTest::newRow("robustness: connection refused") << QByteArray("http://127.0.0.1:1/story")
                                                    << QStringLiteral("the server refused the connection");
}

void TestUrlImport::failures()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, message);
    m_server->route("/broken", Response{503, "Service Unavailable", {{"Content-Type", "text/html"}}, "<p>Try later.</p>"});
    m_server->route("/picture", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng('p')});
    m_server->route("/unlabelled", Response{200, "OK", {}, fakePng('q')});
    m_server->route("/announced-huge", Response{200, "OK", {{"Content-Type", "text/html"}, {"Content-Length", "62914560"}},
                                                "<html><body><p>Only the start.</p>"});
    m_server->route("/streamed-huge", Response{200, "OK", {{"Content-Type", "text/html"}}, {}, Response::Mode::Stream,
                                               60LL * 1024 * 1024});
    m_server->route("/silent", Response{200, "OK", {}, {}, Response::Mode::Silent});
    m_server->route("/trickle", Response{200, "OK", {{"Content-Type", "text/html"}}, {}, Response::Mode::Trickle});
    m_server->route("/loop", Response{302, "Found", {{"Location", "/loop"}}, {}});
    // A library with one article already: a failure must leave it exactly as it was.
    m_server->route("/fine", html(storyPage("Ferry delayed again", ferryParagraph)));
    QVERIFY(import(m_server->url(QStringLiteral("/fine"))).ok());
    QCOMPARE(articleCount(m_database), 1);

    QString url = path.startsWith('/') ? m_server->url(QString::fromLatin1(path)) : QString::fromLatin1(path);
    if (path.startsWith("tls:"))
        url = QStringLiteral("https://127.0.0.1:%1%2").arg(m_server->port()).arg(QString::fromLatin1(path.mid(4)));
    QElapsedTimer timer;
    timer.start();
    const Library::ImportOutcome outcome = import(url);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.id, 0);
    // One message naming the address and the problem.
    QVERIFY2(outcome.error.startsWith(url + QStringLiteral(": ")), qPrintable(outcome.error));
    QVERIFY2(outcome.error.contains(message), qPrintable(outcome.error));
    QCOMPARE(articleCount(m_database), 1);
    // Refused early: a huge body is not downloaded to the end, a silent server not waited for long.
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

void TestUrlImport::cancelStopsTheFetch()
{
    m_server->route("/silent", Response{200, "OK", {}, {}, Response::Mode::Silent});
    Library::Database database;
    QVERIFY(database.open(m_database));
    Library::ArticleRepository repository(&database);
    QElapsedTimer timer;
    timer.start();
    Library::FetchControl control;
    control.cancelled = [&timer] { return timer.elapsed() > 150; };
    const Library::ImportOutcome outcome = Library::importUrl(repository, m_server->url(QStringLiteral("/silent")), control);
    // Cancelled, not ended by the 0.7 s timeout (which would say "timed out").
    QCOMPARE(outcome.error, m_server->url(QStringLiteral("/silent")) + QStringLiteral(": cancelled"));
    QCOMPARE(repository.count(), 0);
}

void TestUrlImport::noCookiesAndAnHonestAgent()
{
    // A cookie set on the way (by the redirect) would come back with the page and its image.
    m_server->route("/first", Response{302, "Found", {{"Location", "/second"}, {"Set-Cookie", "visitor=42; Path=/"}}, {}});
    m_server->route("/second", Response{200, "OK", {{"Content-Type", "text/html"}, {"Set-Cookie", "seen=1; Path=/"}},
                                        storyPage("Ferry delayed again", ferryParagraph + "<p><img src=\"/pic.png\" alt=\"\"></p>")});
    m_server->route("/pic.png", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng('e')});
    QVERIFY(import(m_server->url(QStringLiteral("/first"))).ok());
    const QList<Testing::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (const Testing::Request &request : requests) {
        QVERIFY2(!request.headers.contains("cookie"), request.headers.value("cookie").constData());
        QCOMPARE(request.headers.value("user-agent"), Import::UrlFetcher::userAgent());
    }
    QCOMPARE(requests.at(2).path, QByteArray("/pic.png"));
    QCOMPARE(requests.at(2).headers.value("referer"), m_server->url(QStringLiteral("/second")).toUtf8());
    QVERIFY(Import::UrlFetcher::userAgent().startsWith("Quoteshelf/" QUOTESHELF_VERSION " "));
}

void TestUrlImport::cliImportsAndReplaces()
{
    const QString library = QFileInfo(m_database).absolutePath();
    const auto cli = [&](const QStringList &args) {
        return Testing::runCli(m_dir.path(), QStringList{QStringLiteral("--library"), library} + args);
    };
    m_server->route("/story", html(storyPage("Ferry delayed again", ferryParagraph + "<p><img src=\"/boat.png\" alt=\"\"></p>")));
    m_server->route("/boat.png", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng('d')});
    const QString url = m_server->url(QStringLiteral("/story"));

    const Testing::CliRun imported = cli({QStringLiteral("import"), url});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const qint64 id = imported.out.section(QLatin1Char('\t'), 0, 0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(imported.out.section(QLatin1Char('\t'), 1).trimmed(), QStringLiteral("Ferry delayed again"));
    {
        Library::Database database;
        QVERIFY(database.open(m_database));
        const auto article = Library::ArticleRepository(&database).article(id);
        QVERIFY(article && article->html.contains(QStringLiteral("<img src=\"assets/")));
    }

    const Testing::CliRun highlighted
        = cli({QStringLiteral("highlight"), QString::number(id), QStringLiteral("--text"), QStringLiteral("the gulls circled")});
    QVERIFY2(highlighted.exitCode == 0, qPrintable(highlighted.err));

    // A new version of the page: a paragraph added before the highlighted words.
    m_server->route("/story", html(storyPage("Ferry delayed again", "<p>Update: the council has promised a new pier by the "
                                                                      "summer, the mayor told reporters on Tuesday.</p>"
                                                 + ferryParagraph)));
    const Testing::CliRun replaced = cli({QStringLiteral("import"), QStringLiteral("--replace"), url});
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    QCOMPARE(replaced.out.section(QLatin1Char('\t'), 0, 0).toLongLong(), id);
    QVERIFY2(replaced.err.contains(QStringLiteral("replaced article %1; highlights: 0 stayed, 1 moved").arg(id)),
             qPrintable(replaced.err));
    const Testing::CliRun listed = cli({QStringLiteral("highlights"), QString::number(id)});
    QVERIFY2(listed.out.contains(QStringLiteral("the gulls circled")), qPrintable(listed.out));
    QCOMPARE(articleCount(m_database), 1);

    // A failure from the command line: its message names the address, the exit code says so.
    const Testing::CliRun missing = cli({QStringLiteral("import"), m_server->url(QStringLiteral("/nothing-here"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(m_server->url(QStringLiteral("/nothing-here")) + QStringLiteral(": the server answered HTTP 404 Not Found")),
             qPrintable(missing.err));
}

void TestUrlImport::readingLists_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QStringList>("tags"); // of each entry, joined by "+"
    QTest::addColumn<QList<bool>>("archived");
    QTest::newRow("nominal: Pocket HTML")
        << QByteArray("<!DOCTYPE html><html><head><title>Pocket Export</title></head><body><h1>Unread</h1><ul>"
                      "<li><a href=\"https://harbour.example/ferry?a=1&amp;b=2\" time_added=\"1700000000\" "
                      "tags=\"boats,local news\">Ferry delayed</a></li>"
                      "<li><a href=\"ftp://old.example/file\" time_added=\"1\" tags=\"\">Not the web</a></li></ul>"
                      "<h1>Read Archive</h1><ul><li><a href=\"http://bakery.example/\" time_added=\"1700000500\" "
                      "tags=\"\">Bakery &amp; caf&eacute;</a></li></ul></body></html>")
        << QStringLiteral("Pocket") << QStringList{QStringLiteral("https://harbour.example/ferry?a=1&b=2"), QStringLiteral("http://bakery.example/")}
        << QStringList{QStringLiteral("boats+local news"), QString()} << QList<bool>{false, true};
    QTest::newRow("nominal: Pocket CSV")
        << QByteArray("title,url,time_added,tags,status\r\n\"Ferry, delayed again\",https://harbour.example/ferry,1700000000,"
                      "boats|local news,unread\r\nBakery,http://bakery.example/,1700000500,,archive\r\n")
        << QStringLiteral("Pocket") << QStringList{QStringLiteral("https://harbour.example/ferry"), QStringLiteral("http://bakery.example/")}
        << QStringList{QStringLiteral("boats+local news"), QString()} << QList<bool>{false, true};
    QTest::newRow("nominal: Instapaper CSV")
        << QByteArray("URL,Title,Selection,Folder,Timestamp,Tags\n"
                      "https://harbour.example/ferry,Ferry delayed,,Unread,1700000000,\"[\"\"boats\"\"]\"\n"
                      "http://bakery.example/,Bakery,\"a line\nthat breaks\",Archive,1700000500,[]\n"
                      "https://pier.example/repairs,Pier repairs,,Coast,1700000600,\n")
        << QStringLiteral("Instapaper")
        << QStringList{QStringLiteral("https://harbour.example/ferry"), QStringLiteral("http://bakery.example/"),
                       QStringLiteral("https://pier.example/repairs")}
        << QStringList{QStringLiteral("boats"), QString(), QStringLiteral("Coast")} << QList<bool>{false, true, false};
    QTest::newRow("robustness: not a list") << QByteArray("name,colour\nboat,blue\n") << QString() << QStringList()
                                            << QStringList() << QList<bool>();
}

void TestUrlImport::readingLists()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, format);
    QFETCH(QStringList, urls);
    QFETCH(QStringList, tags);
    QFETCH(QList<bool>, archived);
    const Import::ReadingList list = Import::parseReadingList(data);
    QCOMPARE(list.ok(), !urls.isEmpty());
    if (urls.isEmpty())
        return;
    QCOMPARE(list.format, format);
    QStringList gotUrls;
    QStringList gotTags;
    QList<bool> gotArchived;
    for (const Import::ReadingListEntry &entry : list.entries) {
        gotUrls << entry.url;
        gotTags << entry.tags.join(QLatin1Char('+'));
        gotArchived << entry.archived;
    }
    QCOMPARE(gotUrls, urls);
    QCOMPARE(gotTags, tags);
    QCOMPARE(gotArchived, archived);
}

void TestUrlImport::cliImportsAReadingList()
{
    m_server->route("/one", html(storyPage("Ferry delayed again", ferryParagraph)));
    m_server->route("/two", html(storyPage("Bakery reopens", "<p>The bakery on the corner opened its doors again after a "
                                                             "long winter, and the queue reached the church.</p>")));
    const QByteArray list = "<html><body><h1>Unread</h1><ul><li><a href=\"" + m_server->url(QStringLiteral("/one")).toUtf8()
        + "\" tags=\"boats,harbour\">Ferry</a></li><li><a href=\"" + m_server->url(QStringLiteral("/gone")).toUtf8()
        + "\" tags=\"\">Gone</a></li></ul><h1>Read Archive</h1><ul><li><a href=\""
        + m_server->url(QStringLiteral("/two")).toUtf8() + "\" tags=\"food\">Bakery</a></li></ul></body></html>";
    const QString file = QFileInfo(m_database).absolutePath() + QStringLiteral("/ril_export.html");
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly) && out.write(list) == list.size());
    out.close();

    const Testing::CliRun run = Testing::runCli(
        m_dir.path(), {QStringLiteral("--library"), QFileInfo(m_database).absolutePath(), QStringLiteral("import-list"), file});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.count(QLatin1Char('\n')), 2);
    QVERIFY2(run.err.contains(QStringLiteral("[3/3] ") + m_server->url(QStringLiteral("/two"))), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("2 of 3 links imported")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("not imported:\n  ") + m_server->url(QStringLiteral("/gone"))
                              + QStringLiteral(": the server answered HTTP 404 Not Found")),
             qPrintable(run.err));

    Library::Database database;
    QVERIFY(database.open(m_database));
    const Library::ArticleRepository repository(&database);
    const Library::HighlightRepository highlights(&database);
    const qint64 ferry = run.out.section(QLatin1Char('\n'), 0, 0).section(QLatin1Char('\t'), 0, 0).toLongLong();
    const qint64 bakery = run.out.section(QLatin1Char('\n'), 1, 1).section(QLatin1Char('\t'), 0, 0).toLongLong();
    QVERIFY(ferry > 0 && bakery > 0);
    QVERIFY2(highlights.articleTags(ferry).contains(QStringLiteral("boats")) && highlights.articleTags(ferry).contains(QStringLiteral("harbour")),
             qPrintable(highlights.articleTags(ferry).join(u',')));
    QVERIFY(highlights.articleTags(bakery).contains(QStringLiteral("food")));
    QVERIFY(!repository.summary(ferry)->archived);
    QVERIFY(repository.summary(bakery)->archived);
}

QTEST_GUILESS_MAIN(TestUrlImport)
#include "tst_urlimport.moc"

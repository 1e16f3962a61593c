// Hostile and unusual input, assets and archives: empty, binary, huge, deeply nested, truncated
// MHTML, path tricks in asset references. Large inputs are generated at test time.
#include "importtestutil.h"

#include "import/mhtmlreader.h"
#include "import/reader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>
#include <QThread>

#include <memory>

using namespace ImportTest;

class TestImportRobustness final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void badInput_data();
    void badInput();
    void tooLargeFile();
    void longOrdinaryPage();
    void smallWorkerStack();
    void webPageComplete();
    void mhtml_data();
    void mhtml();
    void nestingLimiter();
    void attributeLimiter_data();
    void attributeLimiter();
    void manyAttributes();
    void missingFile();
    void utf16WithoutBom_data();
    void utf16WithoutBom();
};

void TestImportRobustness::badInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("errorWord"); // empty: must import
    QTest::addColumn<QString>("textWord");
    QTest::newRow("robustness: empty file") << QByteArray() << QStringLiteral("a.html") << QStringLiteral("empty") << QString();
    QTest::newRow("robustness: only white space") << QByteArray(" \n\t\r\n") << QStringLiteral("a.txt") << QStringLiteral("empty") << QString();
    QByteArray binary(4096, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919) % 256);
    QTest::newRow("robustness: binary renamed .html") << QByteArray("\x89PNG\r\n\x1a\n" + binary) << QStringLiteral("a.html")
                                                      << QStringLiteral("binary") << QString();
    const auto nestedDivs = [](int depth) {
        QByteArray nested;
        for (int i = 0; i < depth; ++i)
            nested += "<div>";
        nested += "deep words at the bottom";
        for (int i = 0; i < depth; ++i)
            nested += "</div>";
        return nested;
    };
    // 100 times the depth the parser keeps, and few enough tags for the page's size.
    QTest::newRow("robustness: 20000 nested divs") << page(nestedDivs(20000)) << QStringLiteral("a.html") << QString()
                                                   << QStringLiteral("deep words");
    QTest::newRow("robustness: 100000 nested divs") << page(nestedDivs(100000)) << QStringLiteral("a.html")
                                                    << QStringLiteral("far more tags than an article") << QString();
    const auto unclosedInline = [](int count) {
        QByteArray spans;
        for (int i = 0; i < count; ++i)
            spans += "<span><b>";
        spans += "inline depth";
        return spans;
    };
    QTest::newRow("robustness: 12000 unclosed inline elements") << page(unclosedInline(12000)) << QStringLiteral("a.html")
                                                                << QString() << QStringLiteral("inline depth");
    QTest::newRow("robustness: 50000 unclosed inline elements") << page(unclosedInline(50000)) << QStringLiteral("a.html")
                                                                << QStringLiteral("far more tags than an article") << QString();
    QTest::newRow("robustness: invalid utf-8 text") << QByteArray("Title\n\nbad \xC3\x28 and \xFF\xFE end\n") << QStringLiteral("a.txt")
                                                    << QString() << QStringLiteral("end");
    QTest::newRow("robustness: truncated mhtml header")
        << QByteArray("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\nContent-Ty")
        << QStringLiteral("a.mhtml") << QStringLiteral("MHTML") << QString();
    const QByteArray mimeHead = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n";
    QByteArray deepMime = mimeHead;
    for (int i = 0; i < 20000; ++i)
        deepMime += "--b" + QByteArray::number(i) + "\r\nContent-Type: multipart/related; boundary=\"b" + QByteArray::number(i + 1) + "\"\r\n\r\n";
    deepMime += "--b20000\r\nContent-Type: text/html\r\n\r\n<p>deep page</p>\r\n";
    for (int i = 20000; i >= 0; --i)
        deepMime += "--b" + QByteArray::number(i) + "--\r\n";
    QTest::newRow("robustness: mhtml multiparts nested 20000 deep") << deepMime << QStringLiteral("a.mhtml") << QStringLiteral("nested more than 8 levels")
                                                                    << QString();
    QByteArray wideMime = mimeHead + "--b0\r\nContent-Type: text/html\r\n\r\n<p>wide page</p>\r\n";
    for (int i = 0; i < 20000; ++i)
        wideMime += "--b0\r\nContent-Location: x" + QByteArray::number(i) + "\r\n\r\nx\r\n";
    wideMime += "--b0--\r\n";
    QTest::newRow("robustness: mhtml with 20000 parts") << wideMime << QStringLiteral("a.mhtml") << QStringLiteral("more than 10000 parts") << QString();
    QTest::newRow("robustness: mhtml part header without end")
        << QByteArray(mimeHead + "--b0\r\nContent-Type: text/html\r\n" + QByteArray(100 * 1024, 'X') + "\r\n\r\n<p>x</p>\r\n--b0--\r\n")
        << QStringLiteral("a.mhtml") << QStringLiteral("header is longer") << QString();
    QTest::newRow("robustness: mhtml truncated inside the page")
        << QByteArray(mimeHead + "--b0\r\nContent-Type: text/html\r\n\r\n<html><body><p>The story begins and then")
        << QStringLiteral("a.mhtml") << QStringLiteral("ends in the middle of the page") << QString();
    QByteArray tinyTags;
    for (int i = 0; i < 510000; ++i)
        tinyTags += "<i>w</i>";
    QTest::newRow("robustness: 510,000 elements") << page(tinyTags) << QStringLiteral("a.html") << QStringLiteral("more than 500,000 elements")
                                                   << QString();
    // Under the hard limit, but one tag in 7 bytes: about 115 times the page's size in memory.
    QByteArray denseTags;
    for (int i = 0; i < 300000; ++i)
        denseTags += "<b></b>";
    QTest::newRow("robustness: 300,000 empty tags in 2 MB") << page(denseTags) << QStringLiteral("a.html")
                                                            << QStringLiteral("elements in 2.1 MB of markup") << QString();
    // Markdown's markup is made here from short lines; only the hard limits apply to it.
    QByteArray listItems;
    for (int i = 0; i < 40000; ++i)
        listItems += "- item " + QByteArray::number(i) + "\n";
    QTest::newRow("robustness: markdown list of 40,000 items") << listItems << QStringLiteral("a.md") << QString()
                                                               << QStringLiteral("item 39999");
    QByteArray manyAttributes;
    for (int i = 0; i < 5000; ++i) {
        manyAttributes += "<i";
        for (int a = 0; a < 256; ++a)
            manyAttributes += " a" + QByteArray::number(a);
        manyAttributes += ">w</i>";
    }
    QTest::newRow("robustness: 1,280,000 attributes") << page(manyAttributes) << QStringLiteral("a.html")
                                                      << QStringLiteral("more than 1,000,000 attributes") << QString();
    QTest::newRow("robustness: html page without text") << page("<div><img src=\"https://x.example/a.png\"></div>") << QStringLiteral("a.html")
                                                        << QStringLiteral("no readable text") << QString();
    QTest::newRow("robustness: html page with a title and no text")
        << QByteArray("<html><head><title>Harbour ferry returns</title></head><body><div id=\"app\"></div>"
                      "<script>render()</script></body></html>")
        << QStringLiteral("a.html") << QStringLiteral("no readable text besides its title") << QString();
    QTest::newRow("robustness: deeply nested markdown quotes") << QByteArray(QByteArray(5000, '>') + " deep\n") << QStringLiteral("a.md")
                                                               << QString() << QStringLiteral("deep");
}

void TestImportRobustness::badInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, errorWord);
    QFETCH(QString, textWord);
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readData(data, fileName);
    QVERIFY2(timer.elapsed() < 20000, "pathological input took too long");
    if (!errorWord.isEmpty()) {
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(errorWord, Qt::CaseInsensitive), qPrintable(result.error));
        return;
    }
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.article.text.contains(textWord), qPrintable(result.article.text.left(200)));
    QCOMPARE(checkOffsets(result.article), QString());
}

void TestImportRobustness::tooLargeFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("huge.html")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<html><body><p>start</p>");
    QVERIFY(file.resize(200LL * 1024 * 1024)); // sparse: no 200 MB written to disk
    file.close();
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readFile(file.fileName());
    QVERIFY(timer.elapsed() < 2000); // refused before reading
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("too large")), qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("50 MB")));
}

void TestImportRobustness::longOrdinaryPage()
{
    // A long article of ordinary paragraphs: four times the elements of the largest real page,
    // at the density of real markup, is no bomb and is imported whole.
    QByteArray longArticle;
    for (int i = 0; i < 40000; ++i)
        longArticle += "<p>The council met again on day " + QByteArray::number(i) + " and talked about the budget.</p>\n";
    const ReadResult result = readData(page(longArticle), QStringLiteral("long.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.article.text.contains(QStringLiteral("met again on day 0 ")));
    QVERIFY(result.article.text.contains(QStringLiteral("met again on day 39999 ")));
}

void TestImportRobustness::smallWorkerStack()
{
    // readData is documented as safe on a worker thread; with every walk iterative it must not
    // need a deep stack even for absurd nesting.
    // 24,000 levels: a walk that recursed would need several megabytes of stack. 400,000 levels
    // are refused for their number of tags, also without a deep stack.
    const auto nested = [](int levels) {
        QByteArray html;
        for (int i = 0; i < levels; ++i)
            html += "<div><blockquote><ul><li>";
        html += "bottom text";
        return page(html);
    };
    QByteArray markdown;
    for (int i = 0; i < 2000; ++i)
        markdown += QByteArray(i % 40, ' ') + "- item\n";
    ReadResult html;
    ReadResult absurd;
    ReadResult md;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        html = readData(nested(6000), QStringLiteral("deep.html"));
        absurd = readData(nested(100000), QStringLiteral("deeper.html"));
        md = readData(markdown, QStringLiteral("deep.md"));
    }));
    thread->setStackSize(1024 * 1024);
    thread->start();
    QVERIFY(thread->wait(60000));
    QVERIFY2(html.ok(), qPrintable(html.error));
    QVERIFY(html.article.text.contains(QStringLiteral("bottom text")));
    QVERIFY(!absurd.ok());
    QVERIFY2(absurd.error.contains(QStringLiteral("far more tags")), qPrintable(absurd.error));
    QVERIFY2(md.ok(), qPrintable(md.error));
    QVERIFY(md.article.text.contains(QStringLiteral("item")));
}

void TestImportRobustness::webPageComplete()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("saved/page_files")));
    const auto write = [](const QString &path, const QByteArray &data) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(dir.filePath(QStringLiteral("saved/page_files/photo one.png")), TinyPng));
    QVERIFY(write(dir.filePath(QStringLiteral("secret.png")), QByteArray(TinyPng + "SECRET")));
    QVERIFY(write(dir.filePath(QStringLiteral("saved/page_files/fake.png")), "<svg onload=alert(1)>"));
    const QByteArray body = "<article>" + longParagraphs(3)
                            + "<figure><img src=\"page_files/photo%20one.png\" alt=\"A photo\"><figcaption>The caption</figcaption></figure>"
                              "<p><img src=\"../secret.png\"><img src=\"/etc/passwd\"><img src=\"page_files/fake.png\">"
                              "<img src=\"data:image/png;base64," + TinyPng.toBase64() + "\"></p>"
                            + longParagraphs(2) + "</article>";
    const QString path = dir.filePath(QStringLiteral("saved/page.html"));
    QVERIFY(write(path, page(body)));
    const ReadResult result = readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &article = result.article;
    QCOMPARE(article.assets.size(), 1); // the page_files image and the identical data: URI
    const Asset &asset = article.assets.first();
    QCOMPARE(asset.mimeType, QStringLiteral("image/png"));
    QCOMPARE(asset.data, TinyPng);
    QVERIFY(!asset.name.contains(QLatin1Char('/')));
    QVERIFY(article.html.contains(QStringLiteral("src=\"assets/") + asset.name + QLatin1Char('"')));
    QVERIFY(!article.html.contains(QStringLiteral("secret")));
    QVERIFY(!article.html.contains(QStringLiteral("page_files")));
    QCOMPARE(article.leadImage, asset.name);
    QCOMPARE(textsOfKind(article, Block::Kind::Caption), QStringList{QStringLiteral("The caption")});
    QCOMPARE(checkOffsets(article), QString());
}

void TestImportRobustness::mhtml_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("assetCount");
    QTest::addColumn<bool>("truncated");
    const QByteArray html = "<html><head><title>Archived story about many things - Site</title><meta property=\"og:site_name\" content=\"Site\"></head><body><article>"
                            "<h1>Archived story about many things</h1>" + longParagraphs(4)
                            + "<p>caf=C3=A9 =E2=80=9Cquoted=E2=80=9D and a very long line that the encoder had to =\r\nwrap softly.</p>"
                              "<img src=3D\"https://site.example/img/photo.png\"><img src=3D\"../../etc/passwd\">"
                              "<img src=3D\"cid:part2@example\"></article></body></html>";
    const QByteArray message = "From: <Saved by Blink>\r\nSubject: Archived story\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: multipart/related; type=\"text/html\"; boundary=\"----=_B\"\r\n\r\n"
                               "------=_B\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                               "Content-Location: https://site.example/story.html\r\n\r\n"
                               + html + "\r\n"
                               "------=_B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                               "Content-Location: https://site.example/img/photo.png\r\n\r\n" + TinyPng.toBase64() + "\r\n"
                               "------=_B\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                               "Content-Location: ../../etc/passwd\r\n\r\n" + QByteArray(TinyPng + "x").toBase64() + "\r\n"
                               "------=_B\r\nContent-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
                               "Content-ID: <part2@example>\r\n\r\n" + QByteArray("GIF89a\x01\0\x01\0\0\0\0;").toBase64() + "\r\n"
                               "------=_B--\r\n";
    QTest::newRow("nominal: quoted-printable page with parts") << message << 3 << false;
    QTest::newRow("robustness: truncated inside an image part") << message.left(message.indexOf("Content-ID:") + 20) << 2 << true;
    QTest::newRow("robustness: truncated before the closing boundary") << message.left(message.lastIndexOf("------=_B--")) << 2 << true;
    // A mail client's layout: the page and its images inside multipart/alternative.
    QByteArray nested = message;
    nested.replace("boundary=\"----=_B\"\r\n\r\n",
                   "boundary=\"outer\"\r\n\r\n--outer\r\nContent-Type: multipart/alternative; boundary=\"----=_B\"\r\n\r\n");
    nested += "--outer--\r\n";
    // Chrome's layout: the Content-Type header folded over three lines, a snapshot header first.
    QByteArray folded = message;
    folded.replace("Content-Type: multipart/related; type=\"text/html\"; boundary=\"----=_B\"\r\n",
                   "Snapshot-Content-Location: https://site.example/story.html\r\nContent-Type: multipart/related;\r\n"
                   "\ttype=\"text/html\";\r\n\tboundary=\"----=_B\"\r\n");
    QTest::newRow("nominal: folded Content-Type header") << folded << 3 << false;
    QTest::newRow("nominal: parts nested two levels deep, LF line ends") << QByteArray(nested).replace("\r\n", "\n") << 3 << false;
    // A name KMime does not know is copied up to its first NUL: "Content-Type\0x" must not pass for
    // the Content-Type field, in the page or in a part (fuzz_import_mhtml findings).
    QByteArray nulNames = message;
    nulNames.replace("------=_B\r\nContent-Type: text/html;",
                     QByteArray("------=_B\r\nContent-Type~x: text/plain; charset=utf-16\r\nContent-Transfer-Encoding~y: base64\r\n"
                                "Content-Type: text/html;").replace('~', '\0'));
    nulNames.replace("Content-ID: <part2@example>\r\n",
                     QByteArray("Content-ID~z: <\r\nContent-Location~: x\r\n\tfolded\r\nContent-ID: <part2@example>\r\n")
                         .replace('~', '\0'));
    QTest::newRow("robustness: NUL bytes in header names") << nulNames << 3 << false;
}

void TestImportRobustness::mhtml()
{
    QFETCH(QByteArray, data);
    QFETCH(int, assetCount);
    QFETCH(bool, truncated);
    // The importer refuses a file with NUL bytes as binary before a reader sees it; the MHTML reader
    // must be safe on its own all the same.
    const ReadResult result = data.contains('\0') ? MhtmlReader().read(data) : readData(data, QStringLiteral("story.mhtml"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.warnings.size(), truncated ? 1 : 0);
    if (truncated)
        QVERIFY2(result.warnings.constFirst().contains(QStringLiteral("truncated")), qPrintable(result.warnings.constFirst()));
    const Article &article = result.article;
    QCOMPARE(article.format, QStringLiteral("mhtml"));
    QCOMPARE(article.title, QStringLiteral("Archived story about many things"));
    QCOMPARE(article.siteName, QStringLiteral("Site"));
    QVERIFY2(article.text.contains(QStringLiteral("café “quoted” and a very long line that the encoder had to wrap softly.")),
             qPrintable(article.text));
    QCOMPARE(article.assets.size(), assetCount);
    for (const Asset &asset : article.assets) {
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{16}\\.(png|gif)$")).match(asset.name).hasMatch(), qPrintable(asset.name));
        QVERIFY(article.html.contains(QStringLiteral("assets/") + asset.name));
    }
    QVERIFY(!article.html.contains(QStringLiteral("passwd")));
    QVERIFY(!article.html.contains(QStringLiteral("site.example/img")));
    QCOMPARE(checkOffsets(article), QString());
}

void TestImportRobustness::nestingLimiter()
{
    const QByteArray normal = page("<div><p>a<p>b<ul><li>c<li>d</ul></div>");
    QCOMPARE(HtmlDocument::limitNesting(normal, 10), normal); // untouched below the limit
    QByteArray deep;
    for (int i = 0; i < 50; ++i)
        deep += "<div>";
    deep += "x";
    for (int i = 0; i < 50; ++i)
        deep += "</div>";
    const QByteArray limited = HtmlDocument::limitNesting(deep, 10);
    QCOMPARE(limited.count("<div>"), 10);
    QCOMPARE(limited.count("</div>"), 10);
    QVERIFY(limited.contains("x"));
    // "<!-->" is a whole comment for the tokenizer: what follows it is markup, and is limited.
    const QByteArray afterComment = HtmlDocument::limitNesting("<!-->" + deep + "-->", 10);
    QCOMPARE(afterComment.count("<div>"), 10);
}

void TestImportRobustness::attributeLimiter_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("trimmed");
    QTest::newRow("nominal: within the limit, untouched") << QByteArray("<div a=1 b=2><p>t</p></div>") << QByteArray("<div a=1 b=2><p>t</p></div>") << 0;
    QTest::newRow("robustness: surplus attributes dropped") << QByteArray("<div a=1 b=\"x>y\" c d='4' e><p>t</p></div>")
                                                            << QByteArray("<div a=1 b=\"x>y\" ><p>t</p></div>") << 1;
    QTest::newRow("robustness: self-closing tag keeps its slash") << QByteArray("<img a b c d/>text") << QByteArray("<img a b />text") << 1;
    QTest::newRow("robustness: end tag with attributes") << QByteArray("<p>t</p a b c>") << QByteArray("<p>t</p a b >") << 1;
    QTest::newRow("nominal: script and comments are not tags") << QByteArray("<script>if (a<b c d e) x()</script><!-- <i a b c> --><b>t</b>")
                                                               << QByteArray("<script>if (a<b c d e) x()</script><!-- <i a b c> --><b>t</b>") << 0;
    QTest::newRow("robustness: comments end where the tokenizer ends them")
        << QByteArray("<!--><i a b c><!---><i d e f><!-- x --!><i g h i>-->")
        << QByteArray("<!--><i a b ><!---><i d e ><!-- x --!><i g h >-->") << 3;
    QTest::newRow("nominal: attribute names with = and unquoted values")
        << QByteArray("<a =x href=/a?b=c title=t>l</a>") << QByteArray("<a =x href=/a?b=c >l</a>") << 1;
}

void TestImportRobustness::attributeLimiter()
{
    QFETCH(QByteArray, html);
    QFETCH(QByteArray, expected);
    QFETCH(int, trimmed);
    HtmlDocument::MarkupCounts counts;
    QCOMPARE(HtmlDocument::limitAttributes(html, 2, &counts), expected);
    QCOMPARE(counts.trimmedTags, trimmed);
}

void TestImportRobustness::manyAttributes()
{
    // gumbo compares each attribute with every earlier one of its tag: 100,000 attributes on one
    // element took half a minute before the limit.
    QByteArray attributes;
    for (int i = 0; i < 100000; ++i)
        attributes += " a" + QByteArray::number(i) + "=1";
    const QByteArray html = page("<article>" + longParagraphs(2) + "<div" + attributes + "><p>After the attributes, the article goes on.</p></div>"
                                 + longParagraphs(2) + "</article>");
    QElapsedTimer timer;
    timer.start();
    const ReadResult result = readData(html, QStringLiteral("attributes.html"));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.article.text.contains(QStringLiteral("After the attributes")));
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.constFirst().contains(QStringLiteral("more than 256 attributes")), qPrintable(result.warnings.constFirst()));
    QVERIFY(readData(page(longParagraphs(3)), QStringLiteral("plain.html")).warnings.isEmpty());
}

void TestImportRobustness::missingFile()
{
    const ReadResult result = readFile(QStringLiteral("/nonexistent/quoteshelf/article.html"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.startsWith(QStringLiteral("cannot open the file")), qPrintable(result.error));
}

void TestImportRobustness::utf16WithoutBom_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("textWord");
    const QString story = QStringLiteral("A harbour story\n\nThe ferry to the island left late, and the captain said the wind had turned. "
                                         "Passengers waited on the quay with coffee and umbrellas.\n");
    const QString russian = QStringLiteral("Новости гавани\n\nПаром на остров ушёл поздно, и капитан сказал, что ветер переменился. "
                                           "Пассажиры ждали на пристани.\n");
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><title>A harbour story</title></head><body><article><p>"
                                        "The ferry to the island left late, and the captain said the wind had turned, so the "
                                        "passengers waited on the quay with coffee and umbrellas.</p></article></body></html>");
    const auto encode = [](const QString &text, QStringConverter::Encoding encoding) {
        QByteArray bytes;
        for (const QChar c : text) {
            const char high = char(c.unicode() >> 8);
            const char low = char(c.unicode() & 0xFF);
            bytes.append(encoding == QStringConverter::Utf16LE ? low : high);
            bytes.append(encoding == QStringConverter::Utf16LE ? high : low);
        }
        return bytes;
    };
    QTest::newRow("nominal: utf-16le text, .txt") << QByteArray(encode(story, QStringConverter::Utf16LE)) << QStringLiteral("a.txt")
                                                  << QStringLiteral("text") << QStringLiteral("captain said");
    QTest::newRow("nominal: utf-16be text, no suffix") << QByteArray(encode(story, QStringConverter::Utf16BE)) << QStringLiteral("notes")
                                                       << QStringLiteral("text") << QStringLiteral("captain said");
    QTest::newRow("nominal: utf-16le Cyrillic text") << QByteArray(encode(russian, QStringConverter::Utf16LE)) << QStringLiteral("a.txt")
                                                     << QStringLiteral("text") << QStringLiteral("капитан сказал");
    QTest::newRow("nominal: utf-16le html, .html") << QByteArray(encode(html, QStringConverter::Utf16LE)) << QStringLiteral("a.html")
                                                   << QStringLiteral("html") << QStringLiteral("captain said");
    QTest::newRow("nominal: utf-16be html, no suffix") << QByteArray(encode(html, QStringConverter::Utf16BE)) << QStringLiteral("page")
                                                       << QStringLiteral("html") << QStringLiteral("captain said");
}

void TestImportRobustness::utf16WithoutBom()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    QFETCH(QString, textWord);
    QVERIFY(!data.startsWith("\xFF\xFE") && !data.startsWith("\xFE\xFF"));
    const ReadResult result = readData(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.format, format);
    QVERIFY2(result.article.text.contains(textWord), qPrintable(result.article.text.left(300)));
    QVERIFY(!result.article.text.contains(QChar(0)));
}

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_importrobustness.moc"

// Unit tests of the import pipeline: the seed article, offsets, sanitising, charsets, formats,
// Markdown, metadata and boilerplate removal.
#include "importtestutil.h"

#include "import/reader.h"
#include "import/markdownreader.h"
#include "import/plaintextreader.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace ImportTest;

class TestImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedArticle();
    void titleCaseName_data();
    void titleCaseName();
    void offsets_data();
    void offsets();
    void sanitising_data();
    void sanitising();
    void charsets_data();
    void charsets();
    void markdown_data();
    void markdown();
    void plainTextHeadings_data();
    void plainTextHeadings();
    void metadata();
    void formatDetection_data();
    void formatDetection();
    void boilerplateRemoved();
    void structuredBodyStandsInForATeaser();
};

void TestImport::seedArticle()
{
    const QString path = QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/seed/gaza-hostage-talks.txt");
    if (!QFile::exists(path))
        QSKIP("the shared corpora are not available");
    QFile goldFile(QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/seed/gaza-hostage-talks.gold.json"));
    QVERIFY(goldFile.open(QIODevice::ReadOnly));
    const QJsonObject gold = QJsonDocument::fromJson(goldFile.readAll()).object();
    QFile source(path);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QString fileText = QString::fromUtf8(source.readAll());

    const ReadResult result = readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &article = result.article;
    QCOMPARE(article.format, QStringLiteral("text"));
    QCOMPARE(article.title, gold.value(QLatin1String("title")).toString());
    QCOMPARE(article.byline, gold.value(QLatin1String("byline")).toString());
    QCOMPARE(article.text, fileText); // offsets into the file and into text agree

    QStringList headings;
    for (const QJsonValue &h : gold.value(QLatin1String("headings")).toArray())
        headings.append(h.toString());
    QCOMPARE(textsOfKind(article, Block::Kind::Heading), headings);

    const QStringList captions = textsOfKind(article, Block::Kind::Caption);
    QCOMPARE(captions.size(), 1);
    QVERIFY(captions.first().contains(gold.value(QLatin1String("image_credit")).toString()));
    for (const QString &paragraph : textsOfKind(article, Block::Kind::Paragraph)) {
        QVERIFY2(!paragraph.contains(QChar(0xA9)), qPrintable(paragraph));
        QVERIFY2(paragraph != article.title, "the repeated title line is not a body paragraph");
        QVERIFY(!paragraph.startsWith(QStringLiteral("•")));
    }
    const QStringList related = textsOfKind(article, Block::Kind::Related);
    QCOMPARE(related.size(), 7);
    QCOMPARE(related.first(), QStringLiteral("American"));
    QVERIFY(!article.html.contains(QStringLiteral("White House Reveals")));
    QVERIFY(!article.html.contains(QStringLiteral(">American<")));
    QVERIFY(article.html.contains(QStringLiteral("Jake Sullivan")));

    // Gold quote offsets index the same text.
    for (const QJsonValue &q : gold.value(QLatin1String("quotes")).toArray()) {
        const QJsonObject quote = q.toObject();
        QCOMPARE(codePointMid(article.text, quote.value(QLatin1String("start")).toInteger(),
                              quote.value(QLatin1String("end")).toInteger()),
                 quote.value(QLatin1String("quote")).toString());
    }
    QCOMPARE(checkOffsets(article), QString());
}

void TestImport::titleCaseName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: all caps") << QStringLiteral("FARUK IMAMOVIC") << QStringLiteral("Faruk Imamovic");
    QTest::newRow("nominal: apostrophe and hyphen") << QStringLiteral("SEAN O'NEIL-SMITH") << QStringLiteral("Sean O'neil-Smith");
    QTest::newRow("nominal: mixed case kept") << QStringLiteral("danah boyd") << QStringLiteral("danah boyd");
}

void TestImport::titleCaseName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PlainTextReader::titleCaseName(input), expected);
}

void TestImport::offsets_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("nominal: paragraphs and headings")
        << page("<article><h1>T</h1>" + longParagraphs(3) + "<h2>Sub  heading</h2>" + longParagraphs(2) + "</article>")
        << QStringLiteral("a.html") << QStringLiteral("Sub heading");
    QTest::newRow("nominal: curly quotes and inline markup")
        << page("<article>" + longParagraphs(4) + "<p>He said \xE2\x80\x9C<em>no</em>,\xE2\x80\x9D <a href=\"/x\">twice</a>.</p></article>")
        << QStringLiteral("a.html") << QStringLiteral("He said “no,” twice.");
    QTest::newRow("nominal: nested lists and blockquote")
        << page("<article>" + longParagraphs(4) + "<ul><li>one<ul><li>one.a</li></ul></li><li><p>two</p><p>three</p></li></ul>"
                "<blockquote><p>quoted one</p><p>quoted two</p></blockquote></article>")
        << QStringLiteral("a.html") << QStringLiteral("one.a");
    QTest::newRow("nominal: line breaks")
        << page("<article>" + longParagraphs(4) + "<p>line one<br>line two<br><br></p></article>") << QStringLiteral("a.html")
        << QStringLiteral("line one\nline two");
    QTest::newRow("nominal: astral characters")
        << page("<article>" + longParagraphs(4) + "<p>emoji \xF0\x9F\x98\x80 then <b>bold \xF0\x9D\x90\x80</b> end</p></article>")
        << QStringLiteral("a.html") << QStringLiteral("bold 𝐀 end");
    QTest::newRow("nominal: table") << page("<article>" + longParagraphs(4) + "<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr>"
                                                                              "<tr><td>3</td><td><p>4</p><p>5</p></td></tr></table></article>")
                                   << QStringLiteral("a.html") << QStringLiteral("5");
    QTest::newRow("nominal: code block")
        << page("<article>" + longParagraphs(4) + "<pre><code class=\"language-cpp\">int  x;\n  return x;\n</code></pre></article>")
        << QStringLiteral("a.html") << QStringLiteral("int  x;\n  return x;");
    // Furigana over the base text: the sentence is the base text alone.
    QTest::newRow("nominal: ruby annotations")
        << page("<article>" + longParagraphs(4) + "<p><ruby>\xE6\xB3\x95<rp>(</rp><rt>\xE3\x81\xBB\xE3\x81\x86</rt><rp>)</rp></ruby>"
                "\xE5\xBE\x8B\xE3\x81\x8C\xE3\x81\xA7\xE3\x81\x8D\xE3\x81\x9F</p></article>")
        << QStringLiteral("a.html") << QStringLiteral("\n法律ができた");
    QTest::newRow("nominal: markdown") << QByteArray("# Title\n\nSome *text* here.\n\n- a\n- b\n\n> quoted\n\n```python\nprint(1)\n```\n")
                                       << QStringLiteral("a.md") << QStringLiteral("print(1)");
}

void TestImport::offsets()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, mustContain);
    const ReadResult result = readData(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.article.text.contains(mustContain), qPrintable(result.article.text));
    QCOMPARE(checkOffsets(result.article), QString());
    for (const Block &block : result.article.blocks)
        QVERIFY(!blockText(result.article, block).trimmed().isEmpty());
}

void TestImport::sanitising_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("forbidden");
    const QByteArray text = longParagraphs(4);
    QTest::newRow("robustness: script") << QByteArray("<article>" + text + "<script>alert(1)</script></article>") << QStringLiteral("alert");
    QTest::newRow("robustness: noscript fallback") << QByteArray("<article>" + text + "<noscript><p>Please enable JavaScript to see the comments.</p></noscript></article>")
                                                   << QStringLiteral("enable JavaScript");
    QTest::newRow("robustness: event handler") << QByteArray("<article>" + text + "<p onclick=\"steal()\">x y z, a b c.</p></article>")
                                               << QStringLiteral("steal");
    QTest::newRow("robustness: javascript url") << QByteArray("<article>" + text + "<p><a href=\" JavaScript:steal()\">link text here.</a></p></article>")
                                                << QStringLiteral("steal");
    QTest::newRow("robustness: iframe") << QByteArray("<article>" + text + "<iframe src=\"https://evil.example/\"></iframe></article>")
                                        << QStringLiteral("evil.example");
    QTest::newRow("robustness: form controls") << QByteArray("<article>" + text + "<form action=\"/post\"><input name=\"q\" value=\"secret\"><button>Go</button></form></article>")
                                               << QStringLiteral("<form");
    QTest::newRow("robustness: object and embed") << QByteArray("<article>" + text + "<object data=\"x.swf\"></object><embed src=\"y.swf\"></article>")
                                                  << QStringLiteral(".swf");
    QTest::newRow("robustness: style") << QByteArray("<article>" + text + "<style>body{color:red}</style><p style=\"color:red\">styled</p></article>")
                                       << QStringLiteral("color");
    QTest::newRow("robustness: svg with script") << QByteArray("<article>" + text + "<svg><script>evil()</script></svg></article>")
                                                 << QStringLiteral("evil");
    QTest::newRow("robustness: remote image") << QByteArray("<article>" + text + "<img src=\"https://tracker.example/p.gif\"></article>")
                                              << QStringLiteral("tracker.example");
}

void TestImport::sanitising()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, forbidden);
    const ReadResult result = readData(page(body), QStringLiteral("page.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.article.text.contains(QStringLiteral("Paragraph number 3")));
    QVERIFY2(!result.article.html.contains(forbidden, Qt::CaseInsensitive), qPrintable(result.article.html));
    QVERIFY(!result.article.html.contains(QStringLiteral(" on"), Qt::CaseInsensitive)
            || !QRegularExpression(QStringLiteral(R"(<[^>]+\son\w+=)")).match(result.article.html).hasMatch());
}

void TestImport::charsets_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("expected");
    const QByteArray filler = longParagraphs(4);
    QTest::newRow("nominal: utf-8 with BOM") << QByteArray("\xEF\xBB\xBF" + page("<article>" + filler + "<p>caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D</p></article>"))
                                             << QStringLiteral("a.html") << QStringLiteral("café “ok”");
    QTest::newRow("nominal: meta charset windows-1252")
        << QByteArray("<html><head><meta charset=\"windows-1252\"></head><body><article>" + filler + "<p>caf\xE9 \x93ok\x94</p></article></body></html>")
        << QStringLiteral("a.html") << QStringLiteral("café “ok”");
    QTest::newRow("nominal: http-equiv iso-8859-1 means windows-1252")
        << QByteArray("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body><article>" + filler
                      + "<p>it\x92s \x96 fine</p></article></body></html>")
        << QStringLiteral("a.html") << QStringLiteral("it’s – fine");
    QTest::newRow("nominal: undeclared windows-1252 detected")
        << QByteArray("<html><body><article>" + filler + "<p>\x93Quoted,\x94 she said. It\x92s the na\xEFve caf\xE9 \x96 d\xE9j\xE0 vu.</p></article></body></html>")
        << QStringLiteral("a.html") << QStringLiteral("“Quoted,” she said. It’s the naïve café – déjà vu.");
    QTest::newRow("nominal: soft hyphens inside words are dropped (Netan&shy;yahu)")
        << page("<article>" + filler + "<p>Ann Vale&shy;ley met Netan\xC2\xADyahu in Jeru&#173;salem.</p></article>")
        << QStringLiteral("a.html") << QStringLiteral("Ann Valeley met Netanyahu in Jerusalem.");
    QTest::newRow("nominal: utf-16 with BOM text") << QByteArray("\xFF\xFEh\0i\0 \0\xE9\0", 10)
                                                   << QStringLiteral("a.txt") << QStringLiteral("hi é");
    QTest::newRow("robustness: invalid utf-8 in declared utf-8")
        << QByteArray(page("<article>" + filler + "<p>bad \xC3\x28 byte \xFF here</p></article>")) << QStringLiteral("a.html")
        << QStringLiteral("byte");
    QTest::newRow("nominal: plain text windows-1252") << QByteArray("Title\n\nIt\x92s a \x93test\x94 of caf\xE9 text.\n")
                                                      << QStringLiteral("a.txt") << QStringLiteral("It’s a “test” of café text.");
}

void TestImport::charsets()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, expected);
    const ReadResult result = readData(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY2(result.article.text.contains(expected), qPrintable(result.article.text));
    QVERIFY(!result.article.text.contains(QStringLiteral("Ã")));
    QVERIFY(!result.article.text.startsWith(QChar(0xFEFF)));
}

void TestImport::markdown_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QString>("htmlPart");
    QTest::addColumn<QString>("textPart");
    QTest::newRow("nominal: fenced code keeps language") << QByteArray("# T\n\nIntro.\n\n```cpp\nint *p = &x; // <b>\n```\n")
                                                         << QStringLiteral("<code class=\"language-cpp\">int *p = &amp;x; // &lt;b&gt;</code>")
                                                         << QStringLiteral("int *p = &x; // <b>");
    QTest::newRow("nominal: emphasis and links") << QByteArray("Some **bold** and *em* and [a link](https://example.org/x).\n")
                                                 << QStringLiteral("<a href=\"https://example.org/x\">a link</a>")
                                                 << QStringLiteral("Some bold and em and a link.");
    QTest::newRow("nominal: lists and quotes") << QByteArray("1. first\n2. second\n   - nested\n\n> a quote\n")
                                               << QStringLiteral("<ol") << QStringLiteral("nested\n\na quote");
    QTest::newRow("nominal: headings") << QByteArray("# Title\n\nSection\n-------\n\n### Deeper ###\n\ntext\n")
                                       << QStringLiteral("<h3") << QStringLiteral("Section\n\nDeeper\n\ntext");
    QTest::newRow("robustness: raw html is text") << QByteArray("<script>alert(1)</script> and <b onclick=x>b</b>\n")
                                                  << QStringLiteral("&lt;script&gt;") << QStringLiteral("<script>alert(1)</script>");
    QTest::newRow("nominal: indented code") << QByteArray("Para.\n\n    code line\n      indented\n\nAfter.\n")
                                            << QStringLiteral("<pre") << QStringLiteral("code line\n  indented");
}

void TestImport::markdown()
{
    QFETCH(QByteArray, source);
    QFETCH(QString, htmlPart);
    QFETCH(QString, textPart);
    const ReadResult result = readData(source, QStringLiteral("notes.md"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.format, QStringLiteral("markdown"));
    QVERIFY2(result.article.html.contains(htmlPart), qPrintable(result.article.html));
    QVERIFY2(result.article.text.contains(textPart), qPrintable(result.article.text));
    QVERIFY(!result.article.html.contains(QStringLiteral("<script")));
    if (source.startsWith("# T"))
        QVERIFY(!result.article.text.startsWith(QStringLiteral("T")));
    QCOMPARE(checkOffsets(result.article), QString());
}

void TestImport::plainTextHeadings_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("nominal: a short line that does not end like a sentence is a heading")
        << QByteArray("Vote\n\nThe council met on Monday to vote.\n\nWhat comes next\n\nA second vote follows.\n")
        << QStringList { QStringLiteral("What comes next") };
    QTest::newRow("robustness: a sentence closing with a straight single quote is no heading")
        << QByteArray("Vote\n\nThe council met on Monday to vote.\n\nAnn Vale said she would appeal. 'We will win.'\n")
        << QStringList {};
    QTest::newRow("robustness: a sentence closing with guillemets is no heading")
        << QByteArray("Vote\n\nThe council met on Monday to vote.\n\nAnn Vale a dit : « Nous gagnerons. »\n")
        << QStringList {};
}

void TestImport::plainTextHeadings()
{
    QFETCH(QByteArray, source);
    QFETCH(QStringList, headings);
    const ReadResult result = readData(source, QStringLiteral("vote.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(textsOfKind(result.article, Block::Kind::Heading), headings);
}

void TestImport::metadata()
{
    const QByteArray head = "<title>Big Story Headline Here | The Daily</title>"
                            "<meta property=\"og:site_name\" content=\"The Daily\">"
                            "<meta name=\"description\" content=\"What happened.\">"
                            "<link rel=\"canonical\" href=\"https://daily.example/big\">"
                            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                            "\"headline\":\"Big Story Headline Here\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Writer\"},"
                            "{\"name\":\"Bo Reporter\"}],\"datePublished\":\"2024-03-05T10:20:00Z\",\"publisher\":{\"name\":\"The Daily\"}}</script>";
    QByteArray data = page("<article>" + longParagraphs(4) + "</article>", head);
    data.replace("<html>", "<html lang=\"en-GB\">");
    const ReadResult result = readData(data, QStringLiteral("a.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const Article &a = result.article;
    QCOMPARE(a.title, QStringLiteral("Big Story Headline Here"));
    QCOMPARE(a.byline, QStringLiteral("Ann Writer, Bo Reporter"));
    QCOMPARE(a.siteName, QStringLiteral("The Daily"));
    QCOMPARE(a.published, QDateTime(QDate(2024, 3, 5), QTime(10, 20), QTimeZone::UTC));
    QCOMPARE(a.lang, QStringLiteral("en-GB"));
    QCOMPARE(a.sourceUrl, QStringLiteral("https://daily.example/big"));
    QCOMPARE(a.excerpt, QStringLiteral("What happened."));
}

void TestImport::formatDetection_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("format");
    const QByteArray html = page("<article>" + longParagraphs(3) + "</article>");
    QTest::newRow("nominal: html by extension") << html << QStringLiteral("x.htm") << QStringLiteral("html");
    QTest::newRow("nominal: html without extension") << html << QStringLiteral("download") << QStringLiteral("html");
    QTest::newRow("nominal: html with leading comment") << QByteArray("<!-- saved from url=(0014)about:internet -->\n" + html)
                                                         << QStringLiteral("x") << QStringLiteral("html");
    QTest::newRow("nominal: markdown") << QByteArray("# Hello\n\nworld\n") << QStringLiteral("x.markdown") << QStringLiteral("markdown");
    QTest::newRow("nominal: text that mentions tags") << QByteArray("Title\n\nUse <p> for paragraphs.\n") << QStringLiteral("x.txt")
                                                      << QStringLiteral("text");
    QTest::newRow("nominal: mhtml without extension")
        << QByteArray("From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"b\"\r\n\r\n"
                      "--b\r\nContent-Type: text/html\r\n\r\n" + html + "\r\n--b--\r\n")
        << QStringLiteral("archive") << QStringLiteral("mhtml");
}

void TestImport::formatDetection()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(QString, format);
    const ReadResult result = readData(data, fileName);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.format, format);
}

void TestImport::boilerplateRemoved()
{
    const QByteArray body =
        "<header><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a> <a href=\"/sport\">Sport</a></nav></header>"
        "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a></div>"
        "<div id=\"main\"><div class=\"story-body\">" + longParagraphs(8) + "</div>"
        "<div class=\"related-links\"><h3>Related</h3><ul><li><a href=\"/a\">Other headline one</a></li>"
        "<li><a href=\"/b\">Other headline two</a></li></ul></div></div>"
        "<aside class=\"sidebar\"><p>Subscribe to our newsletter for more, today, now, please.</p></aside>"
        "<div id=\"comments\"><p>Great article, thanks, I loved it, really.</p></div>"
        "<footer>Copyright footer text</footer>";
    const ReadResult result = readData(page(body), QStringLiteral("a.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    const QString &text = result.article.text;
    QVERIFY(text.contains(QStringLiteral("Paragraph number 0")));
    QVERIFY(text.contains(QStringLiteral("Paragraph number 7")));
    for (const char *junk : {"Home", "Share on Facebook", "Other headline", "newsletter", "Great article", "Copyright"})
        QVERIFY2(!text.contains(QLatin1String(junk)), junk);
    QCOMPARE(textsOfKind(result.article, Block::Kind::Paragraph).size(), 8);
}


void TestImport::structuredBodyStandsInForATeaser()
{
    // A page whose markup holds a teaser and a paywall box; its JSON-LD holds the article, a
    // paragraph per line.
    QByteArray lines;
    for (int i = 0; i < 12; ++i)
        lines += "Harbour paragraph " + QByteArray::number(i) + " tells how the ferry pier was rebuilt after the storm, "
                 "which crews worked through the winter and what the council paid for it.\\n";
    const QByteArray head = "<title>Pier rebuilt</title><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                            "\"@type\":\"NewsArticle\",\"headline\":\"Pier rebuilt\",\"description\":\"The new pier opens on Monday.\","
                            "\"articleBody\":\"" + lines + "\"}</script>";
    const QByteArray teaser = "<article><h1>Pier rebuilt</h1><p>The new pier opens on Monday.</p>"
                              "<div class=\"paywall\"><p>Subscribe to read the whole story today.</p></div></article>";
    ReadResult result = readData(page(teaser, head), QStringLiteral("a.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QString text = result.article.text;
    QVERIFY2(text.startsWith(QStringLiteral("The new pier opens on Monday.\n\nHarbour paragraph 0 tells")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("for it.\n\nHarbour paragraph 11 tells")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Subscribe")));
    QCOMPARE(result.article.blocks.size(), 13);
    QCOMPARE(checkOffsets(result.article), QString());

    // When the markup has the article, the markup is read (it has the links, figures and headings).
    const QByteArray whole = "<article><h1>Pier rebuilt</h1>" + QByteArray(lines).replace("\\n", "</p><p>").prepend("<p>") + "x</p></article>";
    result = readData(page(whole, head), QStringLiteral("a.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    text = result.article.text;
    QVERIFY2(text.contains(QStringLiteral("Harbour paragraph 11 tells")), qPrintable(text));
    QVERIFY2(!text.startsWith(QStringLiteral("The new pier opens")), qPrintable(text));
    QVERIFY2(text.endsWith(QStringLiteral("\n\nx")), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

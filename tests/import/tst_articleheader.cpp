// The article's header as the library shows it: titles without the site's or author's name,
// bylines that name people (the date they carry kept apart), publication dates from the page and
// never invented, and a plain-text file's first line taken as its title only when it reads as one.
// Every page and sentence is invented.
#include "importtestutil.h"

#include "import/articleheader.h"
#include "import/reader.h"

#include <QTest>
#include <QTimeZone>

using namespace ImportTest;

class TestArticleHeader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byline_data();
    void byline();
    void writtenDate_data();
    void writtenDate();
    void title_data();
    void title();
    void pages_data();
    void pages();
    void plainTextTitle_data();
    void plainTextTitle();
};

void TestArticleHeader::byline_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QDateTime>("date");
    const QDateTime none;
    QTest::newRow("nominal: by") << QStringLiteral("By Ann Vale") << QStringLiteral("Ann Vale") << none;
    QTest::newRow("nominal: by twice") << QStringLiteral("by By Ann Vale") << QStringLiteral("Ann Vale") << none;
    QTest::newRow("nominal: agency and date apart")
        << QStringLiteral("Associated Press November 19, 2019, 9:02 AM") << QStringLiteral("Associated Press")
        << QDateTime(QDate(2019, 11, 19), QTime(9, 2));
    QTest::newRow("nominal: name over a date line")
        << QStringLiteral("By JOE LUND\n        March 11, 2015 3:46 PM") << QStringLiteral("JOE LUND")
        << QDateTime(QDate(2015, 3, 11), QTime(15, 46));
    QTest::newRow("nominal: French") << QStringLiteral("Par Sébastien Lund") << QStringLiteral("Sébastien Lund") << none;
    QTest::newRow("nominal: German") << QStringLiteral("Von Sina Vale") << QStringLiteral("Sina Vale") << none;
    QTest::newRow("nominal: editor after the author")
        << QStringLiteral("Written by Rob Vale\n   Edited by Ann Lund") << QStringLiteral("Rob Vale") << none;
    QTest::newRow("nominal: name glued to a date")
        << QStringLiteral("by Ann Vale22 Dec 2016") << QStringLiteral("Ann Vale")
        << QDateTime(QDate(2016, 12, 22), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("robustness: name glued to a date and a counter")
        << QStringLiteral("by Ann Vale22 Dec 2016651") << QStringLiteral("Ann Vale") << none;
    QTest::newRow("nominal: several authors")
        << QStringLiteral("Ann Vale, Joe Lund") << QStringLiteral("Ann Vale, Joe Lund") << none;
    QTest::newRow("nominal: only a date") << QStringLiteral("Last Updated: January 7, 2025") << QString()
                                          << QDateTime(QDate(2025, 1, 7), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("nominal: dates of publication and update")
        << QStringLiteral("April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm") << QString()
        << QDateTime(QDate(2019, 4, 28), QTime(6, 1));
    QTest::newRow("robustness: a sentence is no byline")
        << QStringLiteral("Nonetheless the council said it would go ahead with the plan.") << QString() << none;
    QTest::newRow("robustness: a button is no byline") << QStringLiteral("Follow Author") << QString() << none;
    QTest::newRow("robustness: a name starting with by") << QStringLiteral("Byron Lund") << QStringLiteral("Byron Lund")
                                                         << none;
    QTest::newRow("robustness: an organisation") << QStringLiteral("Contributors to the Harbour Archive")
                                                 << QStringLiteral("Contributors to the Harbour Archive") << none;
    QTest::newRow("robustness: empty") << QString() << QString() << none;
}

void TestArticleHeader::byline()
{
    QFETCH(QString, raw);
    QFETCH(QString, name);
    QFETCH(QDateTime, date);
    const ArticleHeader::Byline byline = ArticleHeader::parseByline(raw);
    QCOMPARE(byline.name, name);
    QCOMPARE(byline.date, date);
}

void TestArticleHeader::writtenDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("nominal: month first") << QStringLiteral("November 19, 2019") << QDate(2019, 11, 19);
    QTest::newRow("nominal: day first") << QStringLiteral("19 Nov 2019") << QDate(2019, 11, 19);
    QTest::newRow("nominal: German") << QStringLiteral("7. Oktober 2020, 19:49 Uhr") << QDate(2020, 10, 7);
    QTest::newRow("nominal: French") << QStringLiteral("mis à jour le 3 mars 2021") << QDate(2021, 3, 3);
    QTest::newRow("nominal: ISO") << QStringLiteral("2019-11-19") << QDate(2019, 11, 19);
    QTest::newRow("nominal: dotted") << QStringLiteral("19.11.2019") << QDate(2019, 11, 19);
    QTest::newRow("robustness: a month's name without a date") << QStringLiteral("Set out in May") << QDate();
    QTest::newRow("robustness: a number that is no year") << QStringLiteral("March 3, 20") << QDate();
}

void TestArticleHeader::writtenDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(ArticleHeader::parseWrittenDate(text).date(), date);
}

void TestArticleHeader::title_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("siteName");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("headings");
    QTest::addColumn<QString>("expected");
    const QString story = QStringLiteral("Harbour plan approved after long debate");
    QTest::newRow("nominal: site from the host") << story + QStringLiteral(" | TheHarbour") << QString() << QString()
                                                 << QStringLiteral("theharbour.example") << QStringList {} << story;
    QTest::newRow("nominal: site name") << story + QStringLiteral(" - Coast Evening Times")
                                        << QStringLiteral("Coast Evening Times") << QString()
                                        << QStringLiteral("www.cet.example") << QStringList {} << story;
    QTest::newRow("nominal: the page's heading gives the headline")
        << story + QStringLiteral(" - Coast Evening Times") << QString() << QString() << QString()
        << QStringList { story } << story;
    QTest::newRow("nominal: author") << story + QStringLiteral(" | Ann Ainge Vale") << QString()
                                     << QStringLiteral("Ann Ainge Vale") << QString() << QStringList {} << story;
    QTest::newRow("nominal: site before the headline") << QStringLiteral("TheHarbour » ") + story << QString()
                                                       << QString() << QStringLiteral("theharbour.example")
                                                       << QStringList {} << story;
    QTest::newRow("nominal: a portal's own title")
        << QStringLiteral("Portal News - Latest News & Headlines") << QString() << QString()
        << QStringLiteral("news.portal.example") << QStringList { story } << story;
    QTest::newRow("robustness: a dash inside the headline")
        << QStringLiteral("Vale - Lund merger approved by the board") << QString() << QString()
        << QStringLiteral("harbour.example") << QStringList {} << QStringLiteral("Vale - Lund merger approved by the board");
    QTest::newRow("robustness: nothing to strip") << story << QStringLiteral("Coast Evening Times") << QString()
                                                  << QString() << QStringList { story } << story;
    QTest::newRow("robustness: the site name is all there is")
        << QStringLiteral("Coast Evening Times") << QStringLiteral("Coast Evening Times") << QString() << QString()
        << QStringList {} << QStringLiteral("Coast Evening Times");
}

void TestArticleHeader::title()
{
    QFETCH(QString, title);
    QFETCH(QString, siteName);
    QFETCH(QString, byline);
    QFETCH(QString, host);
    QFETCH(QStringList, headings);
    QFETCH(QString, expected);
    QCOMPARE(ArticleHeader::stripDecoration(title, siteName, byline, host, headings), expected);
}

void TestArticleHeader::pages_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("header"); // inside <article>, before the story
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDateTime>("published");
    QTest::newRow("nominal: Open Graph title with the site's name")
        << QByteArray("<meta property=\"og:title\" content=\"Harbour plan approved | Coast Times\">"
                      "<meta property=\"og:site_name\" content=\"Coast Times\">")
        << QByteArray() << QStringLiteral("Harbour plan approved") << QString() << QDateTime();
    QTest::newRow("nominal: byline line with the date, no date in the head")
        << QByteArray("<title>Harbour plan approved</title>")
        << QByteArray("<p class=\"byline\">By Ann Vale March 3, 2024</p>") << QStringLiteral("Harbour plan approved")
        << QStringLiteral("Ann Vale") << QDateTime(QDate(2024, 3, 3), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("nominal: date under another name")
        << QByteArray("<title>Harbour plan approved</title><meta name=\"pubdate\" content=\"2024-03-05T10:20:00Z\">")
        << QByteArray() << QStringLiteral("Harbour plan approved") << QString()
        << QDateTime(QDate(2024, 3, 5), QTime(10, 20), QTimeZone::UTC);
    QTest::newRow("nominal: time marked as the publication's")
        << QByteArray("<title>Harbour plan approved</title>")
        << QByteArray("<time itemprop=\"datePublished\" datetime=\"2024-03-05\">5 March</time>")
        << QStringLiteral("Harbour plan approved") << QString()
        << QDateTime(QDate(2024, 3, 5), QTime(0, 0), QTimeZone::UTC);
    QTest::newRow("robustness: undated page has no date")
        << QByteArray("<title>Harbour plan approved</title>") << QByteArray() << QStringLiteral("Harbour plan approved")
        << QString() << QDateTime();
    QTest::newRow("robustness: a one-word placeholder headline in the structured data")
        << QByteArray("<title>Harbour plan approved after long debate</title>"
                      "<meta property=\"og:title\" content=\"Harbour plan approved after long debate\">"
                      "<script type=\"application/ld+json\">{\"@context\": \"http://schema.org\", \"@type\": "
                      "\"NewsArticle\", \"headline\": \"cmsname\"}</script>")
        << QByteArray() << QStringLiteral("Harbour plan approved after long debate") << QString() << QDateTime();
    QTest::newRow("robustness: a sentence in the author box is no byline")
        << QByteArray("<title>Harbour plan approved</title>")
        << QByteArray("<div class=\"author\">Nonetheless the council said it would go ahead with it.</div>")
        << QStringLiteral("Harbour plan approved") << QString() << QDateTime();
}

void TestArticleHeader::pages()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, header);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QDateTime, published);
    const ReadResult result = readData(page("<article>" + header + longParagraphs(4) + "</article>", head),
                                       QStringLiteral("page.html"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.title, title);
    QCOMPARE(result.article.byline, byline);
    QCOMPARE(result.article.published, published);
}

void TestArticleHeader::plainTextTitle_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstParagraph");
    QTest::newRow("nominal: a headline")
        << QByteArray("Harbour plan approved after long debate\n\nThe council approved the plan on Tuesday.\n")
        << QStringLiteral("Harbour plan approved after long debate")
        << QStringLiteral("The council approved the plan on Tuesday.");
    QTest::newRow("nominal: a headline quoting a few words")
        << QByteArray("Mayor calls harbour plan \xE2\x80\x9C" "a good day\xE2\x80\x9D\n\nThe council approved it.\n")
        << QStringLiteral("Mayor calls harbour plan “a good day”") << QStringLiteral("The council approved it.");
    QTest::newRow("nominal: a quoted sentence opens the story")
        << QByteArray("\xE2\x80\x9CIt is a good day for the town and for everyone who lives by the water,\xE2\x80\x9D "
                      "said the mayor, Joe Lund.\n\nThe council approved the plan on Tuesday.\n")
        << QStringLiteral("story")
        << QStringLiteral("“It is a good day for the town and for everyone who lives by the water,” said the mayor, "
                          "Joe Lund.");
    QTest::newRow("nominal: a long opening sentence")
        << QByteArray("The council approved the harbour plan on Tuesday after a debate that lasted late into the "
                      "night.\n\nThe works begin in March.\n")
        << QStringLiteral("story")
        << QStringLiteral("The council approved the harbour plan on Tuesday after a debate that lasted late into the "
                          "night.");
}

void TestArticleHeader::plainTextTitle()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, title);
    QFETCH(QString, firstParagraph);
    const ReadResult result = readData(text, QStringLiteral("story.txt"));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.article.title, title);
    const QStringList paragraphs = textsOfKind(result.article, Block::Kind::Paragraph);
    QVERIFY(!paragraphs.isEmpty());
    QCOMPARE(paragraphs.first(), firstParagraph);
}

QTEST_GUILESS_MAIN(TestArticleHeader)
#include "tst_articleheader.moc"

// Page furniture inside the article: one invented page per pruning rule (the furniture must go,
// the story must stay), the rules' class and text tests on their own, and the hidden text and
// hover cards removed before the article is looked for.
#include "importtestutil.h"

#include "import/articlebody.h"
#include "import/boilerplatetext.h"
#include "import/interfacetext.h"
#include "import/picturecredits.h"
#include "import/readerappeals.h"
#include "import/classhints.h"
#include "import/reader.h"

#include <QTest>

#include <functional>

using namespace ImportTest;

class TestBoilerplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pruned_data();
    void pruned();
    void kept_data();
    void kept();
    void inBody_data();
    void inBody();
    void scrolledPage();
    void leadRepeatedInBody();
    void captions_data();
    void captions();
    void classHints_data();
    void classHints();
    void lines_data();
    void lines();
};

namespace {

const QByteArray Png = QByteArray("data:image/png;base64,") + TinyPng.toBase64();

const QByteArray StoryStart = "<p>The council approved the harbour plan on Tuesday after a long debate, with eleven "
                               "votes in favour and two against, ending a dispute that had lasted three years.</p>"
                               "<p>The plan, which the mayor had promised during his campaign, adds a breakwater, a "
                               "ferry terminal and a small park where the old fish market stood.</p>";
const QByteArray StoryEnd = "<p>Residents of the waterfront, who had opposed the first version, said the changes "
                             "answered most of their worries about traffic, noise and the view of the bay.</p>"
                             "<p>The works begin in March and should last eighteen months, according to the harbour "
                             "office, which will publish a timetable of the closures next week.</p>";

// A story of four long paragraphs with something before, in the middle and after.
QByteArray story(const QByteArray &before, const QByteArray &middle, const QByteArray &after)
{
    return page(
        "<article><h1>Harbour Plan Approved</h1>" + before
            + "<p>The council approved the harbour plan on Tuesday after a long debate, with eleven votes in "
              "favour and two against, ending a dispute that had lasted three years.</p>"
              "<p>The plan, which the mayor had promised during his campaign, adds a breakwater, a ferry "
              "terminal and a small park where the old fish market stood.</p>"
            + middle
            + "<p>Residents of the waterfront, who had opposed the first version, said the changes answered "
              "most of their worries about traffic, noise and the view of the bay.</p>"
              "<p>The works begin in March and should last eighteen months, according to the harbour "
              "office, which will publish a timetable of the closures next week.</p>"
            + after + "</article>",
        "<title>Harbour Plan Approved</title><link rel=\"canonical\" href=\"https://news.example.com/harbour\">");
}

Article read(const QByteArray &html)
{
    const ReadResult result = readData(html, QStringLiteral("page.html"));
    return result.article;
}

void checkStory(const Article &article)
{
    for (const char *sentence : { "The council approved the harbour plan", "adds a breakwater",
                                  "Residents of the waterfront", "The works begin in March" })
        QVERIFY2(article.text.contains(QLatin1String(sentence)), qPrintable(article.text));
}

// A slideshow of four pictures, each with the show's title, its own heading and a long text.
QByteArray slideshow()
{
    QByteArray slides;
    for (const char *place : {"pier", "market", "lighthouse", "quay"})
        slides += QByteArray("<li><img src=\"") + Png + "\"><h4>The harbour through the ages</h4><h2>The old "
            + place + "</h2><p>Built in the last century, the old " + place
            + " was the heart of the town for decades, until the new road and the ferry terminal moved trade "
              "to the other side of the bay and left it to fishermen, painters and the odd visitor.</p></li>";
    return "<div class=\"gallery\"><ul>" + slides + "</ul></div>";
}

QByteArray longProse(int count)
{
    QByteArray out;
    for (int i = 0; i < count; ++i)
        out += "<p>Paragraph " + QByteArray::number(i)
               + " of the report goes on about the harbour plan at length, with the costs, the timetable, the "
                 "objections of the residents, the answers of the council, and what the mayor said about all "
                 "of it on the radio.</p>";
    return out;
}

} // namespace

void TestBoilerplate::pruned_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("gone");
    QTest::newRow("nominal: a header box kept for its lead loses its other lines")
        << page("<article><header class=\"entry-header\"><a href=\"/harbour\">Harbour News</a><h1>Harbour Plan "
                "Approved</h1><div class=\"intro\"><p>The harbour will get a breakwater, a ferry terminal and a "
                "park, after a vote that ended three years of dispute.</p></div><p>Updated Tuesday</p></header>"
                "<div class=\"article-body\">" + StoryStart + StoryEnd + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("Harbour News");
    QTest::newRow("robustness: a summary line in the header box, no sentence, is no lead")
        << page("<article><header><h1>Harbour Plan Approved</h1><div class=\"intro\"><p>Three years of dispute "
                "end with a breakwater, a ferry terminal and a park</p></div></header><div class=\"article-body\">"
                + StoryStart + StoryEnd + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("Three years of dispute end");
    QTest::newRow("robustness: a comments box holding more prose than the story stays out")
        << page("<article><h1>Harbour Plan Approved</h1>" + StoryStart + StoryEnd
                    + "</article><div class=\"comment-list\"><h3>Comments</h3>"
                    + "<p>Comment 0 of the readers goes on about the harbour plan at length, with the costs, the "
                      "timetable, the objections of the residents, the answers of the council, and what the "
                      "mayor said about all of it on the radio.</p>" + longProse(6) + "</div>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("Comment 0 of the readers");
    QTest::newRow("nominal: the author's box beside the story, one dense paragraph, is not the article")
        << page("<div class=\"story\"><h1>Harbour Plan Approved</h1><div class=\"block\">" + StoryStart
                    + "</div><div class=\"block\">" + StoryEnd
                    + "</div></div><div class=\"author-description\"><p>Jane Doe, who grew up in the port, studied "
                      "law, history and economics in Lisbon, Porto and Hamburg, worked as a clerk, a deckhand, a "
                      "teacher and a translator, wrote for papers in Spain, France, Italy and Greece, ran a "
                      "bookshop, a radio show and a film club, and has covered the coast, its harbours, its "
                      "fishermen, its ferries, its storms and its politics since 2004, when she came back, with "
                      "her husband, two children, a dog and a cat, to the house on the quay where she was born, "
                      "and where she still lives, writes, cooks and sails.</p></div>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("Jane Doe, who grew up in the port");
    QTest::newRow("nominal: image credit line")
        << story({}, "<p>Photo: Jane Doe/Agency</p>", {}) << QStringLiteral("Jane Doe/Agency");
    QTest::newRow("nominal: a figure holding only a link is an embed's stand-in")
        << story({},
                 "<figure class=\"element-interactive\"><a href=\"https://example.org/embed/strandings/\">whale "
                 "strandings</a></figure>",
                 {})
        << QStringLiteral("whale strandings");
    QTest::newRow("nominal: credit inside a caption")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption>Boats at dawn. <span class=\"photo-credit\">Jane Doe/Agency"
                       "</span></figcaption></figure>",
                 {})
        << QStringLiteral("Jane Doe/Agency");
    QTest::newRow("nominal: gallery") << story({},
                                               "<div class=\"gallery\"><figure><img src=\"" + Png
                                                   + "\"><figcaption>First picture of the pier"
                                                     "</figcaption></figure><figure><img src=\""
                                                   + Png
                                                   + "\"><figcaption>Second picture of the pier"
                                                     "</figcaption></figure></div>",
                                               {})
                                      << QStringLiteral("picture of the pier");
    QTest::newRow("nominal: slideshow inside a long story") << story({}, slideshow(), longProse(5))
                                                            << QStringLiteral("The old lighthouse");
    QTest::newRow("nominal: button opening a slideshow")
        << story({},
                 "<div class=\"gallery-button\" role=\"button\"><h2>Harbour towns through the ages</h2><img src=\""
                     + Png + "\"></div>",
                 {})
        << QStringLiteral("through the ages");
    QTest::newRow("nominal: button opening a slideshow, with the count of its pictures")
        << story({},
                 "<div class=\"gallery-btn\" role=\"button\"><header><h2>Harbour towns in pictures</h2>"
                 "<span>Show all 24</span></header><div><img src=\"" + Png + "\"></div></div>",
                 {})
        << QStringLiteral("Harbour towns in pictures");
    QTest::newRow("nominal: the share button set over a picture, beside its caption")
        << story({},
                 "<figure><span><picture><img src=\"" + Png + "\"></picture><span class=\"overlay\">"
                 "<a href=\"https://pinterest.example.com/pin?url=harbour\"><span>Share on Pinterest</span></a>"
                 "</span></span><figcaption>Boats in the old harbour at dawn.</figcaption></figure>",
                 {})
        << QStringLiteral("Share on Pinterest");
    QTest::newRow("nominal: a byline line above the story, its name taken out")
        << story("<div class=\"post-head\">Written by on March 3, 2024</div>", {}, {})
        << QStringLiteral("Written by");
    QTest::newRow("nominal: an advertiser disclosure above the story")
        << story("<p><em>This post contains affiliate links. We may receive a commission when you click on the "
                 "links to the products we name, at no cost to you.</em></p>", {}, {})
        << QStringLiteral("affiliate links");
    QTest::newRow("nominal: a box of appeals with its sign-off, a citation notice under it")
        << story({}, {},
                 "<div class=\"support-box\"><h3>While you are here</h3><p>If you enjoyed reading this story, would "
                 "you consider supporting our work? Just click <a href=\"https://pay.example.org/\">here</a>.</p>"
                 "<p>All the best, <em>Jane Doe</em></p></div><div class=\"cite\"><p>SUGGESTED CITATION Doe, "
                 "Jane: Harbour Plan Approved, Harbour Times, 2024/3/3, https://news.example.com/harbour.</p></div>")
        << QStringLiteral("All the best");
    QTest::newRow("nominal: the names of a layout's breakpoints set as text under the story")
        << story({}, {},
                 "<p>Reporting by Jane Doe; Editing by Bo Li</p><div class=\"probe\"><span>for-phone-only</span>"
                 "<span>for-tablet-portrait-up</span><span>for-desktop-up</span></div>")
        << QStringLiteral("Editing by Bo Li");
    QTest::newRow("nominal: the headline again under the story, in a header that stays in sight")
        << page("<article><h1>Why the Harbour Plan Still Divides the Town's Fishermen</h1>" + StoryStart + StoryEnd
                    + "<div class=\"short-hed\"><span>Why the Harbour Plan Still Divides the Town's Fishermen</span>"
                      "</div></article>",
                "<title>Why the Harbour Plan Still Divides the Town's Fishermen</title>")
        << QStringLiteral("closures next week. Why the Harbour Plan");
    QTest::newRow("nominal: a correspondent's byline over an analysis inside the story")
        << story({},
                 "<h2>A town divided</h2><p><strong>By Jane Doe, Harbour News, Lisbon</strong></p><p>The fishermen "
                 "of the old quay have watched the plan grow for three years, and most of them still doubt that the "
                 "breakwater will do what the council promises.</p>",
                 {})
        << QStringLiteral("By Jane Doe");
    QTest::newRow("nominal: a credit of courtesy above the story")
        << story("<p>Courtesy of Harbour Museum News</p>", {}, {}) << QStringLiteral("Courtesy of");
    QTest::newRow("nominal: agency credit under a picture")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption><p>Boats at dawn in the old harbour.</p><p>Jane Doe/Shutterstock.com</p>"
                       "</figcaption></figure>",
                 {})
        << QStringLiteral("Shutterstock");
    QTest::newRow("nominal: a photographer's and an agency's credit in the story, its picture gone")
        << story({}, "<p>JANE DOE/AFP via Getty Images</p>", {}) << QStringLiteral("AFP via Getty");
    QTest::newRow("nominal: a photographer's and an agency's credit after a slash, spaced")
        << story({}, "<p>Jane Doe / Reuters</p>", {}) << QStringLiteral("Jane Doe / Reuters");
    QTest::newRow("nominal: agency name alone under a picture")
        << story({}, "<figure><img src=\"" + Png + "\"><figcaption>Getty Images</figcaption></figure>", {})
        << QStringLiteral("Getty Images");
    {
        // A story beside a long data table of short cells (a constituency list with addresses):
        // the cells are no prose, the story is the article.
        QByteArray rows;
        for (int i = 0; i < 150; ++i)
            rows += "<tr><td>Ward " + QByteArray::number(i) + "</td><td>Councillor " + QByteArray::number(i)
                + "</td><td>councillor.ward" + QByteArray::number(i) + "@harbour.example.org</td></tr>";
        QTest::newRow("robustness: a data table beside the story")
            << page("<div><div class=\"story\"><h1>Harbour Plan Approved</h1>" + StoryStart + StoryEnd
                    + "</div><div class=\"box\"><table>" + rows + "</table></div></div>")
            << QStringLiteral("councillor.ward7@harbour.example.org");
        // A sign-in dialog beside the story, its names saying "content" as well.
        QTest::newRow("robustness: a sign-in dialog beside the story")
            << page("<div><div class=\"story\">" + StoryStart + StoryEnd + "</div><div class=\"dialog-content\">"
                    "<p>To watch programmes with an age rating, please sign in with your account, enter your "
                    "password, confirm your e-mail address, choose a display name, and accept the terms.</p>"
                    "<p>This e-mail address is already registered, or the password is wrong, or the account "
                    "has been locked, so please try again later, or reset the password.</p>"
                    "<p>The password needs at least eight characters, one capital, one digit, and one sign, "
                    "and must not be the same as the e-mail address, the name, or the last one.</p></div></div>")
            << QStringLiteral("please sign in with your account");
        // An open letter beside one cell listing names and affiliations.
        QByteArray names;
        for (int i = 0; i < 40; ++i)
            names += "Signatory " + QByteArray::number(i) + ", Harbour College<br>";
        QTest::newRow("robustness: a cell of names and affiliations beside the story")
            << page("<div><div class=\"story\">" + StoryStart + StoryEnd + "</div><div class=\"box\"><table><tr><td>"
                    + names + "</td></tr></table></div></div>")
            << QStringLiteral("Signatory 7, Harbour College");
    }
    QTest::newRow("nominal: the author's role under the byline")
        << story("<p>By Jane Doe</p><p>Harbour correspondent, Harbour Times</p>", {}, {})
        << QStringLiteral("Harbour correspondent");
    QTest::newRow("nominal: the author's role alone under the story")
        << story({}, {}, "<p>Jane Doe</p><p>Chief correspondent, Harbour Times</p>")
        << QStringLiteral("Chief correspondent");
    QTest::newRow("nominal: the agency's initials after a dash under the story")
        << story({}, {}, "<p>- HNA</p>") << QStringLiteral("- HNA");
    QTest::newRow("nominal: notes set apart by rules under the story")
        << story({}, {},
                 "<p>___</p><p>Associated Press writer Bo Li contributed to this report.</p><p>___</p>"
                 "<p>Follow AP's coverage of the harbour at https://news.example.com/hub/harbour</p>")
        << QStringLiteral("contributed to this report");
    QTest::newRow("nominal: the sources under the story, with files from")
        << story({}, {}, "<p>With files from The Harbour Press</p>") << QStringLiteral("With files from");
    QTest::newRow("nominal: the publisher's alerts, channel and podcast under the story")
        << story({}, {},
                 "<p>Sign up for <a href=\"/alerts\">push alerts</a> and have the best news, analysis and comment "
                 "delivered directly to your phone</p><p>Find The Harbour Times on WhatsApp and stay up to date</p>"
                 "<p>Our <a href=\"/podcasts\">Harbour Talk podcast</a> is now published daily – Find the latest "
                 "episode here</p>")
        << QStringLiteral("push alerts");
    QTest::newRow("nominal: a player's duration between paragraphs")
        << story({}, "<p>Duration 2:03</p>", {}) << QStringLiteral("Duration 2:03");
    QTest::newRow("nominal: an embed's loading placeholder between paragraphs")
        << story({}, "<p>Loading...</p>", {}) << QStringLiteral("Loading...");
    QTest::newRow("nominal: a teaser after a label and a bar")
        << story({}, "<p><strong>ALSO READ | <a href=\"https://news.example.com/ferry-strike\">Ferry crews to strike "
                     "next month over pay</a></strong></p>", {})
        << QStringLiteral("Ferry crews to strike");
    QTest::newRow("nominal: the syndication line under the story")
        << story({}, {}, "<p>Originally published as Harbour Plan Approved</p>")
        << QStringLiteral("Originally published");
    QTest::newRow("nominal: the label of a box of paid links, its links gone")
        << story({}, "<h3>Promoted Stories</h3>" + longProse(1), {}) << QStringLiteral("Promoted Stories");
    QTest::newRow("nominal: an offer of the free app between paragraphs")
        << story({}, "<p><strong>Don't miss the biggest stories. Download our free app for iPhone and Android."
                     "</strong></p>", {})
        << QStringLiteral("Download our free app");
    QTest::newRow("nominal: a call for the readers' stories under the story")
        << story({}, {}, "<p>We want to hear from you. Have you been affected by the works? Email us at "
                         "news@harbour.example</p><p>Got a story? Contact our newsdesk on 0123 456 789.</p>")
        << QStringLiteral("We want to hear from you");
    QTest::newRow("nominal: the standfirst repeating the page's description, above the byline")
        << page("<article><h1>Harbour Plan Approved</h1><p>The harbour gets a breakwater and a ferry terminal "
                "after three years of dispute.</p><p>By Jane Doe</p>" + StoryStart + StoryEnd + "</article>",
                "<title>Harbour Plan Approved</title><meta name=\"description\" content=\"The harbour gets a "
                "breakwater and a ferry terminal after three years of dispute.\">")
        << QStringLiteral("after three years of dispute.");
    QTest::newRow("nominal: the author's box, the name as a heading and the bio going on from it")
        << story({}, {}, "<h3>Dr. Jane Doe</h3><p>is a partner at Doe &amp; Co. in Harbourtown and writes on "
                         "maritime law.</p>")
        << QStringLiteral("Dr. Jane Doe");
    QTest::newRow("nominal: the control that unfolds a box cut short")
        << story({}, "<p>Show more</p>", {}) << QStringLiteral("Show more");
    QTest::newRow("nominal: print control") << story({}, "<p>Print this article</p>", {})
                                            << QStringLiteral("Print this article");
    QTest::newRow("nominal: comment system string")
        << story({}, {}, "<p>Comments are closed.</p><p>This site uses Akismet to reduce spam.</p>")
        << QStringLiteral("Akismet");
    QTest::newRow("nominal: German picture control") << story({}, "<p>Bild anzeigen</p>", {})
                                                     << QStringLiteral("Bild anzeigen");
    QTest::newRow("nominal: sponsor line") << story({}, "<p>Powered by HarbourRates.example</p>", {})
                                           << QStringLiteral("Powered by");
    QTest::newRow("nominal: section name above the story")
        << story("<p>Ports &amp; Ferries \xE2\x80\x94</p>", {}, {}) << QStringLiteral("Ports & Ferries");
    QTest::newRow("nominal: credit span named fotocredit")
        << story({},
                 "<span class=\"wp-image\"><img src=\"" + Png
                     + "\"><span class=\"ee-fotocredit\">(Harbour: Jane Doe)</span></span>",
                 {})
        << QStringLiteral("Jane Doe");
    QTest::newRow("nominal: share control under a picture")
        << story({}, "<figure><img src=\"" + Png + "\"></figure><p>Share on Pinterest</p>", {})
        << QStringLiteral("Share on Pinterest");
    QTest::newRow("nominal: related label left alone in the story")
        << story({},
                 "<h3>Lesen Sie auch</h3><p>The harbour office said the ferry terminal would keep running during "
                 "the works, with a temporary pier built north of the old market and buses to the town centre "
                 "every fifteen minutes, from the first day of the works until the last.</p>",
                 {})
        << QStringLiteral("Lesen Sie auch");
    QTest::newRow("nominal: slideshow counter") << story({}, "<p>2 / 12</p>", {}) << QStringLiteral("2 / 12");
    QTest::newRow("nominal: related links and their label")
        << story({}, {},
                 "<p>Read more:</p><ul><li><a href=\"/budget\">Council votes on the budget</a></li>"
                 "<li><a href=\"https://www.example.com/ferry\">Ferry prices rise again</a></li></ul>")
        << QStringLiteral("Ferry prices");
    QTest::newRow("nominal: label of a related list") << story({}, {},
                                                               "<p>Read more:</p><ul><li><a href=\"/budget\">"
                                                               "Council votes on the budget</a></li><li><a href=\"/f\">"
                                                               "Ferry prices rise again</a></li></ul>")
                                                      << QStringLiteral("Read more:");
    QTest::newRow("nominal: teaser paragraph")
        << story({}, "<p>See also: <a href=\"/budget\">Council votes on the budget for next year</a></p>", {})
        << QStringLiteral("Council votes on the budget");
    QTest::newRow("nominal: linked headline")
        << story({}, "<h3><a href=\"/ferry\">Ferry prices rise again this summer</a></h3>", {})
        << QStringLiteral("Ferry prices");
    QTest::newRow("nominal: card of another story, its headline")
        << story({}, "<figure class=\"teaser\"><a href=\"/ferry-prices\"><img src=\"" + Png
                     + "\"><p>Ferries</p><h3>Ferry prices rise again this summer</h3></a><p>The operator blames the "
                       "cost of fuel and asks the council for help.</p></figure>", {}) << QStringLiteral("Ferry prices rise again");
    QTest::newRow("nominal: card of another story, the summary beside its link")
        << story({}, "<figure class=\"teaser\"><a href=\"/ferry-prices\"><img src=\"" + Png
                     + "\"><p>Ferries</p><h3>Ferry prices rise again this summer</h3></a><p>The operator blames the "
                       "cost of fuel and asks the council for help.</p></figure>", {}) << QStringLiteral("blames the cost of fuel");
    QTest::newRow("nominal: newsletter box")
        << story({}, "<div class=\"newsletter-signup\"><p>Get our morning briefing in your inbox.</p></div>", {})
        << QStringLiteral("morning briefing");
    QTest::newRow("nominal: related box named in French")
        << story({}, "<div class=\"lire-aussi\"><p>Le port de Brest se modernise</p></div>", {})
        << QStringLiteral("Le port de Brest");
    QTest::newRow("nominal: app box") << story({}, "<aside class=\"app-promo\"><p>Read us in the app.</p></aside>", {})
                                      << QStringLiteral("in the app");
    QTest::newRow("nominal: copyright line at the end")
        << story({}, {}, "<p>\xC2\xA9 2024 Harbour Media Ltd. All rights reserved.</p>")
        << QStringLiteral("All rights reserved");
    QTest::newRow("nominal: about the publisher at the end")
        << story({}, {}, "<h3>About Harbour Media</h3><p>Harbour Media publishes local news for the coast.</p>")
        << QStringLiteral("publishes local news");
    QTest::newRow("nominal: tag box") << story({}, {},
                                               "<div class=\"post-tags\"><a href=\"/t/harbour\">harbour</a> "
                                               "<a href=\"/t/council\">council</a></div>")
                                      << QStringLiteral("harbour council");
    QTest::newRow("nominal: tag line at the end")
        << story({}, {}, "<p>Tags: harbour, council, ferry</p>") << QStringLiteral("Tags:");
    QTest::newRow("nominal: date line at the start")
        << story("<p>Updated: March 3, 2024 10:02 GMT</p>", {}, {}) << QStringLiteral("March 3, 2024");
    QTest::newRow("nominal: byline line at the start")
        << story("<p>By Jane Doe</p>", {}, {}) << QStringLiteral("Jane Doe");
    QTest::newRow("nominal: doubled by in a byline line")
        << story("<p>by By Jane Doe</p>", {}, {}) << QStringLiteral("Jane Doe");
    QTest::newRow("nominal: standfirst at the start")
        << story("<p class=\"article-standfirst\">A three-year dispute ends with a breakwater and a park.</p>", {}, {})
        << QStringLiteral("three-year dispute");
    QTest::newRow("nominal: standfirst in a box named dek")
        << story("<div class=\"c-dek\"><p>The mayor keeps a promise of his campaign.</p></div>", {}, {})
        << QStringLiteral("keeps a promise");
    QTest::newRow("nominal: date line in the middle") << story({}, "<p>19:49</p>", {}) << QStringLiteral("19:49");
    QTest::newRow("nominal: meta class") << story("<div class=\"entry-meta\">Posted in News on 3 March</div>", {}, {})
                                         << QStringLiteral("Posted in News");
    QTest::newRow("nominal: author bio") << story(
        {}, {}, "<div class=\"author-bio\"><p>Jane Doe covers the coast for the paper.</p></div>")
                                         << QStringLiteral("covers the coast");
    QTest::newRow("nominal: contributor credit at the end")
        << story({}, {}, "<p>Bo Li contributed reporting to this story.</p>") << QStringLiteral("contributed");
    QTest::newRow("nominal: reporting credit at the end")
        << story({}, {}, "<p>Reporting by Jane Doe; Editing by Bo Li</p>") << QStringLiteral("Editing by");
    QTest::newRow("nominal: breadcrumbs at the start") << story(
        "<p><a href=\"/\">Home</a> &gt; <a href=\"/news\">News</a> &gt; <a href=\"/news/local\">Local</a></p>", {}, {})
                                                       << QStringLiteral("Home > News");
    QTest::newRow("nominal: share text at the end")
        << story({}, {}, "<p>Share this article</p>") << QStringLiteral("Share this");
    QTest::newRow("nominal: share bar") << story({}, "<div class=\"share-tools\"><p>Facebook Twitter Email</p></div>",
                                                 {})
                                        << QStringLiteral("Facebook Twitter");
    QTest::newRow("nominal: title repeated at the start")
        << story("<p>Harbour Plan Approved</p>", {}, {}) << QStringLiteral("Harbour Plan Approved");
    QTest::newRow("nominal: reading time") << story("<p>5 min read</p>", {}, {}) << QStringLiteral("5 min read");
    QTest::newRow("nominal: box heading left at the end")
        << story({}, {}, "<h3>More from this section</h3>") << QStringLiteral("More from this section");
    QTest::newRow("nominal: short label left at the end")
        << story({}, {}, "<p>Advertisement</p>") << QStringLiteral("Advertisement");
    QTest::newRow("nominal: screen-reader text")
        << story({},
                 "<p>The ferry <a href=\"/f\">timetable<span class=\"sr-only\"> (opens in a new window)</span></a> "
                 "will change in spring, the harbour office said on its website.</p>",
                 {})
        << QStringLiteral("opens in a new window");
    QTest::newRow("nominal: tooltip") << story(
        {},
        "<p>The <span>breakwater<span role=\"tooltip\">A wall built out into the sea</span></span> will be "
        "two hundred metres long, the engineers said.</p>",
        {}) << QStringLiteral("A wall built out");
    QTest::newRow("nominal: hover card glued to the link") << story(
        {},
        "<p>The plan was backed by <a href=\"/people/kn\">Kristi Noem</a><span class=\"card\"><span>Kristi Lynn "
        "Noem</span><span>South Dakota</span></span>, the governor, who visited the harbour.</p>",
        {}) << QStringLiteral("Kristi Lynn");
    QTest::newRow("nominal: hover card inside the link")
        << story({},
                 "<p>The plan was backed by <a href=\"/people/kn\">Kristi Noem<div class=\"person\"><b>Kristi Lynn Noem"
                 "</b><i>Governor of South Dakota</i></div></a>, who visited the harbour on Monday.</p>",
                 {})
        << QStringLiteral("Kristi Lynn");
    QTest::newRow("nominal: box of other stories at the end")
        << story({}, {},
                 "<h3>You might also like</h3><p>Ferry prices rise again this summer</p>"
                 "<p>Council votes on the budget for the harbour</p>")
        << QStringLiteral("Ferry prices rise");
    QTest::newRow("nominal: German box of other stories at the end")
        << story({}, {}, "<p>Das k\xC3\xB6nnte Sie auch interessieren</p><p>Neue F\xC3\xA4hre f\xC3\xBCr den Hafen</p>")
        << QStringLiteral("Neue F\u00e4hre");
    QTest::newRow("nominal: subscription appeal at the end")
        << story({}, {}, "<p>Subscribe now to our digital edition for the full story.</p>")
        << QStringLiteral("Subscribe now");
    QTest::newRow("nominal: app appeal in the middle")
        << story({}, "<p>For the latest news download the Harbour Times app for your phone.</p>", {})
        << QStringLiteral("Harbour Times app");
    QTest::newRow("nominal: Spanish appeal") << story({}, {}, "<p>\xC3\x9Anete a nuestro canal de Telegram.</p>")
                                             << QStringLiteral("canal de Telegram");
    QTest::newRow("nominal: labelled credit closing a caption")
        << story({}, "<figure><img src=\"" + Png + "\"><figcaption>Boats at dawn. Bild: Jane Doe/Agency</figcaption></figure>", {})
        << QStringLiteral("Jane Doe");
    QTest::newRow("nominal: copyright credit closing a caption")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption>The old fish market. | \xC2\xA9 Harbour Pictures</figcaption></figure>",
                 {})
        << QStringLiteral("Harbour Pictures");
    QTest::newRow("nominal: slashed credit in parentheses closing a caption")
        << story({}, "<figure><img src=\"" + Png + "\"><figcaption>The pier at noon (jdoe / StockPix.example)</figcaption></figure>",
                 {})
        << QStringLiteral("StockPix");
    QTest::newRow("nominal: credit alone at the start")
        << story("<p>Jane Doe/PIXWIRE.example</p>", {}, {}) << QStringLiteral("PIXWIRE");
    QTest::newRow("nominal: comment notice longer than a control")
        << story({}, {},
                 "<p>Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr dar\xC3\xBC"
                 "ber, wie deine Kommentardaten verarbeitet werden.</p>")
        << QStringLiteral("Akismet");
    QTest::newRow("nominal: login notice for comments")
        << story({}, {}, "<p>Um den Artikel kommentieren zu k\xC3\xB6nnen, m\xC3\xBCssen Sie eingeloggt sein.</p>")
        << QStringLiteral("eingeloggt");
    QTest::newRow("nominal: row of comment controls")
        << story({}, {}, "<p>Kommentarfeed | Kommentare geschlossen | Trackback-URL</p>")
        << QStringLiteral("Trackback");
    QTest::newRow("nominal: picture viewer controls")
        << story({}, "<p>Bild anzeigen Bild schlie\xC3\x9F" "en</p>", {}) << QStringLiteral("Bild anzeigen");
    QTest::newRow("nominal: permalink with its address")
        << story({}, {}, "<p>Permalink https://hb.example/p/X1</p>") << QStringLiteral("Permalink");
    QTest::newRow("nominal: PDF download control")
        << story({}, "<p>Dieses Protokoll als PDF herunterladen</p>", {}) << QStringLiteral("PDF herunterladen");
    QTest::newRow("nominal: appeal to share the article")
        << story({}, {}, "<p>M\xC3\xB6" "chten Sie den Artikel teilen?</p>") << QStringLiteral("teilen");
    QTest::newRow("nominal: appeal to support the publisher at the end")
        << story({}, {}, "<p>Enjoyed this story? Please support our work with a small monthly gift.</p>")
        << QStringLiteral("support our work");
    QTest::newRow("nominal: shop appeal at the end")
        << story({}, {}, "<p>Neu! Besuchen Sie unseren Hafen-Shop!</p>") << QStringLiteral("Hafen-Shop");
    QTest::newRow("nominal: video channel appeal at the end")
        << story({}, {}, "<p>\xC2\xA1Mira lo que tiene nuestro canal de YouTube!</p>") << QStringLiteral("YouTube");
    QTest::newRow("nominal: call to comment at the end")
        << story({}, {}, "<p>Verraten Sie gerne in den Kommentaren: Was halten Sie vom neuen Hafen?</p>")
        << QStringLiteral("in den Kommentaren");
    QTest::newRow("nominal: pointer to elsewhere at the end, 'zur'")
        << story({}, {}, "<p>Hier geht es zur neuen Hafenordnung</p>") << QStringLiteral("neuen Hafenordnung");
    QTest::newRow("nominal: how to cite the post at the end")
        << story({}, {}, "<p>Suggested citation: Doe, Jane: Harbour Plan Approved, Harbour Blog, 2020/4/9.</p>")
        << QStringLiteral("Suggested citation");
    QTest::newRow("nominal: the agency and the date under the lead picture's caption")
        << story("<figure><img src=\"" + Png + "\"><figcaption>The old quay at dawn.</figcaption></figure>"
                 "<address><strong>Harbour Press Agency</strong>\n<br><small>04.05.2022</small></address>",
                 {}, {})
        << QStringLiteral("Harbour Press Agency");
    QTest::newRow("nominal: the comment section closing the page goes whole")
        << story(longProse(3), {},
                 "<h3>Comments (2)</h3><p>Anna from the quay: I have lived by the harbour for forty years and I "
                 "never thought I would see the old fish market turned into a park, but here we are, and I like "
                 "it.</p><p>Please log in to comment.</p>")
        << QStringLiteral("forty years");
    QTest::newRow("nominal: the reporter's name after a dash at the end")
        << story({}, {}, "<p>\xE2\x80\x93 Jane Doe</p>") << QStringLiteral("Jane Doe");
    QTest::newRow("nominal: the feedback widget at the end")
        << story({}, {}, "<p>Was this article helpful?</p><p>(Visited 215 times, 55 visits today)</p>")
        << QStringLiteral("helpful");
    QTest::newRow("nominal: post fields at the end")
        << story({}, {}, "<p>Aufrufe: 1120 | Hinzugef\xC3\xBCgt von: Posh | Rating: 0.0/0</p>")
        << QStringLiteral("Aufrufe");
    QTest::newRow("nominal: the pitch of a membership box goes with its offer")
        << story({}, {}, "<div class=\"box-note\"><h2>Informed readers decide better</h2><p>We have reported on "
                         "the harbour for ninety years, and good local reporting matters now more than ever.</p>"
                         "<p>Become a member today and get exclusive offers.</p><a href=\"/join\">Join now</a></div>")
        << QStringLiteral("ninety years");
    QTest::newRow("nominal: the pitch of a donation box closing the story goes with its appeal")
        << story({}, {}, "<div class=\"box-note\"><h3>Independent news needs you</h3><p>For ninety years our "
                         "reporters have covered the harbour for everyone who lives by it.</p><p>Please donate "
                         "today.</p></div>")
        << QStringLiteral("ninety years");
    QTest::newRow("nominal: a box of appeals closing the page goes whole")
        << story({}, {}, "<div class=\"foot-note\"><div><strong>Support independent journalism</strong></div><p>If "
                         "you value the work of the Harbour Times, join the readers whose membership keeps our "
                         "reporters on the waterfront.</p><p>Here is how the Harbour Times is funded and who owns "
                         "it.</p></div>")
        << QStringLiteral("how the Harbour Times is funded");
    QTest::newRow("nominal: cancel-anytime appeal at the end")
        << story({}, {}, "<p>Read the Harbour Times every day. Cancel anytime.</p>") << QStringLiteral("Cancel anytime");
    QTest::newRow("nominal: post metadata line at the end")
        << story({}, {},
                 "<p>Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Hafen, Rat. Kommentare im RSS-Feed.</p>")
        << QStringLiteral("abgelegt unter");
    QTest::newRow("nominal: related heading with nothing after it")
        << story({}, {}, "<p>Schon gelesen?</p>") << QStringLiteral("Schon gelesen");
    QTest::newRow("nominal: a box of the house's stories under the story, each half linked")
        << story({}, {},
                 "<hr><div role=\"heading\" class=\"heading-h3\">More Great Harbour Times Stories</div><ul>"
                 "<li>The ferry <a href=\"https://news.example.com/ferry\">gets a new timetable</a></li>"
                 "<li>Why the pier <a href=\"https://news.example.com/pier\">needs new piles</a></li>"
                 "<li>The lighthouse keeper <a href=\"https://news.example.com/keeper\">retires at ninety</a>"
                 "</li></ul>")
        << QStringLiteral("lighthouse keeper");
    QTest::newRow("nominal: related heading over a teaser in the middle")
        << story({},
                 "<h3>Lesen Sie auch</h3><p><a href=\"https://news.example.com/ferry\">Neue F\xC3\xA4hre f\xC3\xBCr "
                 "den Hafen</a></p>",
                 {})
        << QStringLiteral("Lesen Sie auch");
    QTest::newRow("nominal: credit in parentheses closing a caption span, white space spread")
        << story("<p><span class=\"image-caption\">The pier at noon.\n      &nbsp;(jdoe\n        /\n        StockPix.example)"
                 "</span></p>",
                 {}, {})
        << QStringLiteral("StockPix");
    QTest::newRow("nominal: credit beside the caption inside a figure")
        << story({},
                 "<figure><div><img src=\"" + Png
                     + "\"><figcaption>The pier at noon</figcaption></div><span class=\"description\">Jane "
                       "Doe/PIXWIRE.example</span></figure>",
                 {})
        << QStringLiteral("PIXWIRE");
    QTest::newRow("nominal: agency credit at the end")
        << story({}, {}, "<p>jd/PAP</p>") << QStringLiteral("jd/PAP");
    QTest::newRow("nominal: category line at the start")
        << story("<p>Kategorie: Hafen</p>", {}, {}) << QStringLiteral("Kategorie");
    QTest::newRow("nominal: authors' names at the start")
        << story("<p>Jane Doe, Bo Lindqvist</p>", {}, {}) << QStringLiteral("Bo Lindqvist");
    QTest::newRow("nominal: syndication notice at the end")
        << story({}, {}, "<p>This article was originally published by the Coast Courier and is republished with "
                         "permission.</p>")
        << QStringLiteral("originally published");
    QTest::newRow("nominal: German first-appeared notice at the end")
        << story({}, {}, "<p>Dieser Artikel erschien zuerst in der Hafenzeitung 3/24.</p>")
        << QStringLiteral("erschien zuerst");
    QTest::newRow("nominal: cookie banner")
        << story({}, "<div id=\"eu-cookie-law\">Datenschutz &amp; Cookies: Diese Website verwendet Cookies.</div>", {})
        << QStringLiteral("verwendet Cookies");
    QTest::newRow("nominal: comment form heading at the end")
        << story({}, {}, "<h3>Schreibe einen Kommentar</h3>") << QStringLiteral("Schreibe einen Kommentar");
    QTest::newRow("nominal: advertising label alone")
        << story({}, "<p>- Anzeige -</p>", {}) << QStringLiteral("Anzeige");
    QTest::newRow("nominal: advert break in the story")
        << story({}, "<p>Story continues below advertisement</p>", {}) << QStringLiteral("continues below");
    QTest::newRow("nominal: the stand-in of an advert that has not loaded")
        << story({}, "<p>This advertisement has not loaded yet, but your article continues below.</p>", {})
        << QStringLiteral("has not loaded yet");
    QTest::newRow("nominal: the advert label with its affiliate links above the story")
        << story("<p>Anzeige, enthält Affiliate Links</p>", {}, {}) << QStringLiteral("Affiliate Links");
    QTest::newRow("nominal: the label repeated around the advert slots")
        << story({}, "<p>Article content</p>", longProse(2) + "<p>Article content</p>") << QStringLiteral("Article content");
    QTest::newRow("nominal: advertising disclosure at the start")
        << story("<p>*Werbung. Dieser Beitrag enth\xC3\xA4lt Werbung f\xC3\xBCr HafenKaffee.</p>", {}, {})
        << QStringLiteral("HafenKaffee");
    QTest::newRow("nominal: teaser cut short with a more link")
        << story({}, "<p>Ferry prices rise again this summer\xE2\x80\xA6 <a href=\"/ferry\">mehr \xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2</a></p>", {})
        << QStringLiteral("Ferry prices rise");
    QTest::newRow("nominal: pointer to elsewhere at the end")
        << story({}, {}, "<p>Alles \xC3\xBC" "ber F\xC3\xA4hren findest du hier.</p>") << QStringLiteral("findest du hier");
    QTest::newRow("nominal: title inside a longer page title, at the start")
        << page("<article><h3>Harbour Plan Approved</h3><p>The council approved the harbour plan on Tuesday after a long "
                "debate, with eleven votes in favour and two against, ending a dispute that had lasted three years.</p>"
                "<p>The plan, which the mayor had promised during his campaign, adds a breakwater, a ferry terminal and "
                "a small park where the old fish market stood.</p><p>Residents of the waterfront, who had opposed the first "
                "version, said the changes answered most of their worries about traffic, noise and the view of the bay.</p>"
                "<p>The works begin in March and should last eighteen months, according to the harbour office, which "
                "will publish a timetable of the closures next week.</p></article>",
                "<title>Harbour Times | Politics | Harbour Plan Approved by the Council</title>")
        << QStringLiteral("Harbour Plan Approved");
    QTest::newRow("nominal: cookie notice as text at the end")
        << story({}, {}, "<p>Wir verwenden Cookies, damit die Seite schneller l\xC3\xA4" "dt.</p>") << QStringLiteral("Cookies");
    QTest::newRow("nominal: licence line at the end")
        << story({}, {}, "<p>Dieser Text steht unter der Lizenz CC-BY-SA 4.0.</p>") << QStringLiteral("CC-BY-SA");
    QTest::newRow("nominal: opinion disclaimer at the end")
        << story({}, {}, "<p>The views expressed here are the author's own and do not necessarily reflect those of the "
                         "Harbour Times.</p>")
        << QStringLiteral("views expressed");
    QTest::newRow("nominal: author bio at the end")
        << story({}, {}, "<p>Jane Doe is a freelance journalist who writes about ports and shipping from Oslo.</p>")
        << QStringLiteral("freelance journalist");
    QTest::newRow("nominal: another story in a box, under its own headline and byline")
        << story({}, {},
                 "<div class=\"factbox\"><h3>Lighthouse keeper retires after forty years</h3><div class=\"inset\">"
                 "<p>By Tom Pike for Harbour News</p><p>The last keeper of the north light handed over his keys on "
                 "Friday, ending a family tradition that began with his grandfather in 1921.</p><p>He plans to "
                 "spend his retirement fishing from the same rocks he watched over for four decades.</p></div></div>"
                 "<p>The harbour office will hold a public meeting about the closures at the town hall in April.</p>")
        << QStringLiteral("last keeper of the north light");
    QTest::newRow("nominal: an appeal for support and a picture credit after the story")
        << story({}, {},
                 "<p>Um unabh\xC3\xA4ngig zu bleiben, brauchen wir deine Unterst\xC3\xBCtzung.</p>"
                 "<p>+++<br>Credits: Titelbild Jane Doe</p>")
        << QStringLiteral("deine Unterst\u00fctzung");
    QTest::newRow("nominal: a box of other stories under a 'Read more' heading, with summaries and buttons")
        << story({},
                 "<div class=\"box\"><h2>Read more</h2><div><h3>Ferry fares rise again</h3><p>The ferry company "
                 "raised its fares for the third time this year, blaming the price of fuel and the cost of the new "
                 "terminal, which passengers will pay for until 2030.</p><a href=\"/ferries\">Learn more</a></div>"
                 "<div><h3>The pier reopens</h3><p>After two years of repairs the old pier opened to walkers again "
                 "on Sunday, with a new railing, benches and a kiosk run by the sailing club at its far end.</p>"
                 "<a href=\"/pier\">Learn more</a></div></div>",
                 longProse(4))
        << QStringLiteral("raised its fares for the third time");
    QTest::newRow("nominal: the press office's address after the story")
        << story({}, {}, "<p>Contact</p><p>Harbour Office | Quay Street 4 | 27580 Bremerhaven</p>"
                         "<p>Tel.: 0471 80 60 745 | press@harbour.example</p>")
        << QStringLiteral("press@harbour.example");
    QTest::newRow("nominal: an advert label set loose after the story")
        << story({}, {}, "- Anzeige -<br>") << QStringLiteral("Anzeige");
    QTest::newRow("nominal: a label set loose after the story")
        << story({}, {}, "<p>The harbour office will answer questions at the town hall.</p>Von:")
        << QStringLiteral("Von:");
    QTest::newRow("nominal: the author box's label and the recent posts at the end")
        << story({}, {}, "<p>Author</p><p>Jane Doe is a freelance journalist who writes about ports and shipping.</p>"
                         "<h3>Recent Posts</h3>")
        << QStringLiteral("Author");
    QTest::newRow("nominal: where the story ran in print, under it")
        << story({}, {}, "<p>A version of this article appears in print on March 3, 2024, Section A, Page 1 of the "
                         "Harbour edition with the headline: Harbour Plan Approved.</p>")
        << QStringLiteral("appears in print");
    QTest::newRow("nominal: the magazine issue the story comes from, under it")
        << story({}, {}, "<p>This article appeared in the March 2024 issue of Harbour Monthly.</p>")
        << QStringLiteral("issue of Harbour Monthly");
    QTest::newRow("nominal: the magazine issue the story comes from, in German")
        << story({}, {}, "<p>Dieser Beitrag stammt aus Ausgabe 12/2024 der Hafenzeitung.</p>")
        << QStringLiteral("Ausgabe 12/2024");
    QTest::newRow("nominal: a wire story run from a syndicated feed")
        << story({}, {}, "<p>(Except for the headline, this story has not been edited by Harbour Times staff and is "
                         "published from a syndicated feed.)</p>")
        << QStringLiteral("syndicated feed");
    QTest::newRow("nominal: the wires' inputs under the story")
        << story({}, {}, "<p>(With inputs from PTI)</p>") << QStringLiteral("inputs from PTI");
    QTest::newRow("nominal: the wires' inputs under the story, agency first")
        << story({}, {}, "<p>(With PTI inputs)</p>") << QStringLiteral("PTI inputs");
    QTest::newRow("nominal: a summary above the story, its label opening its first line")
        << story("<p><strong>In short:</strong> The harbour gets a breakwater after three years of dispute.</p>"
                 "<p>The vote on Tuesday was eleven to two.</p><p><strong>What's next?</strong></p>"
                 "<p>Works on the quay begin in March.</p>",
                 {}, {})
        << QStringLiteral("Works on the quay");
    QTest::newRow("nominal: a summary above the story, its closing line on one line")
        << story("<p>In short: The harbour gets a breakwater after three years of dispute.</p>"
                 "<p>What's next? Works on the quay begin in March.</p>",
                 {}, {})
        << QStringLiteral("three years of dispute.");
    QTest::newRow("nominal: a summary's label alone over its points")
        << story("<p>Key points:</p><ul><li>The harbour gets a breakwater</li><li>The vote was eleven to two</li></ul>",
                 {}, {})
        << QStringLiteral("The vote was eleven to two");
    QTest::newRow("nominal: the story's audio player above it")
        << story("<p>Listen to this article</p>", {}, {}) << QStringLiteral("Listen to this article");
    QTest::newRow("nominal: the consent note of a newsletter box in the story")
        << story({}, "<p>We use your sign-up to provide content in ways you've consented to and to improve our "
                     "understanding of you. You can unsubscribe at any time.</p>", {})
        << QStringLiteral("We use your sign-up");
    QTest::newRow("nominal: the author's note in italics under the story, any job")
        << story({}, {}, "<p><em>Jane Doe is a senior fellow at the Harbour Institute and a former harbour "
                         "master.</em></p>")
        << QStringLiteral("senior fellow");
    QTest::newRow("nominal: the author's note in italics, the name in bold inside it")
        << story({}, {}, "<p><i><b>Dr. Bo van Li</b> teaches maritime law at Harbour College.</i></p>")
        << QStringLiteral("maritime law");
    QTest::newRow("nominal: a broadcaster's picture credit after a comma")
        << story({}, "<p>Image source, Getty Images</p>", {}) << QStringLiteral("Image source");
    QTest::newRow("nominal: what a player says when it cannot play")
        << story({}, "<p>To play this video you need to enable JavaScript in your browser.</p>", {})
        << QStringLiteral("enable JavaScript");
    QTest::newRow("nominal: the marks around a newsletter's box in the story")
        << story({}, "<p>skip past newsletter promotion</p><p>after newsletter promotion</p>", {})
        << QStringLiteral("newsletter promotion");
    QTest::newRow("nominal: the privacy notice of a newsletter's box in the story")
        << story({}, "<p>Privacy Notice: Newsletters may contain info about charities, online ads, and content "
                     "funded by outside parties. For more information see our Privacy Policy. We use a captcha to "
                     "protect our website and its privacy policy and terms of service apply.</p>", {})
        << QStringLiteral("Privacy Notice");
    QTest::newRow("nominal: how to reach the newsroom under the story")
        << story({}, {}, "<p>Get in touch with our news team by emailing us at news@harbour.example.</p>")
        << QStringLiteral("Get in touch");
    QTest::newRow("nominal: a call for tips under the story")
        << story({}, {}, "<p>Have a story? Email news@harbour.example</p><p>Submit a news tip</p>")
        << QStringLiteral("news tip");
    QTest::newRow("nominal: where to read more of the same, under the story")
        << story({}, {}, "<p>For more stories like this, check our news page.</p><p>Stay updated with the latest "
                         "news on Harbour Times.</p><p>Track Latest News Live on Harbour.com</p>")
        << QStringLiteral("Latest News");
    QTest::newRow("nominal: the paper's app with its long name, under the story")
        << story({}, {}, "<p>Download The Harbour Times News App for Latest News</p>") << QStringLiteral("News App");
    QTest::newRow("nominal: the notice over the readers' comments")
        << story({}, {}, "<p>Conversations are opinions of our readers and are subject to the Code of Conduct. The "
                         "Times does not endorse these opinions.</p>")
        << QStringLiteral("opinions of our readers");
    QTest::newRow("nominal: the invitation to the comments under the story")
        << story({}, {}, "<p>Join our commenting forum</p><p>Join thought-provoking conversations, follow other "
                         "readers and see their replies</p>")
        << QStringLiteral("Join");
    QTest::newRow("nominal: a byline with a label and a colon")
        << story("<p>Published By: Jane Doe</p>", {}, {}) << QStringLiteral("Published By");
    QTest::newRow("nominal: a link to the rest of a teaser, the teaser gone")
        << story({}, "<p>Read More</p>", {}) << QStringLiteral("Read More");
    QTest::newRow("nominal: the control that opens the story's pictures")
        << story({}, "<p>Open this photo in gallery:</p>", {}) << QStringLiteral("Open this photo");
    QTest::newRow("nominal: the magazine issue the story comes from, after its standfirst")
        << story("<p>The harbour gets a breakwater after three years of dispute.</p><p>Dieser Beitrag stammt aus "
                 "Ausgabe 7/2024 der Hafenzeitung. Das Heft ist ab 20.06.2024 im Handel erh\xC3\xA4ltlich.</p>",
                 {}, {})
        << QStringLiteral("Ausgabe 7/2024");
    QTest::newRow("nominal: what kind of piece it is, in the story")
        << story({}, "<p>Bei diesem Beitrag handelt es sich um ein Blog aus der Leser-Community.</p>", {})
        << QStringLiteral("Leser-Community");
    QTest::newRow("nominal: the section name just above the headline")
        << page("<div class=\"story\"><p>Politics</p><h1>Harbour Plan Approved After Long Debate</h1>" + StoryStart
                    + StoryEnd + "</div>",
                "<title>Harbour Plan Approved After Long Debate | Harbour Times</title>")
        << QStringLiteral("Politics");
    QTest::newRow("nominal: a label set loose just above the headline")
        << page("<div class=\"story\"><span class=\"label\">EXCLUSIVE</span><h1>Harbour Plan Approved After Long "
                "Debate</h1>" + StoryStart + StoryEnd + "</div>",
                "<title>Harbour Plan Approved After Long Debate | Harbour Times</title>")
        << QStringLiteral("EXCLUSIVE");
    QTest::newRow("nominal: sections between bars just above the headline")
        << page("<div class=\"story\"><p>News | Local</p><h1>Harbour Plan Approved After Long Debate</h1>"
                + StoryStart + StoryEnd + "</div>",
                "<title>Harbour Plan Approved After Long Debate | Harbour Times</title>")
        << QStringLiteral("News | Local");
    QTest::newRow("nominal: a newsletter's box named for what it offers, its form gone")
        << story({}, "<div><h3>Get our daily newsletter</h3><p>The day's top stories from the harbour, every "
                     "morning.</p><form><input type=\"email\"><button>Sign up</button></form></div>", {})
        << QStringLiteral("top stories from the harbour");
    QTest::newRow("nominal: what an embedded post shows until it loads")
        << story({}, "<blockquote class=\"instagram-media\"><p><a href=\"https://www.instagram.com/p/x\">View this "
                     "post on Instagram</a></p><p><a href=\"https://www.instagram.com/p/x\">A post shared by Jane Doe "
                     "(@janedoe)</a></p></blockquote>", {})
        << QStringLiteral("Instagram");
    QTest::newRow("nominal: the paper's podcast under the story")
        << story({}, {}, "<p>Listen to our podcast, Harbour Weekly, on Apple Podcasts or Spotify.</p>")
        << QStringLiteral("podcast");
    QTest::newRow("nominal: post fields broken by hand above the story, no space at the break")
        << story("<div class=\"info\">24.01.2022 11:38<br>Kategorie: <a href=\"/news\">News</a></div>", {}, {})
        << QStringLiteral("Kategorie");
    QTest::newRow("nominal: the call for letters above the story")
        << story("<p>Submit your letter to the editor via this form. Read more Letters to the Editor.</p>", {}, {})
        << QStringLiteral("Submit your letter");
    QTest::newRow("nominal: a scholar's bio under the story")
        << story({}, {}, "<p>Jane Doe is a senior lecturer in maritime history at Harbour College.</p>")
        << QStringLiteral("senior lecturer");
    QTest::newRow("robustness: furniture of every kind at once")
        << story("<p>By Jane Doe</p><p>March 3, 2024</p>", "<p>1 / 5</p><p>Photo: Jane Doe</p>",
                 "<p>Reporting by Jane Doe</p><p>\xC2\xA9 2024 Harbour Media</p><p>Share this article</p>")
        << QStringLiteral("Jane Doe");
}

void TestBoilerplate::pruned()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, gone);
    const Article article = read(html);
    checkStory(article);
    QVERIFY2(!collapse(article.text).contains(gone), qPrintable(article.text));
    QCOMPARE(checkOffsets(article), QString());
}

void TestBoilerplate::kept_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("kept");
    QTest::newRow("robustness: a 'Further reading' box of books and outside links stays")
        << story({},
                 "<div class=\"box\"><h2>Further reading</h2><p>The harbour's history is told in a book by the "
                 "town's archivist, with maps, letters, photographs and the ledgers of the fish market, from the "
                 "first quay of 1790 to the ferry terminal, in <a href=\"https://books.example.org/harbour\">"
                 "her history</a>.</p><p>The port's own records, with the tides, the ships, the cargoes and the "
                 "wages of the dockers, are online in <a href=\"https://archive.example.net/port\">the county "
                 "archive</a>, where anyone may read them.</p></div>",
                 longProse(4))
        << QStringLiteral("told in a book by the town's archivist");
    QTest::newRow("robustness: a figure quoting words with a link in them stays (a pull quote)")
        << story({},
                 "<figure class=\"pull-quote\"><blockquote>The harbour is the town's living room, says <a "
                 "href=\"https://example.org/vale\">Ann Vale</a>.</blockquote></figure>",
                 {})
        << QStringLiteral("the town's living room");
    QTest::newRow("robustness: a story's last line naming a reporter's job stays")
        << story({}, {}, "<p>The harbour master, who has held the post for twenty years, said she would now "
                         "retire.</p><p>She is to be replaced by the port's chief engineer.</p>")
        << QStringLiteral("replaced by the port's chief engineer.");
    QTest::newRow("robustness: a glossary's heading of one letter stays apart from its first entry")
        << story({}, "<h3>B</h3><p>breakwater: a wall built out into the sea to shelter a harbour</p>", {})
        << QStringLiteral("B breakwater: a wall");
    QTest::newRow("robustness: a story opening 'In short, …' in a sentence stays")
        << story("<p>In short, the harbour gets a breakwater after three years of dispute.</p>", {}, {})
        << QStringLiteral("In short, the harbour gets a breakwater");
    QTest::newRow("robustness: a summary label in the story's middle stays")
        << story({}, "<p>In short: The ferry will run every hour from May.</p>", {})
        << QStringLiteral("The ferry will run every hour from May.");
    QTest::newRow("robustness: two words joined by a slash in the story's middle stay")
        << story({}, "<p>Ferry/Rail</p>", {}) << QStringLiteral("Ferry/Rail");
    QTest::newRow("robustness: a short sentence naming an agency stays")
        << story({}, "<p>Reuters reported it via Twitter.</p>", {})
        << QStringLiteral("Reuters reported it via Twitter.");
    QTest::newRow("robustness: a story's last sentence on a lawyer, not in italics, stays")
        << story({}, {}, "<p>Jane Doe is a lawyer for the fishermen and will appeal.</p>")
        << QStringLiteral("Jane Doe is a lawyer for the fishermen");
    QTest::newRow("robustness: a story's last sentence with a word in italics stays")
        << story({}, {}, "<p>Jane Doe is the captain of the <em>Harbour Queen</em>, the last ferry.</p>")
        << QStringLiteral("captain of the Harbour Queen");
    QTest::newRow("robustness: a note in italics naming no job stays")
        << story({}, {}, "<p><em>Jane Doe is on leave until March.</em></p>") << QStringLiteral("on leave until March");
    QTest::newRow("robustness: a story's last sentence in italics without a name stays")
        << story({}, {}, "<p><em>The ferry is due back in service in March.</em></p>")
        << QStringLiteral("due back in service in March.");
    QTest::newRow("robustness: a sentence set above the headline stays")
        << page("<div class=\"story\"><p>Three years of dispute end.</p><h1>Harbour Plan Approved After Long Debate"
                "</h1>" + StoryStart + StoryEnd + "</div>",
                "<title>Harbour Plan Approved After Long Debate | Harbour Times</title>")
        << QStringLiteral("Three years of dispute end.");
    QTest::newRow("robustness: a short line above a heading in the story stays")
        << story({}, "<p>Politics</p><h2>The vote</h2>", {}) << QStringLiteral("Politics The vote");
    QTest::newRow("robustness: a verse broken by hand in the story stays")
        << story({},
                 "<p>The tide comes in at noon<br>the boats go out at three<br>and the harbour sleeps till dawn</p>",
                 {})
        << QStringLiteral("the boats go out at three");
    QTest::newRow("robustness: a story's last sentence quoting a historian stays")
        << story({}, {}, "<p>Jane Doe, a historian at Harbour College, said the quay was older than thought.</p>")
        << QStringLiteral("a historian at Harbour College");
    QTest::newRow("robustness: a story's last sentence on the magazine's issue stays")
        << story({}, {}, "<p>The harbour master said the magazine's March issue, with the plan on its cover, had sold "
                         "out within a day.</p>")
        << QStringLiteral("had sold out within a day.");
    QTest::newRow("robustness: a story's last sentence on a feed and its inputs stays")
        << story({}, {}, "<p>The harbour office will update its feed with inputs from the port and the coast "
                         "guard.</p>")
        << QStringLiteral("with inputs from the port");
    QTest::newRow("robustness: a story's closing sentence on coverage stays")
        << story({}, {}, "<p>The town's paper will follow the works closely, and its coverage of the harbour "
                         "will go on through the summer.</p>")
        << QStringLiteral("its coverage of the harbour");
    QTest::newRow("robustness: a list ending with a dash and initials stays")
        << story({}, {}, "<p>The members of the board are:</p><ul><li>Jane Doe - HNA</li><li>Bo Li - PTA</li></ul>")
        << QStringLiteral("Bo Li - PTA");
    QTest::newRow("robustness: a linked clause after a bar, no label before it, stays")
        << story({},
                 "<p>Closures in March and April, then in the autumn | <a href=\"https://news.example.com/closures\">"
                 "the full timetable of the harbour office</a></p>",
                 {})
        << QStringLiteral("Closures in March and April");
    QTest::newRow("robustness: a story's last sentence on a fisherman who got a story stays")
        << story({}, {}, "<p>The harbour master said he had got a story from every fisherman about the storm, "
                         "and each was different.</p>")
        << QStringLiteral("got a story from every fisherman");
    QTest::newRow("robustness: a list pairing names with their roles stays")
        << story({}, {}, "<p>The board:</p><ul><li>Jane Doe Smith</li><li>is its chair since the spring.</li></ul>")
        << QStringLiteral("is its chair since the spring.");
    QTest::newRow("robustness: a heading that ends the story with a full stop stays")
        << story({}, {}, "<h4>The pier opens again on Sunday.</h4>") << QStringLiteral("The pier opens again on Sunday.");
    QTest::newRow("robustness: the author's farewell under a post stays")
        << story({}, {}, "<p>Euer Hans</p>") << QStringLiteral("Euer Hans");
    QTest::newRow("robustness: a signature with a comma under a post stays")
        << story({}, {}, "<p>Jane, die Redaktion</p>") << QStringLiteral("Jane, die Redaktion");
    QTest::newRow("robustness: a label at the end introduces the loose text after it")
        << story({}, {}, "<p>Timetable:</p>Ferries run as usual until the works begin in March.")
        << QStringLiteral("Timetable:");
    QTest::newRow("robustness: a slideshow story keeps its slides")
        << page("<article><h1>The Harbour Through the Ages</h1><p>Pictures from the archive.</p>" + slideshow()
                + "</article>")
        << QStringLiteral("The old lighthouse");
    QTest::newRow("robustness: a slide of a slideshow story keeps its title")
        << story({},
                 "<div class=\"slideshow-slide\"><h2>The old pier</h2><img src=\"" + Png
                     + "\"><p>Built in 1890, the pier was the first of the town.</p></div>",
                 {})
        << QStringLiteral("The old pier");
    QTest::newRow("robustness: a subtitle inside the story is a section of it")
        << story({}, "<h3 class=\"subtitle\">What the plan adds</h3>", {}) << QStringLiteral("What the plan adds");
    QTest::newRow("robustness: a picture linked to its file keeps its caption")
        << story({},
                 "<a href=\"/pictures/pier.jpg\"><img src=\"" + Png
                     + "\"><p>The pier at dusk</p><p>Seen from the old fish market</p></a>",
                 {})
        << QStringLiteral("Seen from the old fish market");
    QTest::newRow("robustness: the whole story in a box named related")
        << page("<div class=\"related-content\">" + longParagraphs(6) + "</div>")
        << QStringLiteral("Paragraph number 5");
    {
        // Each paragraph in its own section wrapper, one of them much longer than the rest: the
        // page's itemprop="articleBody" says where the story is.
        const auto section = [](const QByteArray &heading, const QByteArray &text) {
            return "<div><div class=\"paragraph-wrapper\">" + (heading.isEmpty() ? QByteArray() : "<h2>" + heading + "</h2>")
                + "<div class=\"paragraph-text\"><div><p>" + text + "</p></div></div></div></div>";
        };
        QTest::newRow("nominal: sections of a body marked articleBody")
            << page("<main><article><h1>Leaves Into Pellets</h1><div itemprop=\"articleBody\">"
                    + section({}, "The mayor of Reichenbach, who took office in May, is looking for a way out of the "
                                  "energy crisis, and pressing pellets from leaves could be one.")
                    + section("A pilot in a barn",
                              "\"We are in a situation that threatens our existence,\" the engineer said. The leaves "
                              "that fall by the tonne from the town's streets, squares, parks and gardens are "
                              "collected, sorted, dried, aired, dried again, ground into meal and pressed into "
                              "pellets in the barn of an old farm, all of it by hand for now, because, as the mayor "
                              "put it, there is no grant, no loan and no subsidy for what the town has in mind, and "
                              "the first pellets, if all goes well, should be ready before the spring.")
                    + section("A grant has been requested",
                              "The town has applied for a grant, the mayor said, and expects an answer in March.")
                    + section("The same heat as wood",
                              "The pellets burn like wood pellets, the engineer said, though they leave more ash "
                              "behind in the stove.")
                    + "</div></article><div class=\"newsletter\"><p>Sign up for our newsletter and get the week's "
                      "forestry news every Friday morning in your inbox, free of charge.</p></div></main>")
            << QStringLiteral("though they leave more ash behind in the stove");
    }
    {
        // A page built of sections of one template straight under the body, one topic each, with a
        // data table between them: the story is all of them, not the longest alone.
        const auto section = [](const QByteArray &text) {
            return "<div class=\"topic-section\"><div class=\"container\"><div class=\"row\"><div class=\"col-12\"></div>"
                   "</div><div class=\"row\"><div class=\"col-8\">"
                + text + "</div></div></div></div>";
        };
        QTest::newRow("nominal: sections of one template straight under the body")
            << page("<div class=\"site-header\"><h1>Dimethyl Ether for Heating</h1></div>"
                    + section("<p>Demand for renewable heating is rising, in towns, in villages and on farms, and the "
                              "gas trade, pressed by new laws, is looking for fuels that burn cleanly, cost little, "
                              "travel by lorry and can be stored in the tanks households already own.</p>")
                    + "<div class=\"table-block\"><table><tr><th>Formula</th><td>C2H6O</td></tr></table></div>"
                    + section("<p>Because it burns with little soot, little nitrogen oxide and no sulphur, dimethyl "
                              "ether is a promising fuel, and, made from waste, straw, manure or wood, it saves up "
                              "to nine tenths of the carbon dioxide of bottled gas, according to the trade body, "
                              "which, after two years of trials, in three regions, with four suppliers, says the "
                              "burners, valves, hoses and tanks need no change, or almost none.</p>")
                    + section("<p>Blends of the two gases are already sold in China and India, where households, "
                              "restaurants, bakeries and small workshops cook with them every day, and, the trade "
                              "body says, nobody notices the difference, in the flame, in the smell or in the bill.</p>")
                    + "<div class=\"site-footer\"><p>Imprint</p></div>")
            << QStringLiteral("Blends of the two gases are already sold in China and India");
    }
    // A browser reads a noscript's content as text; read as markup, the div left open inside would
    // carry the whole page into the noscript.
    QTest::newRow("robustness: a div left open inside a noscript before the page")
        << page("<noscript><div id=\"no-js\"></noscript><div id=\"page\"><article><h1>Harbour Plan Approved</h1>"
                + StoryStart + StoryEnd + "</article></div><noscript></div></noscript>")
        << QStringLiteral("The works begin in March");
    // The site's markup opens an aside for its promotion box and never closes it: the aside holds
    // the rest of the page, the story with it.
    QTest::newRow("robustness: an aside left open before the story")
        << page("<main><aside class=\"promo-box\"><aside class=\"share\"><a href=\"/s\">Share</a></aside>"
                "<h1>Harbour Plan Approved</h1>" + StoryStart + StoryEnd + "</main>")
        << QStringLiteral("The works begin in March");
    QTest::newRow("robustness: a list of the sources the story cites")
        << story({},
                 "<ul><li><a href=\"https://council.example.org/report.pdf\">The harbour report</a></li>"
                 "<li><a href=\"https://ferries.example.net/prices\">Ferry prices</a></li></ul>",
                 {})
        << QStringLiteral("The harbour report");
    QTest::newRow("robustness: a caption that goes on after its credit")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption>Der B\xC3\xBCrgermeister am Kai. Foto: dpa. Links die neue F\xC3\xA4hre."
                       "</figcaption></figure>",
                 {})
        << QStringLiteral("Links die neue F\u00e4hre");
    QTest::newRow("robustness: a byline opening the story is no inset")
        << page("<article><h1>Harbour Plan Approved</h1><div><p>By Jane Doe</p>" + StoryStart + StoryEnd
                + "</div></article>")
        << QStringLiteral("The works begin in March");
    QTest::newRow("robustness: a story sentence about subscriptions in the middle")
        << story({}, "<p>The ferry company said subscriptions for season tickets rose by a third.</p>", {})
        << QStringLiteral("subscriptions for season tickets");
    QTest::newRow("robustness: a heading starting with more on over prose")
        << story({}, "<h3>Mehr zum Thema Verkehr</h3><p>Die Stadt rechnet mit mehr Verkehr am Hafen, weil die neue "
                     "F\xC3\xA4hre viermal am Tag f\xC3\xA4hrt und der Parkplatz erst im Herbst fertig wird.</p>", {})
        << QStringLiteral("Die Stadt rechnet");
    QTest::newRow("robustness: a field whose label is hidden holds the story")
        << story({},
                 "<div class=\"field field--name-field-paragraphs field--label-hidden\"><div class=\"paragraph\">"
                 "<div class=\"clearfix field field--name-field-text field--label-hidden\"><p>The ferry timetable "
                 "changes in May, when the summer boats start and the night crossing returns after two years.</p><p>Tickets "
                 "bought before then stay valid, the ferry company said, and season passes cost the same as last year.</p>"
                 "</div></div></div>",
                 {})
        << QStringLiteral("The ferry timetable changes in May");
    QTest::newRow("robustness: a sentence about advertising")
        << story({}, "<p>Werbung am Hafen bleibt erlaubt, sagte die B\xC3\xBCrgermeisterin nach der Sitzung.</p>", {})
        << QStringLiteral("Werbung am Hafen bleibt erlaubt");
    QTest::newRow("robustness: a closing sentence about a person's new job")
        << story({}, {}, "<p>Vale is the third harbour master to leave the office this year.</p>")
        << QStringLiteral("third harbour master");
    QTest::newRow("robustness: a greeting at the start")
        << story("<p>Liebe Frau Doe,</p>", {}, {}) << QStringLiteral("Liebe Frau Doe");
    QTest::newRow("robustness: a title-case heading at the start")
        << story("<h2>The Harbour Plan</h2>", {}, {}) << QStringLiteral("The Harbour Plan");
    QTest::newRow("robustness: a sentence about copyright")
        << story({}, {}, "<p>The mayor said the copyright of the plans stays with the town.</p>")
        << QStringLiteral("copyright of the plans");
    QTest::newRow("robustness: a sentence starting with by")
        << story("<p>By the end of the year, the council wants the first ferries to use the new terminal.</p>", {}, {})
        << QStringLiteral("By the end of the year");
    QTest::newRow("robustness: a date inside a sentence")
        << story({}, "<p>On March 3, 2024 the council met again.</p>", {}) << QStringLiteral("On March 3, 2024");
    QTest::newRow("robustness: an event date with its label")
        << story({}, "<p>Termin: 29.02.2020, 19 Uhr</p>", {}) << QStringLiteral("Termin: 29.02.2020");
    QTest::newRow("robustness: a linked section heading over prose")
        << story({},
                 "<h3><a href=\"/breakwater\">The breakwater</a></h3><p>The breakwater will be two hundred metres "
                 "long and built from granite blocks brought by barge from the quarry up the coast, the engineers "
                 "said at the meeting.</p>",
                 {})
        << QStringLiteral("The breakwater");
    QTest::newRow("robustness: a link that shows its address") << story(
        {}, {}, "<p><a href=\"https://petition.example.org/harbour\">https://petition.example.org/harbour</a></p>")
                                                               << QStringLiteral("petition.example.org");
    QTest::newRow("robustness: a page of one line") << page("<p>Test</p>") << QStringLiteral("Test");
    QTest::newRow("robustness: an embedded tweet")
        << story({},
                 "<blockquote class=\"twitter-tweet\"><p>The new harbour will change the town for the better, and "
                 "we are proud of it.</p>&mdash; Joe Lund (@joelund) <a href=\"https://twitter.com/joelund/status/1\">"
                 "March 3, 2024</a></blockquote>",
                 {})
        << QStringLiteral("change the town for the better");
    QTest::newRow("robustness: a story about subscriptions")
        << story({}, "<p>The ferry company said 2,000 commuters would subscribe to the new season ticket, which "
                     "costs less than the monthly one and can be bought on board.</p>", {})
        << QStringLiteral("would subscribe to the new season ticket");
    QTest::newRow("robustness: a heading that starts like a related box over prose")
        << story({}, {}, "<h3>Related costs</h3><p>The breakwater alone will cost twelve million, the engineers "
                         "said, and the terminal another eight, paid for by the port and the region together.</p>")
        << QStringLiteral("The breakwater alone will cost");
    // The story's opening paragraph set in its header box, beside the body's box: the body's box
    // alone wins the score, the lead joins it.
    QTest::newRow("nominal: the lead in the header box beside the body")
        << page("<article><header><h1>Harbour Plan Approved</h1><div class=\"article-intro\"><p>The harbour will "
                "get a breakwater, a ferry terminal and a park, after a vote that ended three years of "
                "dispute.</p></div><p>By Jane Doe</p></header><div class=\"article-body\">"
                + longProse(4) + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("after a vote that ended three years of dispute");
    QTest::newRow("nominal: the lead in a header box, past the lead picture")
        << page("<main><header class=\"entry-header\"><h1>Harbour Plan Approved</h1><div class=\"lead\"><p>The "
                "harbour will get a breakwater, a ferry terminal and a park, after a vote that ended three years "
                "of dispute.</p></div><figure class=\"article-lead\"><img src=\"" + Png + "\"><figcaption>The "
                "old fish market</figcaption></figure></header><div class=\"article-body\">"
                + longProse(4) + "</div></main>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("after a vote that ended three years of dispute");
    QTest::newRow("robustness: a sentence closing with two words joined by a slash in parentheses is prose")
        << story({}, "<p>The harbour board can be moderated live by the ferry office (Whitelist/Blacklist).</p>", {})
        << QStringLiteral("moderated live by the ferry office (Whitelist/Blacklist).");
    QTest::newRow("robustness: a paragraph of the story wrapped with an offer after it")
        << story({}, "<div class=\"text-block\"><p>The mayor thanked the fishermen, who had kept the old quay "
                     "open through the storms.</p><p>Sign up for our newsletter and get exclusive offers.</p></div>",
                 {})
        << QStringLiteral("kept the old quay open");
    QTest::newRow("robustness: the story's last section closing with a line to follow the site")
        << story({}, {}, "<div class=\"section\"><p>A week after the vote, the first barges arrive in the bay: the "
                         "stones for the breakwater, quarried up the coast.</p><p>The harbour master watches them "
                         "from the old pier.</p><p>Follow the Harbour Times on Twitter</p></div>")
        << QStringLiteral("the first barges arrive in the bay");
    QTest::newRow("robustness: a closing line after a dash that names no one")
        << story({}, {}, "<p>\xE2\x80\x94 and the ferry left on time.</p>") << QStringLiteral("the ferry left on time");
    QTest::newRow("robustness: a list of headings with captioned pictures before the feedback widget")
        << story({}, {},
                 "<h2>4. The lighthouse</h2><figure><img src=\"" + Png + "\"><figcaption>Lighthouse</figcaption>"
                 "</figure><h2>5. The quay</h2><figure><img src=\"" + Png + "\"><figcaption>Quay</figcaption>"
                 "</figure><p>War dieser Artikel hilfreich?</p>")
        << QStringLiteral("5. The quay");
    QTest::newRow("robustness: a closing sentence about donating")
        << story({}, {}, "<p>On hand was the harbour's vet, glad to donate the supplies to the shelter.</p>")
        << QStringLiteral("glad to donate the supplies");
    QTest::newRow("nominal: the lead in the header just before the story's article")
        << page("<header><h1>Harbour Plan Approved</h1><p class=\"text-lead\">The harbour will get a breakwater, a "
                "ferry terminal and a park, after a vote that ended three years of dispute.</p></header><article>"
                "<div class=\"article-body\">" + longProse(4) + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("after a vote that ended three years of dispute");
    QTest::newRow("nominal: the lead named in German ('vorspann') in the header box")
        << page("<article><header><h1>Harbour Plan Approved</h1><div class=\"article-vorspann\"><p>The harbour will "
                "get a breakwater, a ferry terminal and a park, after a vote that ended three years of "
                "dispute.</p></div></header><div class=\"article-body\">" + longProse(4) + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("after a vote that ended three years of dispute");
    QTest::newRow("nominal: a long lead that closes with its date, no full stop")
        << page("<article><header><h1>Harbour Plan Approved</h1><div class=\"intro\"><p>The harbour will get a "
                "breakwater, a ferry terminal and a park, after a vote that ended three years of dispute between "
                "the council, the residents of the waterfront and the fishermen who still use the old quay "
                "4.02.2022</p></div></header><div class=\"article-body\">" + longProse(4) + "</div></article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("fishermen who still use the old quay");
    QTest::newRow("robustness: repeated short lines of a list")
        << story({}, "<h3>Ferry award</h3><p>Prize, 2016</p><h3>Harbour award</h3><p>Prize, 2016</p>", {})
        << QStringLiteral("Harbour award Prize, 2016");
    QTest::newRow("robustness: a short line of words joined by hyphens stays")
        << story({}, "<p>Once-in-a-lifetime-for-the-harbour</p>", {})
        << QStringLiteral("Once-in-a-lifetime-for-the-harbour");
    QTest::newRow("robustness: a sentence opening with 'By' and a month stays")
        << story({}, "<p>By March, Lisbon and Porto had closed their piers</p>", {})
        << QStringLiteral("By March, Lisbon and Porto had closed their piers");
}

void TestBoilerplate::kept()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, kept);
    const Article article = read(html);
    QVERIFY2(collapse(article.text).contains(kept), qPrintable(article.text));
    QCOMPARE(checkOffsets(article), QString());
}

// Running text that looks like page furniture in one respect stays in the body, not only in the text.
void TestBoilerplate::inBody_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("robustness: a lead paragraph repeating the page's description, the story after it, stays")
        << page("<article><h1>Harbour Plan Approved</h1>" + StoryStart + StoryEnd + "</article>",
                "<title>Harbour Plan Approved</title><meta name=\"description\" content=\"The council approved the "
                "harbour plan on Tuesday after a long debate, with eleven votes in favour and two against, ending a "
                "dispute that had lasted three years.\">")
        << QStringLiteral("The council approved the harbour plan on Tuesday");
    QTest::newRow("robustness: a description that runs on past the first paragraph keeps it")
        << page("<article><h1>Harbour Plan Approved</h1><p>The harbour gets a breakwater and a ferry terminal "
                "after three years of dispute.</p><p>Meeting: 21.02.2020, 19:00</p>" + StoryStart + StoryEnd
                + "</article>",
                "<title>Harbour Plan Approved</title><meta name=\"description\" content=\"The harbour gets a "
                "breakwater and a ferry terminal after three years of dispute. Meeting: 21.02.2020, 19:00 in the "
                "town hall, with the mayor and the harbour master ...\">")
        << QStringLiteral("after three years of dispute.");
    // The page's wrapper is named after the footer it stands above; a notice outside it is long enough
    // to pass for the article when the wrapper goes.
    const QByteArray notice = "<section class=\"disclosure\"><p>Many of the offers that appear on this site come from "
                              "partners, from whom we may receive a payment, and this may affect how and where "
                              "offers appear, including the order in which they appear.</p><p>This site does not "
                              "include all offers on the market, nor all partners, and the terms of any offer, "
                              "whether a loan, a card or an account, are those the partner sets on its own site, "
                              "which readers should check, compare and keep before they apply for it.</p>"
                              "<p>Opinions are the author's alone, not those of any bank or partner, and have not "
                              "been reviewed, approved or otherwise endorsed by them.</p></section>";
    QTest::newRow("nominal: a wrapper named after the footer it stands above holds the story")
        << page(notice + "<div class=\"above-footer\"><article><h1>Harbour Plan Approved</h1>" + StoryStart
                    + longProse(6) + StoryEnd + "</article></div><footer><p>Contact us</p></footer>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("Paragraph 2 of the report");
    QTest::newRow("nominal: the first letter set apart as a drop cap is the first word's again")
        << page("<article><h1>Harbour Plan Approved</h1><div class=\"para\"><span class=\"initial\">T</span><p>he "
                "council approved the harbour plan on Tuesday after a long debate, with eleven votes in favour and "
                "two against.</p></div><p>The plan adds a breakwater and a ferry terminal.</p>" + StoryEnd
                + "</article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("The council approved the harbour plan on Tuesday");
    QTest::newRow("nominal: a drop cap that is a word of its own keeps its space")
        << page("<article><h1>Harbour Plan Approved</h1><div class=\"para\"><p class=\"initial\">A</p><p> council "
                "of eleven met on Tuesday for the last debate on the harbour plan.</p></div>" + StoryStart + StoryEnd
                + "</article>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("A council of eleven met on Tuesday");
    QTest::newRow("robustness: a page that is a biography, its box named so, keeps it")
        << page("<div class=\"artist-bio\"><h1>Harbour Plan Approved</h1>" + StoryStart + StoryEnd
                    + "</div><div class=\"col-right\"><p>Jane Doe, who grew up in the port, studied law, history "
                      "and economics in Lisbon, Porto and Hamburg, worked as a clerk, a deckhand, a teacher and a "
                      "translator, and covers the coast for the paper.</p></div>",
                "<title>Harbour Plan Approved</title>")
        << QStringLiteral("The works begin in March");
    QTest::newRow("robustness: a sentence opening with 'Listen:' stays running text")
        << story({}, "<p>Listen: the harbour master said the tides would rise.</p>", {})
        << QStringLiteral("Listen: the harbour master said the tides would rise.");
    QTest::newRow("robustness: a paragraph holding its picture inline stays running text")
        << story({}, "<p><img src=\"" + Png + "\">The pier was rebuilt in 1920 after a storm.</p>", {})
        << QStringLiteral("The pier was rebuilt in 1920 after a storm.");
    QTest::newRow("robustness: a paragraph beside a picture and another paragraph stays running text")
        << story({},
                 "<div class=\"block\"><img src=\"" + Png + "\"><p>The pier was rebuilt in 1920 after a storm.</p>"
                 "<p>It has been closed since the spring.</p></div>",
                 {})
        << QStringLiteral("The pier was rebuilt in 1920 after a storm.");
    QTest::newRow("robustness: lines broken by hand beside an icon stay running text")
        << story({},
                 "<div class=\"block\"><img src=\"" + Png + "\"><p>Open daily<br>Closed on Mondays in winter</p></div>",
                 {})
        << QStringLiteral("Closed on Mondays in winter");
}

void TestBoilerplate::inBody()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, sentence);
    const Article article = read(html);
    checkStory(article);
    QVERIFY2(articleBody(article).contains(sentence), qPrintable(articleBody(article)));
}

// Saved after scrolling: the page holds the story it is titled after, then two more of the same
// template, the last one longer than the first. The article is the titled story alone.
void TestBoilerplate::scrolledPage()
{
    const auto story = [](const QByteArray &headline, const QByteArray &paragraphs) {
        return "<article class=\"entry-main\"><h1>" + headline + "</h1><div class=\"entry-text\">" + paragraphs
            + "</div></article>";
    };
    const QByteArray titled = story("Priests to Bless Cars on Saturday",
                                    "<p>The friars will bless cars, buses and lorries outside the cathedral on "
                                    "Saturday morning, as they have every year since the road to the coast "
                                    "opened.</p><p>Drivers are asked to come before nine, the parish said, and to "
                                    "park along the river, where volunteers will direct them to the square.</p>");
    const QByteArray next = story("Two Charged After Night of Thefts",
                                  "<p>Two men were charged on Friday after a night of thefts in the old town.</p>");
    const QByteArray longer = story(
        "Prosecutor Defends His Office",
        "<p>\"Political groups dislike our work, because we do not bow to them,\" the prosecutor said on a "
        "visit, adding that, in his country as in this one, the office must be independent, well funded, well "
        "staffed and free to choose its cases, and that, whatever the parties say, it answers to the law "
        "alone.</p><p>He said the two offices would share evidence, witnesses, records and experts, and that, by "
        "the end of the year, a joint team would be working on cases of trafficking, fraud, kidnapping and money "
        "laundering.</p><p>\"Results, not speeches,\" he said, \"are what people judge us by, and, in the end, "
        "what they will remember.\"</p>");
    const Article article =
        read(page(titled + next + longer, "<title>Daily News | Priests to Bless Cars on Saturday</title>"));
    const QString text = collapse(article.text);
    QVERIFY2(text.contains(u"Drivers are asked to come before nine"), qPrintable(text));
    QVERIFY2(!text.contains(u"Two men were charged"), qPrintable(text));
    QVERIFY2(!text.contains(u"Results, not speeches"), qPrintable(text));
    QCOMPARE(checkOffsets(article), QString());
}

// The lead in the header box, repeated word for word as the body's first paragraph: it appears once.
void TestBoilerplate::leadRepeatedInBody()
{
    const QByteArray lead = "<p>The harbour will get a breakwater, a ferry terminal and a park, after a vote that "
                            "ended three years of dispute.</p>";
    const Article article = read(page("<article><header><h1>Harbour Plan Approved</h1><div class=\"intro\">" + lead
                                          + "</div></header><div class=\"article-body\">" + lead + longProse(4)
                                          + "</div></article>",
                                      "<title>Harbour Plan Approved</title>"));
    QCOMPARE(collapse(article.text).count(u"after a vote that ended three years of dispute"), 1);
    QCOMPARE(checkOffsets(article), QString());
}

void TestBoilerplate::captions_data()
{
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("caption");
    QTest::newRow("nominal: a figure's own caption") << story(
        {}, "<figure><img src=\"" + Png + "\"><figcaption>Boats in the old harbour at dawn.</figcaption></figure>", {})
                                                     << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("nominal: a caption loses the photographer and the agency closing it")
        << story({}, "<figure><img src=\"" + Png + "\"><figcaption>Boats in the old harbour at dawn. JANE DOE / AFP"
                     "</figcaption></figure>", {})
        << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("nominal: a caption class next to its image")
        << story({},
                 "<div class=\"wp-caption\"><img src=\"" + Png
                     + "\"><p class=\"wp-caption-text\">The old fish "
                       "market before the works.</p></div>",
                 {})
        << QStringLiteral("The old fish market before the works.");
    QTest::newRow("nominal: a caption after the control that enlarges its picture")
        << story({}, "<p><a class=\"btn\" href=\"/quay.jpg\">Enlarge</a> The old fish market before the works.</p>",
                 {})
        << QStringLiteral("Enlarge The old fish market before the works.");
    QTest::newRow("nominal: a caption set as a paragraph, ending with its credit (the credit goes)")
        << story({}, "<p>The old fish market before the works. Photograph: Jane Doe/Agency</p>", {})
        << QStringLiteral("The old fish market before the works.");
    QTest::newRow("nominal: a caption set as a paragraph, ending with an agency's credit in parentheses")
        << story({}, "<p>The old fish market before the works (Jane Doe/Reuters).</p>", {})
        << QStringLiteral("The old fish market before the works");
    QTest::newRow("nominal: a caption set as a paragraph, ending with 'Getty' and the photographer in parentheses")
        << story({}, "<p>The old fish market before the works (Getty/Jane Doe)</p>", {})
        << QStringLiteral("The old fish market before the works");
    QTest::newRow("nominal: a caption named in Portuguese next to its image")
        << story({},
                 "<div class=\"foto\"><img src=\"" + Png
                     + "\"><p class=\"legenda\">The old fish market before the works.</p></div>",
                 {})
        << QStringLiteral("The old fish market before the works.");
    QTest::newRow("nominal: a caption set as paragraphs in its figcaption (the credit goes)")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption><p>Boats in the old harbour at dawn.</p><p>Photo: Jane Doe/Agency</p>"
                       "</figcaption></figure>",
                 {})
        << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("nominal: a short block sharing a box with a picture alone")
        << story({}, "<div class=\"block\"><img src=\"" + Png + "\"><p>Boats in the old harbour at dawn.</p></div>", {})
        << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("nominal: a caption repeated outside its figure (the copy goes)")
        << story({},
                 "<figure><img src=\"" + Png + "\"><figcaption>Boats in the old harbour at dawn.</figcaption></figure>"
                 "<div class=\"viewer\"><p>Boats in the old harbour at dawn.</p></div>",
                 {})
        << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("nominal: the title of a video in the story, its player gone")
        << story({}, "<h3>WATCH | The new ferry terminal from the air</h3>", {})
        << QStringLiteral("WATCH | The new ferry terminal from the air");
    QTest::newRow("nominal: the title of a video in its player")
        << story({}, "<div class=\"video-player\"><span class=\"player-overlay__title\">The new ferry terminal in a "
                     "minute</span></div>", {})
        << QStringLiteral("The new ferry terminal in a minute");
    QTest::newRow("nominal: a figure label") << story({}, "<p>Figure 2: The harbour after the works.</p>", {})
                                             << QStringLiteral("Figure 2: The harbour after the works.");
    QTest::newRow("nominal: a caption under the picture's enlarge and caption buttons")
        << story({},
                 "<figure><div><img src=\"" + Png + "\"><a href=\"/pier.jpg\"><b>Enlarge this image</b></a>"
                 "</div><div><button>toggle caption</button></div><figcaption>Boats in the old harbour at dawn."
                 "</figcaption></figure>",
                 {})
        << QStringLiteral("Boats in the old harbour at dawn.");
    QTest::newRow("robustness: a repeated slideshow caption appears once")
        << story({},
                 "<figure><img src=\"" + Png
                     + "\"><figcaption>The ferry terminal seen from the bay.</figcaption>"
                       "</figure><figure><img src=\""
                     + Png
                     + "\"><figcaption>The ferry terminal seen from the bay."
                       "</figcaption></figure>",
                 {})
        << QStringLiteral("The ferry terminal seen from the bay.");
}

void TestBoilerplate::captions()
{
    QFETCH(QByteArray, html);
    QFETCH(QString, caption);
    const Article article = read(html);
    checkStory(article);
    QCOMPARE(textsOfKind(article, Block::Kind::Caption), QStringList { caption });
    QVERIFY(!articleBody(article).contains(caption));
    QCOMPARE(article.text.count(caption), 1);
}

void TestBoilerplate::classHints_data()
{
    using ClassHints::Hint;
    QTest::addColumn<QString>("classes");
    QTest::addColumn<int>("hint");
    QTest::newRow("nominal: related posts") << QStringLiteral("related-posts") << int(Hint::Related);
    QTest::newRow("nominal: camel case") << QStringLiteral("relatedPosts__item") << int(Hint::Related);
    QTest::newRow("nominal: share bar") << QStringLiteral("article-share-bar") << int(Hint::Share);
    QTest::newRow("nominal: newsletter") << QStringLiteral("c-newsletterbox") << int(Hint::Newsletter);
    QTest::newRow("nominal: author bio") << QStringLiteral("author-bio") << int(Hint::AuthorBio);
    QTest::newRow("nominal: tag links") << QStringLiteral("tag-links") << int(Hint::Tags);
    QTest::newRow("nominal: post meta") << QStringLiteral("entry-meta") << int(Hint::Meta);
    QTest::newRow("nominal: caption text") << QStringLiteral("wp-caption-text") << int(Hint::Caption);
    QTest::newRow("nominal: photo credit") << QStringLiteral("photo-credit") << int(Hint::Credit);
    QTest::newRow("nominal: Spanish related news") << QStringLiteral("noticias-relacionadas") << int(Hint::Related);
    QTest::newRow("nominal: French read also") << QStringLiteral("lire-aussi") << int(Hint::Related);
    QTest::newRow("nominal: Italian related") << QStringLiteral("articoli-correlati") << int(Hint::Related);
    QTest::newRow("nominal: Spanish newsletter") << QStringLiteral("boletin-box") << int(Hint::Newsletter);
    QTest::newRow("nominal: Spanish subscription") << QStringLiteral("suscripcion") << int(Hint::Newsletter);
    QTest::newRow("nominal: Spanish share") << QStringLiteral("compartir-redes") << int(Hint::Share);
    QTest::newRow("nominal: Spanish advert") << QStringLiteral("bloque-publicidad") << int(Hint::Advert);
    QTest::newRow("nominal: Italian caption") << QStringLiteral("foto-didascalia") << int(Hint::Caption);
    QTest::newRow("nominal: Spanish caption") << QStringLiteral("pie-de-foto") << int(Hint::Caption);
    QTest::newRow("nominal: Swedish caption") << QStringLiteral("article__bildtext") << int(Hint::Caption);
    QTest::newRow("nominal: video player") << QStringLiteral("jwplayer-title") << int(Hint::Caption);
    QTest::newRow("nominal: audio player") << QStringLiteral("audio-player") << int(Hint::Caption);
    QTest::newRow("robustness: a sports player's name") << QStringLiteral("player-name") << int(Hint::None);
    QTest::newRow("nominal: credit glued to its word") << QStringLiteral("ee-fotocredit") << int(Hint::Credit);
    QTest::newRow("nominal: German picture credit") << QStringLiteral("bildnachweis") << int(Hint::Credit);
    QTest::newRow("nominal: screen-reader text") << QStringLiteral("sr-only") << int(Hint::Hidden);
    QTest::newRow("nominal: hover card") << QStringLiteral("person-hover-card") << int(Hint::Hidden);
    QTest::newRow("nominal: breadcrumbs") << QStringLiteral("breadcrumbs") << int(Hint::Navigation);
    QTest::newRow("robustness: shadow is not an ad") << QStringLiteral("shadow headline") << int(Hint::None);
    QTest::newRow("robustness: WordPress tag class on the article")
        << QStringLiteral("post type-post tag-harbour category-news") << int(Hint::None);
    QTest::newRow("robustness: a negation") << QStringLiteral("non-paywall") << int(Hint::None);
    QTest::newRow("robustness: hidden on small screens only") << QStringLiteral("hidden-xs") << int(Hint::None);
    QTest::newRow("robustness: no class") << QStringLiteral("") << int(Hint::None);
}

void TestBoilerplate::classHints()
{
    QFETCH(QString, classes);
    QFETCH(int, hint);
    HtmlDocument document(QStringLiteral("<div class=\"%1\">x</div>").arg(classes));
    const DomNode *div = document.firstByTag(u"div");
    QVERIFY(div);
    QCOMPARE(int(ClassHints::hintOf(div)), hint);
}

void TestBoilerplate::lines_data()
{
    QTest::addColumn<QString>("test");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("nominal: date") << QStringLiteral("date") << QStringLiteral("March 3, 2024") << true;
    QTest::newRow("nominal: updated date and time")
        << QStringLiteral("date") << QStringLiteral("Updated: Tue 5 May 2020 10:02 BST") << true;
    QTest::newRow("nominal: German date")
        << QStringLiteral("date") << QStringLiteral("7. Oktober 2020, 19:49 Uhr") << true;
    QTest::newRow("nominal: labelled date")
        << QStringLiteral("date") << QStringLiteral("Publikacja: 04.05.2021") << true;
    QTest::newRow("nominal: posted and updated, counted back from now")
        << QStringLiteral("date") << QStringLiteral("Posted 4h ago, updated 2 hrs ago") << true;
    QTest::newRow("nominal: French time counted back from now")
        << QStringLiteral("date") << QStringLiteral("Publié il y a 3 heures") << true;
    QTest::newRow("robustness: a sentence on what happened days ago is no date")
        << QStringLiteral("date") << QStringLiteral("The pier closed 3 days ago after the storm") << false;
    QTest::newRow("robustness: words with a month's name")
        << QStringLiteral("date") << QStringLiteral("Set out in May") << false;
    QTest::newRow("robustness: a phone number") << QStringLiteral("date") << QStringLiteral("+81 158-23-2012") << false;
    QTest::newRow("nominal: byline") << QStringLiteral("byline") << QStringLiteral("By Jane Doe") << true;
    QTest::newRow("nominal: German byline in capitals")
        << QStringLiteral("byline") << QStringLiteral("VON Sina Giebel") << true;
    QTest::newRow("nominal: name and date")
        << QStringLiteral("byline") << QStringLiteral("Jane Doe | March 3, 2024") << true;
    QTest::newRow("nominal: agency and date without a separator")
        << QStringLiteral("byline") << QStringLiteral("Agencia EFE 04.05.2022") << true;
    QTest::newRow("nominal: name, then date and time")
        << QStringLiteral("byline") << QStringLiteral("Jane Doe 3. März 2024, 10:31") << true;
    QTest::newRow("robustness: one word before a date is a heading")
        << QStringLiteral("byline") << QStringLiteral("Präsidialdekret vom 22. September") << false;
    QTest::newRow("robustness: a heading naming an event and its date")
        << QStringLiteral("byline") << QStringLiteral("Harbour works begin on 3 March 2024") << false;
    QTest::newRow("nominal: a byline and a date, the name taken out")
        << QStringLiteral("byline") << QStringLiteral("Written by on March 3, 2024") << true;
    QTest::newRow("robustness: a sentence on what was written on a date")
        << QStringLiteral("byline") << QStringLiteral("Written by hand on March 3, 2024") << false;
    QTest::newRow("robustness: by the way")
        << QStringLiteral("byline") << QStringLiteral("By the way, the ferry is late.") << false;
    QTest::newRow("nominal: reporting credit")
        << QStringLiteral("reporting") << QStringLiteral("Reporting by Jane Doe; Editing by Bo Li") << true;
    QTest::newRow("nominal: Spanish wire credit")
        << QStringLiteral("reporting") << QStringLiteral("(Reporte de Ana Ruiz; Editado por Bo Li)") << true;
    QTest::newRow("nominal: Portuguese wire credit")
        << QStringLiteral("reporting") << QStringLiteral("(Reportagem de Ana Ruiz)") << true;
    QTest::newRow("robustness: a sentence about comments")
        << QStringLiteral("appeal") << QStringLiteral("The mayor read the comments in the council's register.")
        << false;
    QTest::newRow("nominal: date, time and category")
        << QStringLiteral("metafields") << QStringLiteral("24.01.2022 11:38 Kategorie: News") << true;
    QTest::newRow("nominal: fields between bars")
        << QStringLiteral("metafields") << QStringLiteral("Aufrufe: 1120 | Hinzugefügt von: Posh | Rating: 0.0/0")
        << true;
    QTest::newRow("nominal: labelled date and category")
        << QStringLiteral("metafields") << QStringLiteral("News date : 04/21/2022 Category : Press Releases") << true;
    QTest::newRow("robustness: a sentence after a date")
        << QStringLiteral("metafields") << QStringLiteral("24.01.2022: Der Hafen öffnet am Montag wieder") << false;
    QTest::newRow("robustness: a field with a sentence for its value")
        << QStringLiteral("metafields")
        << QStringLiteral("Datum: 3. März 2024 Kommentare: Die Leser lobten den neuen Hafen und seine Fähren sehr")
        << false;
    QTest::newRow("nominal: appeal to donate")
        << QStringLiteral("appeal") << QStringLiteral("Keep the Harbour Times free: donate today.") << true;
    QTest::newRow("nominal: feedback widget")
        << QStringLiteral("interface") << QStringLiteral("War dieser Artikel hilfreich?") << true;
    QTest::newRow("nominal: the button that enlarges a picture")
        << QStringLiteral("interface") << QStringLiteral("Enlarge this image") << true;
    QTest::newRow("nominal: the button that shows a picture's caption")
        << QStringLiteral("interface") << QStringLiteral("toggle caption") << true;
    QTest::newRow("robustness: a sentence on enlarging a picture")
        << QStringLiteral("interface") << QStringLiteral("Enlarge this image of the pier, the mayor asked.") << false;
    QTest::newRow("nominal: visit counter")
        << QStringLiteral("interface") << QStringLiteral("(Visited 215 times, 55 visits today)") << true;
    QTest::newRow("robustness: a sentence calling a report helpful")
        << QStringLiteral("interface") << QStringLiteral("Was this article helpful to the council? Not at all.")
        << false;
    QTest::newRow("nominal: the enlarge control before a caption")
        << QStringLiteral("caption") << QStringLiteral("Vergrößern Eine kleine runde Aussparung für die Kamera.")
        << true;
    QTest::newRow("nominal: figure label without a number")
        << QStringLiteral("caption") << QStringLiteral("Abbildung: Vergleich der Schneehöhen am Gletscher") << true;
    QTest::newRow("robustness: a sentence opening with the verb to enlarge")
        << QStringLiteral("caption") << QStringLiteral("Enlarge the harbour, the mayor said, or lose the ferries.")
        << false;
    QTest::newRow("nominal: number of comments")
        << QStringLiteral("comments") << QStringLiteral("3 Kommentare") << true;
    QTest::newRow("nominal: comment section's head with its count")
        << QStringLiteral("comments") << QStringLiteral("Kommentare (0)") << true;
    QTest::newRow("nominal: the article's comment count")
        << QStringLiteral("comments") << QStringLiteral("Dieser Artikel hat 32 Kommentare.") << true;
    QTest::newRow("nominal: log in to comment")
        << QStringLiteral("comments")
        << QStringLiteral("Um einen Kommentar zu hinterlassen, loggen Sie sich bitte ein.") << true;
    QTest::newRow("robustness: a sentence asking residents to comment")
        << QStringLiteral("comments")
        << QStringLiteral("The council asked residents to comment on the plan before the vote in March.") << false;
    QTest::newRow("nominal: call to comment below")
        << QStringLiteral("appeal")
        << QStringLiteral("Please spare some time to comment below, letting us know how you got on.") << true;
    QTest::newRow("nominal: Portuguese call to subscribe")
        << QStringLiteral("appeal") << QStringLiteral("Assine o Porto, apoie por Pix, inscreva-se na TV Porto") << true;
    QTest::newRow("nominal: membership offer")
        << QStringLiteral("appeal")
        << QStringLiteral("Join the Harbour Times family and you'll get unlimited digital access to our reporting.")
        << true;
    QTest::newRow("robustness: a sentence about unlimited access")
        << QStringLiteral("appeal")
        << QStringLiteral("The new pass gives every household unlimited access to the ferry for a year.") << false;
    QTest::newRow("nominal: how to reach the reporter")
        << QStringLiteral("appeal")
        << QStringLiteral("To reach the reporter behind this story, contact jane@harbour.example.") << true;
    QTest::newRow("nominal: German pointer to a petition")
        << QStringLiteral("appeal") << QStringLiteral("Zur Petition geht es hier.") << true;
    QTest::newRow("nominal: Spanish pointer to the site")
        << QStringLiteral("appeal") << QStringLiteral("Más información deportiva en Puerto.example") << true;
    QTest::newRow("nominal: where to find the ways to support, with the address")
        << QStringLiteral("appeal")
        << QStringLiteral("Zu Unterstützungsmöglichkeiten finden Sie hier: https://harbour.example/hilfe/")
        << true;
    QTest::newRow("nominal: call to support journalism")
        << QStringLiteral("appeal") << QStringLiteral("Apoya el periodismo incómodo") << true;
    QTest::newRow("nominal: journalism needs its readers")
        << QStringLiteral("appeal")
        << QStringLiteral("El periodismo independiente necesita del apoyo de sus lectores para continuar.") << true;
    QTest::newRow("robustness: a sentence about support for journalism")
        << QStringLiteral("appeal")
        << QStringLiteral("The grant will help the foundation support local journalism in the county.") << false;
    QTest::newRow("nominal: donation button")
        << QStringLiteral("appeal") << QStringLiteral("Donate") << true;
    QTest::newRow("robustness: a sentence about donating")
        << QStringLiteral("appeal")
        << QStringLiteral("On hand to present the supplies was the harbour's vet, glad to donate them to the shelter.")
        << false;
    QTest::newRow("robustness: a closing sentence about a report")
        << QStringLiteral("reporting") << QStringLiteral("Reporters from the coast will follow the works.") << false;
    QTest::newRow("nominal: contributor credit")
        << QStringLiteral("reporting") << QStringLiteral("Jane Doe and Bo Li contributed to this report.") << true;
    QTest::newRow("nominal: Spanish agency credit")
        << QStringLiteral("reporting") << QStringLiteral("(Con informaci\u00f3n de AFP, EFE y Reuters)") << true;
    QTest::newRow("nominal: agencies credit") << QStringLiteral("reporting") << QStringLiteral("With agencies") << true;
    QTest::newRow("nominal: French agency credit")
        << QStringLiteral("reporting") << QStringLiteral("(Avec AFP)") << true;
    QTest::newRow("robustness: a letter's closing") << QStringLiteral("reporting") << QStringLiteral("With Love")
                                                    << false;
    QTest::newRow("robustness: a sentence on contributions")
        << QStringLiteral("reporting") << QStringLiteral("Residents contributed to the fund for the new pier.")
        << false;
    QTest::newRow("nominal: credit") << QStringLiteral("credit") << QStringLiteral("Foto: dpa") << true;
    QTest::newRow("nominal: credit ellipsis") << QStringLiteral("credit") << QStringLiteral("Credit…") << true;
    QTest::newRow("robustness: sentence starting with image")
        << QStringLiteral("credit") << QStringLiteral("Image recognition is getting better.") << false;
    QTest::newRow("nominal: caption ending with credit")
        << QStringLiteral("caption") << QStringLiteral("Boats at dawn. (Jane Doe/Agency)") << true;
    QTest::newRow("robustness: sentence with a slash")
        << QStringLiteral("caption") << QStringLiteral("The ferry runs on weekdays and/or holidays.") << false;
    QTest::newRow("nominal: copyright") << QStringLiteral("copyright") << QStringLiteral("Alle Rechte vorbehalten")
                                        << true;
    QTest::newRow("nominal: share") << QStringLiteral("share") << QStringLiteral("Follow us on Twitter") << true;
    QTest::newRow("nominal: share control") << QStringLiteral("sharecontrol") << QStringLiteral("Share on Pinterest")
                                            << true;
    QTest::newRow("robustness: a sentence about shares")
        << QStringLiteral("sharecontrol") << QStringLiteral("Share prices of the ferry company fell.") << false;
    QTest::newRow("nominal: tags") << QStringLiteral("tags") << QStringLiteral("Schlagworte: Hafen, Rat") << true;
    QTest::newRow("nominal: counter") << QStringLiteral("counter") << QStringLiteral("3 of 12") << true;
    QTest::newRow("nominal: counter of pictures")
        << QStringLiteral("counter") << QStringLiteral("Bild 1 von 9") << true;
    QTest::newRow("nominal: Spanish counter of pictures")
        << QStringLiteral("counter") << QStringLiteral("Foto 1 de 1") << true;
    QTest::newRow("nominal: the count on a slideshow's button")
        << QStringLiteral("counter") << QStringLiteral("Show all 24") << true;
    QTest::newRow("nominal: the count of a slideshow's photos")
        << QStringLiteral("counter") << QStringLiteral("View all 12 photos") << true;
    QTest::newRow("robustness: a number of boats is no counter")
        << QStringLiteral("counter") << QStringLiteral("12 boats") << false;
    QTest::newRow("robustness: a year is no counter") << QStringLiteral("counter") << QStringLiteral("1998") << false;
    QTest::newRow("robustness: a score is no counter") << QStringLiteral("counter") << QStringLiteral("3-1") << false;
    QTest::newRow("nominal: reading time")
        << QStringLiteral("reading") << QStringLiteral("Lesezeit: 3 Minuten") << true;
    QTest::newRow("nominal: label") << QStringLiteral("label") << QStringLiteral("Lesen Sie auch:") << true;
    QTest::newRow("robustness: a sentence with a colon")
        << QStringLiteral("label") << QStringLiteral("He said: the ferry will run again in a week.") << false;
    QTest::newRow("nominal: agency credit") << QStringLiteral("agency") << QStringLiteral("REUTERS/Jane Doe") << true;
    QTest::newRow("nominal: photographer and agency")
        << QStringLiteral("agency") << QStringLiteral("Jane Doe/Harbour Press Agency") << true;
    QTest::newRow("robustness: a caption is no credit")
        << QStringLiteral("agency") << QStringLiteral("Boats at dawn in the old harbour.") << false;
    QTest::newRow("robustness: either/or in a short line")
        << QStringLiteral("agency") << QStringLiteral("ferries and/or buses") << false;
    QTest::newRow("nominal: interface text") << QStringLiteral("interface") << QStringLiteral("Leave a reply")
                                             << true;
    QTest::newRow("robustness: a sentence about printing")
        << QStringLiteral("interface") << QStringLiteral("Print runs of the harbour map sold out.") << false;
    QTest::newRow("nominal: sponsor") << QStringLiteral("sponsor") << QStringLiteral("Presented by Harbour Bank")
                                      << true;
    QTest::newRow("robustness: a sentence about a sponsor")
        << QStringLiteral("sponsor")
        << QStringLiteral("The regatta, presented by the harbour bank, drew ten thousand visitors.") << false;
    QTest::newRow("nominal: kicker") << QStringLiteral("kicker") << QStringLiteral("Biz & IT \u2014") << true;
    QTest::newRow("robustness: a dash inside a line") << QStringLiteral("kicker")
                                                      << QStringLiteral("Ferries \u2014 the new timetable") << false;
    QTest::newRow("nominal: about heading") << QStringLiteral("about") << QStringLiteral("About Harbour Media") << true;
    QTest::newRow("nominal: related heading") << QStringLiteral("related") << QStringLiteral("Lesen Sie auch") << true;
    QTest::newRow("nominal: French related heading")
        << QStringLiteral("related") << QStringLiteral("\u00c0 lire aussi") << true;
    QTest::newRow("robustness: a heading starting with more")
        << QStringLiteral("related") << QStringLiteral("Moreover, the ferry") << false;
    QTest::newRow("nominal: the house's name between 'More' and 'Stories'")
        << QStringLiteral("related") << QStringLiteral("More Great Harbour Times Stories") << true;
    QTest::newRow("robustness: a sentence ending with 'stories'")
        << QStringLiteral("related") << QStringLiteral("More boats bring more stories.") << false;
    QTest::newRow("nominal: promotion") << QStringLiteral("promo")
                                        << QStringLiteral("Already a subscriber? Log in here.") << true;
    QTest::newRow("nominal: a newsletter's offer to send the news by e-mail") << QStringLiteral("promo")
        << QStringLiteral("Every day we'll send you a roundup email of all the latest from Cork, all in one handy "
                          "email.")
        << true;
    QTest::newRow("robustness: a story sentence about e-mails sent") << QStringLiteral("promo")
        << QStringLiteral("The council said it had sent an email to every tenant on the estate in March.") << false;
    QTest::newRow("nominal: German promotion") << QStringLiteral("promo")
                                               << QStringLiteral("Folgen Sie uns auf Instagram") << true;
    QTest::newRow("robustness: a sentence about following")
        << QStringLiteral("promo") << QStringLiteral("The police followed us on the motorway for an hour.") << false;
    QTest::newRow("nominal: caption closing with a labelled credit")
        << QStringLiteral("captioncredit") << QStringLiteral("Boats at dawn. Photograph: Jane Doe/Agency") << true;
    QTest::newRow("nominal: caption closing with an agency in parentheses")
        << QStringLiteral("captioncredit") << QStringLiteral("The mayor at the pier (REUTERS/Jane Doe)") << true;
    QTest::newRow("nominal: caption closing with a photographer and an agency, no label")
        << QStringLiteral("captioncredit") << QStringLiteral("Boats at dawn in the old harbour. JANE DOE / AFP")
        << true;
    QTest::newRow("nominal: caption closing with a photographer, an agency and its library")
        << QStringLiteral("captioncredit")
        << QStringLiteral("The mayor at the pier. Jane Doe/Reuters via Getty Images") << true;
    QTest::newRow("robustness: caption closing with two places joined by a slash")
        << QStringLiteral("captioncredit") << QStringLiteral("The ferry between the towns. Harbour/Quay") << false;
    QTest::newRow("robustness: caption without a credit")
        << QStringLiteral("captioncredit") << QStringLiteral("The mayor at the pier, 2019.") << false;
    QTest::newRow("robustness: caption that goes on after the credit")
        << QStringLiteral("captioncredit") << QStringLiteral("Foto: dpa. Der B\u00fcrgermeister am Kai im Regen.") << false;
    QTest::newRow("nominal: post metadata")
        << QStringLiteral("postmeta")
        << QStringLiteral("This entry was posted on May 3, 2020 and is filed under Harbour, Council.") << true;
    QTest::newRow("robustness: a sentence with a date only")
        << QStringLiteral("postmeta") << QStringLiteral("The plan was filed on May 3, 2020 by the council.") << false;
    QTest::newRow("nominal: appeal to subscribe")
        << QStringLiteral("appeal") << QStringLiteral("Zapraszamy do subskrypcji naszego tygodnika.") << true;
    QTest::newRow("nominal: appeal to follow on social media")
        << QStringLiteral("appeal")
        << QStringLiteral("Follow the Harbour Times on Twitter and Instagram and send us your photos of the pier.") << true;
    QTest::newRow("nominal: appeal to get the publisher's app")
        << QStringLiteral("appeal")
        << QStringLiteral("Get the latest news straight to your phone with the Harbour Times app.") << true;
    QTest::newRow("nominal: offer cancellable any month")
        << QStringLiteral("promo") << QStringLiteral("Alle Spiele live. Jederzeit monatlich k\u00fcndbar.") << true;
    QTest::newRow("robustness: a story sentence is no appeal")
        << QStringLiteral("appeal") << QStringLiteral("The ferry will leave the harbour at noon on Sundays.") << false;
    QTest::newRow("nominal: the French magazine issue the story comes from")
        << QStringLiteral("notice")
        << QStringLiteral("Cet article est paru dans le num\u00e9ro de mars de Harbour Magazine.") << true;
    QTest::newRow("robustness: a sentence on what a report deals with is no note on the piece")
        << QStringLiteral("notice")
        << QStringLiteral("Bei dem Bericht handelt es sich um eine Studie des Hafenamts.") << false;
    QTest::newRow("robustness: a text from the archive is no issue note")
        << QStringLiteral("notice") << QStringLiteral("Der Text stammt aus dem Archiv der Hafenzeitung.") << false;
    QTest::newRow("robustness: the edition in a sentence of the story is no issue note")
        << QStringLiteral("notice")
        << QStringLiteral("The mayor said this story appeared wrong to him when he read it.") << false;
    QTest::newRow("nominal: the story's audio player")
        << QStringLiteral("interface") << QStringLiteral("Listen to this article 4 min") << true;
    QTest::newRow("nominal: the story's audio player, with its length in parentheses")
        << QStringLiteral("interface") << QStringLiteral("Artikel anh\u00f6ren (3:12)") << true;
    QTest::newRow("nominal: the control of the text's size")
        << QStringLiteral("interface") << QStringLiteral("Text size") << true;
    QTest::newRow("nominal: the control that gives the story away")
        << QStringLiteral("interface") << QStringLiteral("Gift this article") << true;
    QTest::newRow("robustness: a sentence on listening to the story is no control")
        << QStringLiteral("interface") << QStringLiteral("Listen to this story of the old harbour, she said.") << false;
    QTest::newRow("robustness: a sentence on the text's size is no control")
        << QStringLiteral("interface") << QStringLiteral("The text size was too small for the ferry's notices.")
        << false;
    QTest::newRow("nominal: the consent note under a newsletter's sign-up")
        << QStringLiteral("promo")
        << QStringLiteral("We use your sign-up to provide content in ways you've consented to and to improve our "
                          "understanding of you.")
        << true;
    QTest::newRow("robustness: a sentence on a sign-up at the harbour office is no promotion")
        << QStringLiteral("promo")
        << QStringLiteral("The harbour office will use the sign-up sheet to plan the ferry timetable.") << false;
    QTest::newRow("nominal: a plea for contributions from readers")
        << QStringLiteral("appeal")
        << QStringLiteral("Readers like you are keeping these stories free for everyone.") << true;
    QTest::newRow("robustness: a sentence on readers like the harbour master is no appeal")
        << QStringLiteral("appeal")
        << QStringLiteral("Readers like the harbour master wrote in to complain about the ferry.") << false;
    QTest::newRow("robustness: a sentence on an image's source code is no credit")
        << QStringLiteral("credit") << QStringLiteral("Image source code was published by the harbour office.")
        << false;
    QTest::newRow("nominal: a broadcaster's caption after its label")
        << QStringLiteral("caption") << QStringLiteral("Image caption, The pier at dawn") << true;
    QTest::newRow("robustness: a sentence on a caption contest is no caption")
        << QStringLiteral("caption") << QStringLiteral("Image caption contests drew eleven entries from the harbour.")
        << false;
    QTest::newRow("robustness: a sentence on a video that could not be played at the festival is no notice")
        << QStringLiteral("interface")
        << QStringLiteral("This video could not be played at the harbour festival, the organisers said.") << false;
    QTest::newRow("robustness: a sentence telling the reader to read more is no control")
        << QStringLiteral("interface") << QStringLiteral("Read more about the harbour plan on page four.") << false;
    QTest::newRow("robustness: a sentence on the end of a newsletter promotion is no promotion")
        << QStringLiteral("promo") << QStringLiteral("After the newsletter promotion ended, sales fell.") << false;
    QTest::newRow("robustness: a sentence on a century of stories is no appeal")
        << QStringLiteral("appeal") << QStringLiteral("For more than a century the harbour was the town's heart.")
        << false;
    QTest::newRow("robustness: a sentence on keeping up with the works is no appeal")
        << QStringLiteral("appeal")
        << QStringLiteral("Keep up to date with the harbour works, the mayor told residents.") << false;
    QTest::newRow("robustness: a sentence on what the council published is no byline")
        << QStringLiteral("byline") << QStringLiteral("Published by the council in 2020, the plan was new.") << false;
    QTest::newRow("robustness: a sentence on getting the council's newsletter is no promotion")
        << QStringLiteral("promo")
        << QStringLiteral("Get the council's newsletter and the ferry's timetable at the harbour office, she said.")
        << false;
    QTest::newRow("robustness: a sentence on a post shared by the mayor is no embed")
        << QStringLiteral("interface") << QStringLiteral("A post shared by the mayor drew many replies.") << false;
    QTest::newRow("robustness: a sentence on a podcast's guests is no appeal")
        << QStringLiteral("appeal")
        << QStringLiteral("The harbour master said she would listen to the podcast with the ferry's captain.") << false;
    QTest::newRow("robustness: a sentence on a reader who submitted a letter is no promotion")
        << QStringLiteral("promo")
        << QStringLiteral("The harbour master said she would submit a letter to the council about the ferry.") << false;
    QTest::newRow("nominal: where an advert sat")
        << QStringLiteral("advert") << QStringLiteral("Story continues below advertisement") << true;
    QTest::newRow("nominal: Portuguese advert break")
        << QStringLiteral("advert") << QStringLiteral("CONTINUA DEPOIS DA PUBLICIDADE") << true;
    QTest::newRow("nominal: Polish rest of the article below")
        << QStringLiteral("advert") << QStringLiteral("Poni\u017cej dalsza cz\u0119\u015b\u0107 artyku\u0142u") << true;
    QTest::newRow("nominal: the advert label and its affiliate links")
        << QStringLiteral("advert") << QStringLiteral("Anzeige, enthält Affiliate Links") << true;
    QTest::newRow("nominal: the advert label and the brands it names")
        << QStringLiteral("advert") << QStringLiteral("Werbung, da Markennennung") << true;
    QTest::newRow("nominal: an advertiser disclosure opening a review")
        << QStringLiteral("advert")
        << QStringLiteral("This post contains references to products from one or more of our advertisers. We may "
                          "receive compensation when you click on links to those products.")
        << true;
    QTest::newRow("nominal: a commission disclosure")
        << QStringLiteral("advert")
        << QStringLiteral("When you buy through links on our site, we may earn an affiliate commission.") << true;
    QTest::newRow("robustness: a sentence on the commission the council earns")
        << QStringLiteral("advert")
        << QStringLiteral("The council may earn a commission when you book a ferry through its site, she said.")
        << false;
    QTest::newRow("robustness: a sentence on advertising and affiliate links")
        << QStringLiteral("advert")
        << QStringLiteral("Advertising, affiliate links and paid posts pay for most of the blogs, the study found.")
        << false;
    QTest::newRow("robustness: a sentence on an advert that did not load is no stand-in")
        << QStringLiteral("advert")
        << QStringLiteral("The council's advert did not load on the ferry's screens, the harbour master said.") << false;
    QTest::newRow("robustness: article content in a sentence is no label")
        << QStringLiteral("advert") << QStringLiteral("Article content is checked by the editors.") << false;
    QTest::newRow("robustness: talks continue after the advert of a tender")
        << QStringLiteral("advert") << QStringLiteral("Talks continue after the advert for the tender ran.") << false;
    QTest::newRow("nominal: Spanish most read") << QStringLiteral("related") << QStringLiteral("LO M\u00c1S LE\u00cdDO")
                                                << true;
    QTest::newRow("nominal: German most read") << QStringLiteral("related") << QStringLiteral("Meistgelesen") << true;
    QTest::newRow("nominal: follow on Google News")
        << QStringLiteral("appeal") << QStringLiteral("Recibe alertas desde Google News") << true;
    QTest::newRow("robustness: a story's last sentence on an app's price")
        << QStringLiteral("appeal")
        << QStringLiteral("The ferry timetable app costs two euros in the App Store and runs on Android too.") << false;
    QTest::newRow("nominal: appeal to support the magazine, informal German")
        << QStringLiteral("appeal")
        << QStringLiteral("Darum: Hilf mit und unterst\u00fctze unser Magazin mit einem kleinen Beitrag.") << true;
    QTest::newRow("nominal: a publisher needs the reader's support")
        << QStringLiteral("appeal")
        << QStringLiteral("To keep our reporting free for everyone, we need your support.") << true;
    QTest::newRow("nominal: Spanish appeal for support")
        << QStringLiteral("appeal") << QStringLiteral("Para seguir informando necesitamos tu apoyo.") << true;
    QTest::newRow("robustness: a story's sentence about support for a plan")
        << QStringLiteral("appeal")
        << QStringLiteral("The mayor said the plan needs the support of the harbour board before March.") << false;
    QTest::newRow("nominal: the button that loads an embedded post")
        << QStringLiteral("interface") << QStringLiteral("Twitter freischalten") << true;
    QTest::newRow("nominal: the consent notice of an embedded post")
        << QStringLiteral("interface")
        << QStringLiteral("Wir respektieren deine Privatsph\u00e4re und stellen deshalb ohne dein Einverst\u00e4ndnis keine "
                          "Verbindung zu Twitter her.")
        << true;
    QTest::newRow("nominal: external content needs the reader's consent")
        << QStringLiteral("interface")
        << QStringLiteral("External content from a third-party service is shown here only if you consent to it.") << true;
    QTest::newRow("robustness: a story's sentence on consent to an external audit")
        << QStringLiteral("interface")
        << QStringLiteral("The council did not consent to an external audit of the harbour accounts.") << false;
    QTest::newRow("nominal: a field of the comment form")
        << QStringLiteral("interface") << QStringLiteral("E-mail (required, hidden to public)") << true;
    QTest::newRow("nominal: no responses yet") << QStringLiteral("interface") << QStringLiteral("No Response so far \u00bb")
                                               << true;
    QTest::newRow("robustness: a line naming a ferry is no form field")
        << QStringLiteral("interface") << QStringLiteral("Name of the ferry: Aurora") << false;
    QTest::newRow("nominal: an offer of membership")
        << QStringLiteral("promo") << QStringLiteral("Werden Sie Mitglied und erhalten Sie exklusive Angebote!") << true;
    QTest::newRow("robustness: a story's sentence on becoming a member")
        << QStringLiteral("promo") << QStringLiteral("She hopes to become a member of the harbour board next year.")
        << false;
    QTest::newRow("nominal: no comments, comments closed")
        << QStringLiteral("interface") << QStringLiteral("Keine Kommentare Kommentare sind geschlossen.") << true;
    QTest::newRow("nominal: the button of a podcast directory")
        << QStringLiteral("interface")
        << QStringLiteral("Mit diesem Button kannst Du diese Episode zu einer Liste hinzuf\u00fcgen.") << true;
    QTest::newRow("nominal: a phone number and an e-mail address")
        << QStringLiteral("contact") << QStringLiteral("Tel.: 0471 80 60 745 * info@harbour.example") << true;
    QTest::newRow("nominal: a name, a street and a postcode")
        << QStringLiteral("contact") << QStringLiteral("Harbour Office | Quay Street 4 | 27580 Bremerhaven") << true;
    QTest::newRow("robustness: an e-mail address alone is the author's invitation")
        << QStringLiteral("contact") << QStringLiteral("jane@harbour.example") << false;
    QTest::newRow("robustness: a mission's name is no address")
        << QStringLiteral("contact") << QStringLiteral("Apollo 11") << false;
    QTest::newRow("robustness: a story's sentence with a street")
        << QStringLiteral("contact") << QStringLiteral("The office is at Quay Street 4 in Bremerhaven.") << false;
    QTest::newRow("robustness: an author's question to the readers in the comments is the post's own")
        << QStringLiteral("appeal") << QStringLiteral("Let us know down below in the comments what you think of the pier.")
        << false;
    QTest::newRow("nominal: a call to click and register")
        << QStringLiteral("appeal")
        << QStringLiteral("Die Hafenzeitung jetzt auch digital! Einfach hier klicken und registrieren!") << true;
    QTest::newRow("robustness: a story's last sentence on a committee")
        << QStringLiteral("appeal")
        << QStringLiteral("The committee will publish its comments on the plan in the spring.") << false;
    QTest::newRow("nominal: where to click")
        << QStringLiteral("interface") << QStringLiteral("F\u00fcr Details auf Produkt klicken") << true;
    QTest::newRow("nominal: click here to watch")
        << QStringLiteral("interface") << QStringLiteral("Click here to watch the video") << true;
    QTest::newRow("robustness: a story's short line on a click")
        << QStringLiteral("interface") << QStringLiteral("The lock of the pier gate went click.") << false;
    QTest::newRow("nominal: appeal naming a newsletter in a compound")
        << QStringLiteral("appeal")
        << QStringLiteral("Sie m\u00f6chten w\u00f6chentliche Tipps? Schauen Sie mal in unseren Musiknewsletter!") << true;
    QTest::newRow("nominal: credit after a separator")
        << QStringLiteral("credit") << QStringLiteral("+++ Credits: Titelbild Jane Doe") << true;
    QTest::newRow("robustness: a list item that starts with a dash is no credit")
        << QStringLiteral("credit") << QStringLiteral("- Sources close to the council said the vote was close") << false;
    QTest::newRow("nominal: a credit of courtesy alone on its line")
        << QStringLiteral("credit") << QStringLiteral("Courtesy of the Harbour Museum") << true;
    QTest::newRow("robustness: a sentence opening with 'Courtesy of'")
        << QStringLiteral("credit") << QStringLiteral("Courtesy of the council, the ferry runs on Sundays") << false;
    QTest::newRow("nominal: German picture sources")
        << QStringLiteral("credit") << QStringLiteral("Bildquelle: Jane Doe") << true;
    QTest::newRow("nominal: German related heading")
        << QStringLiteral("related") << QStringLiteral("Empfehlungen aus der Redaktion") << true;
    QTest::newRow("nominal: comment login notice")
        << QStringLiteral("interface") << QStringLiteral("Du musst eingeloggt sein, um Kommentare zu schreiben!") << true;
    QTest::newRow("nominal: names of two authors")
        << QStringLiteral("names") << QStringLiteral("Jane Doe und Ursula von der Lind") << true;
    QTest::newRow("robustness: a greeting is no list of names")
        << QStringLiteral("names") << QStringLiteral("Dear Jane Doe,") << false;
    QTest::newRow("robustness: a label in capitals is no name")
        << QStringLiteral("names") << QStringLiteral("HARBOUR NEWS") << false;
    QTest::newRow("nominal: a reporter's role beside the paper's name")
        << QStringLiteral("role") << QStringLiteral("Health correspondent, BBC News") << true;
    QTest::newRow("nominal: a role and its desk in German")
        << QStringLiteral("role") << QStringLiteral("Korrespondentin in Paris") << true;
    QTest::newRow("nominal: a role between middle dots")
        << QStringLiteral("role") << QStringLiteral("Political reporter · NZ Herald") << true;
    QTest::newRow("robustness: a sentence on an editor is no role")
        << QStringLiteral("role") << QStringLiteral("The editor resigned on Monday.") << false;
    QTest::newRow("robustness: the name of a letters section is no role")
        << QStringLiteral("role") << QStringLiteral("Letters to the editor") << false;
    QTest::newRow("robustness: a lower-case clause beside a role is no role")
        << QStringLiteral("role") << QStringLiteral("the reporter, who had left early") << false;
}

void TestBoilerplate::lines()
{
    QFETCH(QString, test);
    QFETCH(QString, text);
    QFETCH(bool, expected);
    static const QHash<QString, std::function<bool(const QString &)>> tests {
        { QStringLiteral("date"), [](const QString &t) { return BoilerplateText::isDateLine(t); } },
        { QStringLiteral("byline"), BoilerplateText::isBylineLine },
        { QStringLiteral("reporting"), BoilerplateText::isReportingCredit },
        { QStringLiteral("credit"), BoilerplateText::isCreditLine },
        { QStringLiteral("caption"), BoilerplateText::isCaptionText },
        { QStringLiteral("copyright"), BoilerplateText::isCopyrightLine },
        { QStringLiteral("notice"), BoilerplateText::isClosingNotice },
        { QStringLiteral("share"), BoilerplateText::isShareLine },
        { QStringLiteral("sharecontrol"), BoilerplateText::isShareControl },
        { QStringLiteral("tags"), BoilerplateText::isTagLine },
        { QStringLiteral("counter"), BoilerplateText::isCounter },
        { QStringLiteral("reading"), BoilerplateText::isReadingTime },
        { QStringLiteral("label"), BoilerplateText::isLabel },
        { QStringLiteral("about"), BoilerplateText::isAboutHeading },
        { QStringLiteral("related"), BoilerplateText::isRelatedHeading },
        { QStringLiteral("agency"), BoilerplateText::isAgencyCredit },
        { QStringLiteral("interface"), BoilerplateText::isInterfaceText },
        { QStringLiteral("comments"), BoilerplateText::isCommentSectionLine },
        { QStringLiteral("sponsor"), BoilerplateText::isSponsorLine },
        { QStringLiteral("advert"), BoilerplateText::isAdvertLabel },
        { QStringLiteral("kicker"), BoilerplateText::isKicker },
        { QStringLiteral("promo"), BoilerplateText::isPromoLine },
        { QStringLiteral("appeal"), BoilerplateText::isAppealLine },
        { QStringLiteral("postmeta"), BoilerplateText::isPostMetaLine },
        { QStringLiteral("metafields"), BoilerplateText::isMetaFieldsLine },
        { QStringLiteral("contact"), BoilerplateText::isContactLine },
        { QStringLiteral("names"), BoilerplateText::isNameList },
        { QStringLiteral("role"), BoilerplateText::isRoleLine },
        { QStringLiteral("captioncredit"),
          [](const QString &t) { return BoilerplateText::captionCreditStart(t) > 0; } },
    };
    QVERIFY(tests.contains(test));
    QCOMPARE(tests.value(test)(text), expected);
}

QTEST_GUILESS_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"

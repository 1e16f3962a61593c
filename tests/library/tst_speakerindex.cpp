// SpeakerIndex on a real library file: the bundled samples, a second imported article quoting the
// same people, and hand-made extractions for the merging rules.
#include "extract/types.h"
#include "import/article.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "library/searchengine.h"
#include "library/speakerindex.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Library::LibrarySpeaker;

namespace {

// A second report quoting the seed article's people, written like the samples.
const char SecondArticle[] = "Mediators See Slow Progress in Hostage Talks\n\n"
                             "by STAFF REPORTER\n\n"
                             "Mediators said on Thursday that the talks over the hostages held in Gaza were moving "
                             "slowly.\n\n"
                             "Jake Sullivan, the national security adviser, told reporters in Washington: \"We are "
                             "going to keep working at this every single day until every hostage is home.\"\n\n"
                             "Majed Al-Ansari, spokesperson for Qatar's Ministry of Foreign Affairs, said mediators "
                             "were working around the clock. \"Nobody should expect a breakthrough tomorrow,\" "
                             "Al-Ansari said.\n";

struct Said
{
    int speaker; // index into the speakers, -1 unattributed
    QString text;
};

Extract::Speaker speaker(const QString &name, const QString &role, const QStringList &aliases = {},
                         Extract::Speaker::Kind kind = Extract::Speaker::Kind::Person)
{
    Extract::Speaker s;
    s.name = name;
    s.role = role;
    s.aliases = aliases;
    s.kind = kind;
    return s;
}

} // namespace

class TestSpeakerIndex : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    qint64 m_seedId = 0;
    qint64 m_secondId = 0;
    QList<qint64> m_madeIds;

    // An article whose extraction is exactly `speakers` and `quotes`.
    qint64 addArticle(const QString &title, const QList<Extract::Speaker> &speakers, const QList<Said> &quotes)
    {
        Import::Article article;
        article.title = title;
        article.format = QStringLiteral("text");
        article.text = title;
        Extract::Result extraction;
        extraction.speakers = speakers;
        for (const Said &said : quotes) {
            article.text += QStringLiteral("\n\n“");
            Extract::Quote quote;
            quote.text = said.text;
            quote.start = article.text.size(); // ASCII and BMP only: code points = UTF-16 units
            quote.end = quote.start + said.text.size();
            quote.speakerIndex = said.speaker;
            quote.speaker = said.speaker < 0 ? QString() : speakers.at(said.speaker).name;
            article.text += said.text + QStringLiteral("” they said.");
            extraction.quotes.append(quote);
            if (said.speaker >= 0)
                ++extraction.speakers[said.speaker].quoteCount;
        }
        article.html = QStringLiteral("<p>%1</p>").arg(article.text.toHtmlEscaped());
        article.blocks = { { Import::Block::Kind::Paragraph, 0, article.text.size() } };
        Library::ArticleRepository repository(&m_db);
        const auto added = repository.addArticle(article, extraction, title + QStringLiteral(".txt"), {});
        return added.ok() ? added.id : 0;
    }

    static const LibrarySpeaker *find(const QList<LibrarySpeaker> &speakers, const QString &name)
    {
        const auto it = std::find_if(speakers.cbegin(), speakers.cend(), [&](const LibrarySpeaker &s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        return it == speakers.cend() ? nullptr : &*it;
    }

    qint64 quoteId(qint64 articleId, const QString &startsWith)
    {
        Library::ArticleRepository repository(&m_db);
        const QList<Library::QuoteRecord> quotes = repository.quotes(articleId);
        for (const Library::QuoteRecord &q : quotes) {
            if (q.text.startsWith(startsWith))
                return q.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository repository(&m_db);
        const QList<Library::ImportOutcome> samples = Library::importSamples(repository);
        QCOMPARE(samples.size(), 2);
        for (const Library::ImportOutcome &outcome : samples) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
            if (outcome.file.contains(QLatin1String("gaza")))
                m_seedId = outcome.id;
        }
        QVERIFY(m_seedId > 0);
        QFile file(m_dir.filePath(QStringLiteral("second.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SecondArticle);
        file.close();
        const Library::ImportOutcome second = Library::importFile(repository, file.fileName());
        QVERIFY2(second.ok(), qPrintable(second.error));
        m_secondId = second.id;

        // Ana Costa three times: with her surname as alias, by surname only, and in lower case;
        // two anonymous "senior officials"; Bruno Reis once.
        const auto costa = speaker(QStringLiteral("Ana Costa"), QStringLiteral("mayor"),
                                   { QStringLiteral("Costa"), QStringLiteral("Mayor Costa") });
        m_madeIds << addArticle(QStringLiteral("Lisbon budget"), { costa, speaker(QStringLiteral("Bruno Reis"), {}) },
                                { { 0, QStringLiteral("The budget is balanced") },
                                  { 0, QStringLiteral("We will build") },
                                  { 1, QStringLiteral("It is not balanced") } });
        m_madeIds << addArticle(QStringLiteral("Lisbon trams"),
                                { speaker(QStringLiteral("Costa"), QStringLiteral("mayor")) },
                                { { 0, QStringLiteral("Trams are coming back") } });
        m_madeIds << addArticle(
            QStringLiteral("Lisbon river"),
            { speaker(QStringLiteral("ana costa"), QStringLiteral("Lisbon's mayor")),
              speaker(QStringLiteral("a senior official"), {}, {}, Extract::Speaker::Kind::Anonymous) },
            { { 0, QStringLiteral("The river is ours") }, { 1, QStringLiteral("Not this year") } });
        m_madeIds << addArticle(
            QStringLiteral("Lisbon port"),
            { speaker(QStringLiteral("A senior official"), {}, {}, Extract::Speaker::Kind::Anonymous),
              speaker(QStringLiteral("costa"), {}, {}, Extract::Speaker::Kind::Anonymous) },
            { { 0, QStringLiteral("The port will wait") }, { 1, QStringLiteral("No comment") } });
        QVERIFY(!m_madeIds.contains(0));
    }

    void groupsAcrossArticles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("articles");
        QTest::addColumn<int>("minQuotes");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("alias");

        QTest::newRow("nominal: imported twice, same full name")
            << QStringLiteral("Jake Sullivan") << QStringLiteral("person") << 2 << 2 << QString() << QString();
        QTest::newRow("nominal: imported twice, spokesperson")
            << QStringLiteral("Majed Al-Ansari") << QStringLiteral("person") << 2 << 2 << QString() << QString();
        QTest::newRow("nominal: second sample")
            << QStringLiteral("Miriam Kovač") << QStringLiteral("person") << 1 << 1 << QString() << QString();
        QTest::newRow("nominal: alias and case merge, fullest name, commonest role")
            << QStringLiteral("Ana Costa") << QStringLiteral("person") << 3 << 4 << QStringLiteral("mayor")
            << QStringLiteral("Costa");
        QTest::newRow("nominal: anonymous descriptions merge by description")
            << QStringLiteral("a senior official") << QStringLiteral("anonymous") << 2 << 2 << QString() << QString();
        QTest::newRow("robustness: anonymous description never merges with a named alias")
            << QStringLiteral("costa") << QStringLiteral("anonymous") << 1 << 1 << QString() << QString();
    }

    void groupsAcrossArticles()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(int, articles);
        QFETCH(int, minQuotes);
        QFETCH(QString, role);
        QFETCH(QString, alias);
        const QList<LibrarySpeaker> speakers = Library::SpeakerIndex(&m_db).speakers();
        const LibrarySpeaker *found = nullptr;
        for (const LibrarySpeaker &s : speakers) {
            if (s.name.compare(name, Qt::CaseInsensitive) == 0 && s.kind == kind)
                found = &s;
        }
        QVERIFY2(found, qPrintable(name));
        QCOMPARE(found->articleCount, articles);
        QVERIFY2(found->quoteCount >= minQuotes, qPrintable(QString::number(found->quoteCount)));
        // The counts kept at write time agree with the quotes themselves.
        const QList<Library::LibraryQuote> quotes = Library::SpeakerIndex(&m_db).quotes(*found);
        QCOMPARE(found->quoteCount, quotes.size());
        QSet<qint64> quotedIn;
        for (const Library::LibraryQuote &q : quotes)
            quotedIn.insert(q.articleId);
        QCOMPARE(found->articleCount, quotedIn.size());
        if (!role.isEmpty())
            QCOMPARE(found->role, role);
        if (!alias.isEmpty()) {
            QCOMPARE(found->name, name); // the fullest spelling, as written
            QVERIFY(found->aliases.contains(alias));
            QVERIFY(!found->aliases.contains(name, Qt::CaseInsensitive));
        }
        // Exactly one named entry per person.
        const auto same = std::count_if(speakers.cbegin(), speakers.cend(), [&](const LibrarySpeaker &s) {
            return s.name.compare(name, Qt::CaseInsensitive) == 0 && s.kind == kind;
        });
        QCOMPARE(same, 1);
    }

    void anonymousLast()
    {
        const QList<LibrarySpeaker> speakers = Library::SpeakerIndex(&m_db).speakers();
        QVERIFY(speakers.size() > 5);
        bool seenAnonymous = false;
        for (const LibrarySpeaker &s : speakers) {
            QVERIFY2(!seenAnonymous || s.isAnonymous(), qPrintable(s.name));
            seenAnonymous = seenAnonymous || s.isAnonymous();
        }
        QVERIFY(seenAnonymous); // the seed's US official, the hand-made officials
        QVERIFY(!speakers.constFirst().isAnonymous());
    }

    void quotesOfSpeaker()
    {
        Library::SpeakerIndex index(&m_db);
        const QList<Library::LibraryQuote> quotes = index.quotes(QStringLiteral("Jake Sullivan"));
        QVERIFY(quotes.size() >= 2);
        QSet<qint64> articles;
        Library::ArticleRepository repository(&m_db);
        for (const Library::LibraryQuote &q : quotes) {
            articles.insert(q.articleId);
            QVERIFY(!q.articleTitle.isEmpty());
            QVERIFY(q.end > q.start);
            QCOMPARE(q.speaker, QStringLiteral("Jake Sullivan"));
        }
        QCOMPARE(articles, QSet<qint64>({ m_seedId, m_secondId }));
        // Newest article first.
        QCOMPARE(quotes.constFirst().articleId, m_secondId);
        // By name in any case, or by alias; a name beats someone else's alias ("costa" the
        // anonymous source is not "Costa" the mayor).
        QCOMPARE(index.quotes(QStringLiteral("ANA COSTA")).size(), 4);
        QCOMPARE(index.quotes(QStringLiteral("mayor costa")).size(), 4);
        QCOMPARE(index.quotes(QStringLiteral("Costa")).size(), 1);
        QVERIFY(index.quotes(QStringLiteral("Nobody Here")).isEmpty());
    }

    void overrideMovesQuote()
    {
        Library::ArticleRepository repository(&m_db);
        Library::SpeakerIndex index(&m_db);
        const qint64 moved = quoteId(m_madeIds.at(0), QStringLiteral("We will build"));
        QVERIFY(moved > 0);
        const auto countOf = [&](const QString &name) {
            const auto all = index.speakers();
            const LibrarySpeaker *s = find(all, name);
            return s ? s->quoteCount : 0;
        };
        QCOMPARE(countOf(QStringLiteral("Ana Costa")), 4);
        QCOMPARE(countOf(QStringLiteral("Bruno Reis")), 1);

        QVERIFY(repository.setSpeakerOverride(moved, QStringLiteral("bruno reis")));
        QCOMPARE(countOf(QStringLiteral("Ana Costa")), 3);
        QCOMPARE(countOf(QStringLiteral("Bruno Reis")), 2);
        const auto reis = index.quotes(QStringLiteral("Bruno Reis"));
        QVERIFY(std::any_of(reis.cbegin(), reis.cend(), [&](const auto &q) { return q.id == moved; }));

        // Someone the extractor never found becomes a speaker of their own.
        QVERIFY(repository.setSpeakerOverride(moved, QStringLiteral("Carla Nunes")));
        QCOMPARE(countOf(QStringLiteral("Carla Nunes")), 1);
        QCOMPARE(countOf(QStringLiteral("Bruno Reis")), 1);
        QCOMPARE(index.quotes(QStringLiteral("Carla Nunes")).constFirst().speaker, QStringLiteral("Carla Nunes"));

        // Every quote corrected away: the speaker is no longer listed.
        const qint64 only = quoteId(m_madeIds.at(0), QStringLiteral("It is not balanced"));
        QVERIFY(repository.setSpeakerOverride(only, QStringLiteral("Ana Costa")));
        QCOMPARE(countOf(QStringLiteral("Bruno Reis")), 0);

        QVERIFY(repository.setSpeakerOverride(moved, {}));
        QVERIFY(repository.setSpeakerOverride(only, {}));
        QCOMPARE(countOf(QStringLiteral("Ana Costa")), 4);
        QCOMPARE(countOf(QStringLiteral("Carla Nunes")), 0);
    }

    // The directory is kept at write time: a later article that links two people already listed
    // merges them, deleting an article takes its quotes out of the counts, and speaker: finds
    // the articles through it.
    void directoryFollowsWrites()
    {
        Library::SpeakerIndex index(&m_db);
        Library::ArticleRepository repository(&m_db);
        const auto articlesOf = [&](const QString &query) {
            QSet<qint64> ids;
            for (const Library::SearchHit &hit : Library::SearchEngine(&m_db).search(query))
                ids.insert(hit.articleId);
            return ids;
        };
        const qint64 x = addArticle(QStringLiteral("Ferry timetable"), { speaker(QStringLiteral("Ola Strand"), QStringLiteral("skipper")) },
                                    { { 0, QStringLiteral("The ferry runs at dawn") } });
        const qint64 y = addArticle(QStringLiteral("Ferry fares"), { speaker(QStringLiteral("O. Strand"), QStringLiteral("skipper")) },
                                    { { 0, QStringLiteral("Fares stay the same") }, { 0, QStringLiteral("Children ride free") } });
        QVERIFY(x > 0 && y > 0);
        auto all = index.speakers();
        QVERIFY(find(all, QStringLiteral("Ola Strand")) && find(all, QStringLiteral("O. Strand")));

        const qint64 z = addArticle(QStringLiteral("Ferry winter"),
                                    { speaker(QStringLiteral("Strand"), {}, { QStringLiteral("Ola Strand"), QStringLiteral("O. Strand") }) },
                                    { { 0, QStringLiteral("Ice is no trouble") } });
        QVERIFY(z > 0);
        all = index.speakers();
        QVERIFY(!find(all, QStringLiteral("O. Strand")));
        const LibrarySpeaker *strand = find(all, QStringLiteral("Ola Strand"));
        QVERIFY(strand);
        QCOMPARE(strand->quoteCount, 4);
        QCOMPARE(strand->articleCount, 3);
        QCOMPARE(strand->role, QStringLiteral("skipper"));
        QVERIFY(strand->aliases.contains(QStringLiteral("O. Strand")));
        QCOMPARE(index.quotes(QStringLiteral("o. strand")).size(), 4);
        QCOMPARE(articlesOf(QStringLiteral("speaker:strand")), QSet<qint64>({ x, y, z }));
        QCOMPARE(articlesOf(QStringLiteral("speaker:\"ola str\"")), QSet<qint64>({ x, y, z }));
        QVERIFY(articlesOf(QStringLiteral("speaker:trand")).isEmpty());

        QVERIFY(repository.deleteArticle(y));
        strand = find(all = index.speakers(), QStringLiteral("Ola Strand"));
        QVERIFY(strand);
        QCOMPARE(strand->quoteCount, 2);
        QCOMPARE(strand->articleCount, 2);
        QCOMPARE(articlesOf(QStringLiteral("speaker:strand")), QSet<qint64>({ x, z }));
        QVERIFY(repository.deleteArticle(x));
        QVERIFY(repository.deleteArticle(z));
        QVERIFY(!find(index.speakers(), QStringLiteral("Ola Strand")));
        QVERIFY(articlesOf(QStringLiteral("speaker:strand")).isEmpty());
        // Nothing left counting for nobody.
        QSqlQuery check(m_db.connection());
        QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM library_speaker_articles WHERE article_id IN (%1, %2, %3)")
                               .arg(x).arg(y).arg(z)));
        QVERIFY(check.next());
        QCOMPARE(check.value(0).toInt(), 0);
    }

    void taggedQuotes_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<bool>("inMadeArticle");
        QTest::addColumn<QStringList>("colors");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");

        QTest::newRow("nominal: every tagged quote")
            << QString() << QString() << false << QStringList() << QString() << 3;
        QTest::newRow("nominal: by tag, any case")
            << QStringLiteral("BUDGET") << QString() << false << QStringList() << QString() << 2;
        QTest::newRow("nominal: by speaker")
            << QString() << QStringLiteral("bruno reis") << false << QStringList() << QString() << 1;
        QTest::newRow("nominal: by article") << QString() << QString() << true << QStringList() << QString() << 2;
        QTest::newRow("nominal: word prefix")
            << QString() << QString() << false << QStringList() << QStringLiteral("balan") << 2;
        QTest::newRow("nominal: phrase") << QString() << QString() << false << QStringList()
                                         << QStringLiteral("\"is not balanced\"") << 1;
        QTest::newRow("robustness: word inside another word does not match")
            << QString() << QString() << false << QStringList() << QStringLiteral("alanced") << 0;
        QTest::newRow("robustness: a colour filter leaves no quotes")
            << QString() << QString() << false << QStringList { QStringLiteral("yellow") } << QString() << 0;
    }

    void taggedQuotes()
    {
        QFETCH(QString, tag);
        QFETCH(QString, speaker);
        QFETCH(bool, inMadeArticle);
        QFETCH(QStringList, colors);
        QFETCH(QString, text);
        QFETCH(int, expected);

        Library::HighlightRepository highlights(&m_db);
        QVERIFY(highlights.setQuoteTags(quoteId(m_madeIds.at(0), QStringLiteral("The budget")),
                                        { QStringLiteral("budget") }));
        QVERIFY(highlights.setQuoteTags(quoteId(m_madeIds.at(0), QStringLiteral("It is not")),
                                        { QStringLiteral("Budget"), QStringLiteral("dissent") }));
        QVERIFY(highlights.setQuoteTags(quoteId(m_madeIds.at(1), QStringLiteral("Trams")),
                                        { QStringLiteral("transport") }));

        Library::HighlightFilter filter;
        filter.tag = tag;
        filter.speaker = speaker;
        filter.articleId = inMadeArticle ? m_madeIds.at(0) : 0;
        filter.colors = colors;
        filter.text = text;
        const QList<Library::LibraryQuote> quotes = Library::SpeakerIndex(&m_db).taggedQuotes(filter);
        QCOMPARE(quotes.size(), expected);
        for (const Library::LibraryQuote &q : quotes) {
            QVERIFY(!q.tags.isEmpty());
            if (!tag.isEmpty())
                QVERIFY(q.tags.contains(tag, Qt::CaseInsensitive));
        }
    }

    void taggedQuotesByDate()
    {
        Library::HighlightFilter filter;
        filter.createdFrom = QDateTime::currentDateTimeUtc().addDays(1);
        QVERIFY(Library::SpeakerIndex(&m_db).taggedQuotes(filter).isEmpty());
        filter.createdFrom = QDateTime::currentDateTimeUtc().addDays(-1);
        filter.createdTo = QDateTime::currentDateTimeUtc().addDays(1);
        QCOMPARE(Library::SpeakerIndex(&m_db).taggedQuotes(filter).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerIndex)

#include "tst_speakerindex.moc"

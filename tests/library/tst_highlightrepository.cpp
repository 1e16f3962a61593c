#include "extract/types.h"
#include "import/article.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/searchengine.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Library::HighlightRecord;
using Library::HighlightRepository;

namespace {

// 🙂 before the quote: offsets are code points, so the quote starts one less than its UTF-16 index.
const QString ArticleText = QStringLiteral("Negotiators 🙂 met in Doha on Tuesday.\n\n"
                                           "“We are optimistic,” Al-Ansari said.\n\n"
                                           "The talks were described as difficult but constructive.");

qsizetype cp(const QString &needle)
{
    const qsizetype utf16 = ArticleText.indexOf(needle);
    return utf16 < 0 ? -1 : utf16 - 1; // one surrogate pair precedes everything searched here
}

Import::Article article(const QString &text, const QString &title)
{
    Import::Article a;
    a.title = title;
    a.format = QStringLiteral("text");
    a.text = text;
    a.html = QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
    a.blocks = { { Import::Block::Kind::Paragraph, 0, text.size() } };
    return a;
}

Extract::Result extraction()
{
    Extract::Result result;
    Extract::Speaker speaker;
    speaker.name = QStringLiteral("Majed Al-Ansari");
    speaker.quoteCount = 1;
    result.speakers.append(speaker);
    Extract::Quote quote;
    quote.text = QStringLiteral("We are optimistic");
    quote.start = cp(quote.text);
    quote.end = quote.start + quote.text.size();
    quote.speaker = speaker.name;
    quote.speakerIndex = 0;
    result.quotes.append(quote);
    result.tags.append({ QStringLiteral("Qatar"), Extract::Tag::Kind::Place, 2 });
    return result;
}

int storedCount(Library::Database &db, qint64 articleId)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT highlight_count FROM articles WHERE id = ?"));
    query.addBindValue(articleId);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestHighlightRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    qint64 m_articleId = 0;
    qint64 m_otherId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository articles(&m_db);
        const auto added = articles.addArticle(article(ArticleText, QStringLiteral("Talks")), extraction(),
                                               QStringLiteral("talks.txt"), {});
        QVERIFY2(added.ok(), qPrintable(added.error));
        m_articleId = added.id;
        const auto other
            = articles.addArticle(article(QStringLiteral("Another article about the talks."), QStringLiteral("Other")),
                                  {}, QStringLiteral("other.txt"), {});
        QVERIFY(other.ok());
        m_otherId = other.id;
    }

    void createsWithSelectors()
    {
        HighlightRepository repository(&m_db);
        QSignalSpy added(&repository, &HighlightRepository::highlightAdded);
        QSignalSpy count(&repository, &HighlightRepository::articleHighlightCountChanged);
        const qsizetype start = cp(QStringLiteral("difficult"));
        const auto record = repository.create(m_articleId, start, start + 26, QStringLiteral("green"));
        QVERIFY(record);
        QVERIFY(record->id > 0);
        QCOMPARE(record->exact, QStringLiteral("difficult but constructive"));
        QCOMPARE(record->prefix, QStringLiteral("d.\n\nThe talks were described as "));
        QCOMPARE(record->suffix, QStringLiteral("."));
        QCOMPARE(record->start, start);
        QCOMPARE(record->color, QStringLiteral("green"));
        QVERIFY(!record->orphaned);
        QVERIFY(record->createdAt.isValid());
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<HighlightRecord>().id, record->id);
        QCOMPARE(count.count(), 1);
        QCOMPARE(count.at(0).at(0).toLongLong(), m_articleId);
        QCOMPARE(storedCount(m_db, m_articleId), 1);

        // The prefix crosses the emoji: code points, not UTF-16 units.
        const auto early = repository.create(m_articleId, 0, 13, QStringLiteral("yellow"));
        QVERIFY(early);
        QCOMPARE(early->exact, QStringLiteral("Negotiators 🙂"));
        QCOMPARE(early->prefix, QString());
        QVERIFY(early->suffix.startsWith(QStringLiteral(" met in Doha")));
        QVERIFY(repository.remove(early->id));
        QCOMPARE(storedCount(m_db, m_articleId), 1);
    }

    void refusesInvalidInput_data()
    {
        QTest::addColumn<qint64>("article");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::addColumn<QString>("color");
        QTest::newRow("robustness: unknown colour")
            << qint64(1) << qsizetype(0) << qsizetype(4) << QStringLiteral("red");
        QTest::newRow("robustness: empty range") << qint64(1) << qsizetype(4) << qsizetype(4) << QStringLiteral("blue");
        QTest::newRow("robustness: negative start")
            << qint64(1) << qsizetype(-1) << qsizetype(4) << QStringLiteral("blue");
        QTest::newRow("robustness: past the end (UTF-16 length)")
            << qint64(1) << qsizetype(0) << qsizetype(ArticleText.size()) << QStringLiteral("blue");
        QTest::newRow("robustness: no such article")
            << qint64(999) << qsizetype(0) << qsizetype(4) << QStringLiteral("blue");
    }

    void refusesInvalidInput()
    {
        QFETCH(qint64, article);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QFETCH(QString, color);
        HighlightRepository repository(&m_db);
        QSignalSpy added(&repository, &HighlightRepository::highlightAdded);
        const int before = storedCount(m_db, m_articleId);
        QVERIFY(!repository.create(article == 1 ? m_articleId : article, start, end, color));
        QCOMPARE(added.count(), 0);
        QCOMPARE(storedCount(m_db, m_articleId), before);
    }

    void editsRecolourRetag()
    {
        HighlightRepository repository(&m_db);
        const auto record = repository.create(m_articleId, cp(QStringLiteral("Doha")), cp(QStringLiteral("Doha")) + 4,
                                              QStringLiteral("yellow"));
        QVERIFY(record);
        QSignalSpy changed(&repository, &HighlightRepository::highlightChanged);
        QSignalSpy tags(&repository, &HighlightRepository::tagsChanged);

        QVERIFY(repository.setColor(record->id, QStringLiteral("purple")));
        QVERIFY(!repository.setColor(record->id, QStringLiteral("octarine")));
        QVERIFY(repository.setNote(record->id, QStringLiteral("Where the **mediators** sit.")));
        QVERIFY(repository.setTags(
            record->id, { QStringLiteral(" Mediation "), QStringLiteral("qatar"), QStringLiteral("MEDIATION"), {} }));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(tags.count(), 1);
        auto stored = repository.highlight(record->id);
        QVERIFY(stored);
        QCOMPARE(stored->color, QStringLiteral("purple"));
        QCOMPARE(stored->note, QStringLiteral("Where the **mediators** sit."));
        // "qatar" joined the existing extracted tag "Qatar" (names are unique case-insensitively).
        QCOMPARE(stored->tags, (QStringList { QStringLiteral("Mediation"), QStringLiteral("Qatar") }));
        QCOMPARE(changed.last().at(0).value<HighlightRecord>().tags, stored->tags);
        QVERIFY(repository.allTags().contains(QStringLiteral("Mediation")));

        QVERIFY(repository.setTags(record->id, { QStringLiteral("Doha") }));
        stored = repository.highlight(record->id);
        QCOMPARE(stored->tags, QStringList { QStringLiteral("Doha") });
        // Unused tags are pruned; extracted ones stay.
        QVERIFY(!repository.allTags().contains(QStringLiteral("Mediation")));
        QVERIFY(repository.allTags().contains(QStringLiteral("Qatar")));
        // Completion offers the reader's tags, not every extracted suggestion.
        QVERIFY(repository.readerTags().contains(QStringLiteral("Doha")));
        // "Qatar" is still an extracted suggestion, on no highlight: a tag, but not offered for completion.
        QVERIFY(!repository.readerTags().contains(QStringLiteral("Qatar")));

        QVERIFY(!repository.setNote(424242, QStringLiteral("nothing there")));
        QVERIFY(!repository.setTags(424242, { QStringLiteral("x") }));
        QVERIFY(!repository.allTags().contains(QStringLiteral("x")));
        QVERIFY(repository.remove(record->id));
    }

    void removesAndRestoresWithSameId()
    {
        HighlightRepository repository(&m_db);
        const int before = storedCount(m_db, m_articleId);
        auto record = repository.create(m_articleId, cp(QStringLiteral("Tuesday")), cp(QStringLiteral("Tuesday")) + 7,
                                        QStringLiteral("blue"));
        QVERIFY(record);
        QVERIFY(repository.setNote(record->id, QStringLiteral("day of the meeting")));
        QVERIFY(repository.setTags(record->id, { QStringLiteral("timeline") }));
        record = repository.highlight(record->id);
        QCOMPARE(storedCount(m_db, m_articleId), before + 1);

        QSignalSpy removed(&repository, &HighlightRepository::highlightRemoved);
        QSignalSpy added(&repository, &HighlightRepository::highlightAdded);
        QVERIFY(repository.remove(record->id));
        QVERIFY(!repository.remove(record->id));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toLongLong(), record->id);
        QCOMPARE(removed.at(0).at(1).toLongLong(), m_articleId);
        QVERIFY(!repository.highlight(record->id));
        QCOMPARE(storedCount(m_db, m_articleId), before);
        QVERIFY(!repository.allTags().contains(QStringLiteral("timeline")));

        QVERIFY(repository.restore(*record));
        QVERIFY(!repository.restore(*record)); // the id is taken again
        QCOMPARE(added.count(), 1);
        const auto restored = repository.highlight(record->id);
        QVERIFY(restored);
        QCOMPARE(restored->exact, QStringLiteral("Tuesday"));
        QCOMPARE(restored->note, QStringLiteral("day of the meeting"));
        QCOMPARE(restored->tags, QStringList { QStringLiteral("timeline") });
        QCOMPARE(restored->createdAt, record->createdAt);
        QCOMPARE(storedCount(m_db, m_articleId), before + 1);
        QVERIFY(repository.remove(record->id));
    }

    void createsFromQuoteKeepingSpeaker()
    {
        Library::ArticleRepository articles(&m_db);
        const auto quotes = articles.quotes(m_articleId);
        QCOMPARE(quotes.size(), 1);
        HighlightRepository repository(&m_db);
        const auto record = repository.createFromQuote(quotes.at(0).id, QStringLiteral("pink"));
        QVERIFY(record);
        QCOMPARE(record->exact, QStringLiteral("We are optimistic"));
        QCOMPARE(record->quoteId, quotes.at(0).id);
        QCOMPARE(record->speaker, QStringLiteral("Majed Al-Ansari"));
        QVERIFY(!repository.createFromQuote(987654, QStringLiteral("pink")));
        QVERIFY(repository.setQuoteTags(quotes.at(0).id, { QStringLiteral("optimism") }));
        QCOMPARE(repository.quoteTags(quotes.at(0).id), QStringList { QStringLiteral("optimism") });
        QVERIFY(!repository.setQuoteTags(987654, { QStringLiteral("nowhere") }));

        Library::HighlightFilter filter;
        filter.speaker = QStringLiteral("majed al-ansari");
        const auto bySpeaker = repository.allHighlights(filter);
        QCOMPARE(bySpeaker.size(), 1);
        QCOMPARE(bySpeaker.at(0).id, record->id);
        QVERIFY(repository.remove(record->id));
    }

    void reattachesOrphan()
    {
        HighlightRepository repository(&m_db);
        const auto record = repository.create(m_articleId, 0, 11, QStringLiteral("yellow"));
        QVERIFY(record);
        QSqlQuery orphan(m_db.connection());
        QVERIFY(orphan.exec(
            QStringLiteral("UPDATE highlights SET orphaned = 1, exact = 'Mediators' WHERE id = %1").arg(record->id)));
        QCOMPARE(repository.highlights(m_articleId).constLast().id, record->id); // orphans last
        QSignalSpy changed(&repository, &HighlightRepository::highlightChanged);
        const qsizetype start = cp(QStringLiteral("talks"));
        QVERIFY(repository.reattach(record->id, start, start + 5));
        QVERIFY(!repository.reattach(record->id, start, start + 5000));
        QCOMPARE(changed.count(), 1);
        const auto stored = repository.highlight(record->id);
        QVERIFY(!stored->orphaned);
        QCOMPARE(stored->exact, QStringLiteral("talks"));
        QCOMPARE(stored->start, start);
        QVERIFY(repository.remove(record->id));
    }

    void listsInTextOrderAndFilters()
    {
        HighlightRepository repository(&m_db);
        const auto late = repository.create(m_articleId, cp(QStringLiteral("constructive")),
                                            cp(QStringLiteral("constructive")) + 12, QStringLiteral("blue"));
        const auto early = repository.create(m_articleId, cp(QStringLiteral("Doha")), cp(QStringLiteral("Doha")) + 4,
                                             QStringLiteral("yellow"));
        const auto other = repository.create(m_otherId, 0, 7, QStringLiteral("blue"));
        QVERIFY(late && early && other);
        QVERIFY(repository.setNote(other->id, QStringLiteral("remember the zeppelin")));
        QVERIFY(repository.setTags(late->id, { QStringLiteral("tone") }));

        const auto list = repository.highlights(m_articleId);
        QVERIFY(list.size() >= 3);
        for (qsizetype i = 1; i < list.size(); ++i)
            QVERIFY(list.at(i - 1).orphaned < list.at(i).orphaned || list.at(i - 1).start <= list.at(i).start);

        Library::HighlightFilter filter;
        filter.colors = { QStringLiteral("blue") };
        QCOMPARE(repository.allHighlights(filter).size(), 2);
        filter.articleId = m_otherId;
        QCOMPARE(repository.allHighlights(filter).size(), 1);
        filter = {};
        filter.tag = QStringLiteral("TONE");
        QCOMPARE(repository.allHighlights(filter).size(), 1);
        filter = {};
        filter.text = QStringLiteral("zepp"); // prefix of a word of the note
        const auto byNote = repository.allHighlights(filter);
        QCOMPARE(byNote.size(), 1);
        QCOMPARE(byNote.at(0).id, other->id);
        filter.text = QStringLiteral("\"AND OR NEAR("); // FTS syntax typed by the reader is searched for
        QCOMPARE(repository.allHighlights(filter).size(), 0);
        filter = {};
        filter.createdFrom = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(repository.allHighlights(filter).size(), 0);
        filter.createdFrom = QDateTime::currentDateTimeUtc().addSecs(-60);
        filter.createdTo = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(repository.allHighlights(filter).size(), list.size() + 1);

        // The library search finds the highlight through its note (FTS triggers).
        const auto hits = Library::SearchEngine(&m_db).search(QStringLiteral("zeppelin"));
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(), [&](const Library::SearchHit &hit) {
            return hit.kind == Library::SearchHit::Kind::Highlight && hit.articleId == m_otherId;
        }));
        QVERIFY(repository.remove(late->id));
        QVERIFY(repository.remove(early->id));
        QVERIFY(repository.remove(other->id));
        QVERIFY(Library::SearchEngine(&m_db).search(QStringLiteral("zeppelin")).isEmpty());
    }

    void articleNotes()
    {
        HighlightRepository repository(&m_db);
        QSignalSpy changed(&repository, &HighlightRepository::articleNoteChanged);
        QCOMPARE(repository.articleNote(m_articleId), QString());
        QVERIFY(repository.setArticleNote(m_articleId, QStringLiteral("# Summary\n\nMediators *hopeful*.")));
        QVERIFY(
            repository.setArticleNote(m_articleId, QStringLiteral("# Summary\n\nMediators *hopeful*."))); // unchanged
        QCOMPARE(changed.count(), 1);
        QCOMPARE(repository.articleNote(m_articleId), QStringLiteral("# Summary\n\nMediators *hopeful*."));
        const auto hits = Library::SearchEngine(&m_db).search(QStringLiteral("hopeful"));
        QVERIFY(std::any_of(hits.cbegin(), hits.cend(),
                            [](const Library::SearchHit &hit) { return hit.kind == Library::SearchHit::Kind::Note; }));
        QVERIFY(!repository.setArticleNote(999, QStringLiteral("no article")));
        QVERIFY(repository.setArticleNote(m_articleId, QString()));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(repository.articleNote(m_articleId), QString());
    }

    void articleTagsAndRenameMerge()
    {
        HighlightRepository repository(&m_db);
        QSignalSpy tagsChanged(&repository, &HighlightRepository::tagsChanged);
        QVERIFY(repository.setArticleTags(m_articleId, { QStringLiteral("diplomacy"), QStringLiteral("Qatar") }));
        QCOMPARE(repository.articleTags(m_articleId),
                 (QStringList { QStringLiteral("diplomacy"), QStringLiteral("Qatar") }));
        QVERIFY(repository.setArticleTags(m_otherId, { QStringLiteral("Diplomacy ") }));
        QCOMPARE(repository.articleTags(m_otherId), QStringList { QStringLiteral("diplomacy") });

        const auto h = repository.create(m_articleId, 0, 11, QStringLiteral("yellow"));
        QVERIFY(h);
        QVERIFY(repository.setTags(h->id, { QStringLiteral("talks"), QStringLiteral("diplomacy") }));
        QSignalSpy changed(&repository, &HighlightRepository::highlightChanged);

        // Plain rename.
        QVERIFY(repository.renameTag(QStringLiteral("talks"), QStringLiteral("negotiations")));
        QCOMPARE(repository.highlight(h->id)->tags,
                 (QStringList { QStringLiteral("diplomacy"), QStringLiteral("negotiations") }));
        QCOMPARE(changed.count(), 1);
        // Merge: "diplomacy" into "negotiations", which both the highlight and nothing else carry.
        QVERIFY(repository.renameTag(QStringLiteral("Diplomacy"), QStringLiteral("negotiations")));
        QCOMPARE(repository.highlight(h->id)->tags, QStringList { QStringLiteral("negotiations") });
        QCOMPARE(repository.articleTags(m_articleId),
                 (QStringList { QStringLiteral("negotiations"), QStringLiteral("Qatar") }));
        QCOMPARE(repository.articleTags(m_otherId), QStringList { QStringLiteral("negotiations") });
        QVERIFY(!repository.allTags().contains(QStringLiteral("diplomacy"), Qt::CaseInsensitive));
        // Case-only rename and failures.
        QVERIFY(repository.renameTag(QStringLiteral("negotiations"), QStringLiteral("Negotiations")));
        QVERIFY(repository.allTags().contains(QStringLiteral("Negotiations")));
        QVERIFY(!repository.renameTag(QStringLiteral("no such tag"), QStringLiteral("x")));
        QVERIFY(!repository.renameTag(QStringLiteral("Negotiations"), QStringLiteral("  ")));
        QVERIFY(tagsChanged.count() >= 5);

        // Removing the reader's tags removes them, an accepted suggestion ("Qatar") included.
        QVERIFY(repository.setArticleTags(m_articleId, {}));
        QCOMPARE(repository.articleTags(m_articleId), QStringList());
        QVERIFY(!repository.allTags().contains(QStringLiteral("Qatar")));
        QVERIFY(repository.allTags().contains(QStringLiteral("Negotiations"))); // still on the highlight
        QVERIFY(repository.remove(h->id));
    }

    void persistsAcrossConnections()
    {
        qint64 id = 0;
        {
            HighlightRepository repository(&m_db);
            const auto record = repository.create(m_articleId, cp(QStringLiteral("Al-Ansari")),
                                                  cp(QStringLiteral("Al-Ansari")) + 9, QStringLiteral("green"));
            QVERIFY(record);
            id = record->id;
            QVERIFY(repository.setNote(id, QStringLiteral("spokesperson")));
            QVERIFY(repository.setTags(id, { QStringLiteral("people") }));
            QVERIFY(repository.setArticleNote(m_otherId, QStringLiteral("kept")));
        }
        Library::Database reopened;
        QVERIFY(reopened.open(m_db.path()));
        HighlightRepository repository(&reopened);
        const auto stored = repository.highlight(id);
        QVERIFY(stored);
        QCOMPARE(stored->exact, QStringLiteral("Al-Ansari"));
        QCOMPARE(stored->note, QStringLiteral("spokesperson"));
        QCOMPARE(stored->tags, QStringList { QStringLiteral("people") });
        QCOMPARE(stored->color, QStringLiteral("green"));
        QCOMPARE(repository.articleNote(m_otherId), QStringLiteral("kept"));
        QCOMPARE(storedCount(reopened, m_articleId), repository.highlights(m_articleId).size());
    }

    void highlightsGoWithTheirArticle()
    {
        // Highlights cascade with their article (foreign keys on); the count column goes with the row.
        HighlightRepository repository(&m_db);
        QVERIFY(repository.create(m_otherId, 0, 7, QStringLiteral("yellow")));
        QSqlQuery remove(m_db.connection());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(m_otherId)));
        QVERIFY(repository.highlights(m_otherId).isEmpty());
        QCOMPARE(repository.articleNote(m_otherId), QString());
    }
};

QTEST_GUILESS_MAIN(TestHighlightRepository)
#include "tst_highlightrepository.moc"

#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"
#include "library/searchengine.h"
#include "library/searchworker.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Library::SearchEngine;
using Library::SearchQuery;

class TestSearchEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    qint64 m_seed = 0;
    qint64 m_trains = 0;

    QStringList titles(const QString &query)
    {
        QStringList result;
        for (const auto &hit : SearchEngine(&m_db).search(query))
            result << hit.title;
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository repository(&m_db);
        for (const auto &outcome : Library::importSamples(repository)) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
            if (outcome.title.startsWith(QStringLiteral("US Efforts")))
                m_seed = outcome.id;
            else
                m_trains = outcome.id;
        }
        QVERIFY(m_seed > 0 && m_trains > 0);
    }

    void parsesQueries()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("hostage \"prisoner exchange\" speaker:\"Jake Sullivan\" tag:Gaza site:cnn"));
        QCOMPARE(q.terms, QStringList{QStringLiteral("hostage")});
        QCOMPARE(q.phrases, QStringList{QStringLiteral("prisoner exchange")});
        QCOMPARE(q.speakers, QStringList{QStringLiteral("Jake Sullivan")});
        QCOMPARE(q.tags, QStringList{QStringLiteral("Gaza")});
        QCOMPARE(q.sites, QStringList{QStringLiteral("cnn")});
        QCOMPARE(q.ftsExpression(), QStringLiteral("\"prisoner exchange\" \"hostage\"*"));
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedTitleStart");
        QTest::newRow("nominal: a name") << "Al-Ansari" << "US Efforts";
        QTest::newRow("nominal: prefix") << "hostag" << "US Efforts";
        QTest::newRow("nominal: phrase") << "\"prisoner exchange\"" << "US Efforts";
        QTest::newRow("nominal: diacritics folded") << "kovac" << "Night trains";
        QTest::newRow("nominal: site filter alone") << "site:courier" << "Night trains";
        QTest::newRow("nominal: speaker filter") << "optimistic speaker:Al-Ansari" << "US Efforts";
        QTest::newRow("robustness: FTS operators are words") << "NOT hostages OR" << "";
        QTest::newRow("robustness: stray quote and star") << "\"hostage* (" << "US Efforts";
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedTitleStart);
        const QStringList found = titles(query);
        if (expectedTitleStart.isEmpty()) {
            QVERIFY(found.isEmpty());
            return;
        }
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        QVERIFY2(found.constFirst().startsWith(expectedTitleStart), qPrintable(found.join(QLatin1String(" | "))));
    }

    void filtersExclude()
    {
        QVERIFY(titles(QStringLiteral("hostages site:courier")).isEmpty());
        QVERIFY(titles(QStringLiteral("hostages speaker:Kovač")).isEmpty());
    }

    void snippetMarksTheMatch()
    {
        const auto hits = SearchEngine(&m_db).search(QStringLiteral("optimistic"));
        QVERIFY(!hits.isEmpty());
        const QString snippet = hits.constFirst().snippet;
        QVERIFY2(snippet.contains(SearchEngine::SnippetOpen + QStringLiteral("optimistic") + SearchEngine::SnippetClose), qPrintable(snippet));
    }

    void firstMatchOffsetPointsAtTheWord()
    {
        Library::ArticleRepository repository(&m_db);
        const QString text = repository.article(m_seed)->text;
        const qsizetype offset = SearchEngine(&m_db).firstMatchOffset(m_seed, QStringLiteral("optimistic"));
        QVERIFY(offset > 0);
        QCOMPARE(text.mid(offset, 10), QStringLiteral("optimistic")); // no surrogates before it in this text
        QCOMPARE(SearchEngine(&m_db).firstMatchOffset(m_seed, QStringLiteral("zzzznotthere")), -1);
    }

    void findsHighlightsAndNotes()
    {
        QSqlQuery insert(m_db.connection());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO highlights (article_id, exact, start, \"end\", note, created_at, updated_at) "
            "VALUES (%1, 'Rafah gates', 0, 11, 'check the crossing schedule', '2026-01-01', '2026-01-01')").arg(m_seed)));
        QVERIFY(insert.exec(QStringLiteral("INSERT INTO notes (article_id, body, updated_at) VALUES (%1, 'sleeper economics', '2026-01-01')").arg(m_trains)));
        const auto highlightHits = SearchEngine(&m_db).search(QStringLiteral("schedule"));
        QCOMPARE(highlightHits.size(), 1);
        QCOMPARE(highlightHits.constFirst().kind, Library::SearchHit::Kind::Highlight);
        QCOMPARE(highlightHits.constFirst().articleId, m_seed);
        QVERIFY(highlightHits.constFirst().highlightId > 0);
        const auto noteHits = SearchEngine(&m_db).search(QStringLiteral("economics"));
        QVERIFY(!noteHits.isEmpty());
        QCOMPARE(noteHits.constLast().kind, Library::SearchHit::Kind::Note);
        QCOMPARE(noteHits.constLast().articleId, m_trains);
    }

    void singleLettersAreNotPrefixes()
    {
        // "a" alone is the word "a", not every word starting with a.
        QCOMPARE(SearchQuery::parse(QStringLiteral("a hostag")).ftsExpression(), QStringLiteral("\"a\" \"hostag\"*"));
        QCOMPARE(SearchQuery::parse(QStringLiteral("é")).ftsExpression(), QStringLiteral("\"é\""));
    }

    void filtersRankTheSameWithinThem()
    {
        // The filtered search returns the same ranking as the unfiltered one, restricted.
        const auto articlesOnly = [](QList<Library::SearchHit> hits) {
            hits.removeIf([](const auto &hit) { return hit.kind != Library::SearchHit::Kind::Article; });
            return hits;
        };
        const auto all = articlesOnly(SearchEngine(&m_db).search(QStringLiteral("the")));
        const auto onlySeed = articlesOnly(SearchEngine(&m_db).search(QStringLiteral("the speaker:Al-Ansari")));
        QVERIFY(all.size() >= 2);
        QCOMPARE(onlySeed.size(), 1);
        QCOMPARE(onlySeed.constFirst().articleId, m_seed);
        for (const auto &hit : all) {
            if (hit.articleId == m_seed)
                QCOMPARE(onlySeed.constFirst().rank, hit.rank);
        }
    }

    // Searches on their own thread and connection; only the newest request is answered.
    void workerAnswersTheNewestRequestOnly()
    {
        Library::SearchWorker worker(m_db.path());
        QSignalSpy finished(&worker, &Library::SearchWorker::finished);
        const quint64 first = worker.search(QStringLiteral("optimistic"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constLast().at(0).toULongLong(), first);
        QCOMPARE(finished.constLast().at(1).toString(), QStringLiteral("optimistic"));
        QCOMPARE(finished.constLast().at(2).value<QList<Library::SearchHit>>().constFirst().articleId, m_seed);

        // Typing: three requests in a row. Whatever was still running when a newer one came never
        // reports, so answers arrive in the order asked and the newest comes last.
        finished.clear();
        worker.search(QStringLiteral("sl"));
        worker.search(QStringLiteral("sle"));
        const quint64 last = worker.search(QStringLiteral("sleeper"));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.constLast().at(0).toULongLong() == last, 10000);
        QVERIFY(!finished.wait(500));
        for (qsizetype i = 1; i < finished.size(); ++i)
            QVERIFY(finished.at(i - 1).at(0).toULongLong() < finished.at(i).at(0).toULongLong());
        QCOMPARE(finished.constLast().at(2).value<QList<Library::SearchHit>>().constFirst().articleId, m_trains);

        // A cancelled request never reports.
        finished.clear();
        worker.search(QStringLiteral("hostages"));
        worker.cancel();
        QVERIFY(!finished.wait(1000));
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"

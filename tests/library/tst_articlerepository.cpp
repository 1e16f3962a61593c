#include "extract/types.h"
#include "import/article.h"
#include "library/articlefields.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"
#include "library/libraryfiltermodel.h"
#include "library/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;

namespace {

Import::Article sampleArticle(const QString &text)
{
    Import::Article article;
    article.title = QStringLiteral("Talks resume");
    article.byline = QStringLiteral("A. Reporter");
    article.siteName = QStringLiteral("Example News");
    article.format = QStringLiteral("text");
    article.text = text;
    article.html = QStringLiteral("<p data-qs-start=\"0\" data-qs-end=\"%1\">%2</p>").arg(text.size()).arg(text.toHtmlEscaped());
    article.blocks = {{Import::Block::Kind::Paragraph, 0, text.size()}};
    article.assets = {{QStringLiteral("lead.png"), QStringLiteral("image/png"), QByteArray("\x89PNG fake", 9)}};
    return article;
}

Extract::Result sampleExtraction()
{
    Extract::Result result;
    Extract::Speaker speaker;
    speaker.name = QStringLiteral("Majed Al-Ansari");
    speaker.role = QStringLiteral("spokesperson");
    speaker.aliases = {QStringLiteral("Al-Ansari")};
    speaker.quoteCount = 1;
    result.speakers.append(speaker);
    Extract::Quote quote;
    quote.text = QStringLiteral("We are optimistic");
    quote.start = 1;
    quote.end = 18;
    quote.speaker = speaker.name;
    quote.speakerIndex = 0;
    quote.cue = QStringLiteral("said");
    result.quotes.append(quote);
    result.tags.append({QStringLiteral("Qatar"), Extract::Tag::Kind::Place, 3});
    return result;
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;

private Q_SLOTS:
    // The library list reads stored times with a parser of its own: it must agree with Qt's.
    void readsStoredTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("nominal: as stored") << QStringLiteral("2026-01-31T09:05:07.123Z");
        QTest::newRow("nominal: leap day") << QStringLiteral("2024-02-29T23:59:59.999Z");
        QTest::newRow("edge: no milliseconds") << QStringLiteral("2026-01-31T09:05:07Z");
        QTest::newRow("edge: an offset") << QStringLiteral("2026-01-31T09:05:07.000+02:00");
        QTest::newRow("robustness: no such day") << QStringLiteral("2026-02-30T09:05:07.000Z");
        QTest::newRow("robustness: letters") << QStringLiteral("2026-0a-30T09:05:07.000Z");
        QTest::newRow("robustness: empty") << QString();
    }
    void readsStoredTimes()
    {
        QFETCH(QString, text);
        const QDateTime expected = QDateTime::fromString(text, Qt::ISODateWithMs);
        const QDateTime parsed = Library::parseStoredTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
            QCOMPARE(parsed.timeSpec(), expected.timeSpec());
        }
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
    }

    void addsArticleWithEverythingAttached()
    {
        Library::ArticleRepository repository(&m_db);
        QSignalSpy added(&repository, &Library::ArticleRepository::articleAdded);
        const auto result = repository.addArticle(sampleArticle(QStringLiteral("“We are optimistic,” Al-Ansari said in Doha.")),
                                                  sampleExtraction(), QStringLiteral("talks.txt"), QByteArray("original"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(!result.duplicate);
        QCOMPARE(added.count(), 1);

        const auto record = repository.article(result.id);
        QVERIFY(record);
        QCOMPARE(record->summary.title, QStringLiteral("Talks resume"));
        QCOMPARE(record->sourceFile, QStringLiteral("talks.txt"));
        QVERIFY(record->summary.wordCount >= 7);
        QString mime;
        QCOMPARE(repository.asset(result.id, QStringLiteral("lead.png"), &mime), QByteArray("\x89PNG fake", 9));
        QCOMPARE(mime, QStringLiteral("image/png"));

        const auto speakers = repository.speakers(result.id);
        QCOMPARE(speakers.size(), 1);
        QCOMPARE(speakers.constFirst().aliases, QStringList{QStringLiteral("Al-Ansari")});
        const auto quotes = repository.quotes(result.id);
        QCOMPARE(quotes.size(), 1);
        QCOMPARE(quotes.constFirst().speaker, QStringLiteral("Majed Al-Ansari"));
        QCOMPARE(quotes.constFirst().speakerId, speakers.constFirst().id);
        const auto tags = repository.tags(result.id);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags.constFirst().name, QStringLiteral("Qatar"));
        QVERIFY(tags.constFirst().suggested);

        // The full-text index sees the article.
        QSqlQuery search(m_db.connection());
        QVERIFY(search.exec(QStringLiteral("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'optimis*'")));
        QVERIFY(search.next());
        QCOMPARE(search.value(0).toLongLong(), result.id);
    }

    void sameContentIsNotDuplicated()
    {
        Library::ArticleRepository repository(&m_db);
        const QString text = QStringLiteral("A second article, imported twice.");
        const auto first = repository.addArticle(sampleArticle(text), {}, QStringLiteral("a.txt"), {});
        QVERIFY(first.ok());
        const int count = repository.count();
        const auto second = repository.addArticle(sampleArticle(text), {}, QStringLiteral("b.txt"), {});
        QVERIFY(second.ok());
        QVERIFY(second.duplicate);
        QCOMPARE(second.id, first.id);
        QCOMPARE(repository.count(), count);
    }

    void deletingAnArticleRemovesWhatHangsOffIt()
    {
        Library::ArticleRepository repository(&m_db);
        const auto added = repository.addArticle(sampleArticle(QStringLiteral("Short-lived “quote” here.")), sampleExtraction(),
                                                 QStringLiteral("c.txt"), {});
        QVERIFY(added.ok());
        QSqlQuery query(m_db.connection());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM articles WHERE id = %1").arg(added.id)));
        QVERIFY(repository.quotes(added.id).isEmpty());
        QVERIFY(repository.speakers(added.id).isEmpty());
        QVERIFY(repository.asset(added.id, QStringLiteral("lead.png")).isNull());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'lived'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void progressMarksRead()
    {
        Library::ArticleRepository repository(&m_db);
        const auto added = repository.addArticle(sampleArticle(QStringLiteral("Read me to the end.")), {}, QStringLiteral("d.txt"), {});
        QSignalSpy changed(&repository, &Library::ArticleRepository::articleChanged);
        repository.setProgress(added.id, 0.4);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!repository.summary(added.id)->read);
        repository.setProgress(added.id, 1.0);
        QVERIFY(repository.summary(added.id)->read);
        QCOMPARE(repository.summary(added.id)->progress, 1.0);
    }

    void modelFollowsRepository()
    {
        Library::ArticleRepository repository(&m_db);
        Library::LibraryModel model(&repository);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int before = model.rowCount();
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const auto added = repository.addArticle(sampleArticle(QStringLiteral("Newest article.")), {}, QStringLiteral("e.txt"), {});
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(reset.count(), 0);
        const QModelIndex row = model.indexOfArticle(added.id);
        QCOMPARE(row.row(), before);
        QCOMPARE(row.data(Library::LibraryModel::IdRole).toLongLong(), added.id);
        repository.setProgress(added.id, 0.5);
        QCOMPARE(row.data(Library::LibraryModel::ProgressRole).toDouble(), 0.5);

        // Sorting and views on top.
        Library::LibraryFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.index(0, 0).data(Library::LibraryModel::IdRole).toLongLong(), added.id); // newest first
        filter.setView(Library::LibraryFilterModel::View::Unread);
        const int unread = filter.rowCount();
        repository.setRead(added.id, true);
        QCOMPARE(filter.rowCount(), unread - 1);
        repository.setRead(added.id, false);
        QCOMPARE(filter.rowCount(), unread);
        filter.setView(Library::LibraryFilterModel::View::All);
        const int all = filter.rowCount();
        repository.setArchived(added.id, true);
        QCOMPARE(filter.rowCount(), all - 1);
        filter.setView(Library::LibraryFilterModel::View::Archived);
        QCOMPARE(filter.rowCount(), 1);
        repository.setArchived(added.id, false);
        QCOMPARE(filter.rowCount(), 0);
        filter.setView(Library::LibraryFilterModel::View::All);
        filter.setSortKey(Library::LibraryFilterModel::SortKey::Title);
        for (int r = 1; r < filter.rowCount(); ++r)
            QVERIFY(QString::localeAwareCompare(filter.index(r - 1, 0).data(Library::LibraryModel::TitleRole).toString(),
                                                filter.index(r, 0).data(Library::LibraryModel::TitleRole).toString()) <= 0);
        filter.setHidden(added.id, true);
        QCOMPARE(filter.rowCount(), all - 1);
        filter.setHidden(added.id, false);

        // A model made from rows read elsewhere (at start-up, on a worker) is the same model and
        // follows the repository from then on.
        Library::LibraryModel readAhead(&repository, repository.summaries());
        QCOMPARE(readAhead.rowCount(), model.rowCount());
        QCOMPARE(readAhead.indexOfArticle(added.id).data(Library::LibraryModel::ProgressRole).toDouble(), 0.5);
        repository.setProgress(added.id, 0.75);
        QCOMPARE(readAhead.indexOfArticle(added.id).data(Library::LibraryModel::ProgressRole).toDouble(), 0.75);

        // Deleting removes the row.
        QVERIFY(repository.deleteArticle(added.id));
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.indexOfArticle(added.id).isValid());
        QVERIFY(!readAhead.indexOfArticle(added.id).isValid());
    }

    void samplesImportIntoAnEmptyLibrary()
    {
        QTemporaryDir dir;
        Library::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository repository(&db);
        const auto outcomes = Library::importSamples(repository);
        QVERIFY(outcomes.size() >= 2);
        for (const auto &outcome : outcomes)
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(repository.count(), int(outcomes.size()));
        bool seedFound = false;
        for (const auto &summary : repository.summaries())
            seedFound = seedFound || summary.title.startsWith(QStringLiteral("US Efforts to Secure Hostage Release"));
        QVERIFY(seedFound);
    }
};

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"

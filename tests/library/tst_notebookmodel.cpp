// NotebookModel on a real library file (the bundled samples), wrapped in QAbstractItemModelTester:
// filters, sort orders, and row-level updates from the repositories' signals.
#include "core/textoffsets.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "library/notebookmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Library::NotebookEntry;
using Library::NotebookModel;

class TestNotebookModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    std::unique_ptr<Library::ArticleRepository> m_articles;
    std::unique_ptr<Library::HighlightRepository> m_highlights;
    qint64 m_seedId = 0;
    qint64 m_trainsId = 0;
    qint64 m_taggedQuoteId = 0;

    // Highlights the first occurrence of `passage` in the article; the new highlight's id.
    qint64 highlight(qint64 articleId, const QString &passage, const QString &color, const QString &note = {},
                     const QStringList &tags = {})
    {
        const auto article = m_articles->article(articleId);
        if (!article)
            return 0;
        const qsizetype utf16 = article->text.indexOf(passage);
        if (utf16 < 0)
            return 0;
        const Core::TextOffsets offsets(article->text);
        const qsizetype start = offsets.toCodePoint(utf16);
        const auto record = m_highlights->create(articleId, start, offsets.toCodePoint(utf16 + passage.size()), color);
        if (!record)
            return 0;
        if (!note.isEmpty())
            m_highlights->setNote(record->id, note);
        if (!tags.isEmpty())
            m_highlights->setTags(record->id, tags);
        return record->id;
    }

    static QList<int> kinds(const NotebookModel &model)
    {
        QList<int> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row).data(NotebookModel::KindRole).toInt();
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        m_articles = std::make_unique<Library::ArticleRepository>(&m_db);
        m_highlights = std::make_unique<Library::HighlightRepository>(&m_db);
        for (const Library::ImportOutcome &outcome : Library::importSamples(*m_articles)) {
            QVERIFY2(outcome.ok(), qPrintable(outcome.error));
            (outcome.file.contains(QLatin1String("gaza")) ? m_seedId : m_trainsId) = outcome.id;
        }
        QVERIFY(m_seedId > 0 && m_trainsId > 0);

        QVERIFY(highlight(m_seedId, QStringLiteral("humanitarian pauses"), QStringLiteral("yellow"),
                          QStringLiteral("The **key** demand"), { QStringLiteral("diplomacy") }));
        QVERIFY(highlight(m_seedId, QStringLiteral("lengthy transmission time"), QStringLiteral("blue")));
        QVERIFY(highlight(m_trainsId, QStringLiteral("night"), QStringLiteral("green"), {},
                          { QStringLiteral("Diplomacy"), QStringLiteral("rail") }));
        // A quote highlight carries its speaker.
        const QList<Library::QuoteRecord> quotes = m_articles->quotes(m_seedId);
        const auto sullivan = std::find_if(quotes.cbegin(), quotes.cend(), [](const Library::QuoteRecord &q) {
            return q.speaker == QLatin1String("Jake Sullivan");
        });
        QVERIFY(sullivan != quotes.cend());
        QVERIFY(m_highlights->createFromQuote(sullivan->id, QStringLiteral("purple")));
        // A tagged quote without a highlight.
        const auto alAnsari = std::find_if(quotes.cbegin(), quotes.cend(), [](const Library::QuoteRecord &q) {
            return q.speaker == QLatin1String("Majed Al-Ansari");
        });
        QVERIFY(alAnsari != quotes.cend());
        m_taggedQuoteId = alAnsari->id;
        QVERIFY(m_highlights->setQuoteTags(m_taggedQuoteId, { QStringLiteral("qatar") }));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("colors");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<bool>("seedOnly");
        QTest::addColumn<int>("fromDays"); // relative to today; 0: no bound
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("highlights");
        QTest::addColumn<int>("quotes");

        QTest::newRow("nominal: everything")
            << QStringList() << QString() << QString() << false << 0 << QString() << 4 << 1;
        QTest::newRow("nominal: two colours") << QStringList { QStringLiteral("yellow"), QStringLiteral("green") }
                                              << QString() << QString() << false << 0 << QString() << 2 << 0;
        QTest::newRow("nominal: tag, any case, across articles")
            << QStringList() << QStringLiteral("DIPLOMACY") << QString() << false << 0 << QString() << 2 << 0;
        QTest::newRow("nominal: tag on a quote")
            << QStringList() << QStringLiteral("qatar") << QString() << false << 0 << QString() << 0 << 1;
        QTest::newRow("nominal: speaker")
            << QStringList() << QString() << QStringLiteral("jake sullivan") << false << 0 << QString() << 1 << 0;
        QTest::newRow("nominal: article")
            << QStringList() << QString() << QString() << true << 0 << QString() << 3 << 1;
        QTest::newRow("nominal: since yesterday")
            << QStringList() << QString() << QString() << false << -1 << QString() << 4 << 1;
        QTest::newRow("nominal: from tomorrow")
            << QStringList() << QString() << QString() << false << 1 << QString() << 0 << 0;
        QTest::newRow("nominal: words in a note")
            << QStringList() << QString() << QString() << false << 0 << QStringLiteral("demand") << 1 << 0;
        QTest::newRow("nominal: words in a tagged quote")
            << QStringList() << QString() << QString() << false << 0 << QStringLiteral("optimis") << 0 << 1;
        QTest::newRow("robustness: FTS operators are searched for, not run")
            << QStringList() << QString() << QString() << false << 0 << QStringLiteral("pauses OR NEAR(") << 0 << 0;
    }

    void filters()
    {
        QFETCH(QStringList, colors);
        QFETCH(QString, tag);
        QFETCH(QString, speaker);
        QFETCH(bool, seedOnly);
        QFETCH(int, fromDays);
        QFETCH(QString, text);
        QFETCH(int, highlights);
        QFETCH(int, quotes);

        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Library::HighlightFilter filter;
        filter.colors = colors;
        filter.tag = tag;
        filter.speaker = speaker;
        filter.articleId = seedOnly ? m_seedId : 0;
        if (fromDays != 0)
            filter.createdFrom = QDate::currentDate().addDays(fromDays).startOfDay();
        filter.text = text;
        model.setFilter(filter);
        const QList<int> found = kinds(model);
        QCOMPARE(found.count(int(NotebookEntry::Kind::Highlight)), highlights);
        QCOMPARE(found.count(int(NotebookEntry::Kind::Quote)), quotes);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QVERIFY(!index.data(NotebookModel::ArticleTitleRole).toString().isEmpty());
            QVERIFY(index.data(NotebookModel::CreatedRole).toDateTime().isValid());
            if (!colors.isEmpty())
                QVERIFY(colors.contains(index.data(NotebookModel::ColorRole).toString()));
            if (seedOnly)
                QCOMPARE(index.data(NotebookModel::ArticleIdRole).toLongLong(), m_seedId);
        }
    }

    void sorts_data()
    {
        QTest::addColumn<NotebookModel::Sort>("sort");
        QTest::newRow("nominal: newest") << NotebookModel::Sort::Newest;
        QTest::newRow("nominal: oldest") << NotebookModel::Sort::Oldest;
        QTest::newRow("nominal: article") << NotebookModel::Sort::Article;
        QTest::newRow("nominal: colour") << NotebookModel::Sort::Color;
    }

    void sorts()
    {
        QFETCH(NotebookModel::Sort, sort);
        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The selection follows its entry through the re-sort.
        const QPersistentModelIndex first = model.index(0);
        const auto kind = NotebookEntry::Kind(first.data(NotebookModel::KindRole).toInt());
        const qint64 id = first.data(NotebookModel::IdRole).toLongLong();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSort(sort);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(first.row(), model.indexOf(kind, id).row());
        for (int row = 1; row < model.rowCount(); ++row) {
            const NotebookEntry &a = model.entry(row - 1);
            const NotebookEntry &b = model.entry(row);
            switch (sort) {
            case NotebookModel::Sort::Newest:
                QVERIFY(a.created >= b.created);
                break;
            case NotebookModel::Sort::Oldest:
                QVERIFY(a.created <= b.created);
                break;
            case NotebookModel::Sort::Article:
                QVERIFY(a.articleTitle.localeAwareCompare(b.articleTitle) <= 0);
                if (a.articleId == b.articleId)
                    QVERIFY(a.start <= b.start);
                break;
            case NotebookModel::Sort::Color: {
                const QStringList order = Library::HighlightRepository::colors();
                const auto rank = [&](const QString &c) { return c.isEmpty() ? 99 : order.indexOf(c); };
                QVERIFY(rank(a.color) <= rank(b.color));
                break;
            }
            }
        }
    }

    void updatesRowsFromSignals()
    {
        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSort(NotebookModel::Sort::Color);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int before = model.rowCount();

        const qint64 id = highlight(m_trainsId, QStringLiteral("train"), QStringLiteral("pink"));
        QVERIFY(id > 0);
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(inserted.count(), 1);
        const QPersistentModelIndex row = model.indexOf(NotebookEntry::Kind::Highlight, id);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(NotebookModel::ColorRole).toString(), QStringLiteral("pink"));

        QVERIFY(m_highlights->setNote(id, QStringLiteral("Check the timetable")));
        QCOMPARE(row.data(NotebookModel::NoteRole).toString(), QStringLiteral("Check the timetable"));
        QVERIFY(changed.count() >= 1);

        // Yellow sorts first by colour: the row moves and the persistent index follows it.
        QVERIFY(m_highlights->setColor(id, QStringLiteral("yellow")));
        QVERIFY(moved.count() >= 1);
        QCOMPARE(row.data(NotebookModel::IdRole).toLongLong(), id);
        QCOMPARE(row.data(NotebookModel::ColorRole).toString(), QStringLiteral("yellow"));
        QVERIFY(row.row() <= 2);

        // Tagging a quote inserts it; untagging removes it.
        const QList<Library::QuoteRecord> quotes = m_articles->quotes(m_trainsId);
        QVERIFY(!quotes.isEmpty());
        QVERIFY(m_highlights->setQuoteTags(quotes.constFirst().id, { QStringLiteral("rail") }));
        QVERIFY(model.indexOf(NotebookEntry::Kind::Quote, quotes.constFirst().id).isValid());
        QCOMPARE(model.rowCount(), before + 2);
        QVERIFY(m_highlights->setQuoteTags(quotes.constFirst().id, {}));
        QVERIFY(!model.indexOf(NotebookEntry::Kind::Quote, quotes.constFirst().id).isValid());

        QVERIFY(m_highlights->remove(id));
        QCOMPARE(model.rowCount(), before);
        QVERIFY(!model.indexOf(NotebookEntry::Kind::Highlight, id).isValid());
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() >= 2);
    }

    void leavesFilterWhenChanged()
    {
        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Library::HighlightFilter filter;
        filter.colors = { QStringLiteral("blue") };
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        const qint64 id = model.index(0).data(NotebookModel::IdRole).toLongLong();
        QVERIFY(m_highlights->setColor(id, QStringLiteral("green")));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_highlights->setColor(id, QStringLiteral("blue")));
        QCOMPARE(model.rowCount(), 1);
    }

    void followsTheSpeakerCorrection()
    {
        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QPersistentModelIndex quote = model.indexOf(NotebookEntry::Kind::Quote, m_taggedQuoteId);
        QVERIFY(quote.isValid());
        QCOMPARE(quote.data(NotebookModel::SpeakerRole).toString(), QStringLiteral("Majed Al-Ansari"));
        QVERIFY(m_articles->setSpeakerOverride(m_taggedQuoteId, QStringLiteral("Jake Sullivan")));
        QCOMPARE(quote.data(NotebookModel::SpeakerRole).toString(), QStringLiteral("Jake Sullivan"));
        QVERIFY(m_articles->setSpeakerOverride(m_taggedQuoteId, {}));
        QCOMPARE(quote.data(NotebookModel::SpeakerRole).toString(), QStringLiteral("Majed Al-Ansari"));
    }

    void facets()
    {
        NotebookModel model(m_highlights.get(), m_articles.get());
        const NotebookModel::Facets facets = model.facets();
        QCOMPARE(facets.articles.size(), 2);
        QVERIFY(facets.speakers.contains(QStringLiteral("Jake Sullivan")));
        QVERIFY(facets.speakers.contains(QStringLiteral("Majed Al-Ansari")));
        QCOMPARE(facets.tags.filter(QStringLiteral("diplomacy"), Qt::CaseInsensitive).size(), 1);
        // The tag already existed as the article's "Qatar": one tag, its first spelling.
        QVERIFY(facets.tags.contains(QStringLiteral("qatar"), Qt::CaseInsensitive));
        QCOMPARE(facets.tags.filter(QStringLiteral("qatar"), Qt::CaseInsensitive).size(), 1);
    }

    // Last: deletes an article.
    void dropsRowsOfRemovedArticle()
    {
        NotebookModel model(m_highlights.get(), m_articles.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(m_articles->deleteArticle(m_trainsId));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row).data(NotebookModel::ArticleIdRole).toLongLong(), m_seedId);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotebookModel)

#include "tst_notebookmodel.moc"

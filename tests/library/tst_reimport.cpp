#include "core/textoffsets.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "library/reimport.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Library::HighlightRecord;

namespace {

const QString SampleName = QStringLiteral("01-gaza-hostage-talks.txt");

// What the reader highlights in the seed article, in text order.
const QStringList Highlighted = {
    QStringLiteral("US officials are fervently working to secure the release of hostages"),
    QStringLiteral("aiming to free a substantial group of hostages from Gaza"),
    QStringLiteral("humanitarian pauses"),
    QStringLiteral("the likelihood of successfully extracting hostages might be \"50/50.\""),
    QStringLiteral("the lengthy transmission time of messages between Doha and Hamas"),
    QStringLiteral("a more aggressive ground offensive could place greater pressure on Hamas"),
    QStringLiteral("that has not changed our basic view that this has to remain a paramount priority"),
    QStringLiteral("freeing hostages in return for prisoners held by Israel"),
};
const QString QuoteWords
    = QStringLiteral("We are optimistic that the talks are headed more towards all civilian hostages");

using Edits = QList<QPair<QString, QString>>;

QString readSample()
{
    QFile file(QStringLiteral(QUOTESHELF_SOURCE_DIR "/resources/samples/") + SampleName);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

// Applies each edit once; an edit that does not apply is a broken fixture.
QString edited(QString text, const Edits &edits)
{
    for (const auto &[from, to] : edits) {
        const qsizetype at = text.indexOf(from);
        if (at < 0)
            return {};
        text.replace(at, from.size(), to);
    }
    return text;
}

struct Fixture
{
    QTemporaryDir dir;
    Library::Database db;
    std::unique_ptr<Library::ArticleRepository> articles;
    std::unique_ptr<Library::HighlightRepository> highlights;
    std::unique_ptr<Library::ReimportService> reimport;
    qint64 articleId = 0;
    QList<qint64> highlightIds; // one per Highlighted entry, then the quote highlight
    qint64 quoteId = 0;

    QString path() const { return dir.filePath(SampleName); }

    bool setUp()
    {
        if (!db.open(dir.filePath(QStringLiteral("library.sqlite"))))
            return false;
        articles = std::make_unique<Library::ArticleRepository>(&db);
        highlights = std::make_unique<Library::HighlightRepository>(&db);
        reimport = std::make_unique<Library::ReimportService>(&db, articles.get());
        if (!writeFile(path(), readSample()))
            return false;
        const auto outcome = Library::importFile(*articles, path());
        if (!outcome.ok())
            return false;
        articleId = outcome.id;
        const QString text = articles->article(articleId)->text;
        const Core::TextOffsets offsets(text);
        for (const QString &words : Highlighted) {
            const qsizetype at = text.indexOf(words);
            if (at < 0)
                return false;
            const auto record = highlights->create(articleId, offsets.toCodePoint(at),
                                                   offsets.toCodePoint(at + words.size()), QStringLiteral("yellow"));
            if (!record)
                return false;
            highlightIds << record->id;
        }
        highlights->setNote(highlightIds.at(4), QStringLiteral("why it takes so long"));
        highlights->setTags(highlightIds.at(6), { QStringLiteral("Sullivan") });
        highlights->setArticleTags(articleId, { QStringLiteral("hostages") });
        // A highlight made from an extracted quote whose speaker the reader corrected.
        for (const Library::QuoteRecord &quote : articles->quotes(articleId)) {
            if (quote.text.contains(QuoteWords))
                quoteId = quote.id;
        }
        if (quoteId == 0)
            return false;
        QSqlQuery correct(db.connection());
        correct.prepare(QStringLiteral("UPDATE quotes SET speaker_override = 'Dr. Majed Al-Ansari' WHERE id = ?"));
        correct.addBindValue(quoteId);
        if (!correct.exec() || !highlights->setQuoteTags(quoteId, { QStringLiteral("optimism") }))
            return false;
        const auto fromQuote = highlights->createFromQuote(quoteId, QStringLiteral("blue"));
        if (!fromQuote || fromQuote->speaker != QStringLiteral("Dr. Majed Al-Ansari"))
            return false;
        highlightIds << fromQuote->id;
        return true;
    }
};

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!readSample().isEmpty(), "the seed article is missing");
    }

    void reanchors_data()
    {
        QTest::addColumn<Edits>("edits");
        QTest::addColumn<QStringList>("expected"); // per highlight: its text after the re-import, "" = orphan
        QTest::addColumn<int>("fuzzy");
        QTest::addColumn<int>("stayed"); // of the 9 (the 8 above and the quote highlight)

        const QStringList same = Highlighted;
        const QString note = QStringLiteral("Editor's note: this article was updated on Wednesday with new information "
                                            "from officials in Doha and Washington.\n\n");
        QTest::newRow("nominal: unchanged file") << Edits {} << same << 0 << 9;
        QTest::newRow("nominal: paragraph inserted before")
            << Edits { { QStringLiteral("In a rapidly-evolving"), note + QStringLiteral("In a rapidly-evolving") } }
            << same << 0 << 0;
        QTest::newRow("nominal: paragraph deleted before")
            << Edits { { QStringLiteral("A Strategy of Pressure\n\n"), QString() } } << same << 0 << 5;
        QTest::newRow("nominal: paragraph inserted between highlights") << Edits {
            { QStringLiteral("A Strategy of Pressure\n\n"), QStringLiteral("A Strategy of Pressure\n\n") + note }
        } << same << 0 << 5;
        QTest::newRow("nominal: words changed near a highlight") << Edits {
            { QStringLiteral("The delay is attributed to"), QStringLiteral("The hold-up was blamed by officials on") },
            { QStringLiteral("Despite the complications, Israel argues that"),
              QStringLiteral("Israel nonetheless insists that") }
        } << same << 0 << 4;
        {
            QStringList expected = same;
            expected[0] = QStringLiteral("US officials are tirelessly working to secure the release of hostages");
            QTest::newRow("nominal: word changed inside a highlight")
                << Edits { { QStringLiteral("fervently"), QStringLiteral("tirelessly") } } << expected << 1 << 0;
        }
        {
            QStringList expected = same;
            expected[6]
                = QStringLiteral("that has not changed our fundamental view that this has to remain a top priority");
            QTest::newRow("nominal: two words changed inside a long highlight")
                << Edits { { QStringLiteral("our basic view"), QStringLiteral("our fundamental view") },
                           { QStringLiteral("a paramount priority"), QStringLiteral("a top priority") } }
                << expected << 1 << 8; // same length: nothing after it moved
        }
        {
            QStringList expected = same;
            expected[7] = QString();
            QTest::newRow("robustness: highlighted sentence deleted") << Edits {
                { QStringLiteral("An insider familiar with the ongoing talks revealed the discussions might involve a "
                                 "prisoner exchange - freeing hostages in return for prisoners held by Israel. "),
                  QString() }
            } << expected << 0 << 7; // the quote highlight after it moved
        }
        {
            QStringList expected = same;
            expected[0] = QStringLiteral("US officials are tirelessly working to secure the release of hostages");
            expected[3] = QString();
            expected[7] = QString();
            QTest::newRow("robustness: everything at once") << Edits {
                { QStringLiteral("In a rapidly-evolving"), note + QStringLiteral("In a rapidly-evolving") },
                { QStringLiteral("fervently"), QStringLiteral("tirelessly") },
                { QStringLiteral("Speaking about the unpredictable nature of the unfolding events, a high-ranking US "
                                 "official disclosed to CNN that the likelihood of successfully extracting hostages "
                                 "might be \"50/50.\" "),
                  QString() },
                { QStringLiteral("The Diplomatic Effort\n\n"), QString() },
                { QStringLiteral("An insider familiar with the ongoing talks revealed the discussions might involve a "
                                 "prisoner exchange - freeing hostages in return for prisoners held by Israel. "),
                  QString() }
            } << expected << 1 << 0;
        }
    }

    void reanchors()
    {
        QFETCH(Edits, edits);
        QFETCH(QStringList, expected);
        QFETCH(int, fuzzy);
        QFETCH(int, stayed);

        Fixture f;
        QVERIFY(f.setUp());
        const auto before = f.highlights->highlights(f.articleId);
        QCOMPARE(before.size(), Highlighted.size() + 1);
        const QString newFile = edited(readSample(), edits);
        QVERIFY2(!newFile.isEmpty(), "an edit of the fixture no longer applies");
        QVERIFY(writeFile(f.path(), newFile));

        QSignalSpy replaced(f.reimport.get(), &Library::ReimportService::articleReplaced);
        const Library::ReimportReport report = f.reimport->replaceFile(f.path());
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(report.replaced);
        QCOMPARE(report.articleId, f.articleId);
        QCOMPARE(replaced.count(), 1);
        qInfo("%s: %d highlights: %d stayed, %d moved, %d fuzzy, %d orphaned; quotes kept %d, dropped %d",
              QTest::currentDataTag(), report.highlights(), report.stayed, report.moved, report.fuzzy, report.orphaned,
              report.quotesKept, report.quotesDropped);

        const auto article = f.articles->article(f.articleId);
        QVERIFY(article);
        QCOMPARE(f.articles->count(), 1);
        QCOMPARE(article->summary.highlightCount, Highlighted.size() + 1); // orphans are still highlights
        const QString text = article->text;
        QVERIFY(!edits.isEmpty() || text == f.articles->article(f.articleId)->text);

        int orphans = 0;
        for (qsizetype i = 0; i < Highlighted.size(); ++i) {
            const auto h = f.highlights->highlight(f.highlightIds.at(i));
            QVERIFY2(h, "a highlight was deleted");
            if (expected.at(i).isEmpty()) {
                ++orphans;
                QVERIFY2(h->orphaned, qPrintable(Highlighted.at(i)));
                QCOMPARE(h->exact, Highlighted.at(i)); // the reader's words are kept for the panel
                continue;
            }
            QVERIFY2(!h->orphaned, qPrintable(Highlighted.at(i)));
            QCOMPARE(h->exact, expected.at(i));
            QCOMPARE(Core::codePointMid(text, h->start, h->end), expected.at(i));
            QCOMPARE(Core::codePointMid(text, h->start - h->prefix.size(), h->start).size(), h->prefix.size());
        }
        QCOMPARE(report.orphaned, orphans);
        QCOMPARE(report.fuzzy, fuzzy);
        QCOMPARE(report.stayed, stayed);
        QCOMPARE(report.highlights(), Highlighted.size() + 1);

        // Notes, tags and the reader's speaker correction survive.
        QCOMPARE(f.highlights->highlight(f.highlightIds.at(4))->note, QStringLiteral("why it takes so long"));
        QCOMPARE(f.highlights->highlight(f.highlightIds.at(6))->tags, QStringList { QStringLiteral("Sullivan") });
        QCOMPARE(f.highlights->articleTags(f.articleId), QStringList { QStringLiteral("hostages") });
        const auto quoteHighlight = f.highlights->highlight(f.highlightIds.constLast());
        QVERIFY(quoteHighlight && !quoteHighlight->orphaned);
        QCOMPARE(quoteHighlight->quoteId, f.quoteId);
        QCOMPARE(quoteHighlight->speaker, QStringLiteral("Dr. Majed Al-Ansari"));
        bool quoteKept = false;
        for (const Library::QuoteRecord &quote : f.articles->quotes(f.articleId)) {
            if (quote.id == f.quoteId) {
                quoteKept = true;
                QCOMPARE(quote.speaker, QStringLiteral("Dr. Majed Al-Ansari"));
                QCOMPARE(Core::codePointMid(text, quote.start, quote.end), quote.text);
            }
        }
        QVERIFY(quoteKept);
        QCOMPARE(f.highlights->quoteTags(f.quoteId), QStringList { QStringLiteral("optimism") });
    }

    void orphanComesBackWhenTheTextReturns()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString original = readSample();
        QVERIFY(writeFile(
            f.path(),
            QString(original).remove(QStringLiteral(" - freeing hostages in return for prisoners held by Israel"))));
        QCOMPARE(f.reimport->replaceFile(f.path()).orphaned, 1);
        QVERIFY(f.highlights->highlight(f.highlightIds.at(7))->orphaned);
        QCOMPARE(f.highlights->highlights(f.articleId).constLast().id, f.highlightIds.at(7)); // orphans last

        QVERIFY(writeFile(f.path(), original));
        const auto report = f.reimport->replaceFile(f.path());
        QCOMPARE(report.orphaned, 0);
        const auto back = f.highlights->highlight(f.highlightIds.at(7));
        QVERIFY(!back->orphaned);
        QCOMPARE(Core::codePointMid(f.articles->article(f.articleId)->text, back->start, back->end), Highlighted.at(7));
    }

    void failureLeavesLibraryUnchanged()
    {
        Fixture f;
        QVERIFY(f.setUp());
        // Another file already holds the new text: the content hash clashes, nothing may change.
        const QString newText = edited(readSample(), { { QStringLiteral("fervently"), QStringLiteral("tirelessly") } });
        const QString other = f.dir.filePath(QStringLiteral("copy.txt"));
        QVERIFY(writeFile(other, newText));
        QVERIFY(Library::importFile(*f.articles, other).ok());
        const QString textBefore = f.articles->article(f.articleId)->text;
        const auto highlightsBefore = f.highlights->highlights(f.articleId);

        QVERIFY(writeFile(f.path(), newText));
        const auto report = f.reimport->replaceFile(f.path());
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(SampleName));
        QCOMPARE(f.articles->article(f.articleId)->text, textBefore);
        const auto highlightsAfter = f.highlights->highlights(f.articleId);
        QCOMPARE(highlightsAfter.size(), highlightsBefore.size());
        for (qsizetype i = 0; i < highlightsAfter.size(); ++i) {
            QCOMPARE(highlightsAfter.at(i).exact, highlightsBefore.at(i).exact);
            QCOMPARE(highlightsAfter.at(i).start, highlightsBefore.at(i).start);
        }
    }

    void unknownSourceImportsAsNew()
    {
        Fixture f;
        QVERIFY(f.setUp());
        const QString path = f.dir.filePath(QStringLiteral("another-name.txt"));
        QVERIFY(
            writeFile(path, edited(readSample(), { { QStringLiteral("fervently"), QStringLiteral("tirelessly") } })));
        const auto report = f.reimport->replaceFile(path);
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(!report.replaced);
        QVERIFY(report.articleId != f.articleId);
        QCOMPARE(f.articles->count(), 2);
        QVERIFY(!f.reimport->replaceFile(f.dir.filePath(QStringLiteral("missing.txt"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"

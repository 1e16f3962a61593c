// The library keeps each quote's utterance (Quote::group) on import and on re-import. It lives
// beside the extractor's tests because the group is the extractor's; the SQL is the library's.
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"
#include "library/records.h"
#include "library/reimport.h"

#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) > 0;
}

const Library::QuoteRecord *quoteStarting(const QList<Library::QuoteRecord> &quotes, const QString &words)
{
    for (const Library::QuoteRecord &q : quotes) {
        if (q.text.startsWith(words))
            return &q;
    }
    return nullptr;
}

} // namespace

class TestQuoteGroups final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void storedOnImportAndReimport_data();
    void storedOnImportAndReimport();
};

void TestQuoteGroups::storedOnImportAndReimport_data()
{
    QTest::addColumn<bool>("reimport");
    QTest::newRow("nominal: import") << false;
    QTest::newRow("nominal: re-import of a changed file") << true;
}

void TestQuoteGroups::storedOnImportAndReimport()
{
    QFETCH(bool, reimport);
    QTemporaryDir dir;
    Library::Database db;
    QVERIFY(db.open(dir.filePath(u"library.sqlite"_s)));
    Library::ArticleRepository articles(&db);
    Library::ReimportService service(&db, &articles);
    const QString path = dir.filePath(u"council.txt"_s);
    const QString first = u"Council approves the budget\n\n"
                          "The city council approved the budget on Tuesday after a long debate.\n\n"
                          "“We will balance the books,” Mayor Ann Vale said. “Nobody will lose a service.”\n\n"
                          "“It is a good day for the city.”\n\n"
                          "“The numbers do not add up,” said Joe Lund, who leads the opposition."_s;
    QVERIFY(writeFile(path, first));
    const auto outcome = Library::importFile(articles, path);
    QVERIFY2(outcome.ok(), qPrintable(outcome.error));
    if (reimport) {
        QVERIFY(writeFile(path, first + u"\n\nThe vote was seven to four."_s));
        const Library::ReimportReport report = service.replaceFile(path);
        QVERIFY2(report.ok(), qPrintable(report.error));
    }
    const QList<Library::QuoteRecord> quotes = articles.quotes(outcome.id);
    const auto *balance = quoteStarting(quotes, u"We will balance"_s);
    const auto *service_ = quoteStarting(quotes, u"Nobody will lose"_s);
    const auto *goodDay = quoteStarting(quotes, u"It is a good day"_s);
    const auto *numbers = quoteStarting(quotes, u"The numbers"_s);
    QVERIFY(balance && service_ && goodDay && numbers);
    QVERIFY(balance->group >= 0);
    QCOMPARE(service_->group, balance->group);
    QCOMPARE(goodDay->group, balance->group);
    QVERIFY(numbers->group >= 0 && numbers->group != balance->group);
    QCOMPARE(service_->speaker, balance->speaker);

    // Stored as a column of its own, which a library written before it leaves NULL.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM quotes WHERE group_id IS NULL"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestQuoteGroups)
#include "tst_quotegroups.moc"

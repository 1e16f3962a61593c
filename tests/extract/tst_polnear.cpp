// Runs the extractor on PolNeAR dev (when ../shared is present) and guards the measured figures.
#include "extract/extractor.h"
#include "quotemetrics.h"

#include <QFileInfo>
#include <QTest>

using namespace Quoteshelf::Extract;

class TestPolnear final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dev();
};

void TestPolnear::dev()
{
    const QString path = QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/polnear/polnear_dev.json");
    if (!QFileInfo::exists(path))
        QSKIP("PolNeAR dev is not available (../shared/corpora/polnear)");
    QString error;
    const QList<QuoteMetrics::Article> articles = QuoteMetrics::load(path, &error);
    QVERIFY2(!articles.isEmpty(), qPrintable(error));
    const QuoteMetrics::Figures f = QuoteMetrics::evaluate(articles, Extractor());
    for (const QString &line : QuoteMetrics::report(f).split(u'\n', Qt::SkipEmptyParts))
        qInfo().noquote() << line;
    // Regression floors: what the extractor measured on dev when this was last raised, rounded
    // down a little (F1@30 0.899, P@30 0.935, F1@80 0.801, speakers 0.818, indirect P 0.950
    // R 0.182), counted by utterance (see QuoteMetrics::Figures).
    // Raise them when the extractor improves; never lower them.
    QCOMPARE_GE(f.at30.f1(), 0.895);
    QCOMPARE_GE(f.at30.precision(), 0.93);
    QCOMPARE_GE(f.at80.f1(), 0.798);
    QCOMPARE_GE(f.speakerAccuracy(), 0.815);
    QCOMPARE_GE(f.indirect.precision(), 0.935);
    QCOMPARE_GE(f.indirect.recall(), 0.178);
}

QTEST_GUILESS_MAIN(TestPolnear)
#include "tst_polnear.moc"

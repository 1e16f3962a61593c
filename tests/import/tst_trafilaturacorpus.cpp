// Boilerplate and completeness over trafilatura's evaluation set (../shared/corpora/trafilatura):
// snippets a person picked that must and must not be in the article text. Skipped when the shared
// corpora are absent. The floors are the measured figures rounded down: they catch regressions.
#include "snippetevaluation.h"

#include "import/articlebody.h"
#include "import/reader.h"

#include <QFile>
#include <QTest>

using namespace Quoteshelf::Import;

class TestTrafilaturaCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus();
};

void TestTrafilaturaCorpus::corpus()
{
    const QString root = QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/trafilatura");
    if (!QFile::exists(root + QStringLiteral("/evaldata.json")))
        QSKIP("the shared corpora are not available");
    const QList<SnippetEvaluation::Page> pages = SnippetEvaluation::load(root + QStringLiteral("/evaldata.json"));
    QVERIFY(pages.size() > 900);

    SnippetEvaluation text(QStringLiteral("text"));
    SnippetEvaluation body(QStringLiteral("body"));
    for (const SnippetEvaluation::Page &page : pages) {
        const ReadResult result = readFile(root + QStringLiteral("/pages/") + page.file);
        QVERIFY2(result.ok(), qPrintable(page.file + QStringLiteral(": ") + result.error));
        text.addPage(page, result.article.text, result.article.blocks, result.article.text);
        body.addPage(page, articleBody(result.article), result.article.blocks, result.article.text);
    }
    qInfo().noquote() << text.summary();
    qInfo().noquote() << body.summary();

    // Measured: text P 0.931, R 0.934, F1 0.933; body (running text only) P 0.943, R 0.932, F1 0.937.
    QVERIFY2(text.counts().f1() >= 0.93, "F1 of the article text regressed");
    QVERIFY2(text.counts().recall() >= 0.925, "recall of the article text regressed");
    QVERIFY2(text.counts().precision() >= 0.925, "precision of the article text regressed");
    QVERIFY2(body.counts().f1() >= 0.93, "F1 of the article body regressed");
}

QTEST_GUILESS_MAIN(TestTrafilaturaCorpus)
#include "tst_trafilaturacorpus.moc"

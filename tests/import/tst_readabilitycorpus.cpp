// Extraction quality over Mozilla Readability's test pages (../shared/corpora/readability): body
// word-F1 against Readability's own output, and exact-match rates of title, byline and siteName.
// Skipped when the shared corpora are absent. The asserted floors are what the importer achieves
// today, rounded down: they catch regressions, they are not the targets.
#include "corpusmetrics.h"

#include "core/textoffsets.h"
#include "import/articleheader.h"
#include "import/domnode.h"
#include "import/htmldocument.h"
#include "import/reader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Quoteshelf::Import;

class TestReadabilityCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void corpus();
};

namespace {

struct FieldRate
{
    int matched = 0;
    int total = 0;
    double rate() const { return total ? double(matched) / total : 1.0; }
    void add(const QJsonValue &expected, const QString &actual)
    {
        if (expected.isNull() || expected.isUndefined())
            return;
        ++total;
        matched += expected.toString().trimmed() == actual.trimmed() ? 1 : 0;
    }
};

// Real pages exercise the serializer far more than hand-written fixtures: every element with a
// data-qs range must hold exactly that text, and nothing executable may survive.
QString offsetProblem(const Article &article)
{
    static const QRegularExpression unsafe(QStringLiteral(R"(<(script|iframe|object|embed|form|style|svg)\b|<[^>]+\son\w+\s*=|javascript:)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const auto match = unsafe.match(article.html); match.hasMatch())
        return QStringLiteral("unsafe markup: ") + match.captured(0);
    static const QRegularExpression space(QStringLiteral("[ \\t\\n\\r\\f]+"));
    const auto collapse = [](QString text) { return text.replace(space, QStringLiteral(" ")).trimmed(); };
    HtmlDocument document(article.html);
    for (DomNode *n = document.document(); n; n = n->following()) {
        if (!n->isElement() || !n->hasAttribute(u"data-qs-start"))
            continue;
        const qsizetype start = n->attribute(u"data-qs-start").toLongLong();
        const qsizetype end = n->attribute(u"data-qs-end").toLongLong();
        if (collapse(n->textContent()) != collapse(Quoteshelf::Core::codePointMid(article.text, start, end)))
            return QStringLiteral("<%1> [%2,%3) does not hold its text").arg(n->tag).arg(start).arg(end);
    }
    return {};
}

// Readability's title when ours is it with a separated part at either end removed.
QString sameHeadline(const QString &expected, const QString &actual)
{
    const QString want = expected.trimmed();
    const QString got = actual.trimmed();
    if (got.isEmpty() || want == got)
        return got;
    static const QRegularExpression separator(QStringLiteral(R"(^\s+(?:\||-|–|—|·|•|»|«|::)\s+\S)"));
    if (want.startsWith(got) && separator.match(want.mid(got.size())).hasMatch())
        return want;
    static const QRegularExpression before(QStringLiteral(R"(\S\s+(?:\||-|–|—|·|•|»|«|::)\s+$)"));
    if (want.endsWith(got) && before.match(want.left(want.size() - got.size())).hasMatch())
        return want;
    return got;
}

} // namespace

void TestReadabilityCorpus::corpus()
{
    const QDir root(QStringLiteral(QUOTESHELF_SHARED_DIR "/corpora/readability"));
    if (!root.exists())
        QSKIP("the shared corpora are not available");
    const bool verbose = qEnvironmentVariableIsSet("QS_CORPUS_VERBOSE");
    const QString dump = qEnvironmentVariable("QS_CORPUS_DUMP");

    double f1Sum = 0;
    int readerable = 0;
    QStringList low;
    QStringList offsetViolations;
    FieldRate title, byline, siteName, bylineSpaces;
    const QStringList pages = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(pages.size() > 100);
    for (const QString &page : pages) {
        const QString dir = root.filePath(page);
        QFile meta(dir + QStringLiteral("/expected-metadata.json"));
        QFile expectedHtml(dir + QStringLiteral("/expected.html"));
        QVERIFY(meta.open(QIODevice::ReadOnly) && expectedHtml.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(meta.readAll()).object();
        const ReadResult result = readFile(dir + QStringLiteral("/source.html"));
        QVERIFY2(result.ok(), qPrintable(page + QStringLiteral(": ") + result.error));
        const Article &article = result.article;

        if (const QString problem = offsetProblem(article); !problem.isEmpty())
            offsetViolations.append(page + QStringLiteral(": ") + problem);
        // Readability keeps the site's or author's name joined to the headline ("Story | Site")
        // and the "By" and date around the author's name; Quoteshelf takes them off on purpose
        // (tst_articleheader). A title matches when it is Readability's or Readability's without
        // one separated part at either end; a byline when it is the name in Readability's line.
        title.add(expected.value(QLatin1String("title")), sameHeadline(expected.value(QLatin1String("title")).toString(),
                                                                        article.title));
        const QJsonValue readabilityByline = expected.value(QLatin1String("byline"));
        byline.add(readabilityByline.isString()
                       ? QJsonValue(ArticleHeader::parseByline(readabilityByline.toString()).name)
                       : readabilityByline,
                   article.byline);
        // The importer collapses white space inside bylines on purpose; this rate ignores it.
        const QJsonValue expectedByline = expected.value(QLatin1String("byline"));
        bylineSpaces.add(expectedByline.isString() ? QJsonValue(expectedByline.toString().simplified()) : expectedByline,
                         article.byline.simplified());
        siteName.add(expected.value(QLatin1String("siteName")), article.siteName);
        if (verbose) {
            for (const char *field : {"title", "byline", "siteName"}) {
                const QString want = expected.value(QLatin1String(field)).toString().trimmed();
                const QString got = QString(field) == QLatin1String("title") ? article.title
                                    : QString(field) == QLatin1String("byline") ? article.byline : article.siteName;
                if (!expected.value(QLatin1String(field)).isNull() && want != got.trimmed())
                    qInfo().noquote() << page << field << "want" << want << "got" << got;
            }
        }
        if (!dump.isEmpty()) {
            QDir().mkpath(dump);
            QFile out(dump + QLatin1Char('/') + page + QStringLiteral(".txt"));
            if (out.open(QIODevice::WriteOnly))
                out.write(article.text.toUtf8());
        }
        if (!expected.value(QLatin1String("readerable")).toBool())
            continue;
        const double f1 = CorpusMetrics::wordF1(article.text, CorpusMetrics::htmlToText(QString::fromUtf8(expectedHtml.readAll())));
        ++readerable;
        f1Sum += f1;
        if (f1 < 0.8)
            low.append(QStringLiteral("%1 (%2)").arg(page).arg(f1, 0, 'f', 3));
        if (verbose)
            qInfo().noquote() << "F1" << page << QString::number(f1, 'f', 3);
    }
    const double meanF1 = f1Sum / readerable;
    qInfo().noquote() << QStringLiteral("readability corpus: %1 pages, %2 readerable").arg(pages.size()).arg(readerable);
    qInfo().noquote() << QStringLiteral("body word-F1 mean %1; %2 pages under 0.80: %3")
                             .arg(meanF1, 0, 'f', 6).arg(low.size()).arg(low.join(QStringLiteral(", ")));
    qInfo().noquote() << QStringLiteral("title %1/%2 (%3%), byline %4/%5 (%6%), siteName %7/%8 (%9%)")
                             .arg(title.matched).arg(title.total).arg(100 * title.rate(), 0, 'f', 1)
                             .arg(byline.matched).arg(byline.total).arg(100 * byline.rate(), 0, 'f', 1)
                             .arg(siteName.matched).arg(siteName.total).arg(100 * siteName.rate(), 0, 'f', 1);
    qInfo().noquote() << QStringLiteral("byline ignoring inner white space %1/%2 (%3%)")
                             .arg(bylineSpaces.matched).arg(bylineSpaces.total).arg(100 * bylineSpaces.rate(), 0, 'f', 1);

    // Regression floors: measured values rounded down.
    // Measured: F1 0.9919, 0 pages under 0.80, title 99.2%, byline 97.4%, siteName 100%. The
    // expected text is Readability's output, captions, credits and boxes included: pruning those
    // lowers this F1 on purpose (from 0.9989), losing story text would lower it further.
    QVERIFY2(meanF1 >= 0.99, "mean body word-F1 regressed");
    QVERIFY2(low.size() <= 1, "more pages under 0.80 than before");
    QVERIFY2(title.rate() >= 0.98, "title match rate regressed");
    QVERIFY2(byline.rate() >= 0.90, "byline match rate regressed");
    QVERIFY2(siteName.rate() >= 0.98, "siteName match rate regressed");
    QVERIFY2(offsetViolations.isEmpty(), qPrintable(offsetViolations.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestReadabilityCorpus)
#include "tst_readabilitycorpus.moc"

#include "core/textoffsets.h"
#include "library/anchoring.h"

#include <QTest>

using namespace Quoteshelf;
using Library::AnchorMethod;
namespace Anchoring = Library::Anchoring;

namespace {

const QString P1
    = QStringLiteral("Negotiators met in Doha on Tuesday to discuss the release of hostages held in Gaza.");
const QString P2
    = QStringLiteral("“We are cautiously optimistic that a deal can be reached within days,” said Majed Al-Ansari, "
                     "a spokesperson for the Qatari foreign ministry.");
const QString P3 = QStringLiteral("The talks were described as difficult but constructive by officials on both sides.");
const QString P4 = QStringLiteral("Israel has expanded its ground operations, complicating the negotiations further.");
const QString Inserted = QStringLiteral("An unrelated paragraph was added by the editors after publication.");

QString join(const QStringList &paragraphs)
{
    return paragraphs.join(QStringLiteral("\n\n"));
}

// Code-point offset of the n-th occurrence of needle in text, -1 when there is none.
qsizetype codePointIndexOf(const QString &text, const QString &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i) {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            return -1;
    }
    return Core::TextOffsets(text).toCodePoint(at);
}

} // namespace

class TestAnchoring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anchors_data()
    {
        QTest::addColumn<QString>("original");
        QTest::addColumn<QString>("highlighted");
        QTest::addColumn<int>("occurrence"); // of `highlighted` in original
        QTest::addColumn<QString>("edited");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("expected"); // text at the new span; empty for an orphan
        QTest::addColumn<int>("expectedOccurrence");

        const QString text = join({ P1, P2, P3, P4 });
        const QString quote = QStringLiteral("We are cautiously optimistic that a deal can be reached within days");

        QTest::newRow("nominal: unchanged text")
            << text << quote << 0 << text << int(AnchorMethod::Position) << quote << 0;
        QTest::newRow("nominal: paragraph inserted before")
            << text << quote << 0 << join({ P1, Inserted, P2, P3, P4 }) << int(AnchorMethod::Context) << quote << 0;
        QTest::newRow("nominal: paragraph deleted before")
            << text << QStringLiteral("difficult but constructive") << 0 << join({ P2, P3, P4 })
            << int(AnchorMethod::Context) << QStringLiteral("difficult but constructive") << 0;
        QTest::newRow("nominal: paragraph inserted after")
            << text << quote << 0 << join({ P1, P2, Inserted, P3, P4 }) << int(AnchorMethod::Position) << quote << 0;
        {
            QString edited = text;
            edited.replace(QStringLiteral("said Majed Al-Ansari"), QStringLiteral("according to Majed Al-Ansari"));
            edited.replace(QStringLiteral("Negotiators met"),
                           QStringLiteral("Senior negotiators from four countries met"));
            QTest::newRow("nominal: words changed near the highlight")
                << text << quote << 0 << edited << int(AnchorMethod::Context) << quote << 0;
        }
        {
            QString edited = text;
            edited.replace(QStringLiteral("cautiously optimistic"), QStringLiteral("quietly optimistic"));
            QTest::newRow("nominal: word changed inside the highlight (fuzzy)")
                << text << quote << 0 << edited << int(AnchorMethod::Fuzzy)
                << QStringLiteral("We are quietly optimistic that a deal can be reached within days") << 0;
        }
        {
            // Longer than the head/tail split: a word changed in the middle of a long highlight.
            const QString longQuote = P2.mid(1, P2.size() - 2);
            QString edited = join({ Inserted, P1, P2, P3, P4 });
            edited.replace(QStringLiteral("a deal can be reached"), QStringLiteral("an agreement may be reached"));
            QString expected = longQuote;
            expected.replace(QStringLiteral("a deal can be reached"), QStringLiteral("an agreement may be reached"));
            QTest::newRow("nominal: long highlight with words changed inside (fuzzy head/tail)")
                << text << longQuote << 0 << edited << int(AnchorMethod::Fuzzy) << expected << 0;
        }
        QTest::newRow("robustness: highlight text deleted -> orphan")
            << text << QStringLiteral("difficult but constructive") << 0 << join({ P1, P2, P4 })
            << int(AnchorMethod::Orphan) << QString() << 0;
        QTest::newRow("robustness: whole sentence rewritten -> orphan")
            << text << P3 << 0
            << join({ P1, P2, QStringLiteral("Officials on both sides declined to comment on the talks."), P4 })
            << int(AnchorMethod::Orphan) << QString() << 0;
        {
            // "the negotiations" occurs twice; the reader highlighted the second. After an edit that
            // moves both, context must pick the second again, not the nearest or the first.
            const QString twice
                = join({ QStringLiteral("Officials said the negotiations would resume next week in Cairo."), P3,
                         QStringLiteral("Critics said the negotiations had stalled for months.") });
            const QString edited
                = join({ QStringLiteral("Critics said the negotiations had stalled for months."), Inserted, Inserted,
                         QStringLiteral("Officials said the negotiations would resume next week in Cairo."), P3 });
            QTest::newRow("robustness: duplicate occurrences pick the right one by context")
                << twice << QStringLiteral("the negotiations") << 1 << edited << int(AnchorMethod::Context)
                << QStringLiteral("the negotiations") << 0;
            QTest::newRow("robustness: duplicate occurrences, unchanged text keeps the second")
                << twice << QStringLiteral("the negotiations") << 1 << twice << int(AnchorMethod::Position)
                << QStringLiteral("the negotiations") << 1;
        }
        {
            const QString emoji = QStringLiteral("Reactions poured in 🙏🏽🇶🇦 online. ");
            QTest::newRow("robustness: emoji/surrogates before the highlight keep code-point offsets")
                << emoji + text << quote << 0 << QStringLiteral("👍 ") + emoji + text << int(AnchorMethod::Context)
                << quote << 0;
            QTest::newRow("robustness: emoji inside the highlight, unchanged")
                << emoji + text << QStringLiteral("in 🙏🏽🇶🇦 online") << 0 << emoji + text
                << int(AnchorMethod::Position) << QStringLiteral("in 🙏🏽🇶🇦 online") << 0;
        }
        QTest::newRow("robustness: short highlight changed, context gone -> orphan")
            << text << QStringLiteral("ground") << 0
            << join({ QStringLiteral("The groand was wet after the storm."), P1 }) << int(AnchorMethod::Orphan)
            << QString() << 0;
        QTest::newRow("robustness: empty new text -> orphan")
            << text << quote << 0 << QString() << int(AnchorMethod::Orphan) << QString() << 0;
        QTest::newRow("robustness: whitespace collapsed inside the highlight (fuzzy)")
            << text << QStringLiteral("Gaza.\n\n“We are") << 0
            << QString(text).replace(QStringLiteral("\n\n"), QStringLiteral(" ")) << int(AnchorMethod::Fuzzy)
            << QStringLiteral("Gaza. “We are") << 0;
    }

    void anchors()
    {
        QFETCH(QString, original);
        QFETCH(QString, highlighted);
        QFETCH(int, occurrence);
        QFETCH(QString, edited);
        QFETCH(int, method);
        QFETCH(QString, expected);
        QFETCH(int, expectedOccurrence);

        const qsizetype start = codePointIndexOf(original, highlighted, occurrence);
        QVERIFY(start >= 0);
        const auto selector = Anchoring::selectorFor(original, start, start + Core::codePointLength(highlighted));
        QCOMPARE(selector.exact, highlighted);
        QVERIFY(selector.prefix.size() <= 2 * Anchoring::ContextLength);

        const auto result = Anchoring::anchor(selector, edited);
        QCOMPARE(Anchoring::methodName(result.method), Anchoring::methodName(AnchorMethod(method)));
        if (result.method == AnchorMethod::Orphan) {
            QCOMPARE(result.start, -1);
            return;
        }
        QCOMPARE(Core::codePointMid(edited, result.start, result.end), expected);
        QCOMPARE(result.start, codePointIndexOf(edited, expected, expectedOccurrence));
        if (result.method != AnchorMethod::Fuzzy)
            QCOMPARE(result.similarity, 1.0);
        else
            QVERIFY(result.similarity >= Anchoring::FuzzyThreshold);
    }

    void selectorCountsCodePoints()
    {
        const QString text = QStringLiteral("🙂🙂 abc 🙂 def");
        const auto selector = Anchoring::selectorFor(text, 3, 6, 3);
        QCOMPARE(selector.exact, QStringLiteral("abc"));
        QCOMPARE(selector.prefix, QStringLiteral("🙂🙂 "));
        QCOMPARE(selector.suffix, QStringLiteral(" 🙂 "));
        const auto clamped = Anchoring::selectorFor(text, -4, 400);
        QCOMPARE(clamped.exact, text);
        QCOMPARE(clamped.start, 0);
        QCOMPARE(clamped.end, Core::codePointLength(text));
    }

    void similarityIsSymmetricAndBounded()
    {
        QCOMPARE(Anchoring::similarity(QString(), QString()), 1.0);
        QCOMPARE(Anchoring::similarity(QStringLiteral("abc"), QStringLiteral("abc")), 1.0);
        QCOMPARE(Anchoring::similarity(QStringLiteral("abcd"), QStringLiteral("abxd")), 0.75);
        QCOMPARE(Anchoring::similarity(QStringLiteral("abc"), QString()), 0.0);
        QCOMPARE(Anchoring::similarity(QStringLiteral("🙂a"), QStringLiteral("a🙂")),
                 Anchoring::similarity(QStringLiteral("a🙂"), QStringLiteral("🙂a")));
    }

    void largeTextStaysFast()
    {
        // A 200,000-code-point article with the highlight changed: the fuzzy pass must stay interactive.
        QString big;
        for (int i = 0; big.size() < 200000; ++i)
            big += QStringLiteral("Paragraph %1 says nothing in particular about the talks. ").arg(i);
        const QString quote = QStringLiteral("We are cautiously optimistic that a deal can be reached within days, "
                                             "said the minister in a long statement");
        const QString text = big + quote + big;
        const auto selector = Anchoring::selectorFor(text, big.size(), big.size() + quote.size());
        QString edited = text;
        edited.replace(QStringLiteral("cautiously"), QStringLiteral("quietly"));
        QElapsedTimer timer;
        timer.start();
        const auto result = Anchoring::anchor(selector, edited);
        qInfo() << "fuzzy anchoring in 400k code points took" << timer.elapsed() << "ms";
        QCOMPARE(result.method, AnchorMethod::Fuzzy);
        QCOMPARE(result.start, big.size());
    }
};

QTEST_GUILESS_MAIN(TestAnchoring)
#include "tst_anchoring.moc"

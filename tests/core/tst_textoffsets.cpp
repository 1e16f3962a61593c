#include "core/textoffsets.h"

#include <QTest>

using Quoteshelf::Core::TextOffsets;

class TestTextOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qsizetype>("codePoints");
        QTest::newRow("nominal: ascii") << QStringLiteral("He said") << qsizetype(7);
        QTest::newRow("nominal: curly quotes are one unit") << QStringLiteral("“Yes”") << qsizetype(5);
        QTest::newRow("robustness: emoji is one code point, two units") << QStringLiteral("a😀b😀c") << qsizetype(5);
        QTest::newRow("robustness: empty") << QString() << qsizetype(0);
        QTest::newRow("robustness: lone surrogate counts as one") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << qsizetype(3);
    }

    void roundTrip()
    {
        QFETCH(QString, text);
        QFETCH(qsizetype, codePoints);
        const TextOffsets offsets(text);
        QCOMPARE(offsets.codePointLength(), codePoints);
        QCOMPARE(offsets.toUtf16(codePoints), text.size());
        for (qsizetype cp = 0; cp <= codePoints; ++cp)
            QCOMPARE(offsets.toCodePoint(offsets.toUtf16(cp)), cp);
    }

    // Long texts are read in blocks: a pair anywhere, across a block's edge included, still counts.
    void pairAtEveryPositionOfALongText()
    {
        const QString emoji = QStringLiteral("😀");
        for (qsizetype position = 0; position < 260; ++position) {
            const QString text = QString(position, u'a') + emoji + QString(300 - position, u'b') + emoji;
            const TextOffsets offsets(text);
            QCOMPARE(offsets.codePointLength(), qsizetype(text.toUcs4().size()));
            QCOMPARE(offsets.toUtf16(position + 1), position + 2);
            QCOMPARE(offsets.toCodePoint(position + 2), position + 1);
            QCOMPARE(offsets.toCodePoint(text.size() - 2), 301);
        }
        // A lone high surrogate at the end of a block is one code point, as anywhere else.
        const QString lone = QString(63, u'a') + QChar(0xD800) + QString(70, u'b');
        QCOMPARE(TextOffsets(lone).codePointLength(), lone.size());
    }

    void midUsesCodePoints()
    {
        const QString text = QStringLiteral("😀😀 “We are optimistic,” he said");
        QCOMPARE(Quoteshelf::Core::codePointMid(text, 4, 20), QStringLiteral("We are optimisti"));
        const TextOffsets offsets(text);
        QCOMPARE(offsets.toUtf16(3), 5);
        QCOMPARE(offsets.toCodePoint(5), 3);
    }
};

QTEST_GUILESS_MAIN(TestTextOffsets)
#include "tst_textoffsets.moc"

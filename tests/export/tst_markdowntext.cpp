// The pure text helpers behind the template filters: YAML scalars, block quotes, Markdown escaping,
// hashtags and file names.

#include "export/markdowntext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quoteshelf::Export;

class TestMarkdownText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yaml_data();
    void yaml();
    void blockquote_data();
    void blockquote();
    void escape_data();
    void escape();
    void hashtag_data();
    void hashtag();
    void fileName_data();
    void fileName();
    void tidyBlankLines_data();
    void tidyBlankLines();
};

void TestMarkdownText::yaml_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: plain words") << QVariant(u"Jake Sullivan"_s) << u"Jake Sullivan"_s;
    QTest::newRow("nominal: apostrophe inside") << QVariant(u"Qatar's ministry"_s) << u"Qatar's ministry"_s;
    QTest::newRow("nominal: ISO date stays a date") << QVariant(u"2023-11-01"_s) << u"2023-11-01"_s;
    QTest::newRow("nominal: ISO date-time") << QVariant(u"2024-03-02T10:15:00Z"_s) << u"2024-03-02T10:15:00Z"_s;
    QTest::newRow("nominal: integer") << QVariant(qint64(7)) << u"7"_s;
    QTest::newRow("nominal: boolean") << QVariant(true) << u"true"_s;
    QTest::newRow("nominal: list") << QVariant(QStringList { u"Gaza"_s, u"a: b"_s }) << u"[Gaza, \"a: b\"]"_s;
    QTest::newRow("nominal: empty list") << QVariant(QStringList()) << u"[]"_s;
    QTest::newRow("robustness: empty string") << QVariant(u""_s) << u"\"\""_s;
    QTest::newRow("robustness: colon") << QVariant(u"Hamas: talks"_s) << u"\"Hamas: talks\""_s;
    QTest::newRow("robustness: double quotes and backslash")
        << QVariant(u"say \"hi\" \\o/"_s) << u"\"say \\\"hi\\\" \\\\o/\""_s;
    QTest::newRow("robustness: boolean-looking word") << QVariant(u"Yes"_s) << u"\"Yes\""_s;
    QTest::newRow("robustness: null-looking word") << QVariant(u"null"_s) << u"\"null\""_s;
    QTest::newRow("robustness: number-looking text") << QVariant(u"1984"_s) << u"\"1984\""_s;
    QTest::newRow("robustness: leading dash") << QVariant(u"- item"_s) << u"\"- item\""_s;
    QTest::newRow("robustness: comment marker") << QVariant(u"a #b"_s) << u"\"a #b\""_s;
    QTest::newRow("robustness: newline and tab") << QVariant(u"a\nb\tc"_s) << u"\"a\\nb\\tc\""_s;
    QTest::newRow("robustness: control characters")
        << QVariant(u"bell\u0007del\u007Fnel\u0085ls\u2028"_s) << u"\"bell\\x07del\\x7fnel\\Nls\\L\""_s;
    QTest::newRow("robustness: trailing space") << QVariant(u"word "_s) << u"\"word \""_s;
    QTest::newRow("robustness: non-Latin letters stay plain") << QVariant(u"Аль-Ансари"_s) << u"Аль-Ансари"_s;
    QTest::newRow("robustness: invalid value") << QVariant() << u"\"\""_s;
}

void TestMarkdownText::yaml()
{
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::yaml(value), expected);
}

void TestMarkdownText::blockquote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: one line") << u"Hello"_s << u"> Hello"_s;
    QTest::newRow("nominal: two paragraphs") << u"One.\n\nTwo."_s << u"> One.\n>\n> Two."_s;
    QTest::newRow("robustness: CRLF and trailing newline") << u"One.\r\nTwo.\r\n"_s << u"> One.\n> Two."_s;
    QTest::newRow("robustness: whitespace-only line") << u"a\n  \nb"_s << u"> a\n>\n> b"_s;
    QTest::newRow("robustness: empty") << QString() << u">"_s;
}

void TestMarkdownText::blockquote()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::blockquote(text), expected);
}

void TestMarkdownText::escape_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: prose untouched") << u"He said \"50/50\" (maybe)."_s << u"He said \"50/50\" (maybe)."_s;
    QTest::newRow("robustness: heading marker") << u"#1 priority"_s << u"\\#1 priority"_s;
    QTest::newRow("robustness: list and rule markers") << u"- a\n* b\n---"_s << u"\\- a\n\\* b\n\\---"_s;
    QTest::newRow("robustness: ordered list marker") << u"1999. A year"_s << u"1999\\. A year"_s;
    QTest::newRow("robustness: number without marker") << u"1999 was"_s << u"1999 was"_s;
    QTest::newRow("robustness: quote marker") << u"> not a quote"_s << u"\\> not a quote"_s;
    QTest::newRow("robustness: raw HTML") << u"a <script>x</script> b < c"_s << u"a \\<script>x\\</script> b < c"_s;
    QTest::newRow("robustness: entity") << u"AT&amp;T & co"_s << u"AT\\&amp;T & co"_s;
    QTest::newRow("robustness: backslash") << u"C:\\path"_s << u"C:\\\\path"_s;
    QTest::newRow("robustness: indentation would be code") << u"    indented"_s << u"indented"_s;
}

void TestMarkdownText::escape()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::escape(text), expected);
}

void TestMarkdownText::hashtag_data()
{
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: one tag") << QStringList { u"gaza"_s } << u"#gaza"_s;
    QTest::newRow("nominal: spaces become hyphens")
        << QStringList { u"hostage  talks"_s, u"US policy"_s } << u"#hostage-talks #US-policy"_s;
    QTest::newRow("nominal: nested tag kept") << QStringList { u"topic/middle east"_s } << u"#topic/middle-east"_s;
    QTest::newRow("robustness: punctuation dropped") << QStringList { u"#a.b, c!"_s } << u"#ab-c"_s;
    QTest::newRow("robustness: empty and duplicates") << QStringList { u" "_s, u"x"_s, u"x"_s } << u"#x"_s;
}

void TestMarkdownText::hashtag()
{
    QFETCH(QStringList, tags);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::hashtags(tags), expected);
}

void TestMarkdownText::fileName_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: ordinary title") << u"Talks resume in Doha"_s << u"Talks resume in Doha"_s;
    QTest::newRow("robustness: control characters") << u"a\tb\nc\u0000d"_s << u"a b c d"_s;
    QTest::newRow("robustness: only dots") << u"..."_s << u"fallback"_s;
    QTest::newRow("robustness: device name with extension") << u"NUL.txt"_s << u"NUL.txt_"_s;
    QTest::newRow("robustness: surrogate pair not split")
        << QString(50, u'x') + u"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"_s << QString(50, u'x') + u"😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀"_s;
}

void TestMarkdownText::fileName()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString name = MarkdownText::fileName(text, u"fallback"_s);
    QCOMPARE(name, expected);
    QVERIFY(name.toUtf8().size() <= 120);
}

void TestMarkdownText::tidyBlankLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: runs collapse") << u"a\n\n\n\nb\n  \n\t\nc\n\n"_s << u"a\n\nb\n\nc"_s;
    QTest::newRow("nominal: fenced code keeps its blank lines")
        << u"a\n\n\n```\nx\n\n\n  \ny\n```\n\n\nb"_s << u"a\n\n```\nx\n\n\n  \ny\n```\n\nb"_s;
    QTest::newRow("robustness: longer closing fence, tilde fence inside backticks")
        << u"````\n~~~\n\n\n`````\n\n\nz"_s << u"````\n~~~\n\n\n`````\n\nz"_s;
    QTest::newRow("robustness: unclosed fence runs to the end") << u"```\n\n\n"_s << u"```"_s;
}

void TestMarkdownText::tidyBlankLines()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownText::tidyBlankLines(text), expected);
}

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"

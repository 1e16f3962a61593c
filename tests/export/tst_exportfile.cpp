// Re-export over an existing file: the block between the markers is replaced, the reader's text
// outside it and their own front-matter keys are kept, and an edit inside the block is a conflict.

#include "export/exportfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quoteshelf::Export;

Q_DECLARE_METATYPE(Quoteshelf::Export::ExportStatus)

namespace {

ExportDocument document(const QString &body, const QString &frontMatter = u"title: T\ntags: [a]"_s, qint64 id = 5)
{
    return { id, frontMatter, body, {} };
}

// The file a first export of `body` writes.
QString exported(const QString &body, const QString &frontMatter = u"title: T\ntags: [a]"_s)
{
    return composeFile(document(body, frontMatter));
}

} // namespace

class TestExportFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void compose();
    void update_data();
    void update();
    void exportedId();
};

void TestExportFile::compose()
{
    const QString text = exported(u"# T\n\nBody"_s);
    QCOMPARE(text,
             u"---\ntitle: T\ntags: [a]\n---\n\n<!-- quoteshelf:begin id=5 hash=%1 -->\n\n# T\n\nBody\n\n"
             "<!-- quoteshelf:end -->\n"_s.arg(blockHash(u"# T\n\nBody"_s)));
    QCOMPARE(blockHash(u"\n# T  \r\n\r\nBody\n\n"_s), blockHash(u"# T\n\nBody"_s));
    QVERIFY(blockHash(u"# T\n\nBody"_s) != blockHash(u"# T\n\nBody!"_s));
    QCOMPARE(composeFile(document(u"B"_s, {})).left(21), u"<!-- quoteshelf:begin"_s);
}

void TestExportFile::update_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<ExportDocument>("fresh");
    QTest::addColumn<ExportStatus>("status");
    QTest::addColumn<QString>("expected"); // the text to write; empty when not checked
    QTest::addColumn<QString>("message"); // part of the message

    const QString v1 = exported(u"Old body"_s);
    const ExportDocument v2 = document(u"New body"_s, u"title: T2\ntags: [a, b]"_s);
    const QString v2File = composeFile(v2);

    QTest::newRow("nominal: no file yet") << QString() << v2 << ExportStatus::Written << v2File << QString();
    QTest::newRow("nominal: untouched file") << v1 << v2 << ExportStatus::Updated << v2File << QString();
    QTest::newRow("nominal: same content") << v2File << v2 << ExportStatus::Unchanged << v2File << QString();

    QString around = v1;
    around.replace(u"\n<!-- quoteshelf:begin"_s, u"\nMine above.\n\n<!-- quoteshelf:begin"_s);
    around += u"\nMine below.\n"_s;
    QString aroundExpected = v2File;
    aroundExpected.replace(u"\n<!-- quoteshelf:begin"_s, u"\nMine above.\n\n<!-- quoteshelf:begin"_s);
    aroundExpected += u"\nMine below.\n"_s;
    QTest::newRow("nominal: reader text around the block survives")
        << around << v2 << ExportStatus::Updated << aroundExpected << QString();

    QString keys = v1;
    keys.replace(u"title: T\n"_s, u"rating: 4\ntitle: T\n# my comment\n"_s);
    keys.replace(u"tags: [a]\n"_s, u"tags: [a]\nstatus: done\n"_s);
    QString keysExpected = v2File;
    keysExpected.replace(u"title: T2\n"_s, u"rating: 4\ntitle: T2\n# my comment\n"_s);
    keysExpected.replace(u"tags: [a, b]\n"_s, u"tags: [a, b]\nstatus: done\n"_s);
    QTest::newRow("nominal: reader's front-matter keys survive, ours are refreshed")
        << keys << v2 << ExportStatus::Updated << keysExpected << QString();

    QString blockList = v1;
    blockList.replace(u"tags: [a]\n"_s, u"tags:\n  - a\n  - mine\n"_s);
    QTest::newRow("nominal: a key rewritten as a block list is replaced whole")
        << blockList << v2 << ExportStatus::Updated << v2File << QString();

    QString newKey = v1;
    QString newKeyExpected = composeFile(document(u"New body"_s, u"title: T2\ntags: [a, b]\nsaved: 2024-01-01"_s));
    QTest::newRow("nominal: a key the template now writes is added")
        << newKey << document(u"New body"_s, u"title: T2\ntags: [a, b]\nsaved: 2024-01-01"_s) << ExportStatus::Updated
        << newKeyExpected << QString();

    QString noFront = exported(u"Old body"_s, {});
    QTest::newRow("nominal: front matter added to a file without one")
        << noFront << v2 << ExportStatus::Updated << v2File << QString();

    QString whitespace = v1;
    whitespace.replace(u"Old body"_s, u"Old body   "_s);
    whitespace.replace(u"\n"_s, u"\r\n"_s);
    QTest::newRow("robustness: editor changed line ends and trailing spaces only")
        << whitespace << v2 << ExportStatus::Updated << v2File << QString();

    QString edited = v1;
    edited.replace(u"Old body"_s, u"Old body, with my words"_s);
    QTest::newRow("robustness: edited inside the block")
        << edited << v2 << ExportStatus::Conflict << v2File << u"edited"_s;

    QTest::newRow("robustness: the file belongs to another article")
        << exported(u"Old body"_s) << document(u"x"_s, {}, 6) << ExportStatus::Conflict << QString() << u"article 5"_s;
    QTest::newRow("robustness: a file of the reader's own")
        << u"# My notes\n"_s << v2 << ExportStatus::Conflict << QString() << u"no Quoteshelf export block"_s;

    QString noEnd = v1;
    noEnd.remove(u"<!-- quoteshelf:end -->"_s);
    QTest::newRow("robustness: end marker deleted")
        << noEnd << v2 << ExportStatus::Error << QString() << u"no end marker"_s;
    QTest::newRow("robustness: two blocks for the article")
        << v1 + v1 << v2 << ExportStatus::Error << QString() << u"2 export blocks"_s;
    QTest::newRow("robustness: failed render is passed on")
        << v1 << ExportDocument { 5, {}, {}, u"template.md:3: boom"_s } << ExportStatus::Error << QString()
        << u"boom"_s;
}

void TestExportFile::update()
{
    QFETCH(QString, existing);
    QFETCH(ExportDocument, fresh);
    QFETCH(ExportStatus, status);
    QFETCH(QString, expected);
    QFETCH(QString, message);

    const UpdateResult result = updateFile(existing, fresh);
    QCOMPARE(exportStatusName(result.status), exportStatusName(status));
    if (!expected.isEmpty())
        QCOMPARE(result.text, expected);
    QVERIFY2(result.message.contains(message), qPrintable(result.message));
    if (status == ExportStatus::Conflict && !expected.isEmpty()) {
        const UpdateResult forced = updateFile(existing, fresh, ConflictPolicy::Overwrite);
        QCOMPARE(forced.status, ExportStatus::Updated);
        QCOMPARE(forced.text, expected);
    }
}

void TestExportFile::exportedId()
{
    QCOMPARE(exportedArticleId(exported(u"b"_s)), std::optional<qint64>(5));
    QCOMPARE(exportedArticleId(u"no markers"_s), std::nullopt);
    QCOMPARE(exportedArticleId(u"<!-- quoteshelf:begin id=12 hash=zz -->"_s), std::nullopt);
}

QTEST_GUILESS_MAIN(TestExportFile)
#include "tst_exportfile.moc"

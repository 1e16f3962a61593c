// The Markdown exporter end to end: the seed article through the default and a custom template
// against reviewed golden files, template errors, YAML front matter, rendering with cmark-gfm,
// and re-export over a file the reader changed. Bulk export and the clipboard: tst_exportfolder.
//
// Regenerate the golden files with QUOTESHELF_UPDATE_GOLDEN=1, then review the diff like code.

#include "exportfixture.h"

#include "export/exportfile.h"
#include "export/markdownexporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Quoteshelf::Export;

Q_DECLARE_METATYPE(Quoteshelf::Export::ExportOptions::GroupBy)

namespace {

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// Compares with the golden file, or rewrites it when asked to.
void compareGolden(const QString &actual, const QString &name)
{
    const QString path = ExportFixture::goldenPath(name);
    if (ExportFixture::updateGolden()) {
        QVERIFY2(writeFile(path, actual), qPrintable(path));
        return;
    }
    const QString expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(u"missing golden file %1 (QUOTESHELF_UPDATE_GOLDEN=1)"_s.arg(path)));
    if (actual != expected) {
        writeFile(path + u".actual"_s, actual);
        QFAIL(qPrintable(u"%1 differs from the golden file; see %1.actual"_s.arg(path)));
    }
}

ExportData awkwardData(const QString &title)
{
    ExportData data;
    data.article.id = 42;
    data.article.title = title;
    data.article.author = u"O'Brien: \"the\" reporter"_s;
    data.article.site = u"- not a list"_s;
    data.article.url = u"https://example.org/a?b=c#d"_s;
    data.article.published = u"2023-11-01"_s;
    data.article.saved = QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5), QTimeZone::UTC);
    data.article.tags = { u"yes"_s, u"a: b"_s, u"#hash"_s, u"[x]"_s };
    return data;
}

struct Process
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Process run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    Process result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted())
        return result;
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void seedData();
    void golden_data();
    void golden();
    void templateError_data();
    void templateError();
    void fileName_data();
    void fileName();
    void frontMatterIsYaml_data();
    void frontMatterIsYaml();
    void rendersWithCmark();
    void optionsLeaveOutQuotes();
    void reexportKeepsReaderText();
    void reexportEditedBlockConflicts();

private:
    ExportData m_seed;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // KTextTemplate logs every parse error; the broken-template rows make many on purpose.
    QLoggingCategory::setFilterRules(u"kf.texttemplate.warning=false"_s);
    const auto seed = ExportFixture::seed();
    QVERIFY2(seed.error.isEmpty(), qPrintable(seed.error));
    m_seed = ExportFixture::seedData();
    MarkdownExporter exporter;
    QVERIFY2(exporter.errorString().isEmpty(), qPrintable(exporter.errorString()));
}

void TestExport::seedData()
{
    // The fixture is what the golden files are about; check it is what the rows below assume.
    QCOMPARE(m_seed.highlights.size(), 3);
    const ExportHighlight &onQuote = m_seed.highlights.at(1);
    QCOMPARE(onQuote.speaker, u"Jake Sullivan"_s);
    QVERIFY(onQuote.quoteId != 0);
    QVERIFY(m_seed.highlights.at(2).text.contains(u"\n\n"_s));
    QVERIFY(!m_seed.speakers.isEmpty());
    QCOMPARE(m_seed.article.saved, QDateTime(QDate(2024, 3, 2), QTime(10, 15), QTimeZone::UTC));
}

void TestExport::golden_data()
{
    QTest::addColumn<QString>("templateFile");
    QTest::addColumn<QStringList>("colours");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<ExportOptions::GroupBy>("groupBy");
    QTest::addColumn<QString>("golden");

    QTest::newRow("nominal: seed article, default template")
        << QString() << QStringList() << QStringList() << ExportOptions::GroupBy::None << u"seed-default.md"_s;
    QTest::newRow("nominal: seed article, custom template") << u"custom-template.md"_s << QStringList() << QStringList()
                                                            << ExportOptions::GroupBy::None << u"seed-custom.md"_s;
    QTest::newRow("nominal: grouped by speaker, blue and green only")
        << QString() << QStringList { u"Blue"_s, u"green"_s } << QStringList() << ExportOptions::GroupBy::Speaker
        << u"seed-by-speaker.md"_s;
    QTest::newRow("nominal: grouped by colour, tagged highlights only")
        << QString() << QStringList() << QStringList { u"negotiations"_s, u"US POLICY"_s }
        << ExportOptions::GroupBy::Colour << u"seed-by-colour.md"_s;
}

void TestExport::golden()
{
    QFETCH(QString, templateFile);
    QFETCH(QStringList, colours);
    QFETCH(QStringList, tags);
    QFETCH(ExportOptions::GroupBy, groupBy);
    QFETCH(QString, golden);

    MarkdownExporter exporter;
    if (!templateFile.isEmpty())
        QVERIFY2(exporter.loadTemplateFile(ExportFixture::goldenPath(templateFile)),
                 qPrintable(exporter.errorString()));
    ExportOptions options;
    options.colours = colours;
    options.tags = tags;
    options.groupBy = groupBy;
    QVERIFY(exporter.setOptions(options));
    const ExportDocument document = exporter.render(m_seed);
    QVERIFY2(document.ok(), qPrintable(document.error));
    compareGolden(composeFile(document), golden);
}

void TestExport::templateError_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("robustness: unclosed for")
        << u"# {{ title }}\n\n{% for h in highlights %}\n> {{ h.text }}\n"_s << 3 << u"endfor"_s;
    QTest::newRow("robustness: unknown filter inside a closed loop")
        << u"a\n{% for h in highlights %}\nb\n{{ h.text|nosuchfilter }}\n{% endfor %}\nc\n"_s << 4 << u"nosuchfilter"_s;
    QTest::newRow("robustness: unknown tag")
        << u"---\ntitle: {{ title|yaml }}\n---\n{% frobnicate %}\n"_s << 4 << u"frobnicate"_s;
    QTest::newRow("robustness: unclosed if after a closed block")
        << u"{% if title %}\nx\n{% endif %}\n\n{% if note %}\n{{ note }}\n"_s << 5 << u"endif"_s;
    QTest::newRow("robustness: endfor without for") << u"a\nb\n{% endfor %}\n"_s << 3 << u"endfor"_s;
}

void TestExport::templateError()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(QString, mentions);

    MarkdownExporter exporter;
    QVERIFY(!exporter.setTemplate(text, u"broken.md"_s));
    QCOMPARE(exporter.errorLine(), line);
    QVERIFY2(exporter.errorString().startsWith(u"broken.md:%1: "_s.arg(line)), qPrintable(exporter.errorString()));
    QVERIFY2(exporter.errorString().contains(mentions), qPrintable(exporter.errorString()));
    // The previous (default) template stays usable.
    const ExportDocument document = exporter.render(m_seed);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QVERIFY(document.body.contains(u"## Highlights"_s));
}

void TestExport::fileName_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: title") << u"{{ title }}"_s << u"Talks resume"_s << u"Talks resume"_s;
    QTest::newRow("nominal: date and site")
        << u"{{ published_date }} {{ site }} - {{ title }}"_s << u"Talks"_s << u"2023-11-01 - not a list - Talks"_s;
    QTest::newRow("robustness: separators and reserved characters")
        << u"{{ title }}"_s << u"Hamas: \"50/50\" odds? <b>*yes*</b>"_s << u"Hamas - '50-50' odds byes-b"_s;
    QTest::newRow("robustness: hidden-file dot and trailing dots")
        << u"{{ title }}"_s << u"..and so on..."_s << u"and so on"_s;
    QTest::newRow("robustness: Windows device name") << u"{{ title }}"_s << u"con"_s << u"con_"_s;
    QTest::newRow("robustness: empty falls back to the id") << u"{{ title }}"_s << u" / "_s << u"-"_s;
    QTest::newRow("robustness: nothing at all") << u"{{ nosuchvariable }}"_s << u"x"_s << u"article-42"_s;
    QTest::newRow("robustness: long title cut on a character boundary")
        << u"{{ title }}"_s << QString(200, QChar(0x00E9)) << QString(60, QChar(0x00E9));
}

void TestExport::fileName()
{
    QFETCH(QString, pattern);
    QFETCH(QString, title);
    QFETCH(QString, expected);

    MarkdownExporter exporter;
    ExportOptions options;
    options.fileNamePattern = pattern;
    QVERIFY2(exporter.setOptions(options), qPrintable(exporter.errorString()));
    QCOMPARE(exporter.fileName(awkwardData(title)), expected);
}

void TestExport::frontMatterIsYaml_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: seed article") << QString();
    QTest::newRow("robustness: colon, quotes and a hash") << u"Hamas: \"It's Hamas after all\" #breaking"_s;
    QTest::newRow("robustness: looks like a boolean") << u"No"_s;
    QTest::newRow("robustness: looks like a number") << u"1984"_s;
    QTest::newRow("robustness: newline, tab and backslash") << u"Line one\nline\ttwo \\ three"_s;
    QTest::newRow("robustness: leading dash and brackets") << u"- [draft] {x}: y"_s;
    QTest::newRow("robustness: control characters and emoji") << u"bell\u0007 nel\u0085 🎉"_s;
}

void TestExport::frontMatterIsYaml()
{
    QFETCH(QString, title);
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        QSKIP("python3 is not installed");
    if (run(python, { u"-c"_s, u"import yaml"_s }, {}).exitCode != 0)
        QSKIP("python3-yaml is not installed (Debian package python3-yaml)");

    const ExportData data = title.isEmpty() ? m_seed : awkwardData(title);
    MarkdownExporter exporter;
    const QString file = composeFile(exporter.render(data));
    const QString script = u"import sys, json, yaml, datetime\n"
                           "text = sys.stdin.read()\n"
                           "front = text.split('---\\n')[1]\n"
                           "data = yaml.safe_load(front)\n"
                           "print(json.dumps(data, default=str))\n"_s;
    const Process p = run(python, { u"-c"_s, script }, file.toUtf8());
    QVERIFY2(p.exitCode == 0, p.err.constData());
    const QJsonObject parsed = QJsonDocument::fromJson(p.out).object();
    QCOMPARE(parsed.value(u"title").toString(), data.article.title);
    QCOMPARE(parsed.value(u"author").toString(), data.article.author);
    QCOMPARE(parsed.value(u"site").toString(), data.article.site);
    QCOMPARE(parsed.value(u"url").toString(), data.article.url);
    QCOMPARE(parsed.value(u"quoteshelf_id").toInteger(), data.article.id);
    QCOMPARE(parsed.value(u"tags").toVariant().toStringList(), data.article.tags);
    QVERIFY(parsed.value(u"saved").toString().startsWith(data.article.saved.date().toString(Qt::ISODate)));
}

void TestExport::rendersWithCmark()
{
    const QString cmark = QStandardPaths::findExecutable(u"cmark-gfm"_s);
    if (cmark.isEmpty())
        QSKIP("cmark-gfm is not installed");
    MarkdownExporter exporter;
    const ExportDocument document = exporter.render(m_seed);
    // Front matter is not Markdown; note apps strip it, so render what they render.
    const Process p = run(cmark, {}, document.body.toUtf8());
    QCOMPARE(p.exitCode, 0);
    const QString html = QString::fromUtf8(p.out);

    QVERIFY(html.contains(u"<h1>"_s));
    QVERIFY(html.contains(u"<h2>Highlights</h2>"_s));
    QVERIFY(html.contains(u"<h2>Quotes by speaker</h2>"_s));
    QVERIFY(html.contains(u"<h2>Notes</h2>"_s));
    QVERIFY(html.contains(u"<em>hostage diplomacy</em>"_s)); // the note is Markdown, not escaped
    QVERIFY(html.contains(u"href=\"quoteshelf://article/7#h-11\""_s));
    // Three highlights and every extracted quote, each its own block quote.
    const qsizetype quotes = html.count(u"<blockquote>"_s);
    qsizetype expected = 3;
    for (const ExportSpeaker &s : m_seed.speakers)
        expected += s.quotes.size();
    QCOMPARE(quotes, expected);
    // The two-paragraph highlight stays one block quote with two paragraphs.
    static const QRegularExpression twoParagraphs(
        u"<blockquote>\\s*<p>Furthermore, part of the negotiations[^<]*</p>\\s*<p>[^<]*civilian hostages,”</p>\\s*</blockquote>"_s);
    QVERIFY2(twoParagraphs.match(html).hasMatch(), qPrintable(html));
    // The quote highlight carries its speaker inside the block quote.
    static const QRegularExpression attributed(u"keep working at\\s*</p>\\s*<p>— Jake Sullivan"_s);
    QVERIFY2(attributed.match(html).hasMatch(), qPrintable(html));
}

void TestExport::optionsLeaveOutQuotes()
{
    MarkdownExporter exporter;
    ExportOptions options;
    options.includeQuotes = false;
    options.colours = {u"purple"_s}; // no highlight has it
    QVERIFY(exporter.setOptions(options));
    const ExportDocument document = exporter.render(m_seed);
    QVERIFY2(document.ok(), qPrintable(document.error));
    QVERIFY(!document.body.contains(u"## Quotes by speaker"_s));
    QVERIFY(!document.body.contains(u"## Highlights"_s));
    QVERIFY(document.frontMatter.contains(u"\nspeakers: []\n"_s));
    QVERIFY(document.body.contains(u"## Notes"_s));
}

void TestExport::reexportKeepsReaderText()
{
    MarkdownExporter exporter;
    const QString first = composeFile(exporter.render(m_seed));
    // The reader adds a front-matter key, a paragraph above and below the block.
    QString edited = first;
    edited.replace(u"quoteshelf_id: 7\n"_s, u"quoteshelf_id: 7\nstatus: reading # mine\n"_s);
    edited.replace(u"<!-- quoteshelf:begin"_s, u"My thoughts before.\n\n<!-- quoteshelf:begin"_s);
    edited += u"\n## My own section\n\nWritten by the reader.\n"_s;

    // Meanwhile the library changed: a new note and one highlight fewer.
    ExportData changed = m_seed;
    changed.article.note = u"Revised note."_s;
    changed.highlights.removeLast();
    const UpdateResult result = updateFile(edited, exporter.render(changed));
    QCOMPARE(result.status, ExportStatus::Updated);
    QVERIFY(result.text.contains(u"status: reading # mine\n"_s));
    QVERIFY(result.text.contains(u"My thoughts before.\n\n<!-- quoteshelf:begin id=7 "_s));
    QVERIFY(result.text.endsWith(u"<!-- quoteshelf:end -->\n\n## My own section\n\nWritten by the reader.\n"_s));
    QVERIFY(result.text.contains(u"Revised note."_s));
    QVERIFY(!result.text.contains(u"Furthermore, part of the negotiations"_s));

    // Exporting the same data again changes nothing.
    const UpdateResult again = updateFile(result.text, exporter.render(changed));
    QCOMPARE(again.status, ExportStatus::Unchanged);
    QCOMPARE(again.text, result.text);
}

void TestExport::reexportEditedBlockConflicts()
{
    MarkdownExporter exporter;
    const QString first = composeFile(exporter.render(m_seed));
    QString edited = first;
    edited.replace(u"Revised"_s, u"x"_s);
    edited.replace(u"## Highlights"_s, u"## Highlights\n\nI added this inside the block."_s);

    const UpdateResult conflict = updateFile(edited, exporter.render(m_seed));
    QCOMPARE(conflict.status, ExportStatus::Conflict);
    QVERIFY(conflict.message.contains(u"edited"_s));
    // What Overwrite would write is offered, and it is the fresh export.
    QCOMPARE(conflict.text, first);
    const UpdateResult overwrite = updateFile(edited, exporter.render(m_seed), ConflictPolicy::Overwrite);
    QCOMPARE(overwrite.status, ExportStatus::Updated);
    QCOMPARE(overwrite.text, first);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"

// Bulk export of the seed article into a folder (names, collisions, re-export, conflicts) and the
// "Copy as Markdown" snippets.

#include "exportfixture.h"

#include "export/clipboardmarkdown.h"
#include "export/exportfile.h"
#include "export/folderexporter.h"
#include "export/markdownexporter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Quoteshelf::Export;

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

} // namespace

class TestExportFolder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void folderExport();
    void progressAndStop();
    void streamsArticleByArticle();
    void clipboard();

private:
    ExportData m_seed;
};

void TestExportFolder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const auto seed = ExportFixture::seed();
    QVERIFY2(seed.error.isEmpty(), qPrintable(seed.error));
    m_seed = ExportFixture::seedData();
}

void TestExportFolder::folderExport()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MarkdownExporter exporter;

    ExportData twin = m_seed;
    twin.article.id = 8; // another article with the same title
    // A file of the reader's own already has the name the seed article would get.
    const QString name = exporter.fileName(m_seed);
    QVERIFY(writeFile(dir.filePath(name + u".md"_s), u"my own notes\n"_s));

    auto outcomes = exportToFolder(exporter, { m_seed, twin }, dir.path());
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(0).status, ExportStatus::Written);
    QCOMPARE(outcomes.at(1).status, ExportStatus::Written);
    QCOMPARE(QFileInfo(outcomes.at(0).path).fileName(), name + u" (2).md"_s);
    QCOMPARE(QFileInfo(outcomes.at(1).path).fileName(), name + u" (3).md"_s);
    QCOMPARE(readFile(dir.filePath(name + u".md"_s)), u"my own notes\n"_s);

    // Again: nothing changed. Then the title changes: the file is found by its marker, not its name.
    outcomes = exportToFolder(exporter, { m_seed, twin }, dir.path());
    QCOMPARE(outcomes.at(0).status, ExportStatus::Unchanged);
    QCOMPARE(outcomes.at(1).status, ExportStatus::Unchanged);
    ExportData renamed = m_seed;
    renamed.article.title = u"A new title"_s;
    const QString seedPath = outcomes.at(0).path;
    outcomes = exportToFolder(exporter, { renamed }, dir.path());
    QCOMPARE(outcomes.at(0).status, ExportStatus::Updated);
    QCOMPARE(outcomes.at(0).path, seedPath);

    // The reader edits inside the block: reported, the file left as it was.
    QString text = readFile(seedPath);
    text.replace(u"## Highlights"_s, u"## Highlights (edited)"_s);
    QVERIFY(writeFile(seedPath, text));
    outcomes = exportToFolder(exporter, { m_seed }, dir.path());
    QCOMPARE(outcomes.at(0).status, ExportStatus::Conflict);
    QCOMPARE(readFile(seedPath), text);
    outcomes = exportToFolder(exporter, { m_seed }, dir.path(), ConflictPolicy::Overwrite);
    QCOMPARE(outcomes.at(0).status, ExportStatus::Updated);

    // A folder that does not exist yet is created.
    ExportData fresh = m_seed;
    fresh.article.id = 9;
    outcomes = exportToFolder(exporter, { fresh }, dir.filePath(u"sub/dir"_s));
    QCOMPARE(outcomes.at(0).status, ExportStatus::Written);
    QCOMPARE(exportedArticleId(readFile(dir.filePath(u"sub/dir/"_s + name + u".md"_s))), std::optional<qint64>(9));
}

// Progress after every article; stopping leaves the rest unwritten and out of the outcomes.
void TestExportFolder::progressAndStop()
{
    MarkdownExporter exporter;
    QList<ExportData> articles;
    for (const qint64 id : { 21, 22, 23 }) {
        ExportData data = m_seed;
        data.article.id = id;
        data.article.title = u"Article %1"_s.arg(id);
        articles.append(data);
    }
    QTemporaryDir all;
    QVERIFY(all.isValid());
    QList<std::pair<qsizetype, qsizetype>> calls;
    auto outcomes
        = exportToFolder(exporter, articles, all.path(), ConflictPolicy::Report, [&](qsizetype done, qsizetype total) {
              calls.append({ done, total });
              return true;
          });
    QCOMPARE(outcomes.size(), 3);
    const QList<std::pair<qsizetype, qsizetype>> expected { { 1, 3 }, { 2, 3 }, { 3, 3 } };
    QCOMPARE(calls, expected);

    QTemporaryDir stopped;
    QVERIFY(stopped.isValid());
    outcomes = exportToFolder(exporter, articles, stopped.path(), ConflictPolicy::Report,
                              [](qsizetype done, qsizetype) { return done < 2; });
    QCOMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes.at(1).articleId, 22);
    QCOMPARE(QDir(stopped.path()).entryList({ u"*.md"_s }, QDir::Files).size(), 2);
}

// Articles named by id are loaded one at a time, each just before its file is written (a whole
// library exports in the memory of one article); a missing one is an error, the rest go on.
void TestExportFolder::streamsArticleByArticle()
{
    MarkdownExporter exporter;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QList<qint64> loaded;
    QList<qsizetype> filesWhenLoaded;
    const auto load = [&](qint64 id) -> std::optional<ExportData> {
        loaded.append(id);
        filesWhenLoaded.append(QDir(dir.path()).entryList({ u"*.md"_s }, QDir::Files).size());
        if (id == 32)
            return std::nullopt;
        ExportData data = m_seed;
        data.article.id = id;
        data.article.title = u"Streamed %1"_s.arg(id);
        return data;
    };
    const auto outcomes = exportToFolder(exporter, QList<qint64> { 31, 32, 33 }, load, dir.path());
    QCOMPARE(loaded, (QList<qint64> { 31, 32, 33 }));
    // Each was loaded after the one before it had been written.
    QCOMPARE(filesWhenLoaded, (QList<qsizetype> { 0, 1, 1 }));
    QCOMPARE(outcomes.size(), 3);
    QCOMPARE(outcomes.at(0).status, ExportStatus::Written);
    QCOMPARE(outcomes.at(1).status, ExportStatus::Error);
    QCOMPARE(outcomes.at(1).articleId, 32);
    QCOMPARE(outcomes.at(2).status, ExportStatus::Written);
    QCOMPARE(QDir(dir.path()).entryList({ u"*.md"_s }, QDir::Files).size(), 2);
}

void TestExportFolder::clipboard()
{
    const ExportHighlight &noted = m_seed.highlights.at(0);
    const QString highlight = highlightMarkdown(m_seed.article, noted);
    QVERIFY(highlight.startsWith(u"> In a rapidly-evolving situation in Gaza"_s));
    QVERIFY(highlight.contains(u"\n\nThe framing: **US officials** first"_s));
    QVERIFY(highlight.contains(u"#hostage-talks #US-policy · [US Efforts"_s));
    QVERIFY(highlight.endsWith(u"](quoteshelf://article/7#h-11)\n"_s));

    const ExportHighlight &spoken = m_seed.highlights.at(1);
    QVERIFY(highlightMarkdown(m_seed.article, spoken).contains(u">\n> — Jake Sullivan"_s));

    const ExportSpeaker &speaker = m_seed.speakers.constFirst();
    const QString quote = quoteMarkdown(m_seed.article, speaker, speaker.quotes.constFirst());
    QVERIFY(quote.startsWith(u"> "_s));
    QVERIFY(quote.contains(u"> — "_s + speaker.name));
    QVERIFY(quote.contains(u", in [US Efforts"_s));

    const QString notes = articleNotesMarkdown(m_seed);
    QVERIFY(notes.startsWith(u"# US Efforts"_s));
    QVERIFY(notes.contains(u"Background for the *hostage diplomacy* piece."_s));
    QCOMPARE(notes.count(u"[open in Quoteshelf](quoteshelf://article/7#h-"_s), 3);
}

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"

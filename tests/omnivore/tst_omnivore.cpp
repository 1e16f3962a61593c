// Omnivore exports in: a small invented export written as Omnivore writes it (zip and folder),
// imported into a real library in-process and through quoteshelf-cli.
#include "clitool.h"
#include "import/omnivoreexport.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/omnivoreimport.h"

#include <KZip>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Quoteshelf;

namespace {

const QString FerryUrl = QStringLiteral("https://news.example.org/2024/05/harbour-ferry-returns");
const QString OrchardUrl = QStringLiteral("https://news.example.org/2024/04/orchard-frost");

QByteArray metadata()
{
    const QJsonArray items {
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("5f1c") },
            { QStringLiteral("slug"), QStringLiteral("harbour-ferry-returns-18c2") },
            { QStringLiteral("title"), QStringLiteral("Ferry returns to Lowmere harbour") },
            { QStringLiteral("author"), QStringLiteral("Ada Penrose") },
            { QStringLiteral("url"), FerryUrl },
            { QStringLiteral("labels"), QJsonArray { QStringLiteral("transport"), QStringLiteral("Lowmere") } },
            { QStringLiteral("savedAt"), QStringLiteral("2024-05-02T08:15:00.000Z") },
            { QStringLiteral("publishedAt"), QStringLiteral("2024-05-01T06:00:00.000Z") },
            { QStringLiteral("state"), QStringLiteral("Archived") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("77ab") },
                      { QStringLiteral("slug"), QStringLiteral("orchard-frost-91d0") },
                      { QStringLiteral("title"), QStringLiteral("Late frost hits the valley orchards") },
                      { QStringLiteral("author"), QStringLiteral("Tomas Reed") },
                      { QStringLiteral("url"), OrchardUrl },
                      { QStringLiteral("labels"), QJsonArray { QStringLiteral("farming") } },
                      { QStringLiteral("savedAt"), QStringLiteral("2024-04-20T19:40:00.000Z") },
                      { QStringLiteral("state"), QStringLiteral("Succeeded") } },
    };
    return QJsonDocument(items).toJson();
}

QByteArray ferryPage()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Ferry returns to Lowmere harbour</title></head>"
        "<body><article><h1>Ferry returns to Lowmere harbour</h1>"
        "<p>After two years without a crossing, the ferry to the islands sails again from the northern pier this week, "
        "the council confirmed on Tuesday after a long dispute over repairs.</p>"
        "<p>\"The ferry would run every hour by June,\" the harbour master, Elin Marsh, told a meeting of residents, "
        "adding that the timetable depended on the weather.</p>"
        "<p>Shop owners along the quay said nobody remembered a quieter winter on the quay, and hoped the boats "
        "would bring walkers back to the coast path before the summer.</p>"
        "</article></body></html>");
}

QByteArray ferryHighlights()
{
    return QByteArrayLiteral("> The ferry would run every hour by June \n\nCheck the *timetable* before booking.\n\n"
                             "> nobody remembered a quieter winter on the quay\n\n"
                             "> The bridge toll will be abolished next spring\n");
}

QByteArray orchardHighlights()
{
    return QByteArrayLiteral("> We lost perhaps a third of the early varieties to one night of frost \n\nA third!\n");
}

// The export as Omnivore lays it out: metadata, content/ and highlights/ (the second article's
// content was not exported).
QHash<QString, QByteArray> exportFiles()
{
    return {
        { QStringLiteral("metadata_0_to_1.json"), metadata() },
        { QStringLiteral("content/harbour-ferry-returns-18c2.html"), ferryPage() },
        { QStringLiteral("highlights/harbour-ferry-returns-18c2.md"), ferryHighlights() },
        { QStringLiteral("highlights/orchard-frost-91d0.md"), orchardHighlights() },
    };
}

bool writeZip(const QString &path)
{
    KZip zip(path);
    if (!zip.open(QIODevice::WriteOnly))
        return false;
    const auto files = exportFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (!zip.writeFile(it.key(), it.value()))
            return false;
    }
    return zip.close();
}

bool writeFolder(const QString &path)
{
    const auto files = exportFiles();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString file = QDir(path).filePath(it.key());
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

struct Shelf
{
    Quoteshelf::Library::Database db;
    std::unique_ptr<Quoteshelf::Library::ArticleRepository> articles;
    std::unique_ptr<Quoteshelf::Library::HighlightRepository> highlights;

    bool open(const QString &path)
    {
        if (!db.open(path))
            return false;
        articles = std::make_unique<Quoteshelf::Library::ArticleRepository>(&db);
        highlights = std::make_unique<Quoteshelf::Library::HighlightRepository>(&db);
        return true;
    }

    QList<Quoteshelf::Library::OmnivoreOutcome> import(const Import::OmnivoreExport &exported)
    {
        Quoteshelf::Library::OmnivoreImporter importer(&db, articles.get(), highlights.get());
        QList<Quoteshelf::Library::OmnivoreOutcome> outcomes;
        for (const Import::OmnivoreItem &item : exported.items)
            outcomes.append(importer.importItem(item));
        return outcomes;
    }

    // Every highlight as one line: article title, orphan?, quote, note, in a stable order.
    QStringList listing() const
    {
        QStringList lines;
        for (const auto &summary : articles->summaries()) {
            for (const auto &h : highlights->highlights(summary.id))
                lines << QStringList { summary.title, h.orphaned ? QStringLiteral("orphan") : QString(), h.exact,
                                       h.note }
                             .join(QLatin1Char('|'));
        }
        lines.sort();
        return lines;
    }
};

} // namespace

class TestOmnivore final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_zip;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_zip = m_dir.filePath(QStringLiteral("omnivore-export.zip"));
        QVERIFY(writeZip(m_zip));
        QVERIFY(writeFolder(m_dir.filePath(QStringLiteral("unzipped"))));
    }

    void highlightsMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QStringList>("quotes");
        QTest::addColumn<QStringList>("notes");
        QTest::newRow("nominal: a quote and its note")
            << QStringLiteral("> Words said.\n\nMy note.\n") << QStringList { QStringLiteral("Words said.") }
            << QStringList { QStringLiteral("My note.") };
        QTest::newRow("nominal: two quotes, the first without a note")
            << QStringLiteral("> First words\n\n> Second words \n\nOn the second.\n")
            << QStringList { QStringLiteral("First words"), QStringLiteral("Second words") }
            << QStringList { QString(), QStringLiteral("On the second.") };
        QTest::newRow("nominal: a note of two paragraphs")
            << QStringLiteral("> Quoted\n\nOne.\n\nTwo.\n") << QStringList { QStringLiteral("Quoted") }
            << QStringList { QStringLiteral("One.\n\nTwo.") };
        QTest::newRow("robustness: a quote over several lines, CRLF")
            << QStringLiteral("> the start of it\r\n> and its end\r\n")
            << QStringList { QStringLiteral("the start of it and its end") } << QStringList { QString() };
        QTest::newRow("robustness: a heading before the first quote is no note")
            << QStringLiteral("# Title\n\n> Quoted\n") << QStringList { QStringLiteral("Quoted") }
            << QStringList { QString() };
        QTest::newRow("robustness: an empty file") << QString() << QStringList() << QStringList();
    }

    void highlightsMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QStringList, quotes);
        QFETCH(QStringList, notes);
        const auto highlights = Import::Omnivore::parseHighlights(markdown);
        QStringList gotQuotes;
        QStringList gotNotes;
        for (const auto &h : highlights) {
            gotQuotes << h.quote;
            gotNotes << h.note;
        }
        QCOMPARE(gotQuotes, quotes);
        QCOMPARE(gotNotes, notes);
    }

    void readsZipAndFolderAlike()
    {
        QVERIFY(Import::Omnivore::isExport(m_zip));
        QVERIFY(Import::Omnivore::isExport(m_dir.filePath(QStringLiteral("unzipped"))));
        QVERIFY(!Import::Omnivore::isExport(m_dir.path() + QStringLiteral("/nothing.zip")));
        const auto zipped = Import::Omnivore::read(m_zip);
        const auto folder = Import::Omnivore::read(m_dir.filePath(QStringLiteral("unzipped")));
        QVERIFY2(zipped.ok(), qPrintable(zipped.error));
        QVERIFY2(folder.ok(), qPrintable(folder.error));
        QCOMPARE(zipped.items.size(), 2);
        QCOMPARE(folder.items.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(zipped.items.at(i).url, folder.items.at(i).url);
            QCOMPARE(zipped.items.at(i).content, folder.items.at(i).content);
            QCOMPARE(zipped.items.at(i).highlights.size(), folder.items.at(i).highlights.size());
        }
        QCOMPARE(zipped.items.at(0).labels, (QStringList { QStringLiteral("transport"), QStringLiteral("Lowmere") }));
        QVERIFY(zipped.items.at(0).archived);
        QVERIFY(!zipped.items.at(1).archived);
        QVERIFY(zipped.items.at(1).content.isEmpty());
    }

    void importsIntoALibrary()
    {
        QTemporaryDir dir;
        Shelf library;
        QVERIFY(library.open(dir.filePath(QStringLiteral("library.sqlite"))));
        const auto outcomes = library.import(Import::Omnivore::read(m_zip));
        QCOMPARE(outcomes.size(), 2);
        for (const auto &outcome : outcomes)
            QVERIFY2(outcome.ok(), qPrintable(outcome.article.error));

        // The exported page, its source the export's address, its labels as tags, archived.
        const auto ferry = library.articles->article(outcomes.at(0).article.id);
        QVERIFY(ferry);
        QCOMPARE(ferry->sourceUrl, FerryUrl);
        QCOMPARE(ferry->summary.title, QStringLiteral("Ferry returns to Lowmere harbour"));
        QVERIFY(ferry->text.contains(QStringLiteral("quieter winter on the quay")));
        QVERIFY(ferry->summary.archived);
        QStringList tags = library.highlights->articleTags(ferry->summary.id);
        tags.sort(Qt::CaseInsensitive);
        QCOMPARE(tags, (QStringList { QStringLiteral("Lowmere"), QStringLiteral("transport") }));
        QVERIFY(!outcomes.at(0).fromHighlights);
        QCOMPARE(outcomes.at(0).highlights, 2);
        QCOMPARE(outcomes.at(0).orphaned, 1);

        // No page in the export: made of its highlights, and said so.
        const auto orchard = library.articles->article(outcomes.at(1).article.id);
        QVERIFY(orchard);
        QVERIFY(outcomes.at(1).fromHighlights);
        QCOMPARE(orchard->sourceUrl, OrchardUrl);
        QCOMPARE(orchard->summary.title, QStringLiteral("Late frost hits the valley orchards"));
        QVERIFY(!orchard->summary.archived);
        QCOMPARE(library.highlights->articleTags(orchard->summary.id), QStringList { QStringLiteral("farming") });
        QCOMPARE(outcomes.at(1).highlights, 1);

        const QStringList expected {
            QStringLiteral("Ferry returns to Lowmere harbour|orphan|The bridge toll will be abolished next spring|"),
            QStringLiteral("Ferry returns to Lowmere harbour||The ferry would run every hour by June|Check the "
                           "*timetable* before booking."),
            QStringLiteral("Ferry returns to Lowmere harbour||nobody remembered a quieter winter on the quay|"),
            QStringLiteral("Late frost hits the valley orchards||We lost perhaps a third of the early varieties to one "
                           "night of frost|A third!"),
        };
        QCOMPARE(library.listing(), expected);

        // The same export again: nothing changes.
        const auto summaries = library.articles->summaries();
        const auto again = library.import(Import::Omnivore::read(m_dir.filePath(QStringLiteral("unzipped"))));
        for (const auto &outcome : again) {
            QVERIFY(outcome.ok());
            QVERIFY(outcome.article.duplicate);
            QCOMPARE(outcome.highlights + outcome.orphaned, 0);
        }
        QCOMPARE(again.at(0).alreadyPresent, 3);
        QCOMPARE(library.listing(), expected);
        QCOMPARE(library.articles->summaries(), summaries);
    }

    void brokenExportsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("robustness: a truncated zip") << QStringLiteral("truncated");
        QTest::newRow("robustness: metadata that is not JSON") << QStringLiteral("metadata");
        QTest::newRow("robustness: a zip without metadata") << QStringLiteral("nometadata");
    }

    void brokenExportsRefused()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(kind + QStringLiteral(".zip"));
        if (kind == QLatin1String("truncated")) {
            QFile whole(m_zip);
            QVERIFY(whole.open(QIODevice::ReadOnly));
            const QByteArray data = whole.readAll();
            QFile cut(path);
            QVERIFY(cut.open(QIODevice::WriteOnly));
            cut.write(data.left(data.size() / 2));
        } else {
            KZip zip(path);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            if (kind == QLatin1String("metadata"))
                QVERIFY(zip.writeFile(QStringLiteral("metadata_0_to_1.json"), QByteArrayLiteral("[{\"slug\": ")));
            QVERIFY(zip.writeFile(QStringLiteral("content/a.html"), QByteArrayLiteral("<p>x</p>")));
            QVERIFY(zip.close());
        }
        const auto exported = Import::Omnivore::read(path);
        QVERIFY(!exported.ok());
        QVERIFY2(exported.error.contains(kind + QStringLiteral(".zip")), qPrintable(exported.error));

        // The command refuses it naming the file, and the library stays as it was (empty).
        QTemporaryDir home;
        const QString library = home.filePath(QStringLiteral("lib"));
        const auto run = Testing::runCli(home.path(),
                                         { QStringLiteral("--library"), library, QStringLiteral("import-list"), path });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(kind + QStringLiteral(".zip")), qPrintable(run.err));
        const auto list
            = Testing::runCli(home.path(), { QStringLiteral("--library"), library, QStringLiteral("list") });
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(list.out, QString());
    }

    void cliImportsTheExport()
    {
        QTemporaryDir home;
        const QStringList library { QStringLiteral("--library"), home.filePath(QStringLiteral("lib")) };
        const auto first = Testing::runCli(home.path(), library + QStringList { QStringLiteral("import-list"), m_zip });
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QCOMPARE(first.out.count(QLatin1Char('\n')), 2);
        QVERIFY2(first.err.contains(QStringLiteral("[2/2]")), qPrintable(first.err));
        QVERIFY2(first.err.contains(
                     QStringLiteral("2 of 2 articles imported; highlights: 3 anchored, 1 orphaned, 0 already present")),
                 qPrintable(first.err));
        QVERIFY2(first.err.contains(OrchardUrl + QStringLiteral(": its page is not in the export")),
                 qPrintable(first.err));
        const QString ferryId = first.out.section(QLatin1Char('\t'), 0, 0);
        const auto highlights
            = Testing::runCli(home.path(), library + QStringList { QStringLiteral("highlights"), ferryId });
        QCOMPARE(highlights.out.count(QLatin1Char('\n')), 3);
        QVERIFY(highlights.out.contains(QStringLiteral("Check the *timetable* before booking.")));
        const auto tagged = Testing::runCli(
            home.path(), library + QStringList { QStringLiteral("search"), QStringLiteral("tag:transport") });
        QVERIFY2(tagged.out.startsWith(ferryId + QLatin1Char('\t')), qPrintable(tagged.out + tagged.err));

        // The unzipped folder of the same export: nothing new.
        const auto second = Testing::runCli(
            home.path(),
            library + QStringList { QStringLiteral("import-list"), m_dir.filePath(QStringLiteral("unzipped")) });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QVERIFY2(second.err.contains(QStringLiteral("highlights: 0 anchored, 0 orphaned, 4 already present")),
                 qPrintable(second.err));
        QCOMPARE(Testing::runCli(home.path(), library + QStringList { QStringLiteral("highlights"), ferryId }).out,
                 highlights.out);
    }
};

QTEST_GUILESS_MAIN(TestOmnivore)
#include "tst_omnivore.moc"

// quoteshelf-cli annotations export / import, as a user runs them: two libraries, real processes.
#include "clitool.h"
#include "shelf.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Testing::CliRun;

namespace {

struct Highlight
{
    QString title; // a word of the article's title
    QString words;
    QString colour;
    QString note;
    QStringList tags;
};

const QList<Highlight> Highlights = {
    { QStringLiteral("Pier"), QStringLiteral("The ferry would run every hour by June"), QStringLiteral("yellow"),
      QStringLiteral("Check the *timetable*."), { QStringLiteral("transport"), QStringLiteral("Lowmere") } },
    { QStringLiteral("Pier"), QStringLiteral("northern pier"), QStringLiteral("green"), {}, {} },
    { QStringLiteral("Orchards"), QStringLiteral("We lost perhaps a third of the early varieties"),
      QStringLiteral("blue"), QStringLiteral("A third!"), { QStringLiteral("farming") } },
    { QStringLiteral("Orchards"), QStringLiteral("damaged blossom"), QStringLiteral("purple"), {}, {} },
    { QStringLiteral("Library"), QStringLiteral("the library will open on Sundays"), QStringLiteral("pink"),
      QStringLiteral("at last"), { QStringLiteral("town") } },
};

} // namespace

class TestAnnotationsCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    Testing::Pages m_pages;

    CliRun cli(const QString &library, const QStringList &args) const
    {
        return Testing::runCli(m_home.path(), QStringList{ QStringLiteral("--library"), m_home.filePath(library) } + args);
    }

    // The ids of the library's articles by a word of their title.
    QHash<QString, QString> ids(const QString &library) const
    {
        QHash<QString, QString> result;
        const CliRun list = cli(library, { QStringLiteral("list") });
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            for (const QString &word : { QStringLiteral("Pier"), QStringLiteral("Orchards"), QStringLiteral("Library") }) {
                if (line.section(QLatin1Char('\t'), 1).contains(word))
                    result.insert(word, line.section(QLatin1Char('\t'), 0, 0));
            }
        }
        return result;
    }

    // `highlights ID` of every article without the highlights' own ids, which differ between
    // libraries: start, end, colour, orphan, text, tags, note.
    QStringList listing(const QString &library) const
    {
        QStringList lines;
        const auto articles = ids(library);
        for (auto it = articles.cbegin(); it != articles.cend(); ++it) {
            const CliRun run = cli(library, { QStringLiteral("highlights"), it.value() });
            for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                lines << it.key() + QLatin1Char('\t') + line.section(QLatin1Char('\t'), 1);
        }
        lines.sort();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(QFileInfo::exists(Testing::cliPath()), qPrintable(Testing::cliPath()));
        m_pages = Testing::writePages(m_home.path());
        // Library A: the three articles, highlighted through the tool.
        const CliRun imported = cli(QStringLiteral("a"), { QStringLiteral("import"), m_pages.harbour, m_pages.orchard,
                                                           m_pages.library });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const auto a = ids(QStringLiteral("a"));
        QCOMPARE(a.size(), 3);
        for (const Highlight &h : Highlights) {
            QStringList args{ QStringLiteral("highlight"), a.value(h.title), QStringLiteral("--text"), h.words,
                              QStringLiteral("--color"), h.colour };
            if (!h.note.isEmpty())
                args << QStringLiteral("--note") << h.note;
            for (const QString &tag : h.tags)
                args << QStringLiteral("--tag") << tag;
            const CliRun run = cli(QStringLiteral("a"), args);
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        }
        // Library B: the same files, imported in another order (other ids).
        const CliRun other = cli(QStringLiteral("b"), { QStringLiteral("import"), m_pages.library, m_pages.orchard,
                                                        m_pages.harbour });
        QVERIFY2(other.exitCode == 0, qPrintable(other.err));
        QVERIFY(ids(QStringLiteral("b")).value(QStringLiteral("Library")) != ids(QStringLiteral("a")).value(QStringLiteral("Library")));
    }

    void roundTrip()
    {
        const QString file = m_home.filePath(QStringLiteral("a-annotations.jsonld"));
        const CliRun exported = cli(QStringLiteral("a"), { QStringLiteral("annotations"), QStringLiteral("export"),
                                                           QStringLiteral("--all"), QStringLiteral("--out"), file });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QVERIFY2(exported.err.contains(QStringLiteral("5 annotations exported")), qPrintable(exported.err));
        QVERIFY(exported.out.isEmpty());

        const QStringList before = listing(QStringLiteral("b"));
        QVERIFY(before.isEmpty());
        const CliRun imported = cli(QStringLiteral("b"), { QStringLiteral("annotations"), QStringLiteral("import"), file });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QCOMPARE(imported.out.trimmed(),
                 QStringLiteral("imported 5, already present 0, orphaned 0, no matching article 0, skipped 0"));
        const QStringList a = listing(QStringLiteral("a"));
        QCOMPARE(a.size(), Highlights.size());
        QCOMPARE(listing(QStringLiteral("b")), a);

        // Again: nothing changes.
        const CliRun again = cli(QStringLiteral("b"), { QStringLiteral("annotations"), QStringLiteral("import"), file });
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.out.trimmed(),
                 QStringLiteral("imported 0, already present 5, orphaned 0, no matching article 0, skipped 0"));
        QCOMPARE(listing(QStringLiteral("b")), a);
    }

    void exportToStandardOutput()
    {
        const QString id = ids(QStringLiteral("a")).value(QStringLiteral("Orchards"));
        const CliRun run = cli(QStringLiteral("a"), { QStringLiteral("annotations"), QStringLiteral("export"), id });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject document = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(document.value(QStringLiteral("type")).toString(), QStringLiteral("AnnotationCollection"));
        QCOMPARE(document.value(QStringLiteral("total")).toInt(), 2);
    }

    void brokenFileChangesNothing()
    {
        const QString file = m_home.filePath(QStringLiteral("half.jsonld"));
        const CliRun exported = cli(QStringLiteral("a"), { QStringLiteral("annotations"), QStringLiteral("export"),
                                                           QStringLiteral("--all"), QStringLiteral("--out"), file });
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        QFile whole(file);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray data = whole.readAll();
        whole.close();
        QVERIFY(Testing::writeFile(file, data.left(data.size() * 2 / 3)));

        const QString library = QStringLiteral("c");
        QVERIFY(cli(library, { QStringLiteral("import"), m_pages.harbour, m_pages.orchard, m_pages.library }).exitCode == 0);
        const CliRun run = cli(library, { QStringLiteral("annotations"), QStringLiteral("import"), file });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("half.jsonld: not a valid JSON file")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(listing(library).isEmpty());
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("robustness: no verb") << QStringList{ QStringLiteral("annotations") } << 2;
        QTest::newRow("robustness: export without an article")
            << QStringList{ QStringLiteral("annotations"), QStringLiteral("export") } << 2;
        QTest::newRow("robustness: export of an article and --all")
            << QStringList{ QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("1"),
                            QStringLiteral("--all") }
            << 2;
        QTest::newRow("robustness: import without a file")
            << QStringList{ QStringLiteral("annotations"), QStringLiteral("import") } << 2;
        QTest::newRow("robustness: an article not in the library")
            << QStringList{ QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("999") } << 1;
        QTest::newRow("robustness: a file that is not there")
            << QStringList{ QStringLiteral("annotations"), QStringLiteral("import"), QStringLiteral("/nonexistent/x.json") }
            << 1;
    }

    void usage()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const CliRun run = cli(QStringLiteral("a"), args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY(!run.err.isEmpty());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationsCli)
#include "tst_annotationscli.moc"

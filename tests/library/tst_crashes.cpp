// The library survives being killed at any moment. quoteshelf-cli processes import articles and
// make highlights with tags and notes, and this test SIGKILLs them at random moments (a fixed
// seed, so a failure can be replayed) until it has killed enough of them in the middle of their
// work. After every tenth kill and at the end the file must pass SQLite's integrity check and the
// full-text indexes' own checks, and every action a process acknowledged (printed its id for)
// before it died must be in the library, whole: the article with its title and text, the
// highlight with its words, tag and note. It prints its figures.
//
// QUOTESHELF_CRASH_KILLS sets how many kills (default 60); QUOTESHELF_CRASH_SEED the seed.
#include "clitool.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Quoteshelf;

namespace {

struct AcknowledgedArticle
{
    qint64 id = 0;
    QString title;
};

struct AcknowledgedHighlight
{
    qint64 id = 0;
    qint64 article = 0;
    QString exact;
    QString tag;
    QString note;
};

QString titleOf(int n)
{
    return QStringLiteral("Ferry report number %1").arg(n);
}

QString sentenceOf(int n, int s)
{
    return QStringLiteral("Crossing %1 of report %2 left on time").arg(s).arg(n);
}

} // namespace

class TestCrashes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cli = Testing::cliPath();
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
        m_libraryDir = m_dir.filePath(QStringLiteral("library"));
    }

    void killedAtRandomMomentsLosesNothing()
    {
        const int wantedKills = qEnvironmentVariableIsSet("QUOTESHELF_CRASH_KILLS") ? qEnvironmentVariableIntValue("QUOTESHELF_CRASH_KILLS") : 60;
        const quint32 seed = qEnvironmentVariableIsSet("QUOTESHELF_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("QUOTESHELF_CRASH_SEED")) : 20261205u;
        QRandomGenerator random(seed);

        QList<AcknowledgedArticle> articles;
        QList<AcknowledgedHighlight> highlights;
        int kills = 0, importKills = 0, highlightKills = 0, finished = 0, checks = 0, nextArticle = 1;
        int attempts = 0;
        QSet<QString> highlighted;
        while (kills < wantedKills && attempts < wantedKills * 20) {
            ++attempts;
            const bool importing = articles.size() < 3 || random.bounded(2) == 0;
            QStringList args = {QStringLiteral("--library"), m_libraryDir};
            QList<AcknowledgedHighlight> pending; // what a highlight run would make, by id order
            if (importing) {
                args << QStringLiteral("import");
                for (int i = 0; i < 4; ++i, ++nextArticle) {
                    const QString path = m_dir.filePath(QStringLiteral("report%1.txt").arg(nextArticle));
                    QFile file(path);
                    QVERIFY(file.open(QIODevice::WriteOnly));
                    QString text = titleOf(nextArticle) + QStringLiteral("\n\n");
                    for (int s = 1; s <= 12; ++s)
                        text += sentenceOf(nextArticle, s) + QStringLiteral(", the harbour office said. ");
                    file.write(text.toUtf8());
                    args << path;
                }
            } else {
                const AcknowledgedArticle &target = articles.at(random.bounded(int(articles.size())));
                const int n = target.title.section(QLatin1Char(' '), -1).toInt();
                AcknowledgedHighlight h;
                h.article = target.id;
                h.exact = sentenceOf(n, 1 + random.bounded(12));
                // Each stretch once: a second highlight of the same words is the same highlight.
                if (highlighted.contains(h.exact))
                    continue;
                highlighted.insert(h.exact);
                h.tag = QStringLiteral("crossing%1").arg(random.bounded(5));
                h.note = QStringLiteral("Checked on attempt %1").arg(attempts);
                pending << h;
                args << QStringLiteral("highlight") << QString::number(h.article) << QStringLiteral("--text") << h.exact
                     << QStringLiteral("--tag") << h.tag << QStringLiteral("--note") << h.note;
            }

            QProcess process;
            process.start(m_cli, args);
            QVERIFY(process.waitForStarted());
            // A moment anywhere from start-up to the end of the work.
            const int delay = int(random.bounded(importing ? 260 : 90));
            bool killed = false;
            // (waitForFinished() is false for a process that has already finished.)
            if (process.state() != QProcess::NotRunning && !process.waitForFinished(delay)) {
                process.kill();
                killed = true;
                QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(10000));
            }
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            // Only whole lines were acknowledged.
            const QStringList lines = out.left(out.lastIndexOf(QLatin1Char('\n')) + 1).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            if (importing) {
                for (const QString &line : lines) {
                    const qint64 id = line.section(QLatin1Char('\t'), 0, 0).toLongLong();
                    if (id > 0)
                        articles.append({id, line.section(QLatin1Char('\t'), 1)});
                }
            } else if (!lines.isEmpty()) {
                pending.first().id = lines.constFirst().trimmed().toLongLong();
                if (pending.first().id > 0)
                    highlights.append(pending.first());
            }
            if (killed && process.exitStatus() == QProcess::CrashExit) {
                ++kills;
                (importing ? importKills : highlightKills)++;
                if (kills % 10 == 0) {
                    ++checks;
                    verifyLibrary(articles, highlights);
                    if (QTest::currentTestFailed())
                        return;
                }
            } else {
                QVERIFY2(process.exitCode() == 0, qPrintable(QString::fromUtf8(process.readAllStandardError())));
                ++finished;
            }
        }
        QVERIFY2(kills >= wantedKills, qPrintable(QStringLiteral("only %1 kills in %2 attempts").arg(kills).arg(attempts)));
        ++checks;
        verifyLibrary(articles, highlights);
        std::printf("crash test (seed %u): %d SIGKILLs (%d during import, %d during a highlight), %d runs finished; "
                    "%lld articles and %lld highlights acknowledged, all found whole; %d integrity checks passed\n",
                    seed, kills, importKills, highlightKills, finished, static_cast<long long>(articles.size()),
                    static_cast<long long>(highlights.size()), checks);
    }

private:
    void verifyLibrary(const QList<AcknowledgedArticle> &articles, const QList<AcknowledgedHighlight> &highlights)
    {
        Library::Database db;
        QVERIFY2(db.open(QDir(m_libraryDir).filePath(QStringLiteral("library.sqlite"))), qPrintable(db.errorString()));
        QSqlQuery integrity(db.connection());
        QVERIFY(integrity.exec(QStringLiteral("PRAGMA integrity_check")) && integrity.next());
        QCOMPARE(integrity.value(0).toString(), QStringLiteral("ok"));
        integrity.finish();
        QSqlQuery tables(db.connection());
        QStringList fts;
        QVERIFY(tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'")));
        while (tables.next())
            fts << tables.value(0).toString();
        tables.finish();
        QVERIFY(!fts.isEmpty());
        for (const QString &name : std::as_const(fts)) {
            QSqlQuery check(db.connection());
            QVERIFY2(check.exec(QStringLiteral("INSERT INTO \"%1\"(\"%1\", rank) VALUES('integrity-check', 1)").arg(name)),
                     qPrintable(name + QLatin1String(": ") + check.lastError().text()));
        }

        Library::ArticleRepository repository(&db);
        for (const AcknowledgedArticle &article : articles) {
            const auto record = repository.article(article.id);
            QVERIFY2(record, qPrintable(QStringLiteral("acknowledged article %1 is missing").arg(article.id)));
            QCOMPARE(record->summary.title, article.title);
            QVERIFY(record->text.contains(QLatin1String("the harbour office said")));
        }
        Library::HighlightRepository store(&db);
        for (const AcknowledgedHighlight &highlight : highlights) {
            const auto record = store.highlight(highlight.id);
            QVERIFY2(record, qPrintable(QStringLiteral("acknowledged highlight %1 is missing").arg(highlight.id)));
            QCOMPARE(record->articleId, highlight.article);
            QCOMPARE(record->exact, highlight.exact);
            QVERIFY(record->tags.contains(highlight.tag));
            QCOMPARE(record->note, highlight.note);
        }
    }

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_libraryDir;
};

QTEST_GUILESS_MAIN(TestCrashes)
#include "tst_crashes.moc"

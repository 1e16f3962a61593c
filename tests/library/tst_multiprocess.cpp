// One library, several processes at once, as people use it: this process holds the library the
// way the window does (its own connection writing highlights, an import worker with a second
// connection, a list model following the library through LibraryWatcher) while quoteshelf-cli
// processes import, highlight and list beside it, round after round. Afterwards the file passes
// SQLite's and FTS5's integrity checks, every write a process acknowledged is there, no writer
// failed, and the list shows what the other processes added.
//
// QUOTESHELF_STRESS_ROUNDS sets the number of rounds (default 12).
#include "clitool.h"
#include "core/paths.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importjob.h"
#include "library/importservice.h"
#include "library/librarymodel.h"
#include "library/librarywatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Quoteshelf;

namespace {

struct Acknowledged
{
    qint64 id = 0;
    QString title; // articles
    QString note; // highlights
    QStringList tags; // highlights
    QString exact; // highlights
};

// A small article of its own for each writer, with a sentence to highlight later.
QString articleText(int round, int writer)
{
    return QStringLiteral("Harbour talks, round %1, desk %2\n\n"
                          "“We will keep talking in round %1 at desk %2,” the negotiator said on Tuesday. "
                          "Officials at desk %2 confirmed that the ferry schedule for round %1 stays as it is.\n\n"
                          "A second paragraph about the weather in round %1 and nothing else of note.\n")
        .arg(round)
        .arg(writer);
}

QString titleOf(int round, int writer)
{
    return QStringLiteral("Harbour talks, round %1, desk %2").arg(round).arg(writer);
}

QString sentenceOf(int round, int writer)
{
    return QStringLiteral("keep talking in round %1 at desk %2").arg(round).arg(writer);
}

} // namespace

class TestMultiProcess : public QObject
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

    void concurrentWritersLoseNothing()
    {
        const int rounds = qEnvironmentVariableIsSet("QUOTESHELF_STRESS_ROUNDS")
            ? qEnvironmentVariableIntValue("QUOTESHELF_STRESS_ROUNDS")
            : 12;
        const QString path = Core::databasePath(m_libraryDir);
        Library::Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        Library::ArticleRepository articles(&db);
        Library::HighlightRepository highlights(&db);
        QVERIFY(!Library::importSamples(articles).isEmpty());
        Library::LibraryModel model(&articles);
        // Wired as the main window wires them.
        Library::LibraryWatcher watcher(&db);
        watcher.setInterval(100);
        connect(&watcher, &Library::LibraryWatcher::changedElsewhere, &model, &Library::LibraryModel::synchronize);

        QList<Acknowledged> ackArticles;
        QList<Acknowledged> ackHighlights;
        QStringList failures;
        int processes = 0;
        // Articles of the previous round, to highlight in this one: {id, round, writer}.
        QList<std::tuple<qint64, int, int>> toHighlight;

        constexpr int cliImporters = 2;
        constexpr int filesPerImporter = 2;
        for (int round = 0; round < rounds; ++round) {
            QList<std::tuple<qint64, int, int>> importedNow;
            std::vector<std::unique_ptr<QProcess>> running;
            QList<QStringList> commands;
            QList<QList<std::pair<int, int>>> importedBy; // per command: the (round, writer) of each file

            int writer = 0;
            // quoteshelf-cli import, two files each.
            for (int p = 0; p < cliImporters; ++p) {
                QStringList files;
                QList<std::pair<int, int>> made;
                for (int f = 0; f < filesPerImporter; ++f, ++writer) {
                    files << writeArticle(round, writer);
                    made.append({ round, writer });
                }
                commands << (QStringList { QStringLiteral("import") } + files);
                importedBy << made;
            }
            // quoteshelf-cli highlight, with a note and tags, on last round's articles.
            QList<int> highlightCommand;
            for (int i = 0; i < toHighlight.size() && i < 2; ++i) {
                const auto &[id, r, w] = toHighlight.at(i);
                commands << QStringList { QStringLiteral("highlight"), QString::number(id),
                                          QStringLiteral("--text"),    sentenceOf(r, w),
                                          QStringLiteral("--color"),   QStringLiteral("green"),
                                          QStringLiteral("--note"),    QStringLiteral("note %1-%2").arg(r).arg(w),
                                          QStringLiteral("--tag"),     QStringLiteral("round %1").arg(r),
                                          QStringLiteral("--tag"),     QStringLiteral("desk %1").arg(w) };
                importedBy << QList<std::pair<int, int>> { { r, w } };
                highlightCommand << int(commands.size()) - 1;
            }
            // A reader that opens and closes the library: the last one out checkpoints.
            commands << QStringList { QStringLiteral("list") };
            importedBy << QList<std::pair<int, int>> {};

            for (const QStringList &args : std::as_const(commands)) {
                auto process = std::make_unique<QProcess>();
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
                env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
                process->setProcessEnvironment(env);
                process->start(m_cli, QStringList { QStringLiteral("--library"), m_libraryDir } + args);
                running.push_back(std::move(process));
                ++processes;
            }

            // Meanwhile in this process: an import on a worker thread (a second connection, opened
            // while the others run) and a highlight written on the main connection.
            const int workerWriter = writer++;
            Library::ImportJob job(path, { writeArticle(round, workerWriter) });
            // Collected on this thread (queued): the worker may finish before anyone waits for it.
            QList<Library::ImportOutcome> jobImported;
            QList<Library::ImportOutcome> jobFailed;
            bool jobFinished = false;
            connect(&job, &Library::ImportJob::imported, this,
                    [&](const Library::ImportOutcome &o) { jobImported << o; });
            connect(&job, &Library::ImportJob::failed, this, [&](const Library::ImportOutcome &o) { jobFailed << o; });
            connect(&job, &Library::ImportJob::finished, this, [&] { jobFinished = true; });
            job.start();
            if (!toHighlight.isEmpty()) {
                const auto &[id, r, w] = toHighlight.constLast();
                const auto text = articles.article(id)->text;
                const qsizetype at = text.indexOf(QStringLiteral("ferry schedule"));
                const auto record = highlights.create(id, at, at + 14, QStringLiteral("blue"), 0,
                                                      QStringLiteral("main %1").arg(r), { QStringLiteral("ferries") });
                if (record)
                    ackHighlights.append({ record->id, {}, record->note, record->tags, record->exact });
                else
                    failures << QStringLiteral("round %1: the main connection could not write a highlight").arg(round);
            }

            QTRY_VERIFY2_WITH_TIMEOUT(
                jobFinished, qPrintable(QStringLiteral("the import worker did not finish in round %1").arg(round)),
                60000);
            for (const auto &outcome : std::as_const(jobFailed))
                failures << QStringLiteral("round %1: import worker: %2").arg(round).arg(outcome.error);
            for (const auto &outcome : std::as_const(jobImported)) {
                ackArticles.append({ outcome.id, titleOf(round, workerWriter), {}, {}, {} });
                importedNow.append({ outcome.id, round, workerWriter });
            }

            for (qsizetype c = 0; c < qsizetype(running.size()); ++c) {
                QProcess &process = *running[c];
                // (waitForFinished() is false for a process that has already finished: a fast one
                // ends while this process waits for its import worker.)
                const bool ended = process.state() == QProcess::NotRunning || process.waitForFinished(120000);
                if (!ended || process.exitStatus() != QProcess::NormalExit) {
                    failures << QStringLiteral("round %1: %2 did not finish (%3, exit %4): %5")
                                    .arg(round)
                                    .arg(commands.at(c).join(u' '), process.errorString())
                                    .arg(process.exitCode())
                                    .arg(QString::fromUtf8(process.readAllStandardError()).right(2000));
                    continue;
                }
                const QString out = QString::fromUtf8(process.readAllStandardOutput());
                const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
                if (process.exitCode() != 0) {
                    failures << QStringLiteral("round %1: %2 failed (%3): %4")
                                    .arg(round)
                                    .arg(commands.at(c).constFirst())
                                    .arg(process.exitCode())
                                    .arg(err);
                    continue;
                }
                const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
                if (commands.at(c).constFirst() == QLatin1String("import")) {
                    QCOMPARE(lines.size(), importedBy.at(c).size());
                    for (qsizetype i = 0; i < lines.size(); ++i) {
                        const qint64 id = lines.at(i).section(u'\t', 0, 0).toLongLong();
                        const auto [r, w] = importedBy.at(c).at(i);
                        ackArticles.append({ id, titleOf(r, w), {}, {}, {} });
                        importedNow.append({ id, r, w });
                    }
                } else if (highlightCommand.contains(int(c))) {
                    const auto [r, w] = importedBy.at(c).constFirst();
                    ackHighlights.append({ lines.value(0).toLongLong(),
                                           {},
                                           QStringLiteral("note %1-%2").arg(r).arg(w),
                                           { QStringLiteral("desk %1").arg(w), QStringLiteral("round %1").arg(r) },
                                           sentenceOf(r, w) });
                }
            }
            toHighlight = importedNow;
        }

        // The list follows what the other processes and the worker added, by itself.
        const int stored = articles.count();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), stored, 10000);

        // Every acknowledged write is there, whole.
        int lost = 0;
        for (const Acknowledged &a : std::as_const(ackArticles)) {
            const auto summary = articles.summary(a.id);
            if (!summary || summary->title != a.title) {
                ++lost;
                qWarning() << "article lost:" << a.id << a.title;
            }
        }
        for (const Acknowledged &h : std::as_const(ackHighlights)) {
            auto tags = h.tags;
            tags.sort(Qt::CaseInsensitive);
            const auto record = highlights.highlight(h.id);
            if (!record || record->note != h.note || record->tags != tags || record->exact != h.exact) {
                ++lost;
                qWarning() << "highlight lost or incomplete:" << h.id << h.exact
                           << (record ? record->tags : QStringList());
            }
        }

        // The file is sound: pages, indexes and both full-text indexes.
        QSqlQuery check(db.connection());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        for (const char *fts : { "articles_fts", "annotations_fts" }) {
            QSqlQuery ftsCheck(db.connection());
            QVERIFY2(
                ftsCheck.exec(QStringLiteral("INSERT INTO %1(%1) VALUES ('integrity-check')").arg(QLatin1String(fts))),
                qPrintable(ftsCheck.lastError().text()));
        }
        // And another process reads all of it.
        QProcess list;
        list.start(m_cli, { QStringLiteral("--library"), m_libraryDir, QStringLiteral("list") });
        QVERIFY(list.waitForFinished(60000));
        QCOMPARE(list.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(list.readAllStandardOutput()).count(u'\n'), stored);

        const int writes = int(ackArticles.size() + ackHighlights.size());
        qInfo().noquote() << QStringLiteral("multi-process: %1 rounds, %2 processes, %3 acknowledged writes "
                                            "(%4 articles, %5 highlights with notes and tags), %6 failed, %7 lost")
                                 .arg(rounds)
                                 .arg(processes)
                                 .arg(writes)
                                 .arg(ackArticles.size())
                                 .arg(ackHighlights.size())
                                 .arg(failures.size())
                                 .arg(lost);
        for (const QString &failure : std::as_const(failures))
            qWarning().noquote() << failure;
        QVERIFY(writes >= rounds * (cliImporters * filesPerImporter + 1));
        QCOMPARE(failures.size(), 0);
        QCOMPARE(lost, 0);
    }

private:
    QString writeArticle(int round, int writer)
    {
        const QString file = m_dir.filePath(QStringLiteral("round%1-desk%2.txt").arg(round).arg(writer));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly))
            out.write(articleText(round, writer).toUtf8());
        return file;
    }

    QTemporaryDir m_dir;
    QString m_cli;
    QString m_libraryDir;
};

QTEST_GUILESS_MAIN(TestMultiProcess)

#include "tst_multiprocess.moc"

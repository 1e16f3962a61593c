// A damaged, read-only or full library, as the command-line tool meets it in real processes:
// what the person sees (the message, the exit code), that nothing is written into a damaged
// file, that backups are made, checked and rotated, and that restoring one brings every article
// and highlight back.
#include "clitool.h"
#include "library/backupstore.h"
#include "library/database.h"
#include "library/libraryhealth.h"
#include "librarydamage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Quoteshelf;

namespace {

using Run = Testing::CliRun;

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLibraryHealth : public QObject
{
    Q_OBJECT

private:
    Run cli(const QStringList &args, const QString &libraryDir, const QStringList &wrapper = {})
    {
        return Testing::runCli(m_dir.path(), QStringList{QStringLiteral("--library"), libraryDir} + args, wrapper, 60000);
    }

    // A library of 40 small articles, one highlight with a tag, made by the tool itself.
    QString makeLibrary(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QStringList files;
        for (int i = 1; i <= 40; ++i) {
            const QString path = m_dir.filePath(QStringLiteral("%1-article%2.txt").arg(name).arg(i));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return {};
            file.write(QStringLiteral("Harbour report number %1\n\n"
                                      "The harbour master spoke on day %1. “We will reopen the north quay on day %1,” "
                                      "Ann Vale said. The ferries keep to the winter timetable.\n")
                           .arg(i)
                           .toUtf8());
            files << path;
        }
        const Run imported = cli(QStringList{QStringLiteral("import")} + files, dir);
        if (imported.exitCode != 0)
            return {};
        const Run highlighted = cli({QStringLiteral("highlight"), QStringLiteral("3"), QStringLiteral("--text"),
                                     QStringLiteral("reopen the north quay"), QStringLiteral("--tag"), QStringLiteral("quay")},
                                    dir);
        return highlighted.exitCode == 0 ? dir : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(Testing::cliPath()).isExecutable(), qPrintable(Testing::cliPath()));
    }

    void cleanup()
    {
        // This process opened damaged files on purpose; each test starts healthy.
        Library::LibraryHealth::resetForTesting();
    }

    void damagedLibraryIsReportedAndNeverWritten()
    {
        const QString dir = makeLibrary(QStringLiteral("damaged"));
        QVERIFY(!dir.isEmpty());
        const QString file = QDir(dir).filePath(QStringLiteral("library.sqlite"));
        const Run backup = cli({QStringLiteral("backup")}, dir);
        QCOMPARE(backup.exitCode, 0);
        QVERIFY(QFileInfo::exists(backup.out.trimmed()));
        QVERIFY(Testing::damageTable(file, QStringLiteral("articles")));
        Library::LibraryHealth::resetForTesting();
        const QByteArray damaged = fileHash(file);

        // Listing meets the damage: whatever it printed, the exit code and the message say so.
        const Run list = cli({QStringLiteral("list")}, dir);
        QCOMPARE(list.exitCode, 3);
        QVERIFY2(list.err.contains(QLatin1String("is damaged")) && list.err.contains(dir), qPrintable(list.err));
        QVERIFY(list.err.contains(QLatin1String("quoteshelf-cli restore")));
        QVERIFY(QFileInfo::exists(Library::LibraryHealth::markerPath(file)));

        // Later processes know, even those that never read a damaged page: nothing is written.
        const Run import = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("damaged-article1.txt"))}, dir);
        QCOMPARE(import.exitCode, 3);
        const Run highlight = cli({QStringLiteral("highlight"), QStringLiteral("5"), QStringLiteral("--text"), QStringLiteral("harbour master")}, dir);
        QCOMPARE(highlight.exitCode, 3);
        QCOMPARE(fileHash(file), damaged);

        const Run check = cli({QStringLiteral("check")}, dir);
        QVERIFY(check.exitCode != 0);
        QVERIFY2(check.err.contains(QLatin1String("Tree")) || check.err.contains(QLatin1String("malformed")), qPrintable(check.err));

        // Restore: the newest good backup goes back in place, the damaged file is kept beside it.
        const Run restore = cli({QStringLiteral("restore")}, dir);
        QCOMPARE(restore.exitCode, 0);
        QVERIFY2(restore.out.contains(QLatin1String("restored")), qPrintable(restore.out + restore.err));
        QVERIFY(!QFileInfo::exists(Library::LibraryHealth::markerPath(file)));
        QCOMPARE(QDir(dir).entryList({QStringLiteral("library.sqlite.before-restore-*")}, QDir::Files).size(), 1);
        const Run checkAgain = cli({QStringLiteral("check")}, dir);
        QCOMPARE(checkAgain.exitCode, 0);
        const Run listAgain = cli({QStringLiteral("list")}, dir);
        QCOMPARE(listAgain.exitCode, 0);
        QCOMPARE(listAgain.out.count(QLatin1Char('\n')), 40);
        const Run highlights = cli({QStringLiteral("highlights"), QStringLiteral("3")}, dir);
        QVERIFY2(highlights.out.contains(QLatin1String("reopen the north quay")) && highlights.out.contains(QLatin1String("quay")),
                 qPrintable(highlights.out));
        // And it takes writes again.
        QCOMPARE(cli({QStringLiteral("highlight"), QStringLiteral("5"), QStringLiteral("--text"), QStringLiteral("harbour master")}, dir).exitCode, 0);
    }

    void backupsAreCheckedAndRotated()
    {
        const QString dir = makeLibrary(QStringLiteral("rotated"));
        QVERIFY(!dir.isEmpty());
        const QString file = QDir(dir).filePath(QStringLiteral("library.sqlite"));
        const Library::BackupStore store(file, 3);
        for (int i = 0; i < 5; ++i) {
            QString error;
            QVERIFY2(store.create(&error), qPrintable(error));
        }
        const QList<Library::BackupInfo> kept = store.backups();
        QCOMPARE(kept.size(), 3);
        for (const Library::BackupInfo &backup : kept) {
            QString error;
            QVERIFY2(Library::BackupStore::verify(backup.path, &error), qPrintable(error));
            QVERIFY(!QFileInfo::exists(backup.path + QStringLiteral("-wal")));
        }
        QVERIFY(kept.at(0).created > kept.at(1).created);

        // A newest backup that went bad is passed over for the one before it.
        QFile newest(kept.at(0).path);
        QVERIFY(newest.open(QIODevice::ReadWrite));
        newest.seek(4096 * 2);
        newest.write(QByteArray(4096 * 4, '\x5a'));
        newest.close();
        QString error;
        const auto good = store.latestGood(&error);
        QVERIFY2(good, qPrintable(error));
        QCOMPARE(good->path, kept.at(1).path);
        QVERIFY(!Library::LibraryHealth::isDamaged()); // a bad backup is not a damaged library

        // The command-line tool lists them, newest first.
        const Run listed = cli({QStringLiteral("backups")}, dir);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.startsWith(kept.at(0).path));
        QCOMPARE(listed.out.count(QLatin1Char('\n')), 3);
    }

    void readOnlyLibraryIsReadableAndSaysWhy()
    {
        if (::geteuid() != 0)
            QSKIP("needs to run the tool as another user (setpriv), which takes root");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv is not installed");
        const QString dir = makeLibrary(QStringLiteral("readonly"));
        QVERIFY(!dir.isEmpty());
        const QString file = QDir(dir).filePath(QStringLiteral("library.sqlite"));
        // Another user's library: readable, not writable (nobody may not write to root's folder).
        for (const QString &path : {m_dir.path(), dir})
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup
                                            | QFile::ReadOther | QFile::ExeOther);
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fileHash(file);
        const QStringList asNobody = {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};

        const Run list = cli({QStringLiteral("list")}, dir, asNobody);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QCOMPARE(list.out.count(QLatin1Char('\n')), 40);
        QVERIFY2(!list.err.contains(QLatin1String("damaged")), qPrintable(list.err));
        const Run search = cli({QStringLiteral("search"), QStringLiteral("quay")}, dir, asNobody);
        QCOMPARE(search.exitCode, 0);
        QVERIFY(!search.out.isEmpty());

        const Run highlight = cli({QStringLiteral("highlight"), QStringLiteral("5"), QStringLiteral("--text"), QStringLiteral("harbour master")}, dir, asNobody);
        QCOMPARE(highlight.exitCode, 1);
        QVERIFY2(highlight.err.contains(QLatin1String("read-only")), qPrintable(highlight.err));
        QCOMPARE(fileHash(file), before);
    }

    void noEmptyFileWhereNoLibraryCouldBeMade()
    {
        if (::geteuid() != 0)
            QSKIP("needs to run the tool as another user (setpriv), which takes root");
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (setpriv.isEmpty())
            QSKIP("setpriv is not installed");
        const QString dir = m_dir.filePath(QStringLiteral("not-mine"));
        QVERIFY(QDir().mkpath(dir));
        const Run list = cli({QStringLiteral("list")}, dir,
                             {setpriv, QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")});
        QCOMPARE(list.exitCode, 1);
        QVERIFY2(list.err.contains(QLatin1String("read-only")), qPrintable(list.err));
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("library.sqlite"))));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestLibraryHealth)
#include "tst_libraryhealth.moc"

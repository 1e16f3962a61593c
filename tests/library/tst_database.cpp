#include "library/database.h"
#include "library/libraryhealth.h"
#include "library/migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Quoteshelf::Library::Database;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool exec(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    const bool ok = query.exec(sql);
    if (!ok)
        qWarning() << sql << query.lastError().text();
    return ok;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
}

// A library at today's version with one tag, "before", and the steps of a later Quoteshelf in
// steps: the bundled ones plus one more, adding tags.colour.
void libraryAndLaterSteps(const QString &path, const QTemporaryDir &steps)
{
    {
        Database db;
        QVERIFY(db.open(path));
        QVERIFY(exec(db, QStringLiteral("INSERT INTO tags (name) VALUES ('before')")));
    }
    const int current = Database().latestSchemaVersion();
    for (const QString &name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files))
        QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, steps.filePath(name)));
    writeFile(steps.filePath(QStringLiteral("%1_tag_colour.sql").arg(current + 1, 4, 10, QLatin1Char('0'))),
              "-- a later step\nALTER TABLE tags ADD COLUMN colour TEXT NOT NULL DEFAULT '';\n"
              "UPDATE tags SET colour = 'blue';\n");
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Some tests open damaged files on purpose; the damage they leave is about their file only.
    void cleanup() { Quoteshelf::Library::LibraryHealth::resetForTesting(); }

    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createsCurrentSchema()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("library.sqlite"))), qPrintable(db.errorString()));
        QCOMPARE(db.status(), Database::Status::Open);
        QVERIFY(db.latestSchemaVersion() >= 1);
        QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
        for (const char *table : {"articles", "article_content", "assets", "speakers", "quotes", "tags", "article_tags", "highlights",
                                  "highlight_tags", "quote_tags", "notes", "articles_fts", "annotations_fts"}) {
            QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = '%1'").arg(QLatin1String(table))).toInt() == 1,
                     table);
        }
        // A fresh library needs no backup.
        QVERIFY(db.backupPath().isEmpty());
    }

    void reopenKeepsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO tags (name) VALUES ('Gaza')")));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM tags")).toString(), QStringLiteral("Gaza"));
    }

    void refusesUnusableFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("robustness: written by a newer version") << "newer" << int(Database::Status::Newer) << "newer version";
        QTest::newRow("robustness: not an SQLite file") << "garbage" << int(Database::Status::NotALibrary) << "not an SQLite database";
        QTest::newRow("robustness: another program's database") << "foreign" << int(Database::Status::NotALibrary) << "another program";
        QTest::newRow("robustness: damaged pages") << "corrupt" << int(Database::Status::Corrupt) << "damaged";
    }

    void refusesUnusableFiles()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        if (kind == QLatin1String("garbage")) {
            writeFile(path, QByteArray("this is not a database at all, just some text that happens to be here\n").repeated(20));
        } else {
            Database db;
            QVERIFY(db.open(path));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO tags (name) VALUES ('kept')")));
            if (kind == QLatin1String("newer"))
                QVERIFY(exec(db, QStringLiteral("PRAGMA user_version = %1").arg(db.latestSchemaVersion() + 1)));
            if (kind == QLatin1String("foreign"))
                QVERIFY(exec(db, QStringLiteral("PRAGMA application_id = 1234")));
            QVERIFY(exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            db.close();
            if (kind == QLatin1String("corrupt")) {
                // Keep the 100-byte header, overwrite the schema page that follows.
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadWrite));
                file.seek(100);
                file.write(QByteArray(3996, '\xA5'));
            }
        }
        const QByteArray before = fileHash(path);
        Database db;
        QVERIFY(!db.open(path));
        QCOMPARE(int(db.status()), status);
        QVERIFY2(db.errorString().contains(messagePart), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(path), "the message names the file");
        QCOMPARE(fileHash(path), before);
    }

    void migratesWithBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QTemporaryDir steps;
        libraryAndLaterSteps(path, steps);
        if (QTest::currentTestFailed())
            return;
        const int current = Database().latestSchemaVersion();
        Database db;
        db.setMigrationsPath(steps.path());
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), current + 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT colour FROM tags WHERE name = 'before'")).toString(), QStringLiteral("blue"));
        QVERIFY(!db.backupPath().isEmpty());
        QVERIFY(QFile::exists(db.backupPath()));
        Database backup;
        QVERIFY(backup.open(db.backupPath()));
        QCOMPARE(backup.schemaVersion(), current);
        QCOMPARE(scalar(backup, QStringLiteral("SELECT name FROM tags")).toString(), QStringLiteral("before"));
    }

    // Two processes upgrading in the same second, or one killed while copying, leave a backup
    // (or a partial one) under the name the next upgrade would pick: it must pick another.
    void upgradesBesideABackupOfTheSameName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QTemporaryDir steps;
        libraryAndLaterSteps(path, steps);
        if (QTest::currentTestFailed())
            return;
        const int current = Database().latestSchemaVersion();
        // The names of this second and the next few are taken, some by whole copies, some by partial ones.
        QStringList strays;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int second = 0; second < 4; ++second) {
            const QString stem = QStringLiteral("%1.v%2-%3").arg(path).arg(current).arg(now.addSecs(second).toString(QStringLiteral("yyyyMMdd-HHmmss")));
            strays << stem + QLatin1String(".bak") << stem + QLatin1String("-2.bak.part");
        }
        for (const QString &stray : std::as_const(strays))
            writeFile(stray, "not a library");
        Database db;
        db.setMigrationsPath(steps.path());
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), current + 1);
        QVERIFY(!strays.contains(db.backupPath()));
        QVERIFY(!strays.contains(db.backupPath() + QLatin1String(".part")));
        QVERIFY(db.backupPath().endsWith(QLatin1String(".bak")));
        Database backup;
        QVERIFY2(backup.open(db.backupPath()), qPrintable(backup.errorString()));
        QCOMPARE(backup.schemaVersion(), current);
        QCOMPARE(scalar(backup, QStringLiteral("SELECT name FROM tags")).toString(), QStringLiteral("before"));
        for (const QString &stray : std::as_const(strays))
            QCOMPARE(QFile(stray).size(), qint64(13));
        QVERIFY(!QFile::exists(db.backupPath() + QLatin1String(".part")));
    }

    // Step 4 moves an article's big columns into article_content and makes the full-text index
    // again over them; nothing that refers to the article may be lost on the way.
    void movesContentOutOfArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QTemporaryDir steps;
        for (const QString &name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files)) {
            if (name.left(4).toInt() <= 3)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, steps.filePath(name)));
        }
        {
            Database db;
            db.setMigrationsPath(steps.path());
            QVERIFY(db.open(path));
            QCOMPARE(db.schemaVersion(), 3);
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO articles (id, title, byline, site_name, format, original, html, text, blocks, content_hash, "
                "added_at, updated_at) VALUES (7, 'Harbour reopens', 'Ann Vale', 'Coast Courier', 'text', X'4142', "
                "'<p>The harbour master spoke.</p>', 'The harbour master spoke.', '[[\"p\",0,25]]', 'hash7', "
                "'2026-01-01', '2026-01-01')")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO highlights (article_id, exact, start, \"end\", created_at, updated_at) "
                                            "VALUES (7, 'harbour master', 4, 18, '2026-01-01', '2026-01-01')")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO speakers (id, article_id, name) VALUES (3, 7, 'Ann Vale')")));
        }
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT text FROM article_content WHERE article_id = 7")).toString(),
                 QStringLiteral("The harbour master spoke."));
        QCOMPARE(scalar(db, QStringLiteral("SELECT original FROM article_content WHERE article_id = 7")).toByteArray(), QByteArray("AB"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('articles') WHERE name IN ('text', 'html', 'original', 'blocks')")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM highlights WHERE article_id = 7")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM speakers WHERE article_id = 7")).toInt(), 1);
        // The index knows the text and the title again, and agrees with its content.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'master'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'title:reopens'")).toInt(), 1);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
        // Changes keep it in step: a new title, new text, then the article deleted.
        QVERIFY(exec(db, QStringLiteral("UPDATE articles SET title = 'Harbour closes' WHERE id = 7")));
        QVERIFY(exec(db, QStringLiteral("UPDATE article_content SET text = 'The pilot spoke.' WHERE article_id = 7")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'master OR reopens'")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pilot AND closes'")).toInt(), 1);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
        QVERIFY(exec(db, QStringLiteral("DELETE FROM articles WHERE id = 7")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'pilot'")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM article_content")).toInt(), 0);
        // The table made again is the one the others refer to: deleting cascades as before.
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM highlights")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM speakers")).toInt(), 0);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
    }

    // Step 5 places every speaker of a library written before it in the library-wide directory:
    // rows linked by name or alias are one speaker, the reader's corrections count for whom they
    // name, descriptions stay apart.
    void placesSpeakersWhenUpgrading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QTemporaryDir steps;
        for (const QString &name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files)) {
            if (name.left(4).toInt() <= 4)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, steps.filePath(name)));
        }
        {
            Database db;
            db.setMigrationsPath(steps.path());
            QVERIFY(db.open(path));
            QCOMPARE(db.schemaVersion(), 4);
            for (int id = 1; id <= 3; ++id) {
                QVERIFY(exec(db, QStringLiteral("INSERT INTO articles (id, title, format, content_hash, added_at, updated_at) "
                                                "VALUES (%1, 'Article %1', 'text', 'hash%1', '2026-01-0%1', '2026-01-0%1')")
                                     .arg(id)));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO article_content (article_id, html, text) VALUES (%1, '', 'x')").arg(id)));
            }
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO speakers (id, article_id, name, role, kind, aliases) VALUES "
                "(1, 1, 'Ann Vale', 'mayor', 'person', '[\"Vale\"]'), (2, 2, 'Vale', 'mayor', 'person', '[]'), "
                "(3, 3, 'a port official', '', 'anonymous', '[]'), (4, 3, 'Joe Lund', '', 'person', '[]')")));
            QVERIFY(exec(db, QStringLiteral(
                "INSERT INTO quotes (id, article_id, speaker_id, text, start, \"end\", kind, speaker_override) VALUES "
                "(1, 1, 1, 'a', 0, 1, 'direct', NULL), (2, 2, 2, 'b', 0, 1, 'direct', NULL), "
                "(3, 3, 3, 'c', 0, 1, 'direct', NULL), (4, 3, 4, 'd', 0, 1, 'direct', 'ann vale')")));
        }
        // What the app looks at before it opens the library, to say an upgrade is coming.
        QCOMPARE(Database::storedSchemaVersion(path), 4);
        QCOMPARE(Database::storedSchemaVersion(dir.filePath(QStringLiteral("none.sqlite"))), 0);
        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
        QCOMPARE(Database::storedSchemaVersion(path), db.latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM library_speakers WHERE quote_count > 0")).toInt(), 2);
        QCOMPARE(scalar(db, QStringLiteral("SELECT name || ' ' || role || ' ' || quote_count || ' ' || article_count "
                                           "FROM library_speakers WHERE kind = 'person' AND quote_count > 0")).toString(),
                 QStringLiteral("Ann Vale mayor 3 3"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT quote_count FROM library_speakers WHERE kind = 'anonymous'")).toInt(), 1);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM quotes WHERE library_speaker_id IS NULL")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM library_speakers_fts WHERE library_speakers_fts MATCH 'vale'")).toInt(), 1);
    }

    // A library written by each earlier version of Quoteshelf (made here with that version's
    // schema steps and the rows that version wrote) opens in this one with everything in it:
    // the article and its text, the quote and its speaker, the highlight with its tag, the note,
    // and a full-text index that finds them.
    void upgradesALibraryOfEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        const int latest = Database().latestSchemaVersion();
        for (int version = 1; version < latest; ++version)
            QTest::addRow("written by library format %d", version) << version;
    }

    void upgradesALibraryOfEveryEarlierVersion()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        QTemporaryDir steps;
        for (const QString &name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files)) {
            if (name.left(4).toInt() <= version)
                QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, steps.filePath(name)));
        }
        const QString text = QStringLiteral("The harbour reopens. “We are ready,” said Ann Vale.");
        {
            Database db;
            db.setMigrationsPath(steps.path());
            QVERIFY2(db.open(path), qPrintable(db.errorString()));
            QCOMPARE(db.schemaVersion(), version);
            if (version < 4) {
                // Until format 4 an article's text lived in its row.
                QVERIFY(exec(db, QStringLiteral("INSERT INTO articles (id, title, site_name, format, original, html, text, blocks, "
                                                "word_count, content_hash, added_at, updated_at) VALUES (1, 'Harbour reopens', "
                                                "'Coast Courier', 'text', X'41', '<p>%1</p>', '%1', '[[\"p\",0,%2]]', 8, 'h1', "
                                                "'2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')")
                                     .arg(text)
                                     .arg(text.size())));
            } else {
                QVERIFY(exec(db, QStringLiteral("INSERT INTO articles (id, title, site_name, format, word_count, content_hash, added_at, "
                                                "updated_at) VALUES (1, 'Harbour reopens', 'Coast Courier', 'text', 8, 'h1', "
                                                "'2025-03-01T10:00:00.000Z', '2025-03-01T10:00:00.000Z')")));
                QVERIFY(exec(db, QStringLiteral("INSERT INTO article_content (article_id, original, html, text, blocks) VALUES "
                                                "(1, X'41', '<p>%1</p>', '%1', '[[\"p\",0,%2]]')")
                                     .arg(text)
                                     .arg(text.size())));
            }
            QVERIFY(exec(db, QStringLiteral("INSERT INTO speakers (id, article_id, name, role, kind, quote_count) VALUES "
                                            "(1, 1, 'Ann Vale', 'harbour master', 'person', 1)")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO quotes (id, article_id, speaker_id, text, start, \"end\", kind, cue) VALUES "
                                            "(1, 1, 1, 'We are ready,', 22, 35, 'direct', 'said')")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO highlights (id, article_id, color, exact, start, \"end\", note, created_at, "
                                            "updated_at) VALUES (1, 1, 'green', 'harbour reopens', 4, 19, 'Good news', "
                                            "'2025-03-01T10:05:00.000Z', '2025-03-01T10:05:00.000Z')")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO tags (id, name) VALUES (1, 'ports')")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO highlight_tags (highlight_id, tag_id) VALUES (1, 1)")));
            QVERIFY(exec(db, QStringLiteral("INSERT INTO notes (article_id, body, updated_at) VALUES (1, 'Follow up', '2025-03-01')")));
        }
        QCOMPARE(Database::storedSchemaVersion(path), version);

        Database db;
        QVERIFY2(db.open(path), qPrintable(db.errorString()));
        QCOMPARE(db.schemaVersion(), db.latestSchemaVersion());
        QVERIFY(QFile::exists(db.backupPath()));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT a.title || '|' || c.text FROM articles a JOIN article_content c ON c.article_id = a.id")).toString(),
                 QStringLiteral("Harbour reopens|") + text);
        QCOMPARE(scalar(db, QStringLiteral("SELECT s.name FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE q.id = 1")).toString(),
                 QStringLiteral("Ann Vale"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT h.exact || '|' || h.note || '|' || t.name FROM highlights h JOIN highlight_tags ht "
                                           "ON ht.highlight_id = h.id JOIN tags t ON t.id = ht.tag_id")).toString(),
                 QStringLiteral("harbour reopens|Good news|ports"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT body FROM notes WHERE article_id = 1")).toString(), QStringLiteral("Follow up"));
        // The full-text index and the speaker directory cover what was there before.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'ready'")).toInt(), 1);
        QVERIFY(exec(db, QStringLiteral("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")));
        QCOMPARE(scalar(db, QStringLiteral("SELECT name || '|' || quote_count FROM library_speakers WHERE kind = 'person'")).toString(),
                 QStringLiteral("Ann Vale|1"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM library_speakers_fts WHERE library_speakers_fts MATCH 'vale'")).toInt(), 1);
    }

    void failedMigrationRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("library.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
        }
        const int current = Database().latestSchemaVersion();
        QTemporaryDir steps;
        for (const QString &name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files))
            QVERIFY(QFile::copy(QStringLiteral(":/sql/") + name, steps.filePath(name)));
        writeFile(steps.filePath(QStringLiteral("%1_broken.sql").arg(current + 1, 4, 10, QLatin1Char('0'))),
                  "CREATE TABLE half_done (id INTEGER);\nTHIS IS NOT SQL;\n");
        {
            Database db;
            db.setMigrationsPath(steps.path());
            QVERIFY(!db.open(path));
            QVERIFY2(db.errorString().contains(QStringLiteral("broken")), qPrintable(db.errorString()));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.schemaVersion(), current);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")).toInt(), 0);
    }

    void splitsStatements_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<int>("count");
        QTest::newRow("nominal: two statements") << "CREATE TABLE a(x);\nCREATE TABLE b(y);" << 2;
        QTest::newRow("nominal: trigger body keeps its semicolons")
            << "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n INSERT INTO b VALUES (1);\n DELETE FROM b;\nEND;\nSELECT 1;" << 2;
        QTest::newRow("robustness: semicolon in a string and a comment")
            << "INSERT INTO a VALUES ('x;y'); -- a comment; with a semicolon\nSELECT 2;" << 2;
        QTest::newRow("robustness: only comments") << "-- nothing here;\n" << 0;
    }

    void splitsStatements()
    {
        QFETCH(QString, script);
        QFETCH(int, count);
        QCOMPARE(Quoteshelf::Library::splitSqlStatements(script).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

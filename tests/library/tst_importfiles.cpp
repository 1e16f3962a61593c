// importFiles on a real library file: real saved pages on disk, read and extracted on several
// worker threads while the caller stores them. The library must end up as one file after the
// other would leave it; outcomes come in the order given; cancel stops storing.
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace Quoteshelf;

namespace {

// Made-up articles with quotes, in the formats a reader saves.
QByteArray article(int n)
{
    const QByteArray number = QByteArray::number(n);
    if (n % 3 == 0)
        return "<!DOCTYPE html><html><head><title>Harbour report " + number
            + "</title></head><body><article><h1>Harbour report " + number
            + "</h1><p>“The quay will reopen in spring,” said Ann Vale, the harbour master. She said the work "
              "had taken longer than planned.</p><p>“We counted " + number
            + " ships this week,” Joe Lund told reporters.</p></article></body></html>";
    return "Ferry notes " + number + "\n\n“The ferry runs at dawn,” said Ola Strand, the skipper.\n\n"
           "The crossing took " + number + " minutes, Strand said.\n";
}

// id order = store order; each article's title and number of quotes.
QStringList contents(Library::Database &db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    query.exec(QStringLiteral("SELECT a.title, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id) FROM articles a ORDER BY a.id"));
    while (query.next())
        rows << QStringLiteral("%1 | %2").arg(query.value(0).toString()).arg(query.value(1).toInt());
    return rows;
}

} // namespace

class TestImportFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        for (int n = 1; n <= 24; ++n) {
            const QString path = m_dir.filePath(QStringLiteral("page%1.%2").arg(n).arg(n % 3 == 0 ? "html" : "txt"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(article(n));
            m_files << path;
        }
        // A binary renamed .html and a file that is not there, among the others.
        QFile binary(m_dir.filePath(QStringLiteral("photo.html")));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(4000, '\0'));
        binary.close();
        m_files.insert(5, binary.fileName());
        m_files.insert(11, m_dir.filePath(QStringLiteral("gone.html")));
    }

    void sameLibraryAsOneAfterTheOther()
    {
        QTemporaryDir dir;
        Library::Database serialDb;
        QVERIFY(serialDb.open(dir.filePath(QStringLiteral("serial.sqlite"))));
        Library::ArticleRepository serial(&serialDb);
        QStringList serialErrors;
        for (const QString &file : std::as_const(m_files)) {
            const Library::ImportOutcome outcome = Library::importFile(serial, file);
            if (!outcome.ok())
                serialErrors << outcome.error;
        }

        Library::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("parallel.sqlite"))));
        Library::ArticleRepository parallel(&db);
        QList<int> order;
        QStringList errors;
        Library::importFiles(
            parallel, m_files,
            [&](int index, const Library::ImportOutcome &outcome) {
                order << index;
                QVERIFY(outcome.file.endsWith(QFileInfo(m_files.at(index)).fileName()));
                if (!outcome.ok())
                    errors << outcome.error;
            },
            {}, 4);
        QList<int> expected(m_files.size());
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(order, expected);
        QCOMPARE(errors, serialErrors);
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QLatin1String("photo.html: ")));
        QVERIFY(errors.at(1).startsWith(QLatin1String("gone.html: ")));
        const QStringList stored = contents(db);
        QCOMPARE(stored.size(), 24);
        QCOMPARE(stored, contents(serialDb));
        // Two quoted and one reported ("She said the work had taken longer").
        // Two quoted and one reported ("She said the work had taken longer than planned").
        QVERIFY2(stored.contains(QStringLiteral("Harbour report 3 | 3")), qPrintable(stored.join(QLatin1Char(';'))));
    }

    void cancelStopsStoring()
    {
        QTemporaryDir dir;
        Library::Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository repository(&db);
        int reported = 0;
        Library::importFiles(
            repository, m_files, [&](int, const Library::ImportOutcome &) { ++reported; },
            [&] { return reported >= 3; }, 4);
        QCOMPARE(reported, 3);
        QCOMPARE(contents(db).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestImportFiles)
#include "tst_importfiles.moc"

// `quoteshelf-cli import` as a user runs it on files with awkward names, duplicates, truncated
// archives and `--replace` with uncertain sources: what it prints, its exit code, and what the
// library holds afterwards.
#include "clitool.h"
#include "core/paths.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/reimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace Quoteshelf;

namespace {

using Run = Testing::CliRun;

QByteArray storyPage(const QByteArray &title, const QByteArray &sentence, const QByteArray &url = {})
{
    const QByteArray canonical = url.isEmpty() ? QByteArray() : "<link rel=\"canonical\" href=\"" + url + "\">";
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + canonical
        + "</head><body><article><h1>" + title + "</h1><p>" + sentence
        + " The harbour master counted the boats twice, and the ferry left an hour late that morning.</p><p>"
          "Residents gathered on the quay to watch the crossing, which has been delayed every week since the "
          "storm damaged the northern pier in the spring.</p></article></body></html>";
}

} // namespace

class TestImportCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void replaceRefusesOnlyANameMatch();
    void replaceByFullPath();
    void replaceByWebAddress();
    void replaceRefusesSeveralCandidates();
    void legacyBareName();
    void replaceRefusesSamePathOtherAddress();
    void duplicateNamesTheStoredTitle();
    void truncatedArchiveWarns();
    void fileNameNotUtf8();

private:
    Run cli(const QStringList &args) const;
    QString write(const QString &relative, const QByteArray &content) const;
    QString storedText(qint64 id) const;
    qint64 importOne(const QString &path) const;

    QTemporaryDir m_dir;
    QString m_library;
};

void TestImportCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(Testing::cliPath()).isExecutable(), qPrintable(Testing::cliPath()));
}

void TestImportCli::init()
{
    // A fresh library and folder of files for each case.
    m_library = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(m_library));
}

Run TestImportCli::cli(const QStringList &args) const
{
    return Testing::runCli(m_dir.path(), QStringList { QStringLiteral("--library"), m_library + QStringLiteral("/lib") } + args);
}

QString TestImportCli::write(const QString &relative, const QByteArray &content) const
{
    const QString path = m_library + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return {};
    return path;
}

QString TestImportCli::storedText(qint64 id) const
{
    Library::Database database;
    if (!database.open(Core::databasePath(m_library + QStringLiteral("/lib"))))
        return QStringLiteral("<no library>");
    const auto article = Library::ArticleRepository(&database).article(id);
    return article ? article->text : QStringLiteral("<no article>");
}

qint64 TestImportCli::importOne(const QString &path) const
{
    const Run run = cli({ QStringLiteral("import"), path });
    return run.exitCode == 0 ? run.out.section(QLatin1Char('\t'), 0, 0).toLongLong() : 0;
}

void TestImportCli::replaceRefusesOnlyANameMatch()
{
    // Two unrelated pages saved as index.html in different folders.
    const qint64 first
        = importOne(write(QStringLiteral("a/index.html"), storyPage("Ferry delayed", "The ferry was late again.")));
    QVERIFY(first > 0);
    const QString other
        = write(QStringLiteral("b/index.html"), storyPage("Bakery reopens", "The bakery opened its doors."));
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"), other });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("not replaced"))
                 && run.err.contains(QStringLiteral("article %1").arg(first)),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--article")), qPrintable(run.err));
    QVERIFY(storedText(first).contains(QStringLiteral("The ferry was late again.")));
    QVERIFY(!storedText(first).contains(QStringLiteral("bakery")));
    QCOMPARE(run.out, QString());

    // The reader's choice is followed.
    const Run chosen = cli({ QStringLiteral("import"), QStringLiteral("--replace"), QStringLiteral("--article"),
                             QString::number(first), other });
    QCOMPARE(chosen.exitCode, 0);
    QVERIFY(storedText(first).contains(QStringLiteral("The bakery opened its doors.")));
}

void TestImportCli::replaceByFullPath()
{
    const QString path = write(QStringLiteral("a/index.html"), storyPage("Ferry delayed", "The ferry was late again."));
    const qint64 id = importOne(path);
    QVERIFY(id > 0);
    QVERIFY(
        importOne(write(QStringLiteral("b/index.html"), storyPage("Bakery reopens", "The bakery opened its doors.")))
        > 0);
    write(QStringLiteral("a/index.html"), storyPage("Ferry delayed", "The ferry was late once more."));
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"), path });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(QLatin1Char('\t'), 0, 0).toLongLong(), id);
    QVERIFY2(run.err.contains(QStringLiteral("replaced article %1").arg(id)), qPrintable(run.err));
    QVERIFY(storedText(id).contains(QStringLiteral("The ferry was late once more.")));
}

void TestImportCli::replaceByWebAddress()
{
    const qint64 id
        = importOne(write(QStringLiteral("saved/story.html"),
                          storyPage("Ferry delayed", "The ferry was late again.", "https://news.example/ferry")));
    QVERIFY(id > 0);
    // The same page saved again elsewhere under another name: its address says which article it is.
    const QString newer
        = write(QStringLiteral("later/ferry-update.html"),
                storyPage("Ferry delayed", "The ferry was late once more.", "https://news.example/ferry"));
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"), newer });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out.section(QLatin1Char('\t'), 0, 0).toLongLong(), id);
    QVERIFY(storedText(id).contains(QStringLiteral("The ferry was late once more.")));
}

void TestImportCli::replaceRefusesSeveralCandidates()
{
    const QByteArray url = "https://news.example/ferry";
    const qint64 first = importOne(write(QStringLiteral("one.html"), storyPage("Ferry", "The first telling.", url)));
    const qint64 second = importOne(write(QStringLiteral("two.html"), storyPage("Ferry", "The second telling.", url)));
    QVERIFY(first > 0 && second > 0 && first != second);
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"),
                          write(QStringLiteral("three.html"), storyPage("Ferry", "The third telling.", url)) });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("articles %1, %2").arg(first).arg(second)), qPrintable(run.err));
    QVERIFY(storedText(first).contains(QStringLiteral("The first telling.")));
    QVERIFY(storedText(second).contains(QStringLiteral("The second telling.")));
}

void TestImportCli::legacyBareName()
{
    // An article stored with its file name only, as libraries did before full paths were kept.
    const qint64 id
        = importOne(write(QStringLiteral("old/report.html"), storyPage("Ferry delayed", "The ferry was late again.")));
    QVERIFY(id > 0);
    {
        Library::Database database;
        QVERIFY(database.open(Core::databasePath(m_library + QStringLiteral("/lib"))));
        QSqlQuery query(database.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE articles SET source_file = 'report.html'")));
    }
    const QString newer
        = write(QStringLiteral("new/report.html"), storyPage("Ferry delayed", "The ferry was late once more."));
    // quoteshelf-cli: a name is never enough.
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"), newer });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("came from a file named report.html")), qPrintable(run.err));
    QVERIFY(storedText(id).contains(QStringLiteral("The ferry was late again.")));

    // The window's Import New Version takes the one article stored by that bare name, and keeps
    // the full path from then on; a file of that name elsewhere is then a different source.
    Library::Database database;
    QVERIFY(database.open(Core::databasePath(m_library + QStringLiteral("/lib"))));
    Library::ArticleRepository articles(&database);
    Library::ReimportService service(&database, &articles);
    const Library::ReimportReport report = service.replaceFile(newer);
    QVERIFY2(report.ok(), qPrintable(report.error));
    QVERIFY(report.replaced);
    QCOMPARE(report.articleId, id);
    QCOMPARE(articles.article(id)->sourceFile, QFileInfo(newer).canonicalFilePath());
    const Library::ReimportReport elsewhere
        = service.replaceFile(write(QStringLiteral("third/report.html"), storyPage("Ferry", "A third telling.")));
    QVERIFY(!elsewhere.ok());
    QCOMPARE(elsewhere.candidates, QList<qint64> { id });
}

void TestImportCli::replaceRefusesSamePathOtherAddress()
{
    const QString path = write(QStringLiteral("Downloads/index.html"),
                               storyPage("Ferry", "The ferry was late again.", "https://news.example/ferry"));
    const qint64 id = importOne(path);
    QVERIFY(id > 0);
    // Another page saved over the same file.
    write(QStringLiteral("Downloads/index.html"),
          storyPage("Bakery", "The bakery opened its doors.", "https://news.example/bakery"));
    const Run run = cli({ QStringLiteral("import"), QStringLiteral("--replace"), path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("another web address")), qPrintable(run.err));
    QVERIFY(storedText(id).contains(QStringLiteral("The ferry was late again.")));
}

void TestImportCli::duplicateNamesTheStoredTitle()
{
    // The same story text under another headline is the same article: nothing is stored, and
    // what is printed is the article the library has.
    const auto page = [](const QByteArray &title) {
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title
            + "</title></head><body><article><p>The ferry was late again, and the harbour master counted the "
              "boats twice before the crossing.</p><p>Residents gathered on the quay to watch, as they have "
              "every week since the storm damaged the northern pier.</p></article></body></html>";
    };
    const qint64 id = importOne(write(QStringLiteral("first.html"), page("Ferry delayed")));
    QVERIFY(id > 0);
    const Run run
        = cli({ QStringLiteral("import"), write(QStringLiteral("second.html"), page("A different headline")) });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QStringLiteral("%1\tFerry delayed\n").arg(id));
    QVERIFY2(run.err.contains(QStringLiteral("already in the library as article %1").arg(id)), qPrintable(run.err));
}

void TestImportCli::truncatedArchiveWarns()
{
    const QByteArray archive
        = "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
          "--b\r\nContent-Type: text/html; charset=utf-8\r\nContent-Location: https://news.example/ferry\r\n\r\n"
        + storyPage("Ferry delayed", "The ferry was late again.")
        + "\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
          "Content-Location: https://news.example/photo.png\r\n\r\niVBORw0KGgoAAAANSUhE";
    const Run run = cli({ QStringLiteral("import"), write(QStringLiteral("ferry.mhtml"), archive) });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QStringLiteral("ferry.mhtml: warning: the MHTML archive is truncated")),
             qPrintable(run.err));
}

void TestImportCli::fileNameNotUtf8()
{
    // "café.html" written in Latin-1: the byte 0xE9 alone is not UTF-8. Qt cannot spell such a
    // name, so the file is made and passed with its raw bytes (through the shell).
    const QByteArray folder = QFile::encodeName(m_library);
    const QByteArray name = folder + "/caf\xE9.html";
    const QByteArray page = storyPage("Caf\xC3\xA9 story", "The caf\xC3\xA9 by the harbour opened early.");
    const int fd = ::open(name.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY(fd >= 0);
    QCOMPARE(::write(fd, page.constData(), size_t(page.size())), ssize_t(page.size()));
    ::close(fd);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QS_FOLDER"), m_library);
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
          QStringLiteral(
              "\"$0\" --library \"$QS_FOLDER/lib\" import \"$QS_FOLDER/$(printf 'caf\\351.html')\" && "
              "\"$0\" --library \"$QS_FOLDER/lib\" import --replace \"$QS_FOLDER/$(printf 'caf\\351.html')\""),
          Testing::cliPath() });
    QVERIFY(process.waitForFinished(120000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(!err.contains(QStringLiteral("no such file")), qPrintable(err));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("1\tCafé story"));
    QCOMPARE(lines.at(1), QStringLiteral("1\tCafé story")); // the same file again: the same source
    QVERIFY(storedText(1).contains(QStringLiteral("The café by the harbour opened early.")));
}

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"

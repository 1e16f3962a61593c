// One library, one window, other processes beside it: a second launch of quoteshelf (a file opened
// from the file manager, a quoteshelf:// link clicked in a notes app) hands its arguments to the
// window already open on the library and ends; changes quoteshelf-cli makes show up in the open
// window by themselves. Real processes of the real binaries throughout.
#include "core/paths.h"
#include "core/singleinstance.h"
#include "gestures.h"
#include "library/importservice.h"
#include "ui/articlepanels.h"
#include "ui/mainwindow.h"
#include "ui/readerview.h"
#include "uisession.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Quoteshelf;
using Quoteshelf::Testing::evaluate;

class TestSharedLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_app;
    QString m_cli;

    QString library(const QString &name) const { return m_dir.filePath(name); }

    QString writeArticle(const QString &name, const QString &title) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write((title
                        + QStringLiteral("\n\n“The ferry leaves at noon,” the harbour master said. "
                                         "Passengers were asked to arrive early.\n"))
                           .toUtf8());
        return path;
    }

    // A process of ours with settings and data of its own, in the temporary folder.
    std::unique_ptr<QProcess> start(const QString &binary, const QStringList &arguments, const QString &config) const
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(config));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("QUOTESHELF_LIBRARY"));
        process->setProcessEnvironment(env);
        process->setWorkingDirectory(m_dir.path());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(binary, arguments);
        return process;
    }

    static qint64 articleTitled(const Library::ArticleRepository &repository, const QString &title)
    {
        for (const auto &summary : repository.summaries()) {
            if (summary.title == title)
                return summary.id;
        }
        return 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QDir bin(QCoreApplication::applicationDirPath() + QStringLiteral("/../bin"));
        m_app = bin.absoluteFilePath(QStringLiteral("quoteshelf"));
        m_cli = bin.absoluteFilePath(QStringLiteral("quoteshelf-cli"));
        QVERIFY2(QFileInfo(m_app).isExecutable(), qPrintable(m_app));
        QVERIFY2(QFileInfo(m_cli).isExecutable(), qPrintable(m_cli));
    }

    // This test process is the first window on a library; the real app, launched again with a
    // file (named relative to where it was started), hands it over and ends.
    void secondLaunchHandsOverFilesAndLinks()
    {
        const QString dir = library(QStringLiteral("handover"));
        Core::SingleInstance instance(dir);
        QCOMPARE(instance.claim(), Core::SingleInstance::Role::Primary);
        Testing::Session s(Core::databasePath(dir));
        Library::importSamples(s.repository);
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        connect(&instance, &Core::SingleInstance::argumentsReceived, &window, &Ui::MainWindow::openArguments);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int windowsBefore = int(QApplication::topLevelWidgets().size());

        writeArticle(QStringLiteral("from-the-file-manager.txt"), QStringLiteral("Ferry timetable changes"));
        auto second = start(m_app, { QStringLiteral("--library"), dir, QStringLiteral("from-the-file-manager.txt") },
                            QStringLiteral("config-second"));
        // The second launch needs this process's event loop to answer it: wait without blocking.
        QTRY_VERIFY_WITH_TIMEOUT(second->state() == QProcess::NotRunning, 60000);
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);

        // The first window imported the file and shows it.
        QTRY_VERIFY_WITH_TIMEOUT(articleTitled(s.repository, QStringLiteral("Ferry timetable changes")) > 0, 30000);
        const qint64 imported = articleTitled(s.repository, QStringLiteral("Ferry timetable changes"));
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->articleId(), imported, 30000);
        QCOMPARE(int(QApplication::topLevelWidgets().size()), windowsBefore);

        // A quoteshelf:// link from an exported note opens its article in the same window.
        const qint64 seed = Testing::seedId(s.repository);
        QVERIFY(seed > 0 && seed != imported);
        auto link
            = start(m_app, { QStringLiteral("--library"), dir, QStringLiteral("quoteshelf://article/%1").arg(seed) },
                    QStringLiteral("config-second"));
        QTRY_VERIFY_WITH_TIMEOUT(link->state() == QProcess::NotRunning, 60000);
        QCOMPARE(link->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.readerView()->articleId(), seed, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(window.panels()->quotesList()->count(), int(s.repository.quotes(seed).size()), 10000);
    }

    // Two real app processes: the first keeps its window; the second hands over and ends; the
    // first opens what it was given.
    void twoRealLaunches()
    {
        const QString dir = library(QStringLiteral("two-launches"));
        const QString config = QStringLiteral("config-first");
        auto first = start(m_app, { QStringLiteral("--library"), dir }, config);
        QVERIFY(first->waitForStarted(30000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(Core::databasePath(dir)), 60000);

        writeArticle(QStringLiteral("second-launch.txt"), QStringLiteral("Harbour dredging approved"));
        auto second = start(m_app, { QStringLiteral("--library"), dir, QStringLiteral("second-launch.txt") },
                            QStringLiteral("config-second"));
        QVERIFY(second->waitForFinished(60000));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(first->state(), QProcess::Running);

        // The first process imported it and opened it in its window (it remembers the article it
        // shows as the one to reopen).
        Library::Database db;
        QVERIFY(db.open(Core::databasePath(dir)));
        Library::ArticleRepository repository(&db);
        QTRY_VERIFY_WITH_TIMEOUT(articleTitled(repository, QStringLiteral("Harbour dredging approved")) > 0, 60000);
        const qint64 id = articleTitled(repository, QStringLiteral("Harbour dredging approved"));
        const QString settings = m_dir.filePath(config + QStringLiteral("/Quoteshelf/Quoteshelf.conf"));
        QTRY_COMPARE_WITH_TIMEOUT(
            QSettings(settings, QSettings::IniFormat).value(QStringLiteral("reader/lastArticle")).toLongLong(), id,
            30000);
        QCOMPARE(first->state(), QProcess::Running);
        first->terminate();
        QVERIFY(first->waitForFinished(30000));
    }

    // quoteshelf-cli imports and highlights while the window is open: the list, the panels and
    // the text show it without the reader doing anything.
    void windowFollowsOtherProcesses()
    {
        const QString dir = library(QStringLiteral("follows"));
        Testing::Session s(Core::databasePath(dir));
        Library::importSamples(s.repository);
        const qint64 seed = Testing::seedId(s.repository);
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
        window.openArticle(seed);
        QVERIFY(loaded.wait(20000));
        const int rows = window.libraryView()->model()->rowCount();

        const QString file
            = writeArticle(QStringLiteral("from-the-terminal.txt"), QStringLiteral("Pier repairs begin"));
        auto import = start(m_cli, { QStringLiteral("--library"), dir, QStringLiteral("import"), file },
                            QStringLiteral("config-cli"));
        QTRY_VERIFY_WITH_TIMEOUT(import->state() == QProcess::NotRunning, 60000);
        QCOMPARE(import->exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.libraryView()->model()->rowCount(), rows + 1, 10000);

        auto highlight = start(m_cli,
                               { QStringLiteral("--library"), dir, QStringLiteral("highlight"), QString::number(seed),
                                 QStringLiteral("--text"), QStringLiteral("We are optimistic"),
                                 QStringLiteral("--note"), QStringLiteral("from the terminal") },
                               QStringLiteral("config-cli"));
        QTRY_VERIFY_WITH_TIMEOUT(highlight->state() == QProcess::NotRunning, 60000);
        QCOMPARE(highlight->exitCode(), 0);
        const qint64 id = QString::fromUtf8(highlight->readAllStandardOutput()).trimmed().toLongLong();
        QVERIFY(id > 0);
        QTRY_COMPARE_WITH_TIMEOUT(window.panels()->highlightsList()->count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            evaluate(window.readerView()->page(),
                     QStringLiteral("document.querySelectorAll('mark[data-qs-hl=\"%1\"]').length").arg(id))
                    .toInt()
                > 0,
            true, 10000);
    }
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfTests"));
    QApplication::setApplicationName(QStringLiteral("tst_sharedlibrary"));
    TestSharedLibrary test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sharedlibrary.moc"

// Quoteshelf, the desktop application: composition root only.
#include "core/paths.h"
#include "core/singleinstance.h"
#include "core/translations.h"
#include "library/articlerepository.h"
#include "library/backupstore.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/libraryhealth.h"
#include "library/importservice.h"
#include "library/librarymodel.h"
#include "render/highlightservice.h"
#include "ui/icons.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "web/readerprofile.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFuture>
#include <QtConcurrentRun>
#include <QEventLoop>
#include <QLocale>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QProgressDialog>
#include <QSize>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>
#include <utility>

using namespace Quoteshelf;

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    // For the start-up benchmark: how long each step of the way took.
    const bool reportStartup = qEnvironmentVariableIsSet("QUOTESHELF_STARTUP_REPORT");
    const auto reached = [&](const char *step) {
        if (reportStartup)
            std::fprintf(stderr, "startup: %s at %lld ms\n", step, static_cast<long long>(sinceStart.elapsed()));
    };
    reached("application made");
    Core::installTranslations(app);
    QApplication::setApplicationName(QStringLiteral("Quoteshelf"));
    QApplication::setOrganizationName(QStringLiteral("Quoteshelf"));
    QApplication::setOrganizationDomain(QStringLiteral("quoteshelf.org"));
    QApplication::setApplicationVersion(QStringLiteral(QUOTESHELF_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.quoteshelf.Quoteshelf"));
    QApplication::setWindowIcon(Ui::applicationIcon());
    Ui::SettingsDialog::migrate();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read saved news articles offline and work with what people said in them."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption libraryOption(QStringLiteral("library"),
        QApplication::translate("main", "Use the library in <dir> (default: $QUOTESHELF_LIBRARY or the user's data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the main window to <file> once the article is shown, then quit."),
        QStringLiteral("file"));
    parser.addOption(libraryOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Saved articles to import, or quoteshelf:// links to open."),
                                 QStringLiteral("[files or links...]"));
    parser.process(app);

    const QString libraryDir = Core::libraryDirectory(parser.value(libraryOption));
    const QString screenshot = parser.value(screenshotOption);

    // Files are named relative to where this launch started; the window that takes them may have
    // started elsewhere.
    QStringList arguments;
    for (const QString &argument : parser.positionalArguments()) {
        // quoteshelf: links are opened, web addresses (quoteshelf URL) imported as they are.
        if (argument.startsWith(QLatin1String("quoteshelf:"), Qt::CaseInsensitive)
            || argument.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
            || argument.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
            arguments << argument;
        else
            arguments << QDir::current().absoluteFilePath(argument);
    }

    // One window per library: a launch on a library that already has one hands its files and
    // links over and ends. (A screenshot run is a one-off picture and stays on its own.)
    Core::SingleInstance instance(libraryDir);
    if (screenshot.isEmpty()) {
        switch (instance.claim()) {
        case Core::SingleInstance::Role::Primary:
            break;
        case Core::SingleInstance::Role::Secondary:
            if (instance.forward(arguments))
                return 0;
            QMessageBox::critical(nullptr, QApplication::translate("main", "Quoteshelf"), instance.errorString());
            return 1;
        case Core::SingleInstance::Role::Failed:
            // Not fatal: the library is safe with several processes; only the hand-over is lost.
            qWarning("%s", qPrintable(instance.errorString()));
            break;
        }
    }

    reached("single instance claimed");

    // A library written by an older version is upgraded first (with a copy kept beside it). On a
    // large library that takes minutes: it runs on a worker while a window says what is going on.
    const QString databasePath = Core::databasePath(libraryDir);
    if (const int stored = Library::Database::storedSchemaVersion(databasePath);
        stored > 0 && stored < Library::Database().latestSchemaVersion()) {
        QProgressDialog upgrading(QApplication::translate("main", "Upgrading your library to this version of Quoteshelf…\n\n"
                                                                  "A large library takes a few minutes. A copy of the "
                                                                  "library as it was is kept beside it."),
                                  QString(), 0, 0);
        upgrading.setWindowTitle(QApplication::translate("main", "Quoteshelf"));
        upgrading.setCancelButton(nullptr);
        upgrading.setMinimumDuration(0);
        upgrading.setFixedSize(upgrading.sizeHint().expandedTo(QSize(480, 0)));
        upgrading.show();
        bool upgraded = false;
        QString error;
        QEventLoop loop;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Library::Database upgrade;
            upgraded = upgrade.open(databasePath);
            error = upgrade.errorString();
        }));
        QObject::connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec();
        worker->wait();
        if (!upgraded) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Quoteshelf"), error);
            return 1;
        }
    }
    reached("library upgraded");

    Library::Database database;
    while (!database.open(databasePath)) {
        // A library too damaged to open: the newest good backup can take its place.
        QString why;
        const Library::BackupStore backups(databasePath);
        const auto backup = database.status() == Library::Database::Status::Corrupt ? backups.latestGood(&why) : std::nullopt;
        if (!backup) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Quoteshelf"), database.errorString());
            return 1;
        }
        QMessageBox question(QMessageBox::Critical, QApplication::translate("main", "Quoteshelf"), database.errorString());
        question.setInformativeText(QApplication::translate("main", "The newest good backup is from %1. Restore it? The damaged "
                                                                    "library is kept beside it.")
                                        .arg(QLocale().toString(backup->created.toLocalTime(), QLocale::LongFormat)));
        QPushButton *restore = question.addButton(QApplication::translate("main", "&Restore Backup"), QMessageBox::AcceptRole);
        question.addButton(QMessageBox::Cancel);
        question.setDefaultButton(QMessageBox::Cancel);
        question.exec();
        if (question.clickedButton() != restore)
            return 1;
        database.close();
        if (!backups.restore(backup->path, &why)) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Quoteshelf"), why);
            return 1;
        }
        Library::LibraryHealth::clear(databasePath);
    }
    reached("library open");
    Library::ArticleRepository repository(&database);
    if (repository.count() == 0)
        Library::importSamples(repository);

    // The article list is read on a worker while Chromium starts up on this thread: on a large
    // library each takes a good part of a second.
    QFuture<std::optional<QList<Library::ArticleSummary>>> listRead = QtConcurrent::run([databasePath] {
        Library::Database listConnection;
        if (!listConnection.open(databasePath))
            return std::optional<QList<Library::ArticleSummary>>();
        return std::optional(Library::ArticleRepository(&listConnection).summaries());
    });
    Render::HighlightService highlighter;
    Web::ReaderProfile profile(&repository, &highlighter);
    Library::HighlightRepository highlights(&database);
    reached("reader profile made");
    std::optional<QList<Library::ArticleSummary>> listed = listRead.result();
    // Should the worker have failed to open the library, this thread reads the list itself.
    Library::LibraryModel model(&repository, listed ? std::move(*listed) : repository.summaries());
    reached("article list read");
    Ui::MainWindow window(&repository, &highlights, &model, &profile, &highlighter);
    reached("window made");
    window.show();
    // After Settings › Move Library… the app starts again on the library's new folder.
    QObject::connect(&window, &Ui::MainWindow::libraryMoved, &app, [&window] {
        if (window.close() && QProcess::startDetached(QCoreApplication::applicationFilePath(), {}))
            QCoreApplication::quit();
    });

    // Arguments are saved articles to import, or quoteshelf:// links from exported notes; later
    // launches on this library send theirs here.
    QObject::connect(&instance, &Core::SingleInstance::argumentsReceived, &window, &Ui::MainWindow::openArguments);
    reached("window show asked");
    if (!window.openArguments(arguments))
        window.openInitialArticle();
    reached("first article asked");

    // For the start-up benchmark: when the window is up and when the first article is on screen.
    if (reportStartup) {
        QTimer::singleShot(0, &window, [&reached] { reached("event loop"); });
        QObject::connect(&window, &Ui::MainWindow::firstShown, &app, [&reached] {
            reached("first frame");
            std::fputs("startup: window shown\n", stderr);
        });
        QObject::connect(&window, &Ui::MainWindow::articleLoaded, &app, [reported = false]() mutable {
            if (!std::exchange(reported, true))
                std::fputs("startup: article shown\n", stderr);
        });
    }

    if (!screenshot.isEmpty()) {
        // Wait for the article to load, give Chromium a moment to paint it, grab the window.
        QObject::connect(&window, &Ui::MainWindow::articleLoaded, &app, [&window, screenshot] {
            QTimer::singleShot(800, &window, [&window, screenshot] {
                const bool saved = window.grab().save(screenshot);
                QCoreApplication::exit(saved ? 0 : 2);
            });
        });
        QTimer::singleShot(30000, &app, [] { QCoreApplication::exit(3); });
    }
    return app.exec();
}

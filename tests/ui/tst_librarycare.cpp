// The window on a damaged library, used as a person would: it says so in a banner above the
// panels, offers nothing that would write, and its Restore from Backup… button (a real click,
// the dialog's Restore pressed) brings the library back with every article.
#include "core/paths.h"
#include "library/backupstore.h"
#include "library/importservice.h"
#include "library/libraryhealth.h"
#include "librarydamage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "uisession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Quoteshelf;

class TestLibraryCare : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void damagedLibraryOffersTheNewestBackup()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged/library.sqlite"));
        int articles = 0;
        {
            Testing::Session session(path);
            QVERIFY(Library::importSamples(session.repository).size() >= 2);
            articles = session.repository.count();
        }
        QString error;
        QVERIFY2(Library::BackupStore(path).create(&error), qPrintable(error));
        QVERIFY(Testing::damageTable(path, QStringLiteral("articles")));
        Library::LibraryHealth::resetForTesting();

        Testing::Session session(path); // reading the list meets the damage
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QWidget *>(QStringLiteral("libraryBanner"));
        QVERIFY(banner);
        QTRY_VERIFY(banner->isVisible());
        bool saysDamaged = false;
        for (const QLabel *label : banner->findChildren<QLabel *>())
            saysDamaged = saysDamaged || label->text().contains(QLatin1String("damaged"));
        QVERIFY(saysDamaged);
        auto *import = window.findChild<QAction *>(QStringLiteral("importAction"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());

        // Restore from Backup… in the banner, then Restore in the dialog.
        QPushButton *restore = nullptr;
        for (QPushButton *button : banner->findChildren<QPushButton *>())
            if (button->isVisible())
                restore = button;
        QVERIFY(restore);
        bool pressed = false;
        QTimer dialogWatch;
        dialogWatch.setInterval(50);
        connect(&dialogWatch, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            if (!dialog || pressed)
                return;
            for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
                if (button->text() == QLatin1String("&Restore")) {
                    pressed = true;
                    QTest::mouseClick(button, Qt::LeftButton);
                }
            }
        });
        dialogWatch.start();
        QTest::mouseClick(restore, Qt::LeftButton);
        dialogWatch.stop();
        QVERIFY(pressed);

        QTRY_VERIFY(!banner->isVisible());
        QVERIFY(import->isEnabled());
        QVERIFY(!Library::LibraryHealth::isDamaged());
        QTRY_COMPARE(session.model.rowCount(), articles);
        QVERIFY2(Library::BackupStore::verify(path, &error), qPrintable(error));
        // The damaged library is kept beside it (with its -wal).
        const QStringList kept = QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("library.sqlite.before-restore-*")});
        QCOMPARE(kept.filter(QRegularExpression(QStringLiteral("-\\d{6}$"))).size(), 1);
        window.close();
    }

    // Settings › Move Library…, with real clicks and key presses: the folder typed into the file
    // dialog, Yes in the question. The copy there holds every article, the backups come along,
    // the next start uses it, and the library in the old place is untouched.
    void movingTheLibraryTakesItAndItsBackupsAlong()
    {
        // The library where the app keeps it by default: one named with --library cannot be moved.
        const QString home = Core::libraryDirectory();
        QDir(home).removeRecursively();
        QSettings().remove(Core::LibraryLocationKey);
        const QString path = Core::databasePath(home);
        const QString target = m_dir.filePath(QStringLiteral("moved library"));
        int articles = 0;
        {
            Testing::Session session(path);
            QVERIFY(Library::importSamples(session.repository).size() >= 2);
            articles = session.repository.count();
        }
        QString error;
        QVERIFY2(Library::BackupStore(path).create(&error), qPrintable(error));

        Testing::Session session(path);
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy moved(&window, &Ui::MainWindow::libraryMoved);

        // Each modal window as it comes: Settings (press Move Library…), the folder dialog (type
        // the folder, Enter), the question (Yes).
        QStringList seen;
        QTimer dialogWatch;
        dialogWatch.setInterval(50);
        connect(&dialogWatch, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || seen.contains(modal->metaObject()->className() + modal->windowTitle()))
                return;
            seen << modal->metaObject()->className() + modal->windowTitle();
            if (auto *settings = qobject_cast<Ui::SettingsDialog *>(modal)) {
                auto *folder = settings->findChild<QLabel *>(QStringLiteral("libraryFolder"));
                auto *button = settings->findChild<QPushButton *>(QStringLiteral("moveLibrary"));
                if (folder && folder->text() == QDir::toNativeSeparators(home) && button && button->isEnabled())
                    QTest::mouseClick(button, Qt::LeftButton);
            } else if (auto *files = qobject_cast<QFileDialog *>(modal)) {
                auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                if (name) {
                    name->setFocus();
                    name->setText(target); // typed at once: the completer would jump to each folder on the way
                    QTest::keyClick(name, Qt::Key_Return);
                }
            } else if (auto *question = qobject_cast<QMessageBox *>(modal)) {
                if (QAbstractButton *yes = question->button(QMessageBox::Yes))
                    QTest::mouseClick(yes, Qt::LeftButton);
            }
        });
        QVERIFY(QDir().mkpath(target)); // the folder dialog chooses an existing folder
        dialogWatch.start();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings && !settings->shortcut().isEmpty());
        QTest::keySequence(&window, settings->shortcut()); // Edit › Settings…
        QVERIFY2(moved.wait(30000), qPrintable(seen.join(QStringLiteral(", "))));
        dialogWatch.stop();
        QCOMPARE(moved.constFirst().constFirst().toString(), QDir(target).absolutePath());

        // The next start opens the copy, which is whole and has the backups beside it.
        QCOMPARE(Core::libraryDirectory(), QDir(target).absolutePath());
        QVERIFY2(Library::BackupStore::verify(Core::databasePath(target), &error), qPrintable(error));
        {
            Testing::Session copy(Core::databasePath(target));
            QCOMPARE(copy.repository.count(), articles);
        }
        QCOMPARE(Library::BackupStore(Core::databasePath(target)).backups().size(), 1);
        // The old place keeps its library.
        QCOMPARE(session.repository.count(), articles);
        QCOMPARE(Library::BackupStore(path).backups().size(), 1);
        window.close();

        // A folder that holds no library (a drive not mounted) is never taken for one.
        QVERIFY(QDir(target).removeRecursively());
        QCOMPARE(Core::libraryDirectory(), home);
        QSettings().remove(Core::LibraryLocationKey);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLibraryCare)
#include "tst_librarycare.moc"

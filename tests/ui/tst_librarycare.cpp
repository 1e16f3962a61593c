// The window on a damaged library, used as a person would: it says so in a banner above the
// panels, offers nothing that would write, and its Restore from Backup… button (a real click,
// the dialog's Restore pressed) brings the library back with every article.
#include "library/backupstore.h"
#include "library/importservice.h"
#include "library/libraryhealth.h"
#include "librarydamage.h"
#include "ui/mainwindow.h"
#include "uisession.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
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

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestLibraryCare)
#include "tst_librarycare.moc"

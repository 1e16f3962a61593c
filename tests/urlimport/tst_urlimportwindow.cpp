// File › Import from URL… and a link dropped on the real main window, against a server the test
// runs on 127.0.0.1: the article arrives with its image, stored in the library.
#include "httpserver.h"
#include "uisession.h"
#include "ui/importcontroller.h"
#include "ui/mainwindow.h"
#include "web/urlscheme.h"

#include <KZip>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QInputDialog>
#include <QMessageBox>
#include <QMimeData>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Quoteshelf;
using Testing::Response;

namespace {

QByteArray page(const QByteArray &title, const QByteArray &sentence)
{
    return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><article><h1>"
        + title + "</h1><p>" + sentence
        + " The lighthouse keeper wrote it down in the log, as his father had done before him.</p>"
          "<p><img src=\"lamp.png\" alt=\"The lamp\"></p><p>Visitors may climb the tower on Sundays in summer, "
          "weather permitting, and the view over the bay is said to be worth the hundred and twelve steps.</p>"
          "</article></body></html>";
}

QByteArray fakePng()
{
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(1500, 'L');
}

} // namespace

class TestUrlImportWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_server.route("/coast/lighthouse.html", Response{200, "OK", {{"Content-Type", "text/html"}},
                                                          page("The lighthouse reopens", "The lamp was lit again on Friday.")});
        m_server.route("/coast/harbour.html", Response{200, "OK", {{"Content-Type", "text/html"}},
                                                       page("The harbour wall", "The harbour wall was repaired in March.")});
        m_server.route("/coast/lamp.png", Response{200, "OK", {{"Content-Type", "image/png"}}, fakePng()});
    }

    void menuActionAsksWithTheClipboard()
    {
        Testing::Session session(m_dir.filePath(QStringLiteral("menu.sqlite")));
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *action = window.findChild<QAction *>(QStringLiteral("importUrlAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        const QString url = m_server.url(QStringLiteral("/coast/lighthouse.html"));
        QGuiApplication::clipboard()->setText(url);

        QString offered;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&offered] {
            if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
                if (dialog->objectName() == QLatin1String("importUrlDialog")) {
                    offered = dialog->textValue();
                    dialog->accept();
                }
            } else if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                box->accept();
            }
        });
        answer.start(50);
        QSignalSpy finished(&window, &Ui::MainWindow::importFinished);
        action->trigger();
        QVERIFY(finished.wait(30000));
        QCOMPARE(offered, url);
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        QCOMPARE(finished.constFirst().at(1).toInt(), 0);
        checkStored(session.repository, QStringLiteral("The lighthouse reopens"), url);
    }

    void droppedLinkIsImported()
    {
        Testing::Session session(m_dir.filePath(QStringLiteral("drop.sqlite")));
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString url = m_server.url(QStringLiteral("/coast/harbour.html"));
        QSignalSpy finished(&window, &Ui::MainWindow::importFinished);
        // What a browser drags: the link as text/uri-list.
        auto *mime = new QMimeData;
        mime->setData(QStringLiteral("text/uri-list"), url.toUtf8() + "\r\n");
        const QPointF centre = QPointF(window.rect().center());
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(centre, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(finished.wait(30000));
        delete mime;
        QCOMPARE(finished.constFirst().at(0).toInt(), 1);
        checkStored(session.repository, QStringLiteral("The harbour wall"), url);
    }

    void readingListKeepsTagsAndArchive()
    {
        Testing::Session session(m_dir.filePath(QStringLiteral("list.sqlite")));
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("importListAction")));
        const QString lighthouse = m_server.url(QStringLiteral("/coast/lighthouse.html"));
        const QString harbour = m_server.url(QStringLiteral("/coast/harbour.html"));
        const QString path = m_dir.filePath(QStringLiteral("pocket.csv"));
        QFile list(path);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("title,url,time_added,tags,status\n\"Lighthouse\"," + lighthouse.toUtf8() + ",1700000000,coast|lamps,unread\n"
                   "Harbour," + harbour.toUtf8() + ",1700000100,,archive\n");
        list.close();
        auto *controller = window.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        QSignalSpy finished(&window, &Ui::MainWindow::importFinished);
        QVERIFY(controller->importReadingList(path));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.constFirst().at(0).toInt(), 2);
        checkStored(session.repository, QStringLiteral("The lighthouse reopens"), lighthouse);
        checkStored(session.repository, QStringLiteral("The harbour wall"), harbour);
        for (const Library::ArticleSummary &summary : session.repository.summaries()) {
            if (summary.title == QLatin1String("The lighthouse reopens")) {
                QCOMPARE(session.highlights.articleTags(summary.id), (QStringList{QStringLiteral("coast"), QStringLiteral("lamps")}));
                QVERIFY(!summary.archived);
            } else if (summary.title == QLatin1String("The harbour wall")) {
                QVERIFY(summary.archived);
            }
        }
    }

    void omnivoreZipKeepsLabelsAndHighlights()
    {
        Testing::Session session(m_dir.filePath(QStringLiteral("omnivore.sqlite")));
        Ui::MainWindow window(&session.repository, &session.highlights, &session.model, &session.profile);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString path = m_dir.filePath(QStringLiteral("omnivore-export.zip"));
        const QString url = QStringLiteral("https://news.example.org/coast/lighthouse");
        {
            KZip zip(path);
            QVERIFY(zip.open(QIODevice::WriteOnly));
            const QByteArray metadata = "[{\"slug\": \"lighthouse-1\", \"title\": \"The lighthouse reopens\", \"url\": \""
                + url.toUtf8() + "\", \"labels\": [\"coast\"], \"state\": \"Archived\"},"
                  " {\"slug\": \"pier-2\", \"title\": \"The pier\", \"url\": \"https://news.example.org/coast/pier\"}]";
            QVERIFY(zip.writeFile(QStringLiteral("metadata_0_to_1.json"), metadata));
            QVERIFY(zip.writeFile(QStringLiteral("content/lighthouse-1.html"),
                                  page("The lighthouse reopens", "The lamp was lit again on Friday.")));
            QVERIFY(zip.writeFile(QStringLiteral("highlights/lighthouse-1.md"), "> The lamp was lit again on Friday.\n\nAt last.\n"));
            QVERIFY(zip.writeFile(QStringLiteral("highlights/pier-2.md"), "> The pier stays closed until May.\n"));
            QVERIFY(zip.close());
        }
        auto *controller = window.findChild<Ui::ImportController *>();
        QVERIFY(controller);
        // The summary at the end says the pier's page was not in the export.
        QString summary;
        QTimer::singleShot(0, this, [&summary] {
            const auto close = [&summary](const auto &self) -> void {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                        summary = box->informativeText();
                        box->accept();
                        return;
                    }
                }
                QTimer::singleShot(50, [self] { self(self); });
            };
            close(close);
        });
        QSignalSpy finished(controller, &Ui::ImportController::finished);
        QVERIFY(controller->importReadingList(path));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().at(0).toInt(), 2);
        QVERIFY2(summary.contains(QStringLiteral("https://news.example.org/coast/pier")), qPrintable(summary));
        int found = 0;
        for (const Library::ArticleSummary &article : session.repository.summaries()) {
            const auto highlights = session.highlights.highlights(article.id);
            QCOMPARE(highlights.size(), 1);
            QVERIFY(!highlights.constFirst().orphaned);
            if (article.title == QLatin1String("The lighthouse reopens")) {
                ++found;
                QVERIFY(article.archived);
                QCOMPARE(session.highlights.articleTags(article.id), QStringList{QStringLiteral("coast")});
                QCOMPARE(highlights.constFirst().note, QStringLiteral("At last."));
            }
        }
        QCOMPARE(found, 1);
    }

private:
    static void checkStored(const Library::ArticleRepository &repository, const QString &title, const QString &url)
    {
        const QList<Library::ArticleSummary> summaries = repository.summaries();
        const auto found = std::find_if(summaries.cbegin(), summaries.cend(),
                                        [&title](const Library::ArticleSummary &s) { return s.title == title; });
        QVERIFY(found != summaries.cend());
        const auto article = repository.article(found->id);
        QVERIFY(article);
        QCOMPARE(article->sourceUrl, url);
        const auto match = QRegularExpression(QStringLiteral("<img src=\"assets/([^\"]+)\"")).match(article->html);
        QVERIFY2(match.hasMatch(), qPrintable(article->html));
        QCOMPARE(repository.asset(found->id, match.captured(1)), fakePng());
    }

    QTemporaryDir m_dir;
    Testing::HttpServer m_server;
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfTests"));
    QApplication::setApplicationName(QStringLiteral("tst_urlimportwindow"));
    TestUrlImportWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_urlimportwindow.moc"

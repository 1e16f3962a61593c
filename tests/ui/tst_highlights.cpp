// Highlights end to end: select text in the real web view, use the popup, edit, recolour, note,
// tag, delete and undo, then start again on the same library file and find everything back.
#include "uisession.h"
#include "webtesting.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "library/librarymodel.h"
#include "ui/articlepanels.h"
#include "ui/highlightpopup.h"
#include "ui/mainwindow.h"
#include "ui/noteeditor.h"
#include "ui/readerview.h"
#include "web/readerprofile.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWebEngineScript>

using namespace Quoteshelf;
using Quoteshelf::Testing::evaluate;
using Quoteshelf::Testing::seedId;
using Quoteshelf::Testing::Session;

class TestHighlights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Library::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        Library::ArticleRepository repository(&db);
        Library::importSamples(repository);
    }

    void createEditDeleteAndFindBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("library.sqlite"));
        const QString phrase = QStringLiteral("We are optimistic that the talks are headed more towards all civilian hostages");
        qint64 highlightId = 0;
        qint64 article = 0;
        {
            Session s(path);
            article = seedId(s.repository);
            QVERIFY(article > 0);
            const QString text = s.repository.article(article)->text;
            const qsizetype start = text.indexOf(phrase); // no surrogate pairs in the seed text
            QVERIFY(start > 0);

            Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
            window.resize(1366, 768);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
            window.openArticle(article);
            QVERIFY(loaded.wait(20000));
            QWebEnginePage *page = window.readerView()->page();
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("typeof window.__quoteshelf")).toString() == QLatin1String("object"), 10000);

            // Select the words in the page: the popup opens next to them.
            QSignalSpy selected(window.readerView(), &Ui::ReaderView::selectionChanged);
            QVERIFY(evaluate(page, QStringLiteral("window.__quoteshelf.select(%1, %2)").arg(start).arg(start + phrase.size())).toBool());
            QTRY_VERIFY_WITH_TIMEOUT(!selected.isEmpty(), 10000);
            QCOMPARE(selected.constLast().at(0).toLongLong(), qint64(start));
            QCOMPARE(selected.constLast().at(1).toLongLong(), qint64(start + phrase.size()));
            QTRY_VERIFY(window.highlightPopup()->isVisible());

            // Key 2 picks green ("Evidence").
            QTest::keyClick(window.highlightPopup(), Qt::Key_2);
            QTRY_COMPARE(s.highlights.highlights(article).size(), 1);
            const auto created = s.highlights.highlights(article).constFirst();
            highlightId = created.id;
            QCOMPARE(created.color, QStringLiteral("green"));
            QCOMPARE(created.exact, phrase);
            QCOMPARE(created.start, start);
            QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('mark[data-qs-hl]').length")).toInt() > 0, true, 10000);
            QCOMPARE(window.panels()->highlightsList()->count(), 1);
            QCOMPARE(s.repository.summary(article)->highlightCount, 1);

            // Clicking the highlight opens the popup for it; key 5 recolours it.
            QVERIFY(evaluate(page, QStringLiteral("(function(){ window.getSelection().removeAllRanges();"
                                                  " document.querySelector('mark[data-qs-hl]').click(); return true; })()"))
                        .toBool());
            QTRY_VERIFY(window.highlightPopup()->isVisible() && window.highlightPopup()->highlightId() == highlightId);
            QTest::keyClick(window.highlightPopup(), Qt::Key_5);
            QTRY_COMPARE(s.highlights.highlight(highlightId)->color, QStringLiteral("purple"));
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelector('mark[data-qs-hl]').className")).toString().contains(QStringLiteral("purple")), 10000);

            // Tags through the popup's field.
            evaluate(page, QStringLiteral("document.querySelector('mark[data-qs-hl]').click()"));
            QTRY_VERIFY(window.highlightPopup()->isVisible());
            window.highlightPopup()->tagField()->setText(QStringLiteral("diplomacy, Qatar"));
            QTest::keyClick(window.highlightPopup()->tagField(), Qt::Key_Return);
            QTRY_COMPARE(s.highlights.highlight(highlightId)->tags.size(), 2);

            // A note, typed into the real editor; it saves by itself.
            QTimer::singleShot(0, this, [] {
                QTRY_VERIFY(qobject_cast<Ui::NoteEditor *>(QApplication::activeModalWidget()));
                auto *editor = qobject_cast<Ui::NoteEditor *>(QApplication::activeModalWidget());
                QTest::keyClicks(editor->editor(), QStringLiteral("Compare with the **Doha** statement."));
                editor->accept();
            });
            window.editHighlightNote(highlightId);
            QCOMPARE(s.highlights.highlight(highlightId)->note, QStringLiteral("Compare with the **Doha** statement."));
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('mark.qs-has-note').length")).toInt() == 1, 10000);

            // A second highlight across two paragraphs, then deleted and brought back with undo.
            const QString across = QStringLiteral("paramount priority");
            const qsizetype acrossStart = text.indexOf(across);
            const qsizetype acrossEnd = text.indexOf(QStringLiteral("An insider familiar")) + 10;
            QVERIFY(acrossStart > 0 && acrossEnd > acrossStart);
            QVERIFY(evaluate(page, QStringLiteral("window.__quoteshelf.select(%1, %2)").arg(acrossStart).arg(acrossEnd)).toBool());
            QTRY_COMPARE(window.readerView()->selectionEnd(), qint64(acrossEnd));
            const qint64 second = window.highlightSelection(QStringLiteral("blue"));
            QVERIFY(second > 0);
            QVERIFY(s.highlights.highlight(second)->exact.contains(QLatin1Char('\n')));
            window.deleteHighlight(second);
            QVERIFY(!s.highlights.highlight(second));
            window.undoStack()->undo();
            QVERIFY(s.highlights.highlight(second));
            QCOMPARE(s.highlights.highlights(article).size(), 2);
            // The panel's colour filter shows one colour at a time.
            auto *filter = window.panels()->findChild<QComboBox *>(QStringLiteral("highlightColourFilter"));
            QVERIFY(filter);
            QTRY_COMPARE(window.panels()->highlightsList()->count(), 2);
            filter->setCurrentIndex(filter->findData(QStringLiteral("purple")));
            QCOMPARE(window.panels()->highlightsList()->count(), 1);
            filter->setCurrentIndex(filter->findData(QStringLiteral("pink")));
            QCOMPARE(window.panels()->highlightsList()->count(), 0);
            filter->setCurrentIndex(0);
            QCOMPARE(window.panels()->highlightsList()->count(), 2);

            // And an article note.
            QVERIFY(s.highlights.setArticleNote(article, QStringLiteral("Follow up on the Rafah crossing.")));
            window.close();
        }

        // A new "process" on the same file: everything is where it was.
        Session s(path);
        const auto highlights = s.highlights.highlights(article);
        QCOMPARE(highlights.size(), 2);
        const auto first = s.highlights.highlight(highlightId);
        QVERIFY(first);
        QCOMPARE(first->color, QStringLiteral("purple"));
        QCOMPARE(first->note, QStringLiteral("Compare with the **Doha** statement."));
        QCOMPARE(first->tags.size(), 2);
        QCOMPARE(s.highlights.articleNote(article), QStringLiteral("Follow up on the Rafah crossing."));
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
        // The link an exported note carries opens the article at the highlight.
        QVERIFY(!window.openLink(QUrl(QStringLiteral("quoteshelf://article/999999#h-1"))));
        QVERIFY(window.openLink(QUrl(QStringLiteral("quoteshelf://article/%1#h-%2").arg(article).arg(highlightId))));
        QVERIFY(loaded.wait(20000));
        const QString visible = QStringLiteral(
            "(function () { var m = document.querySelector('mark[data-qs-hl=\"%1\"]'); if (!m) return false;"
            " var r = m.getBoundingClientRect(); return window.scrollY > 0 && r.top >= 0 && r.bottom <= window.innerHeight; })()")
                                    .arg(highlightId);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(window.readerView()->page(), visible).toBool(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(window.readerView()->page(),
                                           QStringLiteral("new Set(Array.from(document.querySelectorAll('mark[data-qs-hl]')).map(m => m.dataset.qsHl)).size"))
                                      .toInt(),
                                  2, 10000);
        QCOMPARE(window.panels()->highlightsList()->count(), 2);
    }

    void quoteHighlightKeepsSpeaker()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        const auto quotes = s.repository.quotes(article);
        QVERIFY(!quotes.isEmpty());
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        window.show();
        window.openArticle(article);
        const int before = int(s.highlights.highlights(article).size());
        Q_EMIT window.panels()->quoteHighlightRequested(quotes.constFirst().id);
        const auto after = s.highlights.highlights(article);
        QCOMPARE(after.size(), before + 1);
        bool found = false;
        for (const auto &h : after)
            found = found || (h.quoteId == quotes.constFirst().id && h.speaker == quotes.constFirst().speaker && !h.speaker.isEmpty());
        QVERIFY(found);
    }
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfTests"));
    QApplication::setApplicationName(QStringLiteral("tst_highlights"));
    TestHighlights test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_highlights.moc"

// Highlights end to end: select text in the real web view, use the popup, edit, recolour, note,
// tag, delete and undo, then start again on the same library file and find everything back.
#include "uisession.h"
#include "gestures.h"
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
#include <QContextMenuEvent>
#include <QMenu>
#include <QStatusBar>
#include <QFile>
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

#include <algorithm>
#include <functional>

using namespace Quoteshelf;
using Quoteshelf::Testing::evaluate;
using Quoteshelf::Testing::seedId;
using Quoteshelf::Testing::Session;

namespace {

// Whether the article has a highlight that matches.
bool hasHighlight(const Library::HighlightRepository &highlights, qint64 article,
                  const std::function<bool(const Library::HighlightRecord &)> &matches)
{
    const auto all = highlights.highlights(article);
    return std::any_of(all.cbegin(), all.cend(), matches);
}

// Opens the seed article in a shown, active window and waits for the reader's script.
bool showSeed(Ui::MainWindow &window, qint64 article)
{
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
    window.openArticle(article);
    if (!loaded.wait(20000))
        return false;
    return QTest::qWaitFor([&] {
        return evaluate(window.readerView()->page(), QStringLiteral("typeof window.__quoteshelf")).toString()
            == QLatin1String("object");
    }, 10000);
}

} // namespace

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
            QVERIFY(showSeed(window, article));
            Ui::ReaderView *reader = window.readerView();
            QWebEnginePage *page = reader->page();

            // Drag across the words with the mouse: the popup opens next to them.
            const Testing::TextSpot spot = Testing::locateText(reader, phrase);
            QVERIFY(spot.found);
            QSignalSpy selected(reader, &Ui::ReaderView::selectionChanged);
            Testing::dragSelect(reader->focusProxy(), spot.first, spot.last);
            QTRY_VERIFY_WITH_TIMEOUT(!selected.isEmpty() && selected.constLast().at(0).toLongLong() >= 0, 10000);
            QCOMPARE(selected.constLast().at(0).toLongLong(), qint64(start));
            QCOMPARE(selected.constLast().at(1).toLongLong(), qint64(start + phrase.size()));
            QTRY_VERIFY(window.highlightPopup()->isVisible());
            // Next to the selection, not somewhere else on the screen.
            const QRect popup = window.highlightPopup()->geometry();
            const QPoint selectionBottom = reader->mapToGlobal(selected.constLast().at(2).toRect().bottomLeft());
            QVERIFY2(qAbs(popup.top() - selectionBottom.y()) < 40, qPrintable(QStringLiteral("popup at %1, selection ends at %2")
                                                                                 .arg(popup.top()).arg(selectionBottom.y())));

            // Key 2, pressed where the keyboard goes, picks green ("Evidence").
            QTest::keyClick(Testing::keyTarget(), Qt::Key_2);
            QTRY_COMPARE(s.highlights.highlights(article).size(), 1);
            const auto created = s.highlights.highlights(article).constFirst();
            highlightId = created.id;
            QCOMPARE(created.color, QStringLiteral("green"));
            QCOMPARE(created.exact, phrase);
            QCOMPARE(created.start, start);
            QVERIFY(!window.highlightPopup()->isVisible());
            QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('mark[data-qs-hl]').length")).toInt() > 0, true, 10000);
            QCOMPARE(window.panels()->highlightsList()->count(), 1);
            QCOMPARE(s.repository.summary(article)->highlightCount, 1);

            // Clicking the highlight opens the popup for it; key 5 recolours it.
            const QString mark = QStringLiteral("mark[data-qs-hl=\"%1\"]").arg(highlightId);
            QTest::mouseClick(reader->focusProxy(), Qt::LeftButton, {}, Testing::locateElement(reader, mark));
            QTRY_VERIFY(window.highlightPopup()->isVisible() && window.highlightPopup()->highlightId() == highlightId);
            QTest::keyClick(Testing::keyTarget(), Qt::Key_5);
            QTRY_COMPARE(s.highlights.highlight(highlightId)->color, QStringLiteral("purple"));
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelector('mark[data-qs-hl]').className")).toString().contains(QStringLiteral("purple")), 10000);

            // Tags typed into the popup's field.
            QTest::mouseClick(reader->focusProxy(), Qt::LeftButton, {}, Testing::locateElement(reader, mark));
            QTRY_VERIFY(window.highlightPopup()->isVisible());
            QTest::mouseClick(window.highlightPopup()->tagField(), Qt::LeftButton);
            QTest::keyClicks(window.highlightPopup()->tagField(), QStringLiteral("diplomacy, Qatar"));
            QTest::keyClick(window.highlightPopup()->tagField(), Qt::Key_Return);
            QTRY_COMPARE(s.highlights.highlight(highlightId)->tags.size(), 2);

            // A note: click the highlight, press N in its popup, type into the real editor; it
            // saves by itself.
            QTest::mouseClick(reader->focusProxy(), Qt::LeftButton, {}, Testing::locateElement(reader, mark));
            QTRY_VERIFY(window.highlightPopup()->isVisible() && window.highlightPopup()->highlightId() == highlightId);
            QTimer::singleShot(0, this, [] {
                QTRY_VERIFY(qobject_cast<Ui::NoteEditor *>(QApplication::activeModalWidget()));
                auto *editor = qobject_cast<Ui::NoteEditor *>(QApplication::activeModalWidget());
                QTest::keyClicks(editor->editor(), QStringLiteral("Compare with the **Doha** statement."));
                editor->accept();
            });
            QTest::keyClick(Testing::keyTarget(), Qt::Key_N);
            QTRY_COMPARE(s.highlights.highlight(highlightId)->note, QStringLiteral("Compare with the **Doha** statement."));
            QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.querySelectorAll('mark.qs-has-note').length")).toInt() == 1, 10000);

            // A second highlight across two paragraphs, dragged with the mouse and made with
            // Ctrl+H (the popup is dismissed first with Esc); then deleted and brought back.
            const QString across = QStringLiteral("paramount priority");
            const qsizetype acrossStart = text.indexOf(across);
            const qsizetype acrossEnd = text.indexOf(QStringLiteral("An insider familiar")) + 10;
            QVERIFY(acrossStart > 0 && acrossEnd > acrossStart);
            const Testing::TextSpot from = Testing::locateText(reader, across);
            const Testing::TextSpot to = Testing::locateText(reader, QStringLiteral("An insider"), 0, false);
            QVERIFY(from.found && to.found);
            Testing::dragSelect(reader->focusProxy(), from.first, to.last);
            QTRY_COMPARE(reader->selectionEnd(), qint64(acrossEnd));
            QCOMPARE(reader->selectionStart(), qint64(acrossStart));
            QTRY_VERIFY(window.highlightPopup()->isVisible());
            QTest::keyClick(Testing::keyTarget(), Qt::Key_Escape);
            QTRY_VERIFY(!window.highlightPopup()->isVisible());
            QTest::keyClick(reader->focusProxy(), Qt::Key_H, Qt::ControlModifier);
            QTRY_COMPARE(s.highlights.highlights(article).size(), 2);
            qint64 second = 0;
            for (const auto &h : s.highlights.highlights(article))
                second = h.id != highlightId ? h.id : second;
            QCOMPARE(s.highlights.highlight(second)->color, QStringLiteral("yellow"));
            QCOMPARE(s.highlights.highlight(second)->start, acrossStart);
            QVERIFY(s.highlights.highlight(second)->exact.contains(QLatin1Char('\n')));
            // Delete from its popup, then Edit › Undo with Ctrl+Z.
            QTest::mouseClick(reader->focusProxy(), Qt::LeftButton, {},
                              Testing::locateElement(reader, QStringLiteral("mark[data-qs-hl=\"%1\"]").arg(second)));
            QTRY_VERIFY(window.highlightPopup()->isVisible() && window.highlightPopup()->highlightId() == second);
            QTest::keyClick(Testing::keyTarget(), Qt::Key_Delete);
            QTRY_VERIFY(!s.highlights.highlight(second));
            QTRY_VERIFY(!window.highlightPopup()->isVisible());
            QTest::keyClick(reader->focusProxy(), Qt::Key_Z, Qt::ControlModifier);
            QTRY_VERIFY(s.highlights.highlight(second));
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

    // A word chosen with a double click, highlighted with Ctrl+H pressed while the popup is open.
    void doubleClickAndCtrlH()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        Ui::ReaderView *reader = window.readerView();
        const int before = int(s.highlights.highlights(article).size());

        const Testing::TextSpot word = Testing::locateText(reader, QStringLiteral("negotiations"));
        QVERIFY(word.found);
        Testing::clickRepeatedly(reader->focusProxy(), (word.first + word.last) / 2, 2);
        QTRY_VERIFY_WITH_TIMEOUT(window.highlightPopup()->isVisible(), 10000);
        QTest::keyClick(Testing::keyTarget(), Qt::Key_H, Qt::ControlModifier);
        QTRY_COMPARE(s.highlights.highlights(article).size(), before + 1);
        QVERIFY(hasHighlight(s.highlights, article, [](const auto &h) {
            return h.exact == QStringLiteral("negotiations") && h.color == QStringLiteral("yellow");
        }));
    }

    // A drag that ends in the space after a word: the highlight is the words, not the space.
    void dragIntoTheFollowingSpace()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        Ui::ReaderView *reader = window.readerView();
        const Testing::TextSpot spot = Testing::locateText(reader, QStringLiteral("prisoner exchange "));
        QVERIFY(spot.found);
        Testing::dragSelect(reader->focusProxy(), spot.first, spot.last);
        QTRY_VERIFY_WITH_TIMEOUT(window.highlightPopup()->isVisible(), 10000);
        QTest::keyClick(Testing::keyTarget(), Qt::Key_3);
        QTRY_VERIFY_WITH_TIMEOUT(hasHighlight(s.highlights, article, [](const auto &h) {
                                     return h.color == QStringLiteral("blue") && h.exact.startsWith(QStringLiteral("prisoner"));
                                 }),
                                 10000);
        QVERIFY(hasHighlight(s.highlights, article, [](const auto &h) {
            return h.color == QStringLiteral("blue") && h.exact == QStringLiteral("prisoner exchange");
        }));
    }

    // A paragraph chosen with a triple click, highlighted from the context menu (right click on
    // the selection, then H for Highlight and 3 for Context, as a person would press them).
    void tripleClickAndContextMenu()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        const QString text = s.repository.article(article)->text;
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        Ui::ReaderView *reader = window.readerView();

        const QString words = QStringLiteral("An insider familiar");
        const Testing::TextSpot spot = Testing::locateText(reader, words);
        QVERIFY(spot.found);
        Testing::clickRepeatedly(reader->focusProxy(), spot.first + QPoint(4, 0), 3);
        // The whole paragraph: from its first character to its last (the break after it is not
        // part of it).
        const qint64 start = text.indexOf(words);
        const qint64 end = text.indexOf(QLatin1Char('\n'), start);
        QVERIFY(start > 0 && end > start);
        QTRY_COMPARE_WITH_TIMEOUT(reader->selectionEnd(), end, 10000);
        QCOMPARE(reader->selectionStart(), start);
        QTRY_VERIFY(window.highlightPopup()->isVisible());
        QTest::keyClick(Testing::keyTarget(), Qt::Key_Escape);
        QTRY_VERIFY(!window.highlightPopup()->isVisible());

        QTest::mouseClick(reader->focusProxy(), Qt::RightButton, {}, spot.first + QPoint(20, 0));
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<QMenu *>(QApplication::activePopupWidget()), 10000);
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_H);
        QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget())
                    && qobject_cast<QMenu *>(QApplication::activePopupWidget())->title().contains(QStringLiteral("Highlight")));
        QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_3);
        QTRY_VERIFY_WITH_TIMEOUT(hasHighlight(s.highlights, article, [&](const auto &h) {
                                     return h.start == start && h.end == end && h.color == QStringLiteral("blue");
                                 }),
                                 10000);
    }

    // Caret browsing: F7, then Shift+Right from the caret; the popup comes once the keys rest,
    // and 4 makes a pink highlight of exactly the characters selected.
    void keyboardSelection()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        const QString text = s.repository.article(article)->text;
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        Ui::ReaderView *reader = window.readerView();
        QWidget *input = reader->focusProxy();
        input->setFocus();
        QTRY_VERIFY(input->hasFocus());

        QTest::keyClick(input, Qt::Key_F7);
        QTRY_VERIFY(reader->caretBrowsing());
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(reader->page(), QStringLiteral("document.querySelectorAll('.qs-caret').length")).toInt(), 1, 10000);
        // Down a line twice, to the start of it, then select six characters and a word.
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Down);
        QTest::keyClick(input, Qt::Key_Home);
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(input, Qt::Key_Right, Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.highlightPopup()->isVisible(), 10000);
        const qint64 start = reader->selectionStart();
        QCOMPARE(reader->selectionEnd() - start, qint64(6));
        // More keys while the popup is open go on extending the selection.
        QTest::keyClick(Testing::keyTarget(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(reader->selectionEnd() - start > 6, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.highlightPopup()->isVisible(), 10000);
        const qint64 end = reader->selectionEnd();
        QTest::keyClick(Testing::keyTarget(), Qt::Key_4);
        QTRY_VERIFY_WITH_TIMEOUT(hasHighlight(s.highlights, article, [&](const auto &h) {
                                     return h.start == start && h.end == end && h.color == QStringLiteral("pink");
                                 }),
                                 10000);
        QVERIFY(hasHighlight(s.highlights, article, [&](const auto &h) {
            return h.start == start && h.color == QStringLiteral("pink") && h.exact == text.mid(start, end - start);
        }));
        QTest::keyClick(input, Qt::Key_F7);
        QTRY_VERIFY(!reader->caretBrowsing());
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(reader->page(), QStringLiteral("document.querySelectorAll('.qs-caret').length")).toInt(), 0, 10000);
    }

    // Reading position and read state, from real scrolling keys.
    void readingProgressIsSaved()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        QVERIFY(s.repository.summary(article));
        s.repository.setRead(article, false);
        s.repository.setProgress(article, 0.0);
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        Ui::ReaderView *reader = window.readerView();
        QWidget *input = reader->focusProxy();
        input->setFocus();

        // Page Down: part of the way, not read yet.
        QTest::keyClick(input, Qt::Key_PageDown);
        QTRY_VERIFY_WITH_TIMEOUT(s.repository.summary(article)->progress > 0.05, 10000);
        const double partWay = s.repository.summary(article)->progress;
        QVERIFY(partWay < 0.98);
        QVERIFY(!s.repository.summary(article)->read);

        // Another article, then back: the reader is where it was.
        QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
        qint64 other = 0;
        for (const auto &summary : s.repository.summaries())
            other = summary.id != article ? summary.id : other;
        QVERIFY(other > 0);
        window.openArticle(other);
        QVERIFY(loaded.wait(20000));
        window.openArticle(article);
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(reader->page(), QStringLiteral("window.scrollY")).toInt() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(qAbs(evaluate(reader->page(), QStringLiteral("window.__quoteshelf.progress()")).toDouble() - partWay) < 0.02, 10000);

        // End: at the bottom, the article is read.
        input->setFocus();
        QTest::keyClick(input, Qt::Key_End);
        QTRY_VERIFY_WITH_TIMEOUT(s.repository.summary(article)->progress >= 0.98, 10000);
        QTRY_VERIFY(s.repository.summary(article)->read);
        QTRY_VERIFY(window.libraryView()->model()->index(0, 0).isValid());
    }

    // A saved page's relative link ("../1/") resolves to another reader address. Clicking it must
    // not put another article behind the panels: the view stays on its article, and a highlight
    // made afterwards lands on it with its text.
    void relativeLinkCannotSwitchTheArticle()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 seed = seedId(s.repository);
        const QString page = m_dir.filePath(QStringLiteral("pier.html"));
        {
            QFile file(page);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QStringLiteral(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Pier to reopen in May</title></head><body>"
                "<article><h1>Pier to reopen in May</h1>"
                "<p>The council confirmed the date on Friday, after a <a href=\"../%1/\">related story</a> "
                "about the repairs drew hundreds of comments from residents of the old harbour district.</p>"
                "<p>“The pier will reopen in May, and not a day later,” the mayor said at the council meeting on Friday "
                "evening, adding that the contractor had been paid in full.</p>"
                "<p>Fishermen said they would wait and see before moving their boats back to the pier.</p>"
                "</article></body></html>").arg(seed).toUtf8());
        }
        const auto outcome = Library::importFile(s.repository, page);
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const qint64 pier = outcome.id;
        QVERIFY(pier != seed);

        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, pier));
        Ui::ReaderView *reader = window.readerView();
        const QUrl shown = reader->page()->url();
        QCOMPARE(evaluate(reader->page(), QStringLiteral("document.querySelector('.qs-body a') ? document.querySelector('.qs-body a').href : ''")).toString(),
                 QStringLiteral("quoteshelf://article/%1/").arg(seed));

        // Click the link like a reader would.
        QSignalSpy loaded(&window, &Ui::MainWindow::articleLoaded);
        QTest::mouseClick(reader->focusProxy(), Qt::LeftButton, {}, Testing::locateElement(reader, QStringLiteral(".qs-body a")));
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("cannot be followed offline")), 10000);
        QVERIFY(!loaded.wait(1500));
        QCOMPARE(reader->page()->url(), shown);
        QCOMPARE(reader->articleId(), pier);
        QCOMPARE(evaluate(reader->page(), QStringLiteral("document.title")).toString(), QStringLiteral("Pier to reopen in May"));

        // A highlight made now belongs to the article on screen, with its words.
        const QString phrase = QStringLiteral("The pier will reopen in May");
        const Testing::TextSpot spot = Testing::locateText(reader, phrase);
        QVERIFY(spot.found);
        Testing::dragSelect(reader->focusProxy(), spot.first, spot.last);
        QTRY_VERIFY_WITH_TIMEOUT(window.highlightPopup()->isVisible(), 10000);
        QTest::keyClick(Testing::keyTarget(), Qt::Key_1);
        QTRY_COMPARE(s.highlights.highlights(pier).size(), 1);
        QCOMPARE(s.highlights.highlights(pier).constFirst().exact, phrase);
        for (const auto &h : s.highlights.highlights(seed))
            QVERIFY(h.exact != phrase);
    }

    // Right-click a quote in the Quotes tab, choose Highlight: the highlight keeps the speaker.
    void quoteHighlightKeepsSpeaker()
    {
        Session s(m_dir.filePath(QStringLiteral("library.sqlite")));
        const qint64 article = seedId(s.repository);
        const auto quotes = s.repository.quotes(article);
        QVERIFY(!quotes.isEmpty());
        Ui::MainWindow window(&s.repository, &s.highlights, &s.model, &s.profile);
        QVERIFY(showSeed(window, article));
        const int before = int(s.highlights.highlights(article).size());

        window.panels()->setCurrentIndex(1);
        QListWidget *list = window.panels()->quotesList();
        QTRY_VERIFY(list->isVisible() && list->count() == quotes.size());
        const QPoint at = list->visualItemRect(list->item(0)).center();
        // What the window system sends on a right click.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_H);
        });
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, list->viewport()->mapToGlobal(at));
        QApplication::sendEvent(list->viewport(), &click);

        QTRY_COMPARE(s.highlights.highlights(article).size(), before + 1);
        QVERIFY(hasHighlight(s.highlights, article, [&](const auto &h) {
            return h.quoteId == quotes.constFirst().id && h.speaker == quotes.constFirst().speaker && !h.speaker.isEmpty();
        }));
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

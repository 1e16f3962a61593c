// The Notebook window on a real library file under Xvfb: filters driven through the widgets,
// activation, Copy as Markdown, the empty state, remembered geometry.
#include "core/textoffsets.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/highlightrepository.h"
#include "library/importservice.h"
#include "ui/notebookwindow.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Quoteshelf;
using Library::NotebookEntry;
using Library::NotebookModel;

class TestNotebookWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    std::unique_ptr<Library::ArticleRepository> m_articles;
    std::unique_ptr<Library::HighlightRepository> m_highlights;
    qint64 m_seedId = 0;
    qint64 m_trainsId = 0;
    qint64 m_quoteId = 0;
    qsizetype m_quoteStart = 0;
    QList<Library::HighlightRecord> m_records;

    qint64 highlight(qint64 articleId, const QString &passage, const QString &color, const QString &note = {},
                     const QStringList &tags = {})
    {
        const auto article = m_articles->article(articleId);
        const qsizetype utf16 = article ? article->text.indexOf(passage) : -1;
        if (utf16 < 0)
            return 0;
        const Core::TextOffsets offsets(article->text);
        const auto record = m_highlights->create(articleId, offsets.toCodePoint(utf16),
                                                 offsets.toCodePoint(utf16 + passage.size()), color);
        if (!record)
            return 0;
        if (!note.isEmpty())
            m_highlights->setNote(record->id, note);
        if (!tags.isEmpty())
            m_highlights->setTags(record->id, tags);
        m_records.append(*m_highlights->highlight(record->id));
        return record->id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        m_articles = std::make_unique<Library::ArticleRepository>(&m_db);
        m_highlights = std::make_unique<Library::HighlightRepository>(&m_db);
        for (const Library::ImportOutcome &outcome : Library::importSamples(*m_articles))
            (outcome.file.contains(QLatin1String("gaza")) ? m_seedId : m_trainsId) = outcome.id;
        QVERIFY(m_seedId > 0 && m_trainsId > 0);
        QVERIFY(highlight(m_seedId, QStringLiteral("humanitarian pauses"), QStringLiteral("yellow"),
                          QStringLiteral("The central demand, and the **hardest** to get."),
                          { QStringLiteral("diplomacy"), QStringLiteral("gaza") }));
        QVERIFY(highlight(m_seedId, QStringLiteral("lengthy transmission time of messages between Doha and Hamas"),
                          QStringLiteral("blue")));
        QVERIFY(highlight(m_trainsId, QStringLiteral("night"), QStringLiteral("green"), QStringLiteral("Compare fares"),
                          { QStringLiteral("rail") }));
        for (const Library::QuoteRecord &q : m_articles->quotes(m_seedId)) {
            if (q.speaker == QLatin1String("Jake Sullivan") && !m_quoteId) {
                const auto record = m_highlights->createFromQuote(q.id, QStringLiteral("purple"));
                QVERIFY(record);
                m_records.append(*record);
            } else if (q.speaker == QLatin1String("Majed Al-Ansari") && !m_quoteId) {
                m_quoteId = q.id;
                m_quoteStart = q.start;
                QVERIFY(m_highlights->setQuoteTags(q.id, { QStringLiteral("mediation") }));
            }
        }
        QVERIFY(m_quoteId > 0);
        QCOMPARE(m_records.size(), 4);
    }

    void filtersThroughTheBar()
    {
        Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.view()->model()->rowCount(), 5);

        // Colour toggles: none checked means every colour.
        auto *yellow = window.findChild<QToolButton *>(QStringLiteral("colour-yellow"));
        auto *green = window.findChild<QToolButton *>(QStringLiteral("colour-green"));
        QVERIFY(yellow && green);
        QTest::mouseClick(yellow, Qt::LeftButton);
        QCOMPARE(window.model()->rowCount(), 1);
        QTest::mouseClick(green, Qt::LeftButton);
        QCOMPARE(window.model()->rowCount(), 2);
        QTest::mouseClick(yellow, Qt::LeftButton);
        QTest::mouseClick(green, Qt::LeftButton);
        QCOMPARE(window.model()->rowCount(), 5);

        // The search waits for the reader to stop typing.
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("notebookSearch"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("hardest"));
        QCOMPARE(window.model()->rowCount(), 5);
        QTRY_COMPARE(window.model()->rowCount(), 1);
        search->clear();
        QTRY_COMPARE(window.model()->rowCount(), 5);

        // Tag with completion: applies once confirmed.
        auto *tag = window.findChild<QComboBox *>(QStringLiteral("notebookTag"));
        QVERIFY(tag && tag->findText(QStringLiteral("rail")) > 0);
        tag->setFocus();
        QTest::keyClicks(tag, QStringLiteral("rai"));
        QCOMPARE(window.model()->rowCount(), 5);
        tag->setEditText(QStringLiteral("rail"));
        QTest::keyClick(tag, Qt::Key_Return);
        QTRY_COMPARE(window.model()->rowCount(), 1);
        tag->setEditText({});
        QCOMPARE(window.model()->rowCount(), 5);

        auto *speaker = window.findChild<QComboBox *>(QStringLiteral("notebookSpeaker"));
        QVERIFY(speaker);
        speaker->setCurrentIndex(speaker->findData(QStringLiteral("Majed Al-Ansari")));
        QCOMPARE(window.model()->rowCount(), 1);
        QCOMPARE(window.model()->entry(0).kind, NotebookEntry::Kind::Quote);
        speaker->setCurrentIndex(0);

        auto *article = window.findChild<QComboBox *>(QStringLiteral("notebookArticle"));
        QVERIFY(article);
        QCOMPARE(article->count(), 3); // all articles + the two with entries
        article->setCurrentIndex(article->findData(m_trainsId));
        QCOMPARE(window.model()->rowCount(), 1);
        article->setCurrentIndex(0);

        // Dates: "Any" is the minimum; a range in the future leaves nothing, and says so.
        auto *from = window.findChild<QDateEdit *>(QStringLiteral("notebookFrom"));
        QVERIFY(from);
        QCOMPARE(from->text(), QStringLiteral("Any"));
        from->setDate(QDate::currentDate().addDays(2));
        QCOMPARE(window.model()->rowCount(), 0);
        auto *empty = window.findChild<QLabel *>(QStringLiteral("notebookEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("filters")));
        window.clearFilters();
        QCOMPARE(window.model()->rowCount(), 5);
        QVERIFY(window.view()->isVisible());
    }

    void activationOpensThePassage()
    {
        Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy open(&window, &Ui::NotebookWindow::openRequested);
        QListView *view = window.view();

        // Enter on a highlight: its article, its start, its id.
        const Library::HighlightRecord &record = m_records.at(1);
        const QModelIndex index = window.model()->indexOf(NotebookEntry::Kind::Highlight, record.id);
        view->setFocus();
        view->setCurrentIndex(index);
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), record.articleId);
        QCOMPARE(open.at(0).at(1).toLongLong(), qint64(record.start));
        QCOMPARE(open.at(0).at(2).toLongLong(), record.id);

        // Double-click on a tagged quote: no highlight id, the quote's start.
        const QModelIndex quote = window.model()->indexOf(NotebookEntry::Kind::Quote, m_quoteId);
        view->scrollTo(quote);
        const QPoint centre = view->visualRect(quote).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).toLongLong(), m_seedId);
        QCOMPARE(open.at(1).at(1).toLongLong(), qint64(m_quoteStart));
        QCOMPARE(open.at(1).at(2).toLongLong(), qint64(0));
    }

    void copiesSelectionAsMarkdown()
    {
        Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QListView *view = window.view();
        const Library::HighlightRecord &pauses = m_records.at(0);
        const Library::HighlightRecord &sullivan = m_records.at(3);
        const Library::HighlightRecord &night = m_records.at(2);
        auto *selection = view->selectionModel();
        for (const qint64 id : { pauses.id, sullivan.id, night.id })
            selection->select(window.model()->indexOf(NotebookEntry::Kind::Highlight, id), QItemSelectionModel::Select);
        view->setFocus();
        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QString markdown = QApplication::clipboard()->text();

        // Grouped by article: one heading each, the seed's passages in text order.
        QCOMPARE(markdown.count(QStringLiteral("\n## ")) + (markdown.startsWith(QStringLiteral("## ")) ? 1 : 0), 2);
        QVERIFY(markdown.contains(QStringLiteral("(quoteshelf://article/%1)").arg(m_seedId)));
        QVERIFY(markdown.indexOf(QStringLiteral("> humanitarian pauses"))
                < markdown.indexOf(QStringLiteral("— Jake Sullivan")));
        QVERIFY(markdown.contains(QStringLiteral("The central demand, and the **hardest** to get.")));
        // "Gaza" already existed as the article's tag: tags are one per name, first spelling wins.
        QVERIFY(markdown.contains(QStringLiteral("#diplomacy #gaza · [open in Quoteshelf]"), Qt::CaseInsensitive));
        QVERIFY(markdown.contains(QStringLiteral("> humanitarian pauses\n\nThe central demand")));
        QVERIFY(markdown.contains(QStringLiteral("quoteshelf://article/%1#h-%2").arg(m_seedId).arg(pauses.id)));
        QVERIFY(markdown.contains(QStringLiteral("quoteshelf://article/%1#h-%2").arg(m_trainsId).arg(night.id)));
        QVERIFY(!markdown.contains(QStringLiteral("lengthy transmission"))); // not selected
        const qsizetype trains = markdown.indexOf(QStringLiteral("#h-%1").arg(night.id));
        const qsizetype seed = markdown.indexOf(QStringLiteral("#h-%1").arg(pauses.id));
        QVERIFY(trains > 0 && seed > 0);
        QCOMPARE(window.selectionMarkdown(), markdown);
    }

    void followsEditsElsewhere()
    {
        Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *tag = window.findChild<QComboBox *>(QStringLiteral("notebookTag"));
        QCOMPARE(tag->findText(QStringLiteral("fares")), -1);
        QVERIFY(m_highlights->setTags(m_records.at(2).id, { QStringLiteral("rail"), QStringLiteral("fares") }));
        QTRY_VERIFY(tag->findText(QStringLiteral("fares")) > 0);
        QVERIFY(m_highlights->setTags(m_records.at(2).id, { QStringLiteral("rail") }));
        QTRY_COMPARE(tag->findText(QStringLiteral("fares")), -1);
    }

    void emptyLibrarySaysWhatToDo()
    {
        Library::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        Library::ArticleRepository articles(&db);
        Library::importSamples(articles);
        Library::HighlightRepository highlights(&db);
        Ui::NotebookWindow window(&highlights, &articles);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *empty = window.findChild<QLabel *>(QStringLiteral("notebookEmpty"));
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Select text in an article")));
        QVERIFY(!window.view()->isVisible());
        // The first highlight replaces the empty state.
        QVERIFY(highlights.create(articles.summaries().constFirst().id, 0, 10, QStringLiteral("pink")));
        QTRY_VERIFY(window.view()->isVisible());
    }

    void remembersGeometry()
    {
        {
            Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
            window.resize(1010, 650);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.close();
        }
        Ui::NotebookWindow again(m_highlights.get(), m_articles.get());
        QCOMPARE(again.size(), QSize(1010, 650));
    }

    void screenshot()
    {
        Ui::NotebookWindow window(m_highlights.get(), m_articles.get());
        window.resize(880, 640);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.view()->setCurrentIndex(window.model()->index(1, 0));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QStringLiteral("/tmp/notebook.png")));
    }
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfTests"));
    QApplication::setApplicationName(QStringLiteral("tst_notebookwindow"));
    TestNotebookWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_notebookwindow.moc"

// The Speakers window on a real library file under Xvfb: the samples plus a second article quoting
// the same people; sorting, filtering, the quotes pane, activation and the reader's corrections.
#include "library/articlerepository.h"
#include "library/database.h"
#include "library/importservice.h"
#include "library/speakerindex.h"
#include "ui/speakerswindow.h"
#include "web/urlscheme.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Quoteshelf;
using Ui::SpeakersWindow;

namespace {

const char SecondArticle[] = "Mediators See Slow Progress in Hostage Talks\n\n"
                             "by STAFF REPORTER\n\n"
                             "Jake Sullivan, the national security adviser, told reporters in Washington: \"We are "
                             "going to keep working at this every single day until every hostage is home.\"\n\n"
                             "A senior US official said the gaps were narrowing.\n";

QStringList column(const QTreeView *view, int column)
{
    QStringList values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values << view->model()->index(row, column).data().toString();
    return values;
}

bool anonymousAt(const QTreeView *view, int row)
{
    return view->model()->index(row, 0).data(Qt::UserRole + 1).toBool();
}

} // namespace

class TestSpeakersWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    std::unique_ptr<Library::ArticleRepository> m_articles;
    qint64 m_seedId = 0;
    qint64 m_secondId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        m_articles = std::make_unique<Library::ArticleRepository>(&m_db);
        for (const Library::ImportOutcome &outcome : Library::importSamples(*m_articles)) {
            if (outcome.file.contains(QLatin1String("gaza")))
                m_seedId = outcome.id;
        }
        QFile file(m_dir.filePath(QStringLiteral("second.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SecondArticle);
        file.close();
        const Library::ImportOutcome second = Library::importFile(*m_articles, file.fileName());
        QVERIFY2(second.ok(), qPrintable(second.error));
        m_secondId = second.id;
    }

    void listsEveryoneNamedFirst()
    {
        SpeakersWindow window(m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTreeView *table = window.speakersView();
        const QStringList names = column(table, SpeakersWindow::NameColumn);
        QVERIFY(names.contains(QStringLiteral("Jake Sullivan")));
        QVERIFY(names.contains(QStringLiteral("Majed Al-Ansari")));
        QVERIFY(names.contains(QStringLiteral("Miriam Kovač")));
        QCOMPARE(names.count(QStringLiteral("Jake Sullivan")), 1);
        const int sullivan = int(names.indexOf(QStringLiteral("Jake Sullivan")));
        QCOMPARE(table->model()->index(sullivan, SpeakersWindow::ArticlesColumn).data().toString(),
                 QStringLiteral("2"));

        // Whatever the column and direction, anonymous sources stay at the end.
        for (const int sortColumn : { int(SpeakersWindow::NameColumn), int(SpeakersWindow::QuotesColumn) }) {
            for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                table->sortByColumn(sortColumn, order);
                QVERIFY(!anonymousAt(table, 0));
                QVERIFY(anonymousAt(table, table->model()->rowCount() - 1));
                bool seen = false;
                for (int row = 0; row < table->model()->rowCount(); ++row) {
                    QVERIFY(!seen || anonymousAt(table, row));
                    seen = seen || anonymousAt(table, row);
                }
            }
        }
        // Clicking a header sorts by it.
        table->sortByColumn(SpeakersWindow::QuotesColumn, Qt::DescendingOrder);
        const QPoint nameHeader(table->header()->sectionViewportPosition(SpeakersWindow::NameColumn) + 10,
                                table->header()->height() / 2);
        QTest::mouseClick(table->header()->viewport(), Qt::LeftButton, {}, nameHeader);
        QCOMPARE(table->header()->sortIndicatorSection(), int(SpeakersWindow::NameColumn));
        QStringList named;
        for (int row = 0; row < table->model()->rowCount() && !anonymousAt(table, row); ++row)
            named << table->model()->index(row, 0).data().toString();
        QStringList sorted = named;
        std::sort(sorted.begin(), sorted.end(),
                  [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
        if (table->header()->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sorted.begin(), sorted.end());
        QCOMPARE(named, sorted);
    }

    void filterAndActivateAQuote()
    {
        SpeakersWindow window(m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy open(&window, &SpeakersWindow::openRequested);
        QTest::keyClicks(window.filterField(), QStringLiteral("sulliv"));
        QCOMPARE(window.speakersView()->model()->rowCount(), 1);
        // Down from the filter selects the first speaker; Enter goes on to their quotes.
        QTest::keyClick(window.filterField(), Qt::Key_Down);
        QVERIFY(window.speakersView()->hasFocus());
        QListWidget *quotes = window.quotesView();
        QTRY_VERIFY(quotes->count() >= 2);
        QTest::keyClick(window.speakersView(), Qt::Key_Return);
        QVERIFY(quotes->hasFocus());

        const QList<Library::LibraryQuote> expected
            = Library::SpeakerIndex(&m_db).quotes(QStringLiteral("Jake Sullivan"));
        QCOMPARE(quotes->count(), expected.size());
        QSet<qint64> articles;
        for (const Library::LibraryQuote &q : expected)
            articles.insert(q.articleId);
        QCOMPARE(articles, QSet<qint64>({ m_seedId, m_secondId }));
        quotes->setCurrentRow(1);
        QTest::keyClick(quotes, Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toLongLong(), expected.at(1).articleId);
        QCOMPARE(open.at(0).at(1).toLongLong(), qint64(expected.at(1).start));
        QCOMPARE(quotes->item(1)->data(Qt::UserRole + 100).toString(), expected.at(1).articleTitle);

        // Double-click works as well.
        const QPoint first = quotes->visualItemRect(quotes->item(0)).center();
        QTest::mouseClick(quotes->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseDClick(quotes->viewport(), Qt::LeftButton, {}, first);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(1).toLongLong(), qint64(expected.at(0).start));
    }

    void followsTheReadersCorrection()
    {
        SpeakersWindow window(m_articles.get());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectSpeaker(QStringLiteral("jake sullivan")));
        const int before = window.quotesView()->count();
        qint64 moved = 0;
        for (const Library::QuoteRecord &q : m_articles->quotes(m_seedId)) {
            if (q.speaker == QLatin1String("Majed Al-Ansari"))
                moved = q.id;
        }
        QVERIFY(moved > 0);
        QVERIFY(m_articles->setSpeakerOverride(moved, QStringLiteral("Jake Sullivan")));
        // The window reloads after the burst and keeps the selected speaker.
        QTRY_COMPARE(window.quotesView()->count(), before + 1);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("speakerHeading"))->text(), QStringLiteral("Jake Sullivan"));
        QVERIFY(m_articles->setSpeakerOverride(moved, {}));
        QTRY_COMPARE(window.quotesView()->count(), before);
    }

    void emptyLibrarySaysWhatToDo()
    {
        Library::Database db;
        QVERIFY(db.open(m_dir.filePath(QStringLiteral("empty.sqlite"))));
        Library::ArticleRepository articles(&db);
        SpeakersWindow window(&articles);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(!window.speakersView()->isVisible());
        const auto labels = window.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->isVisible() && label->text().contains(QStringLiteral("File › Import"));
        }));
    }

    void remembersGeometryAndSort()
    {
        {
            SpeakersWindow window(m_articles.get());
            window.resize(990, 610);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.speakersView()->sortByColumn(SpeakersWindow::ArticlesColumn, Qt::AscendingOrder);
            window.close();
        }
        SpeakersWindow again(m_articles.get());
        QCOMPARE(again.size(), QSize(990, 610));
        QCOMPARE(again.speakersView()->header()->sortIndicatorSection(), int(SpeakersWindow::ArticlesColumn));
        QCOMPARE(again.speakersView()->header()->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void screenshot()
    {
        QSettings().clear();
        SpeakersWindow window(m_articles.get());
        window.resize(1100, 700);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.selectSpeaker(QStringLiteral("Jake Sullivan")));
        QTest::qWait(50);
        QVERIFY(window.grab().save(QStringLiteral("/tmp/speakers.png")));
    }
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("QuoteshelfTests"));
    QApplication::setApplicationName(QStringLiteral("tst_speakerswindow"));
    TestSpeakersWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_speakerswindow.moc"

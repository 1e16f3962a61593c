// The reader page served through quoteshelf:// on the dedicated profile, in a real Chromium.
#include "webtesting.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "import/article.h"
#include "extract/types.h"
#include "render/highlightservice.h"
#include "web/readerprofile.h"
#include "web/readerwebpage.h"
#include "web/requestinterceptor.h"
#include "web/urlscheme.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebEnginePage>
#include <QWebEngineScript>

using namespace Quoteshelf;
using Quoteshelf::Testing::evaluate;

namespace {

QByteArray pngBytes()
{
    QImage image(40, 20, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

} // namespace

class TestReaderPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Library::Database m_db;
    Library::ArticleRepository *m_repository = nullptr;
    Web::ReaderProfile *m_profile = nullptr;
    qint64 m_articleId = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("library.sqlite"))));
        m_repository = new Library::ArticleRepository(&m_db, this);
        m_profile = new Web::ReaderProfile(m_repository, nullptr, this);

        // Markup as hostile as a saved page can be. Import sanitises all of this away; the web
        // layer must hold even when something slips through.
        Import::Article article;
        article.title = QStringLiteral("Hostile page");
        article.format = QStringLiteral("html");
        article.text = QStringLiteral("First paragraph.\n\nSecond paragraph.");
        article.html = QStringLiteral(
            "<p data-qs-start=\"0\" data-qs-end=\"16\">First paragraph.</p>"
            "<img id=\"remote\" src=\"https://tracker.example.com/pixel.png\">"
            "<img id=\"local\" src=\"assets/lead.png\">"
            "<link rel=\"stylesheet\" href=\"https://cdn.example.com/site.css\">"
            "<iframe src=\"https://ads.example.com/frame\"></iframe>"
            "<script>document.documentElement.setAttribute('data-leak', '1');</script>"
            "<script src=\"https://cdn.example.com/app.js\"></script>"
            "<img src=\"x\" onerror=\"document.documentElement.setAttribute('data-leak', '2')\">"
            "<a id=\"link\" href=\"https://www.example.org/story\">a link</a>"
            "<p data-qs-start=\"18\" data-qs-end=\"35\">Second paragraph.</p>");
        article.assets = {{QStringLiteral("lead.png"), QStringLiteral("image/png"), pngBytes()}};
        const auto added = m_repository->addArticle(article, {}, QStringLiteral("hostile.html"), {});
        QVERIFY2(added.ok(), qPrintable(added.error));
        m_articleId = added.id;
    }

    void servesArticleOffline()
    {
        QWebEnginePage *page = m_profile->createPage(this);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        const QUrl url(QStringLiteral("quoteshelf://article/%1/").arg(m_articleId));
        qobject_cast<Web::ReaderWebPage *>(page)->setArticleUrl(url);
        page->load(url);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constFirst().constFirst().toBool(), true);
        QCOMPARE(page->title(), QStringLiteral("Hostile page"));

        // The stored image comes through the scheme; the remote one never arrives.
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page, QStringLiteral("document.getElementById('local').naturalWidth")).toInt(), 40, 10000);
        QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('remote').naturalWidth")).toInt(), 0);
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelectorAll('iframe').length")).toInt(), 1);
        // The page's own scripts and handlers did not run.
        QCOMPARE(evaluate(page, QStringLiteral("document.documentElement.getAttribute('data-leak')")), QVariant());
        // Privacy markers are on the page.
        QCOMPARE(evaluate(page, QStringLiteral("document.querySelector('meta[http-equiv=\"x-dns-prefetch-control\"]').content")).toString(),
                 QStringLiteral("off"));
        QVERIFY(evaluate(page, QStringLiteral("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"))
                    .toString()
                    .contains(QStringLiteral("default-src 'none'")));
        // Quoteshelf's own script runs in its isolated world.
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page, QStringLiteral("typeof window.__quoteshelf")).toString() == QLatin1String("object"), 10000);
        QCOMPARE(evaluate(page, QStringLiteral("window.__quoteshelf.scrollToOffset(20)")).toBool(), true);
        QCOMPARE(evaluate(page, QStringLiteral("window.__quoteshelf.scrollToOffset(999)")).toBool(), false);
        delete page;
    }

    void readerPageStaysOnItsScheme()
    {
        // The reader's page refuses to navigate away at all; links are reported instead.
        QWebEnginePage *page = m_profile->createPage(this);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->load(QUrl(QStringLiteral("https://www.example.org/")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
        QVERIFY(page->url().scheme() != QLatin1String("https"));
        delete page;
    }

    void readerPageShowsOnlyItsArticle()
    {
        // Another article's address, reached by a link, a history step or anything else, is
        // refused: the window's panels and new highlights belong to the article it opened.
        auto *page = qobject_cast<Web::ReaderWebPage *>(m_profile->createPage(this));
        QVERIFY(page);
        const QUrl own(QStringLiteral("quoteshelf://article/%1/").arg(m_articleId));
        page->setArticleUrl(own);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->load(own);
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.constLast().constFirst().toBool());
        // Its own #anchors are fine.
        page->load(QUrl(own.toString() + QStringLiteral("#second")));
        QTRY_COMPARE(page->url().fragment(), QStringLiteral("second"));
        loaded.clear();
        page->load(QUrl(QStringLiteral("quoteshelf://article/%1/").arg(m_articleId + 1)));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constLast().constFirst().toBool(), false);
        QCOMPARE(page->url().adjusted(QUrl::RemoveFragment), own);
        delete page;
    }

    void interceptorRefusesTheNetwork()
    {
        // Beneath the page, the profile's interceptor refuses any request off the scheme.
        QWebEnginePage *page = new QWebEnginePage(m_profile->profile(), this);
        const int before = m_profile->interceptor()->blockedCount();
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->load(QUrl(QStringLiteral("https://www.example.org/")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
        QVERIFY(m_profile->interceptor()->blockedCount() > before);
        delete page;
    }

    void codeBlocksAreHighlighted()
    {
        Render::HighlightService highlighter;
        Web::ReaderProfile profile(m_repository, &highlighter);
        Import::Article article;
        article.title = QStringLiteral("Code sample");
        article.format = QStringLiteral("markdown");
        const QString code = QStringLiteral("int main() {\n    return 0; // done\n}");
        article.text = code;
        article.html = QStringLiteral("<pre data-qs-start=\"0\" data-qs-end=\"%1\"><code class=\"language-cpp\">%2</code></pre>")
                           .arg(code.size())
                           .arg(code.toHtmlEscaped());
        const auto added = m_repository->addArticle(article, {}, QStringLiteral("code.md"), {});
        QVERIFY(added.ok());
        QWebEnginePage page(profile.profile());
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.load(QUrl(QStringLiteral("quoteshelf://article/%1/").arg(added.id)));
        QVERIFY(loaded.wait(20000));
        QVERIFY(evaluate(&page, QStringLiteral("document.querySelectorAll('pre span[class^=\"qs-hl-\"]').length")).toInt() > 0);
        QCOMPARE(evaluate(&page, QStringLiteral("document.querySelector('pre').textContent")).toString(), code);
        // The keyword has a colour of its own, different in the dark theme.
        const QString colour = QStringLiteral("getComputedStyle(document.querySelector('pre span[class^=\"qs-hl-\"]')).color");
        const QString light = evaluate(&page, colour).toString();
        evaluate(&page, QStringLiteral("document.documentElement.setAttribute('data-theme', 'dark')"));
        QVERIFY(evaluate(&page, colour).toString() != light);
    }

    void allowedSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("nominal: the app's scheme") << "quoteshelf://article/1/" << true;
        QTest::newRow("nominal: data image") << "data:image/png;base64,AAAA" << true;
        QTest::newRow("robustness: https") << "https://example.com/" << false;
        QTest::newRow("robustness: http") << "http://example.com/x.png" << false;
        QTest::newRow("robustness: file") << "file:///etc/passwd" << false;
        QTest::newRow("robustness: websocket") << "wss://example.com/" << false;
    }

    void allowedSchemes()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(Web::RequestInterceptor::isAllowed(QUrl(url)), allowed);
    }

    void unknownPagesFail_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("robustness: no such article") << "quoteshelf://article/999999/";
        QTest::newRow("robustness: traversal in app files") << "quoteshelf://app/../sql/0001_initial.sql";
        QTest::newRow("robustness: unknown host") << "quoteshelf://elsewhere/";
    }

    void unknownPagesFail()
    {
        QFETCH(QString, url);
        QWebEnginePage *page = m_profile->createPage(this);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->load(QUrl(url));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.constFirst().constFirst().toBool(), false);
        delete page;
    }
};

int main(int argc, char *argv[])
{
    Web::registerUrlScheme();
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QGuiApplication app(argc, argv);
    TestReaderPage test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_readerpage.moc"

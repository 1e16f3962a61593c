#include "ui/readerview.h"

#include "ui/highlightpopup.h"
#include "ui/speakercolours.h"
#include "web/readerbridge.h"
#include "web/readerprofile.h"

#include <QContextMenuEvent>
#include <QJsonArray>
#include <QMenu>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebChannel>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Quoteshelf::Ui {

ReaderView::ReaderView(Web::ReaderProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_bridge(new Web::ReaderBridge(this))
    , m_channel(new QWebChannel(this))
{
    setPage(profile->createPage(this));
    m_channel->registerObject(QStringLiteral("reader"), m_bridge);
    // The bridge lives in the isolated world only: the article's own markup can never reach it.
    page()->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    connect(this, &QWebEngineView::loadFinished, this, [this](bool ok) { Q_EMIT articleLoaded(m_articleId, ok); });
    // Page pixels and widget pixels differ by the zoom factor.
    const auto toWidget = [this](const QRect &rect) {
        const double zoom = zoomFactor();
        return QRect(qRound(rect.x() * zoom), qRound(rect.y() * zoom), qRound(rect.width() * zoom), qRound(rect.height() * zoom));
    };
    connect(m_bridge, &Web::ReaderBridge::selectionChanged, this, [this, toWidget](qint64 start, qint64 end, const QRect &rect) {
        m_selectionStart = start;
        m_selectionEnd = end;
        Q_EMIT selectionChanged(start, end, toWidget(rect));
    });
    connect(m_bridge, &Web::ReaderBridge::highlightClicked, this,
            [this, toWidget](qint64 id, const QRect &rect) { Q_EMIT highlightClicked(id, toWidget(rect)); });
    connect(this, &QWebEngineView::loadStarted, this, [this] {
        m_selectionStart = -1;
        m_selectionEnd = -1;
    });
    connect(m_bridge, &Web::ReaderBridge::progressReported, this, [this](double progress) {
        if (m_articleId > 0)
            Q_EMIT progressChanged(m_articleId, progress);
    });
}

void ReaderView::openArticle(qint64 id, double progress)
{
    m_articleId = id;
    m_bridge->setInitialProgress(progress >= 0.98 ? 0.0 : progress);
    load(QUrl(QStringLiteral("quoteshelf://article/%1/").arg(id)));
}

void ReaderView::scrollToOffset(qsizetype codePointOffset)
{
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.scrollToOffset(%1)").arg(codePointOffset),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::markQuotes(const QList<Library::QuoteRecord> &quotes)
{
    QJsonArray array;
    for (const Library::QuoteRecord &q : quotes) {
        array.append(QJsonObject{{QStringLiteral("id"), q.id},
                                 {QStringLiteral("start"), qint64(q.start)},
                                 {QStringLiteral("end"), qint64(q.end)},
                                 {QStringLiteral("speaker"), q.speaker},
                                 {QStringLiteral("color"), q.speaker.isEmpty() ? QString() : speakerColour(q.speaker).name()}});
    }
    // JSON is valid JavaScript: the data goes in as a literal, never as code.
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.markQuotes(%1)")
                              .arg(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::showQuote(qint64 quoteId)
{
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.showQuote(%1)").arg(quoteId),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::applyStyle(const Render::ReaderStyle &style)
{
    const QJsonObject values{{QStringLiteral("size"), style.fontSizePx},
                             {QStringLiteral("line"), style.lineHeight},
                             {QStringLiteral("width"), style.widthEm},
                             {QStringLiteral("font"), style.font}};
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.setStyle(%1)")
                              .arg(QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact))),
                          QWebEngineScript::ApplicationWorld);
    setTheme(style.theme);
}

void ReaderView::focusSpeaker(const QString &name)
{
    const QString literal = QString::fromUtf8(QJsonDocument(QJsonArray{name}).toJson(QJsonDocument::Compact));
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.focusSpeaker(%1[0])").arg(literal),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (m_selectionStart >= 0 && m_selectionEnd > m_selectionStart) {
        QAction *first = menu->actions().value(0);
        QMenu *highlight = new QMenu(tr("Highlight"), menu);
        for (const QString &colour : HighlightPopup::colourNames())
            highlight->addAction(HighlightPopup::colourLabel(colour), this, [this, colour] { Q_EMIT highlightRequested(colour); });
        menu->insertMenu(first, highlight);
        menu->insertSeparator(first);
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

void ReaderView::markHighlights(const QList<Library::HighlightRecord> &highlights)
{
    QJsonArray array;
    for (const Library::HighlightRecord &h : highlights) {
        if (h.orphaned)
            continue;
        array.append(QJsonObject{{QStringLiteral("id"), h.id},
                                 {QStringLiteral("start"), qint64(h.start)},
                                 {QStringLiteral("end"), qint64(h.end)},
                                 {QStringLiteral("color"), h.color},
                                 {QStringLiteral("note"), !h.note.trimmed().isEmpty()}});
    }
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.markHighlights(%1)")
                              .arg(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::showHighlight(qint64 id)
{
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.showHighlight(%1)").arg(id),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::selectRange(qint64 start, qint64 end)
{
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.select(%1, %2)").arg(start).arg(end),
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::setTheme(const QString &theme)
{
    // Validated by the page script as well; only known names get through.
    if (theme != QLatin1String("light") && theme != QLatin1String("sepia") && theme != QLatin1String("dark"))
        return;
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.setTheme('%1')").arg(theme),
                          QWebEngineScript::ApplicationWorld);
}

} // namespace Quoteshelf::Ui

#include "ui/readerview.h"

#include "ui/highlightpopup.h"
#include "ui/speakercolours.h"
#include "web/readerbridge.h"
#include "web/readerprofile.h"
#include "web/readerwebpage.h"

#include <QContextMenuEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QMenu>
#include <QTimer>
#include <QWebChannel>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace Quoteshelf::Ui {

namespace {

// How long the keys must rest before a keyboard selection counts as made (the popup would
// otherwise take the keyboard from a reader still extending it).
constexpr int KeyboardSettleMs = 450;
// The reading position is asked for this often while the page may be moving...
constexpr int ScrollPollMs = 250;
// ...until it has answered the same this many times in a row.
constexpr int StillPollsToStop = 3;

QString jsonLiteral(const QJsonValue &value)
{
    // JSON is valid JavaScript: data goes into the page as a literal, never as code.
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact))
        + QStringLiteral("[0]");
}

} // namespace

ReaderView::ReaderView(Web::ReaderProfile *profile, QWidget *parent)
    : QWebEngineView(parent)
    , m_bridge(new Web::ReaderBridge(this))
    , m_channel(new QWebChannel(this))
    , m_scrollWatch(new QTimer(this))
    , m_keyboardSettle(new QTimer(this))
{
    setPage(profile->createPage(this));
    m_channel->registerObject(QStringLiteral("reader"), m_bridge);
    // The bridge lives in the isolated world only: the article's own markup can never reach it.
    page()->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    setContextMenuPolicy(Qt::DefaultContextMenu);

    m_scrollWatch->setInterval(ScrollPollMs);
    connect(m_scrollWatch, &QTimer::timeout, this, &ReaderView::pollProgress);
    m_keyboardSettle->setSingleShot(true);
    m_keyboardSettle->setInterval(KeyboardSettleMs);
    connect(m_keyboardSettle, &QTimer::timeout, this, [this] {
        if (m_selectionStart >= 0)
            Q_EMIT selectionChanged(m_selectionStart, m_selectionEnd, toWidget(m_selectionRect));
    });

    connect(m_bridge, &Web::ReaderBridge::selectionChanged, this, &ReaderView::onSelectionReported);
    connect(m_bridge, &Web::ReaderBridge::highlightClicked, this,
            [this](qint64 id, const QRect &rect) { Q_EMIT highlightClicked(id, toWidget(rect)); });
    // Find in Article jumps through the text.
    connect(page(), &QWebEnginePage::findTextFinished, this, &ReaderView::watchScroll);

    // Only the article's own loads count: a navigation the page refused (a link to another
    // reader address) reports a start and a failure of its own, which must not reset anything.
    connect(page(), &QWebEnginePage::loadingChanged, this, [this](const QWebEngineLoadingInfo &info) {
        if (info.url().adjusted(QUrl::RemoveFragment) != m_articleUrl)
            return;
        switch (info.status()) {
        case QWebEngineLoadingInfo::LoadStartedStatus:
            m_pageReady = false;
            m_scrollWatch->stop();
            m_keyboardSettle->stop();
            m_selectionStart = -1;
            m_selectionEnd = -1;
            break;
        case QWebEngineLoadingInfo::LoadSucceededStatus:
            onLoaded(true);
            break;
        case QWebEngineLoadingInfo::LoadFailedStatus:
            onLoaded(false);
            break;
        case QWebEngineLoadingInfo::LoadStoppedStatus:
            break;
        }
    });
}

void ReaderView::onLoaded(bool ok)
{
    attachInputFilter();
    if (!ok) {
        Q_EMIT articleLoaded(m_articleId, false);
        return;
    }
    // Back where the reader left off. Reading positions count from then on: the answer is the
    // first one (an article that fits on one screen is read at once).
    const qint64 article = m_articleId;
    page()->runJavaScript(
        QStringLiteral("window.__quoteshelf ? window.__quoteshelf.scrollToProgress(%1) : null").arg(m_initialProgress),
        QWebEngineScript::ApplicationWorld, [this, article](const QVariant &answer) {
            if (m_destroying || article != m_articleId)
                return;
            m_pageReady = true;
            if (const auto progress = Web::ReaderBridge::progressFrom(answer)) {
                m_progress = *progress;
                flushProgress();
            }
        });
    if (m_caretBrowsing)
        runScript(QStringLiteral("setCaretBrowsing(true)"));
    Q_EMIT articleLoaded(m_articleId, true);
}

ReaderView::~ReaderView()
{
    // The page answers pending scripts while it is destroyed; they must find this view whole and
    // know to do nothing.
    m_destroying = true;
    delete page();
}

void ReaderView::openArticle(qint64 id, double progress)
{
    flushProgress();
    m_articleId = id;
    m_progress = -1.0;
    m_reportedProgress = -1.0;
    m_initialProgress = (progress >= 0.98 || progress < 0.0) ? 0.0 : progress;
    m_articleUrl = QUrl(QStringLiteral("quoteshelf://article/%1/").arg(id));
    // The page refuses to show anything else: see ReaderWebPage.
    if (auto *reader = qobject_cast<Web::ReaderWebPage *>(page()))
        reader->setArticleUrl(m_articleUrl);
    load(m_articleUrl);
}

bool ReaderView::event(QEvent *event)
{
    // Chromium's input widget (the focus proxy) appears, and may be replaced, as pages load.
    if (event->type() == QEvent::ChildPolished || event->type() == QEvent::ChildAdded)
        QTimer::singleShot(0, this, &ReaderView::attachInputFilter);
    return QWebEngineView::event(event);
}

void ReaderView::attachInputFilter()
{
    QWidget *input = focusProxy();
    if (!input || input == m_inputWidget)
        return;
    if (m_inputWidget)
        m_inputWidget->removeEventFilter(this);
    m_inputWidget = input;
    m_inputWidget->installEventFilter(this);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_inputWidget)
        return QWebEngineView::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
        // 1-5 on a selection highlight it, as in the popup (the page is read-only: digits
        // mean nothing else here; Shift is allowed, some layouts need it for digits).
        if (m_selectionStart >= 0 && !(modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
            Q_EMIT highlightRequested(HighlightPopup::colourNames().at(key->key() - Qt::Key_1));
            return true;
        }
        watchScroll();
        break;
    }
    case QEvent::Wheel:
    case QEvent::MouseButtonRelease:
        watchScroll();
        break;
    case QEvent::MouseMove:
        // Dragging the scroll bar.
        if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton)
            watchScroll();
        break;
    default:
        break;
    }
    return false;
}

void ReaderView::onSelectionReported(qint64 start, qint64 end, const QRect &pageRect, bool byMouse)
{
    m_keyboardSettle->stop();
    if (start < 0 || end <= start) {
        const bool had = m_selectionStart >= 0;
        m_selectionStart = -1;
        m_selectionEnd = -1;
        if (had || byMouse)
            Q_EMIT selectionChanged(-1, -1, {});
        return;
    }
    m_selectionStart = start;
    m_selectionEnd = end;
    m_selectionRect = pageRect;
    if (byMouse)
        Q_EMIT selectionChanged(start, end, toWidget(pageRect));
    else
        m_keyboardSettle->start();
}

QRect ReaderView::toWidget(const QRect &pageRect) const
{
    // Page pixels and widget pixels differ by the zoom factor.
    const double zoom = zoomFactor();
    return QRect(qRound(pageRect.x() * zoom), qRound(pageRect.y() * zoom), qRound(pageRect.width() * zoom),
                 qRound(pageRect.height() * zoom));
}

void ReaderView::watchScroll()
{
    if (!m_pageReady)
        return;
    m_stillPolls = 0;
    if (!m_scrollWatch->isActive())
        m_scrollWatch->start();
}

void ReaderView::pollProgress()
{
    const qint64 article = m_articleId;
    page()->runJavaScript(QStringLiteral("window.__quoteshelf ? window.__quoteshelf.progress() : null"),
                          QWebEngineScript::ApplicationWorld, [this, article](const QVariant &answer) {
                              if (m_destroying || article != m_articleId || !m_pageReady)
                                  return;
                              const auto progress = Web::ReaderBridge::progressFrom(answer);
                              if (!progress)
                                  return;
                              if (qFuzzyCompare(1.0 + *progress, 1.0 + m_progress)) {
                                  if (++m_stillPolls >= StillPollsToStop)
                                      m_scrollWatch->stop();
                              } else {
                                  m_stillPolls = 0;
                              }
                              m_progress = *progress;
                              flushProgress();
                          });
}

void ReaderView::flushProgress()
{
    if (m_articleId <= 0 || m_progress < 0.0 || qFuzzyCompare(1.0 + m_progress, 1.0 + m_reportedProgress))
        return;
    m_reportedProgress = m_progress;
    Q_EMIT progressChanged(m_articleId, m_progress);
}

void ReaderView::clearSelection()
{
    runScript(QStringLiteral("clearSelection()"));
}

void ReaderView::setCaretBrowsing(bool on)
{
    if (m_caretBrowsing == on)
        return;
    m_caretBrowsing = on;
    runScript(QStringLiteral("setCaretBrowsing(%1)").arg(on ? QStringLiteral("true") : QStringLiteral("false")));
    if (on)
        setFocus();
    Q_EMIT caretBrowsingChanged(on);
}

void ReaderView::forwardKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QWidget *input = m_inputWidget ? m_inputWidget.data() : focusProxy();
    if (!input)
        return;
    input->setFocus();
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(input, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(input, &release);
}

void ReaderView::runScript(const QString &call)
{
    page()->runJavaScript(QStringLiteral("window.__quoteshelf && window.__quoteshelf.") + call,
                          QWebEngineScript::ApplicationWorld);
}

void ReaderView::scrollToOffset(qsizetype codePointOffset)
{
    runScript(QStringLiteral("scrollToOffset(%1)").arg(codePointOffset));
    watchScroll();
}

void ReaderView::markQuotes(const QList<Library::QuoteRecord> &quotes)
{
    QJsonArray array;
    for (const Library::QuoteRecord &q : quotes) {
        array.append(QJsonObject {
            { QStringLiteral("id"), q.id },
            { QStringLiteral("start"), qint64(q.start) },
            { QStringLiteral("end"), qint64(q.end) },
            { QStringLiteral("speaker"), q.speaker },
            { QStringLiteral("color"), q.speaker.isEmpty() ? QString() : speakerColour(q.speaker).name() } });
    }
    runScript(QStringLiteral("markQuotes(%1)").arg(jsonLiteral(array)));
}

void ReaderView::showQuote(qint64 quoteId)
{
    runScript(QStringLiteral("showQuote(%1)").arg(quoteId));
    watchScroll();
}

void ReaderView::applyStyle(const Render::ReaderStyle &style)
{
    const QJsonObject values { { QStringLiteral("size"), style.fontSizePx },
                               { QStringLiteral("line"), style.lineHeight },
                               { QStringLiteral("width"), style.widthEm },
                               { QStringLiteral("font"), style.font } };
    runScript(QStringLiteral("setStyle(%1)").arg(jsonLiteral(values)));
    setTheme(style.theme);
    // The article got longer or shorter: the same scroll offset is another reading position.
    watchScroll();
}

void ReaderView::focusSpeaker(const QString &name)
{
    runScript(QStringLiteral("focusSpeaker(%1)").arg(jsonLiteral(name)));
    watchScroll();
}

void ReaderView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    if (m_selectionStart >= 0 && m_selectionEnd > m_selectionStart) {
        QAction *first = menu->actions().value(0);
        QMenu *highlight = new QMenu(tr("&Highlight"), menu);
        int number = 1;
        for (const QString &colour : HighlightPopup::colourNames()) {
            // The digit is the key that picks the colour here, in the popup and on a selection.
            highlight->addAction(QStringLiteral("&%1  %2").arg(number++).arg(HighlightPopup::colourLabel(colour)), this,
                                 [this, colour] { Q_EMIT highlightRequested(colour); });
        }
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
        array.append(QJsonObject { { QStringLiteral("id"), h.id },
                                   { QStringLiteral("start"), qint64(h.start) },
                                   { QStringLiteral("end"), qint64(h.end) },
                                   { QStringLiteral("color"), h.color },
                                   { QStringLiteral("note"), !h.note.trimmed().isEmpty() } });
    }
    runScript(QStringLiteral("markHighlights(%1)").arg(jsonLiteral(array)));
}

void ReaderView::showHighlight(qint64 id)
{
    runScript(QStringLiteral("showHighlight(%1)").arg(id));
    watchScroll();
}

void ReaderView::setTheme(const QString &theme)
{
    // Validated by the page script as well; only known names get through.
    if (theme != QLatin1String("light") && theme != QLatin1String("sepia") && theme != QLatin1String("dark"))
        return;
    runScript(QStringLiteral("setTheme('%1')").arg(theme));
}

} // namespace Quoteshelf::Ui

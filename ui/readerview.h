#pragma once

#include "library/highlightrecord.h"
#include "library/records.h"
#include "render/readerpage.h"

#include <QPointer>
#include <QWebEngineView>

class QTimer;
class QWebChannel;

namespace Quoteshelf::Web {
class ReaderBridge;
class ReaderProfile;
} // namespace Quoteshelf::Web

namespace Quoteshelf::Ui {

// The article in the middle of the window: a web view on the reader profile with Quoteshelf's
// script in the isolated world.
//
// The page runs with JavaScript switched off, and Chromium then never runs timers, not even the
// isolated world's (event listeners and the channel still work). So every wait happens here, on
// the C++ side: the script reports a selection straight from the mouse and keyboard events, this
// view waits for the keys to pause before it announces one, and it asks the page for the reading
// position after the reader's scrolling input (scroll events are not dependable in such a page).
// Keys 1-5 on a selection are taken from the view's focus proxy before Chromium sees them.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(Web::ReaderProfile *profile, QWidget *parent = nullptr);
    ~ReaderView() override;

    void openArticle(qint64 id, double progress);
    qint64 articleId() const { return m_articleId; }
    void scrollToOffset(qsizetype codePointOffset);
    void setTheme(const QString &theme);
    // Applies typeface, size, spacing, width and theme to the open page without reloading it.
    void applyStyle(const Render::ReaderStyle &style);
    // Emphasises one speaker's quotes in the text (empty name: none).
    void focusSpeaker(const QString &name);
    void markHighlights(const QList<Library::HighlightRecord> &highlights);
    void showHighlight(qint64 id);

    // The current selection in code points, start = -1 when nothing is selected.
    qint64 selectionStart() const { return m_selectionStart; }
    qint64 selectionEnd() const { return m_selectionEnd; }
    // Lets go of the page's selection (a highlight was made of it).
    void clearSelection();
    // Underlines the extracted quotes in their speakers' colours (after the page has loaded).
    void markQuotes(const QList<Library::QuoteRecord> &quotes);
    void showQuote(qint64 quoteId);

    // How far the reader got in the open article, 0..1, as the page last answered (-1: not yet).
    double progress() const { return m_progress; }
    // Reports the last known reading position if it was not reported yet (before another article
    // opens, before the window closes).
    void flushProgress();

    // Caret browsing (F7): a text cursor in the article, moved with the arrow keys; Shift extends
    // the selection from it, which brings up the highlight popup like a mouse selection.
    bool caretBrowsing() const { return m_caretBrowsing; }
    void setCaretBrowsing(bool on);
    // Sends a key the highlight popup does not use on to the page (Shift+arrows go on
    // extending the selection while the popup is open).
    void forwardKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);

    Web::ReaderBridge *bridge() const { return m_bridge; }

Q_SIGNALS:
    void articleLoaded(qint64 id, bool ok);
    void progressChanged(qint64 id, double progress);
    // The reader finished making a selection (let go of the mouse, paused on the keys); rect is
    // in this widget's coordinates. start = -1 when the selection went away.
    void selectionChanged(qint64 start, qint64 end, const QRect &rect);
    void highlightClicked(qint64 id, const QRect &rect);
    // Chosen from the text's context menu or with keys 1-5 on a selection.
    void highlightRequested(const QString &colour);
    void caretBrowsingChanged(bool on);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void attachInputFilter();
    void onLoaded(bool ok);
    void onSelectionReported(qint64 start, qint64 end, const QRect &pageRect, bool byMouse);
    // Asks for the reading position a few times while the page may still be moving (smooth
    // scrolling, a dragged scroll bar) and reports each new value.
    void watchScroll();
    void pollProgress();
    void runScript(const QString &call);
    QRect toWidget(const QRect &pageRect) const;

    Web::ReaderBridge *m_bridge = nullptr;
    QWebChannel *m_channel = nullptr;
    QPointer<QWidget> m_inputWidget;
    QUrl m_articleUrl;
    QTimer *m_scrollWatch = nullptr;
    QTimer *m_keyboardSettle = nullptr;
    qint64 m_articleId = 0;
    qint64 m_selectionStart = -1;
    qint64 m_selectionEnd = -1;
    QRect m_selectionRect;
    double m_initialProgress = 0.0;
    double m_progress = -1.0; // last position the page answered with
    double m_reportedProgress = -1.0; // last position reported (saved)
    int m_stillPolls = 0;
    bool m_pageReady = false; // loaded and back at the saved position
    bool m_caretBrowsing = false;
    bool m_destroying = false;
};

} // namespace Quoteshelf::Ui

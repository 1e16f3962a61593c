#pragma once

#include "library/highlightrecord.h"
#include "library/records.h"
#include "render/readerpage.h"

#include <QWebEngineView>

class QWebChannel;

namespace Quoteshelf::Web {
class ReaderBridge;
class ReaderProfile;
}

namespace Quoteshelf::Ui {

// The article in the middle of the window: a web view on the reader profile with Quoteshelf's
// bridge attached in the isolated script world.
class ReaderView final : public QWebEngineView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(Web::ReaderProfile *profile, QWidget *parent = nullptr);

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
    // Selects [start, end) of the article text in the page.
    void selectRange(qint64 start, qint64 end);

    // The current selection in code points, start = -1 when nothing is selected.
    qint64 selectionStart() const { return m_selectionStart; }
    qint64 selectionEnd() const { return m_selectionEnd; }
    // Underlines the extracted quotes in their speakers' colours (after the page has loaded).
    void markQuotes(const QList<Library::QuoteRecord> &quotes);
    void showQuote(qint64 quoteId);

    Web::ReaderBridge *bridge() const { return m_bridge; }

Q_SIGNALS:
    void articleLoaded(qint64 id, bool ok);
    void progressChanged(qint64 id, double progress);
    // rect is in this widget's coordinates.
    void selectionChanged(qint64 start, qint64 end, const QRect &rect);
    void highlightClicked(qint64 id, const QRect &rect);
    // Chosen from the text's context menu with a selection.
    void highlightRequested(const QString &colour);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    Web::ReaderBridge *m_bridge = nullptr;
    QWebChannel *m_channel = nullptr;
    qint64 m_articleId = 0;
    qint64 m_selectionStart = -1;
    qint64 m_selectionEnd = -1;
};

} // namespace Quoteshelf::Ui

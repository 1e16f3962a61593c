#pragma once

#include "library/highlightrecord.h"
#include "library/records.h"

#include <QTabWidget>

class QComboBox;
class QListWidget;
class QStackedWidget;

namespace Quoteshelf::Ui {

// The tabbed side panel beside the reader: who speaks in the article, what they said, its tags and
// the reader's highlights. Each list shows what to do when it is empty.
class ArticlePanels final : public QTabWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePanels)

public:
    explicit ArticlePanels(QWidget *parent = nullptr);

    void showArticle(const QList<Library::SpeakerRecord> &speakers, const QList<Library::QuoteRecord> &quotes,
                     const QList<Library::TagRecord> &tags);
    void showHighlights(const QList<Library::HighlightRecord> &highlights);
    // Selects, without jumping in the text, the quote the reader's selection falls in; returns its id or 0.
    qint64 selectQuoteAt(qint64 start, qint64 end);
    void clear();

    QListWidget *speakersList() const { return m_speakers; }
    QListWidget *quotesList() const { return m_quotes; }
    QListWidget *tagsList() const { return m_tags; }
    QListWidget *highlightsList() const { return m_highlights; }

Q_SIGNALS:
    // The reader clicked a quote: the article should show it.
    void quoteActivated(qint64 quoteId);
    // A speaker was selected (empty: selection cleared); the Quotes list shows only theirs.
    void speakerSelected(const QString &name);
    void showArticlesBySpeaker(const QString &name);
    void showSpeakerEverywhere(const QString &name);
    void tagActivated(const QString &tag);
    void speakerCorrectionRequested(qint64 quoteId, const QString &currentSpeaker);
    void quoteHighlightRequested(qint64 quoteId);
    void highlightActivated(qint64 id);
    void highlightNoteRequested(qint64 id);
    void highlightDeleteRequested(qint64 id);
    void highlightReattachRequested(qint64 id);
    void articleNoteRequested();
    void tagRenameRequested(const QString &tag);
    void articleTagsRequested();

private:
    QWidget *page(QListWidget *list, const QString &emptyText);
    void updateEmptyStates();
    void fillQuotes(const QString &speaker);
    void fillHighlights();
    void quoteContextMenu(const QPoint &pos);
    void speakerContextMenu(const QPoint &pos);
    void highlightContextMenu(const QPoint &pos);
    void tagContextMenu(const QPoint &pos);

    QListWidget *m_speakers = nullptr;
    QListWidget *m_quotes = nullptr;
    QListWidget *m_tags = nullptr;
    QListWidget *m_highlights = nullptr;
    QList<Library::QuoteRecord> m_quoteRecords;
    QList<Library::HighlightRecord> m_highlightRecords;
    QString m_speakerFilter;
    QComboBox *m_colourFilterBox = nullptr;
    QString m_colourFilter;
};

} // namespace Quoteshelf::Ui

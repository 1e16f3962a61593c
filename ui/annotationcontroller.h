#pragma once

#include <QObject>
#include <QStringList>

class QRect;
class QUndoStack;
class QWidget;

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
}
namespace Quoteshelf::Render {
class HighlightService;
}

namespace Quoteshelf::Ui {

class ArticlePanels;
class HighlightPopup;
class ReaderView;

// Everything the reader does to annotate the open article: the popup next to a selection or a
// highlight, highlights drawn in the text and listed in the panel, notes in the Markdown editor,
// tags. Owns no data: the repositories save each change in its own transaction.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    // window parents the popup and the dialogs; highlighter (nullable) colours the note editor.
    AnnotationController(ReaderView *reader, ArticlePanels *panels, Library::ArticleRepository *articles,
                         Library::HighlightRepository *highlights, QUndoStack *undo,
                         Render::HighlightService *highlighter, QWidget *window);

    HighlightPopup *popup() const { return m_popup; }

    // Highlights the reader's current selection in a colour (with tags, in one transaction);
    // returns the new highlight's id or 0.
    qint64 highlightSelection(const QString &colour, const QStringList &tags = {});
    void deleteHighlight(qint64 id);
    void editHighlightNote(qint64 id);
    void editArticleNote();
    void editArticleTags();
    // Tags may have changed elsewhere (another process): complete from a fresh list next time.
    void invalidateTagCompletions() { m_tagCompletionsStale = true; }
    // A library that cannot be written (damaged, read-only) offers no highlight on a selection;
    // the reason shows in the status bar instead.
    void setWritable(bool writable, const QString &reason);

Q_SIGNALS:
    void statusMessage(const QString &message, int timeout);
    // Tags or notes changed in a way the panels show: reload them.
    void panelsChanged();

private:
    void refreshHighlights();
    void updateTagCompletions();
    void onSelectionChanged(qint64 start, qint64 end, const QRect &rect);
    qint64 ensureHighlight();
    void reattachHighlight(qint64 id);
    void renameTag(const QString &tag);

    ReaderView *m_reader = nullptr;
    ArticlePanels *m_panels = nullptr;
    Library::ArticleRepository *m_repository = nullptr;
    Library::HighlightRepository *m_highlights = nullptr;
    QUndoStack *m_undo = nullptr;
    Render::HighlightService *m_highlighter = nullptr;
    QWidget *m_window = nullptr;
    HighlightPopup *m_popup = nullptr;
    bool m_tagCompletionsStale = true;
    bool m_writable = true;
    QString m_readOnlyReason;
};

} // namespace Quoteshelf::Ui

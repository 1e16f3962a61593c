#include "ui/annotationcontroller.h"

#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "render/highlightservice.h"
#include "ui/articlepanels.h"
#include "ui/functioncommand.h"
#include "ui/highlightpopup.h"
#include "ui/inputdialogs.h"
#include "ui/noteeditor.h"
#include "ui/readerview.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QUndoStack>

namespace Quoteshelf::Ui {

AnnotationController::AnnotationController(ReaderView *reader, ArticlePanels *panels, Library::ArticleRepository *articles,
                                           Library::HighlightRepository *highlights, QUndoStack *undo,
                                           Render::HighlightService *highlighter, QWidget *window)
    : QObject(window)
    , m_reader(reader)
    , m_panels(panels)
    , m_repository(articles)
    , m_highlights(highlights)
    , m_undo(undo)
    , m_highlighter(highlighter)
    , m_window(window)
    , m_popup(new HighlightPopup(window))
{
    connect(m_reader, &ReaderView::selectionChanged, this, &AnnotationController::onSelectionChanged);
    connect(m_reader, &ReaderView::highlightRequested, this, [this](const QString &colour) {
        m_popup->hide();
        highlightSelection(colour);
    });
    connect(m_reader, &ReaderView::highlightClicked, this, [this](qint64 id, const QRect &rect) {
        const auto highlight = m_highlights->highlight(id);
        if (!highlight)
            return;
        updateTagCompletions();
        m_popup->showForHighlight(id, highlight->color, highlight->tags,
                                  m_reader->mapToGlobal(QPoint(rect.center().x(), rect.bottom())));
    });
    connect(m_popup, &HighlightPopup::colourChosen, this, [this](const QString &colour) {
        if (m_popup->highlightId() > 0)
            m_highlights->setColor(m_popup->highlightId(), colour);
        else
            highlightSelection(colour);
        m_popup->hide();
    });
    connect(m_popup, &HighlightPopup::noteRequested, this, [this] {
        const qint64 id = ensureHighlight();
        m_popup->hide();
        if (id > 0)
            editHighlightNote(id);
    });
    connect(m_popup, &HighlightPopup::tagsEntered, this, [this](const QStringList &tags) {
        // A new highlight is saved with its tags in one go; an existing one gets new tags.
        if (m_popup->highlightId() > 0)
            m_highlights->setTags(m_popup->highlightId(), tags);
        else
            highlightSelection(QStringLiteral("yellow"), tags);
        m_popup->hide();
    });
    connect(m_popup, &HighlightPopup::keyForwarded, m_reader, &ReaderView::forwardKey);
    connect(m_popup, &HighlightPopup::deleteRequested, this, [this] {
        const qint64 id = m_popup->highlightId();
        m_popup->hide();
        deleteHighlight(id);
    });
    connect(m_highlights, &Library::HighlightRepository::tagsChanged, this, [this] { m_tagCompletionsStale = true; });
    connect(m_highlights, &Library::HighlightRepository::highlightAdded, this, [this](const Library::HighlightRecord &h) {
        if (h.articleId == m_reader->articleId())
            refreshHighlights();
    });
    connect(m_highlights, &Library::HighlightRepository::highlightChanged, this, [this](const Library::HighlightRecord &h) {
        if (h.articleId == m_reader->articleId())
            refreshHighlights();
    });
    connect(m_highlights, &Library::HighlightRepository::highlightRemoved, this, [this](qint64, qint64 articleId) {
        if (articleId == m_reader->articleId())
            refreshHighlights();
    });
    connect(m_panels, &ArticlePanels::highlightActivated, m_reader, &ReaderView::showHighlight);
    connect(m_panels, &ArticlePanels::highlightNoteRequested, this, &AnnotationController::editHighlightNote);
    connect(m_panels, &ArticlePanels::highlightDeleteRequested, this, &AnnotationController::deleteHighlight);
    connect(m_panels, &ArticlePanels::highlightReattachRequested, this, &AnnotationController::reattachHighlight);
    connect(m_panels, &ArticlePanels::articleNoteRequested, this, &AnnotationController::editArticleNote);
    connect(m_panels, &ArticlePanels::tagRenameRequested, this, &AnnotationController::renameTag);
    connect(m_panels, &ArticlePanels::articleTagsRequested, this, &AnnotationController::editArticleTags);
    connect(m_panels, &ArticlePanels::quoteHighlightRequested, this, [this](qint64 quoteId) {
        m_highlights->createFromQuote(quoteId, QStringLiteral("purple"));
    });
}

void AnnotationController::updateTagCompletions()
{
    // Read again only after tags changed: a selection must not wait for the tag table.
    if (!m_tagCompletionsStale)
        return;
    m_popup->setTagCompletions(m_highlights->readerTags());
    m_tagCompletionsStale = false;
}

void AnnotationController::refreshHighlights()
{
    const qint64 id = m_reader->articleId();
    const auto highlights = m_highlights->highlights(id);
    m_panels->showHighlights(highlights);
    m_reader->markHighlights(highlights);
}

void AnnotationController::onSelectionChanged(qint64 start, qint64 end, const QRect &rect)
{
    if (start < 0 || end <= start) {
        if (m_popup->highlightId() == 0)
            m_popup->hide();
        return;
    }
    m_panels->selectQuoteAt(start, end);
    if (!m_writable) {
        Q_EMIT statusMessage(m_readOnlyReason, 8000);
        return;
    }
    updateTagCompletions();
    m_popup->showForSelection(m_reader->mapToGlobal(QPoint(rect.center().x(), rect.bottom())));
}

void AnnotationController::setWritable(bool writable, const QString &reason)
{
    m_writable = writable;
    m_readOnlyReason = reason;
    if (!writable)
        m_popup->hide();
}

qint64 AnnotationController::highlightSelection(const QString &colour, const QStringList &tags)
{
    if (!m_writable) {
        Q_EMIT statusMessage(m_readOnlyReason, 8000);
        return 0;
    }
    const qint64 article = m_reader->articleId();
    const qint64 start = m_reader->selectionStart();
    const qint64 end = m_reader->selectionEnd();
    if (article <= 0 || start < 0 || end <= start)
        return 0;
    m_popup->hide();
    const auto created = m_highlights->create(article, start, end, colour, 0, {}, tags);
    if (!created) {
        Q_EMIT statusMessage(tr("Could not save the highlight."), 5000);
        return 0;
    }
    m_reader->clearSelection();
    return created->id;
}

qint64 AnnotationController::ensureHighlight()
{
    return m_popup->highlightId() > 0 ? m_popup->highlightId() : highlightSelection(QStringLiteral("yellow"));
}

void AnnotationController::deleteHighlight(qint64 id)
{
    const auto record = m_highlights->highlight(id);
    if (!record)
        return;
    m_undo->push(new FunctionCommand(tr("Delete highlight"), [this, id] { m_highlights->remove(id); },
                                     [this, record = *record] { m_highlights->restore(record); }));
}

void AnnotationController::editHighlightNote(qint64 id)
{
    const auto record = m_highlights->highlight(id);
    if (!record)
        return;
    NoteEditor editor(tr("Note"), QStringLiteral("“%1”").arg(record->exact.simplified()), record->note,
                      [this, id](const QString &text) { m_highlights->setNote(id, text); },
                      m_highlighter ? &m_highlighter->repository() : nullptr, m_window);
    editor.exec();
}

void AnnotationController::editArticleNote()
{
    const qint64 article = m_reader->articleId();
    const auto summary = m_repository->summary(article);
    if (!summary)
        return;
    NoteEditor editor(tr("Article Note"), summary->title, m_highlights->articleNote(article),
                      [this, article](const QString &text) { m_highlights->setArticleNote(article, text); },
                      m_highlighter ? &m_highlighter->repository() : nullptr, m_window);
    editor.exec();
}

void AnnotationController::reattachHighlight(qint64 id)
{
    const qint64 start = m_reader->selectionStart();
    const qint64 end = m_reader->selectionEnd();
    if (start < 0 || end <= start) {
        Q_EMIT statusMessage(tr("Select the text the highlight belongs to first, then choose Re-attach."), 8000);
        return;
    }
    m_popup->hide();
    m_highlights->reattach(id, start, end);
}

void AnnotationController::renameTag(const QString &tag)
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Rename Tag"),
                                               tr("New name for “%1” (an existing tag’s name merges the two):").arg(tag),
                                               QLineEdit::Normal, tag, &ok).trimmed();
    if (!ok || name.isEmpty() || name == tag)
        return;
    m_highlights->renameTag(tag, name);
    Q_EMIT panelsChanged();
}

void AnnotationController::editArticleTags()
{
    const qint64 article = m_reader->articleId();
    if (article <= 0)
        return;
    const auto summary = m_repository->summary(article);
    QInputDialog dialog(m_window);
    dialog.setWindowTitle(tr("Article Tags"));
    dialog.setLabelText(tr("Tags for “%1”, separated by commas:").arg(summary ? summary->title : QString()));
    dialog.setTextValue(m_highlights->articleTags(article).join(QStringLiteral(", ")));
    fitLabelToContent(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = dialog.textValue();
    QStringList tags;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            tags << part.trimmed();
    }
    m_highlights->setArticleTags(article, tags);
    Q_EMIT panelsChanged();
}

} // namespace Quoteshelf::Ui

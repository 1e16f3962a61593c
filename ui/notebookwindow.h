#pragma once

#include "library/notebookmodel.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
} // namespace Quoteshelf::Library

namespace Quoteshelf::Ui {

// The notebook: every highlight, note and tagged quote of the library in one window of its own
// (not modal), filtered by colour, tag, speaker, article, date and words, sorted as the reader
// likes. Activating an entry asks for its article at the passage; selected entries copy (Ctrl+C)
// or export as Markdown, grouped by article. Reads through the repositories only.
class NotebookWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookWindow)

public:
    explicit NotebookWindow(Library::HighlightRepository *highlights, Library::ArticleRepository *articles,
                            QWidget *parent = nullptr);

    Library::NotebookModel *model() const { return m_model; }
    QListView *view() const { return m_view; }

    // The selected entries (all entries when none is selected) as Markdown.
    QString selectionMarkdown() const;
    static QString markdown(QList<Library::NotebookEntry> entries);

    void copySelection();
    void exportSelection();
    void clearFilters();
    // Reads everything again, keeping the filters (the library changed in another process).
    void reload();

Q_SIGNALS:
    // highlightId is 0 for a tagged quote.
    void openRequested(qint64 articleId, qint64 start, qint64 highlightId);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    QWidget *makeFilterBar();
    void applyFilter();
    void refreshFacets();
    void updateStatus();
    void openEntry(const QModelIndex &index);
    QList<Library::NotebookEntry> selectedEntries() const;

    Library::NotebookModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_searchDelay = nullptr;
    QComboBox *m_sort = nullptr;
    QList<QToolButton *> m_colours;
    QComboBox *m_tag = nullptr;
    QComboBox *m_speaker = nullptr;
    QComboBox *m_article = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_status = nullptr;
    bool m_filling = false; // set while the combos are refilled: their signals are not the reader's
};

} // namespace Quoteshelf::Ui

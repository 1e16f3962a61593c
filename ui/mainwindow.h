#pragma once

#include "render/readerpage.h"

#include <QMainWindow>
#include <QUrl>

class QActionGroup;
class QEvent;
class QLabel;
class QShortcut;
class QToolBar;
class QLineEdit;
class QListView;
class QSplitter;
class QTimer;
class QUndoStack;

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
class LibraryModel;
class LibraryWatcher;
class SearchWorker;
struct SearchHit;
}
namespace Quoteshelf::Web {
class ReaderProfile;
}
namespace Quoteshelf::Render {
class HighlightService;
}

namespace Quoteshelf::Ui {

class AnnotationController;
class ArticlePanels;
class FindBar;
class HighlightPopup;
class ImportController;
class LibraryCare;
class NotebookWindow;
class SpeakersWindow;
class LibraryPanel;
class ReaderView;

// The main window: library on the left, the article in the middle, the article's speakers,
// quotes, tags and highlights on the right. Remembers its geometry, splitter sizes and the
// reader's typography.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // highlighter (optional) gives the note editor its Markdown highlighting.
    explicit MainWindow(Library::ArticleRepository *repository, Library::HighlightRepository *highlights,
                        Library::LibraryModel *model, Web::ReaderProfile *profile,
                        Render::HighlightService *highlighter = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArticle(qint64 id);
    // Opens the article and scrolls to a code-point offset once it is shown.
    void openArticleAt(qint64 id, qsizetype offset);
    // Opens a quoteshelf://article/ID[#h-HIGHLIGHT] link (from an exported note); false when the
    // link names nothing in this library.
    bool openLink(const QUrl &url);
    // The article read last time, or the first in the list.
    void openInitialArticle();
    // What a launch of Quoteshelf passed: absolute paths of saved articles to import and
    // quoteshelf:// links to open (this window's own launch, or a later one handed over by the
    // single-instance guard). Brings the window to the front; false when nothing was opened.
    bool openArguments(const QStringList &arguments);
    void bringToFront();
    // Imports files (from the menu, drag and drop or the command line) and reports failures
    // together in one message.
    void importFiles(const QStringList &paths);
    void search(const QString &text);
    // Replaces articles with new versions of their files (same source), re-anchoring highlights;
    // returns the report lines shown to the reader.
    QStringList importNewVersions(const QStringList &paths);

    ReaderView *readerView() const { return m_reader; }
    ArticlePanels *panels() const { return m_panels; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    QListView *libraryView() const;
    FindBar *findBar() const { return m_findBar; }
    QLineEdit *searchField() const { return m_searchField; }
    QUndoStack *undoStack() const { return m_undo; }
    Render::ReaderStyle readerStyle() const { return m_style; }
    void setReaderStyle(const Render::ReaderStyle &style);
    HighlightPopup *highlightPopup() const;
    // Highlights the reader's current selection in a colour; returns the new highlight's id or 0.
    qint64 highlightSelection(const QString &colour);
    void deleteHighlight(qint64 id);
    void editHighlightNote(qint64 id);
    void editArticleNote();
    void showNotebook();
    void showSpeakers(const QString &speaker = {});
    void showExportDialog();
    // File › Export Annotations… / Import Annotations…: ask for a file (when path is empty), then
    // write every highlight as W3C Web Annotations / attach the file's annotations to their
    // articles; failures in a message box, counts in the status bar. False when nothing was done.
    bool exportAnnotations(const QString &path = {});
    bool importAnnotations(const QString &path = {});
    NotebookWindow *notebookWindow() const { return m_notebook; }
    SpeakersWindow *speakersWindow() const { return m_speakers; }

Q_SIGNALS:
    void articleLoaded(qint64 id, bool ok);
    void importFinished(int imported, int failed);
    // The window is on screen for the first time (its first frame is painted).
    void firstShown();
    // The library now lives in folder (Settings › Move Library…): the application starts again
    // with it (main() does; a test just sees the signal).
    void libraryMoved(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void restoreState();
    void saveState();
    void toggleDistractionFree(bool on);
    void updateStatus();
    void zoom(int step);
    void openSearchHit(const Library::SearchHit &hit);
    void showLibraryContextMenu(qint64 id, const QPoint &globalPos);
    void setArchived(qint64 id, bool archived);
    void deleteArticle(qint64 id);
    void correctSpeaker(qint64 quoteId, const QString &current);
    void refreshPanels();
    void confirmExternalLink(const QUrl &url);
    void carryOutPendingDeletions();
    // Another process (or this one's import worker) changed the library: show it.
    void onLibraryChangedElsewhere();
    // Loads the open article again (its text was replaced), keeping the reading position.
    void reloadOpenArticle();
    // Write actions follow whether the library can be written (not damaged, not read-only).
    void setWritable(bool writable);

    Library::ArticleRepository *m_repository = nullptr;
    Library::HighlightRepository *m_highlights = nullptr;
    Render::HighlightService *m_highlighter = nullptr;
    AnnotationController *m_annotations = nullptr;
    NotebookWindow *m_notebook = nullptr;
    SpeakersWindow *m_speakers = nullptr;
    Library::LibraryModel *m_model = nullptr;
    Library::SearchWorker *m_searchWorker = nullptr;
    Web::ReaderProfile *m_profile = nullptr;
    QSplitter *m_splitter = nullptr;
    LibraryPanel *m_libraryPanel = nullptr;
    ReaderView *m_reader = nullptr;
    FindBar *m_findBar = nullptr;
    ArticlePanels *m_panels = nullptr;
    QLabel *m_status = nullptr;
    QLineEdit *m_searchField = nullptr;
    QTimer *m_searchTimer = nullptr;
    QUndoStack *m_undo = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_panelsAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_distractionFreeAction = nullptr;
    QShortcut *m_leaveDistractionFree = nullptr;
    QToolBar *m_toolbar = nullptr;
    bool m_wasMaximized = false;
    QByteArray m_splitterBeforeDistractionFree;
    Render::ReaderStyle m_style;
    QList<qint64> m_pendingDeletions;
    ImportController *m_import = nullptr;
    LibraryCare *m_care = nullptr;
    QList<QAction *> m_writeActions;
    static constexpr int BackgroundCareDelayMs = 3000;
    Library::LibraryWatcher *m_watcher = nullptr;
    QString m_openRevision; // updated_at of the open article when it was loaded
    qsizetype m_pendingOffset = -1;
    qint64 m_pendingHighlight = 0;
    bool m_loading = false;
    bool m_shownOnce = false;
};

} // namespace Quoteshelf::Ui

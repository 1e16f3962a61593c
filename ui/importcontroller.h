#pragma once

#include <QHash>
#include <QObject>
#include <QPair>
#include <QStringList>

class QWidget;

namespace Quoteshelf::Library {
class ArticleRepository;
class HighlightRepository;
class ImportJob;
} // namespace Quoteshelf::Library

namespace Quoteshelf::Ui {

// Brings saved pages into the library for the main window: File › Import, File › Import from URL,
// drag and drop (files, and links dragged from a browser) and the
// command line (read and extracted on a worker thread, with progress and Cancel, failures reported
// together in one message), and File › Import New Version (the article's text replaced, its
// highlights re-anchored).
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // window: the parent of the dialogs, and of this controller.
    // highlights: where the tags of a reading list's links are put.
    ImportController(Library::ArticleRepository *repository, Library::HighlightRepository *highlights, QWidget *window);
    ~ImportController() override;

    // File › Import…: asks for files, then imports them.
    void chooseFiles();
    // File › Import from URL…: asks for web addresses (the clipboard's, when it holds one), then
    // imports them like files: fetched on the worker thread with progress and Cancel.
    void chooseUrls();
    // File › Import Reading List…: asks for a Pocket or Instapaper export, then imports its links
    // like File › Import from URL, keeping each link's tags and archived state.
    void chooseReadingList();
    // The same for a list file already chosen; false (and a message) when it is not one.
    bool importReadingList(const QString &path);
    // An Omnivore export (zip or folder): its pages, labels, archived state and highlights.
    bool importOmnivore(const QString &path);
    // File › Import New Version…: asks for files, replaces their articles and shows the report.
    void chooseNewVersions();
    // Imports in the background; files that arrive while an import runs wait for it. Items that
    // are http(s) addresses are fetched (see Library::importUrl).
    void importFiles(const QStringList &paths);
    // Replaces articles with new versions of their files (same source); returns the report lines.
    QStringList importNewVersions(const QStringList &paths);

Q_SIGNALS:
    void statusMessage(const QString &text, int timeout);
    void openRequested(qint64 id); // the last article an import added, to show it
    void articleReplaced(qint64 id); // a new version replaced this article's text
    void finished(int imported, int failed);

private:
    QStringList chooseSavedPages(const QString &title) const;
    // Asks which of the candidates a file is a new version of: its id, -1 for a new article,
    // 0 when the reader cancels.
    qint64 chooseArticle(const QString &path, const QList<qint64> &candidates) const;

    Library::ArticleRepository *m_repository = nullptr;
    Library::HighlightRepository *m_highlights = nullptr;
    // The tags and archived state of reading-list links being imported, by address.
    QHash<QString, QPair<QStringList, bool>> m_listEntries;
    QWidget *m_window = nullptr;
    Library::ImportJob *m_job = nullptr;
    // Files that arrived while an import was running (a drop, another launch); imported next.
    QStringList m_queued;
};

} // namespace Quoteshelf::Ui

#pragma once

#include <QObject>
#include <QStringList>

class QWidget;

namespace Quoteshelf::Library {
class ArticleRepository;
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
    ImportController(Library::ArticleRepository *repository, QWidget *window);
    ~ImportController() override;

    // File › Import…: asks for files, then imports them.
    void chooseFiles();
    // File › Import from URL…: asks for web addresses (the clipboard's, when it holds one), then
    // imports them like files: fetched on the worker thread with progress and Cancel.
    void chooseUrls();
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
    QWidget *m_window = nullptr;
    Library::ImportJob *m_job = nullptr;
    // Files that arrived while an import was running (a drop, another launch); imported next.
    QStringList m_queued;
};

} // namespace Quoteshelf::Ui

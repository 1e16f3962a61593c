// The main window and the library it shares: files and links from later launches (handed over
// by the single-instance guard), and changes other processes make (kept apart from
// mainwindow.cpp for size).
#include "ui/mainwindow.h"

#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "library/librarymodel.h"
#include "library/librarywatcher.h"
#include "ui/annotationcontroller.h"
#include "ui/notebookwindow.h"
#include "ui/readerview.h"
#include "ui/speakerswindow.h"

#include <QEvent>
#include <QStatusBar>
#include <QUrl>

namespace Quoteshelf::Ui {

bool MainWindow::openArguments(const QStringList &arguments)
{
    QStringList files;
    bool opened = false;
    for (const QString &argument : arguments) {
        if (!argument.startsWith(QLatin1String("quoteshelf:"), Qt::CaseInsensitive)) {
            files << argument;
            continue;
        }
        if (openLink(QUrl(argument)))
            opened = true;
        else
            statusBar()->showMessage(tr("The link %1 does not lead to anything in this library.").arg(argument), 10000);
    }
    if (!files.isEmpty())
        importFiles(files);
    if (!arguments.isEmpty())
        bringToFront();
    return opened || !files.isEmpty();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
}

void MainWindow::reloadOpenArticle()
{
    const qint64 id = m_reader->articleId();
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    // Show the new version where the reader was.
    m_reader->flushProgress();
    m_openRevision = summary->updatedAt;
    m_loading = true;
    m_reader->openArticle(id, summary->progress);
    refreshPanels();
    updateStatus();
}

void MainWindow::onLibraryChangedElsewhere()
{
    m_model->synchronize();
    m_annotations->invalidateTagCompletions();
    const qint64 id = m_reader->articleId();
    if (id > 0) {
        const auto summary = m_repository->summary(id);
        if (!summary) {
            // Deleted elsewhere: its highlights and panels went with it.
            statusBar()->showMessage(tr("The article you were reading was deleted elsewhere."), 8000);
            openInitialArticle();
        } else if (summary->updatedAt != m_openRevision) {
            statusBar()->showMessage(tr("A new version of this article was imported elsewhere."), 8000);
            reloadOpenArticle();
        } else {
            refreshPanels();
            if (!m_loading)
                m_reader->markHighlights(m_highlights->highlights(id));
        }
    }
    updateStatus();
    if (m_notebook && m_notebook->isVisible())
        m_notebook->reload();
    if (m_speakers && m_speakers->isVisible())
        m_speakers->reload();
}

void MainWindow::changeEvent(QEvent *event)
{
    // Coming back from a terminal or a notes app: show what changed meanwhile at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow() && m_watcher)
        m_watcher->check();
    QMainWindow::changeEvent(event);
}

} // namespace Quoteshelf::Ui

#include "ui/mainwindow.h"

#include "import/urlfetcher.h"
#include "library/articlerepository.h"
#include "library/highlightrepository.h"
#include "library/database.h"
#include "library/libraryfiltermodel.h"
#include "library/librarymodel.h"
#include "library/librarywatcher.h"
#include "library/searchengine.h"
#include "library/searchworker.h"
#include "ui/articlepanels.h"
#include "render/highlightservice.h"
#include "ui/annotationcontroller.h"
#include "ui/findbar.h"
#include "ui/inputdialogs.h"
#include "ui/functioncommand.h"
#include "ui/highlightpopup.h"
#include "ui/importcontroller.h"
#include "ui/librarycare.h"
#include "ui/exportdialog.h"
#include "ui/notebookwindow.h"
#include "ui/speakerswindow.h"
#include "ui/librarypanel.h"
#include "ui/readersettingswidget.h"
#include "ui/readerview.h"
#include "ui/settingsdialog.h"
#include "ui/windowtheme.h"
#include "web/readerprofile.h"
#include "web/readerwebpage.h"
#include "web/schemehandler.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QShortcut>
#include <QStyleHints>
#include <QToolBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWindow>

#include <utility>

namespace Quoteshelf::Ui {

namespace {


Render::ReaderStyle loadStyle()
{
    QSettings settings;
    Render::ReaderStyle style;
    // The reader follows the desktop's colour scheme until the reader picks a theme.
    const bool darkDesktop = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    style.theme = settings.value(QStringLiteral("reader/theme"), darkDesktop ? QStringLiteral("dark") : QStringLiteral("light")).toString();
    style.font = settings.value(QStringLiteral("reader/font"), style.font).toString();
    style.fontSizePx = settings.value(QStringLiteral("reader/fontSize"), style.fontSizePx).toInt();
    style.lineHeight = settings.value(QStringLiteral("reader/lineHeight"), style.lineHeight).toDouble();
    style.widthEm = settings.value(QStringLiteral("reader/width"), style.widthEm).toDouble();
    return style;
}

} // namespace

MainWindow::MainWindow(Library::ArticleRepository *repository, Library::HighlightRepository *highlights,
                       Library::LibraryModel *model, Web::ReaderProfile *profile, Render::HighlightService *highlighter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_highlights(highlights)
    , m_highlighter(highlighter)
    , m_model(model)
    , m_profile(profile)
    , m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("Quoteshelf"));
    setAcceptDrops(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_libraryPanel = new LibraryPanel(model, m_splitter);
    auto *centre = new QWidget(m_splitter);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_reader = new ReaderView(profile, centre);
    m_reader->setObjectName(QStringLiteral("readerView"));
    m_reader->setAccessibleName(tr("Article"));
    // The window's first frame comes without the web view, which appears right after it: giving
    // Chromium its surface takes a few hundred milliseconds, and the library list and panels are
    // worth seeing meanwhile (the article is being loaded either way). See showEvent().
    m_reader->hide();
    m_findBar = new FindBar(centre);
    m_findBar->setPage(m_reader->page());
    centreLayout->addWidget(m_reader, 1);
    centreLayout->addWidget(m_findBar);
    m_panels = new ArticlePanels(m_splitter);
    m_splitter->addWidget(m_libraryPanel);
    m_splitter->addWidget(centre);
    m_splitter->addWidget(m_panels);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({260, 780, 320});
    // The library's banner (damaged, read-only) sits above the panels when it has something to say.
    m_care = new LibraryCare(m_repository->database(), this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_care->banner());
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    m_searchWorker = new Library::SearchWorker(m_repository->database()->path(), this);
    connect(m_searchWorker, &Library::SearchWorker::finished, this,
            [this](quint64, const QString &text, const QList<Library::SearchHit> &hits) {
                m_libraryPanel->showSearchResults(text, hits);
            });
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);

    // Import: File › Import, drag and drop, the command line, Import New Version.
    m_import = new ImportController(m_repository, m_highlights, this);
    connect(m_import, &ImportController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_import, &ImportController::openRequested, this, &MainWindow::openArticle);
    connect(m_import, &ImportController::finished, this, &MainWindow::importFinished);
    connect(m_import, &ImportController::articleReplaced, this, [this](qint64 id) {
        m_model->refresh(id);
        if (id == m_reader->articleId())
            reloadOpenArticle();
    });

    createActions();
    restoreState();

    // Highlights, notes and tags: selection popup, panel actions, note editors.
    m_annotations = new AnnotationController(m_reader, m_panels, m_repository, m_highlights, m_undo, m_highlighter, this);
    connect(m_annotations, &AnnotationController::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_annotations, &AnnotationController::panelsChanged, this, &MainWindow::refreshPanels);
    connect(m_care, &LibraryCare::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_care, &LibraryCare::writableChanged, this, &MainWindow::setWritable);
    connect(m_care, &LibraryCare::libraryMoved, this, &MainWindow::libraryMoved);
    connect(m_care, &LibraryCare::restored, this, [this] {
        m_model->reload();
        reloadOpenArticle();
    });
    setWritable(m_care->canWrite());
    connect(m_highlights, &Library::HighlightRepository::articleHighlightCountChanged, this, [this](qint64 articleId) {
        m_model->refresh(articleId);
        if (articleId == m_reader->articleId())
            updateStatus();
    });

    connect(m_reader, &ReaderView::articleLoaded, this, [this](qint64 id, bool ok) {
        if (ok) {
            m_reader->markQuotes(m_repository->quotes(id));
            m_reader->markHighlights(m_highlights->highlights(id));
            if (m_pendingHighlight > 0)
                m_reader->showHighlight(m_pendingHighlight);
            else if (m_pendingOffset >= 0)
                m_reader->scrollToOffset(m_pendingOffset);
        }
        m_pendingOffset = -1;
        m_pendingHighlight = 0;
        m_loading = false;
        Q_EMIT articleLoaded(id, ok);
    });
    connect(m_reader, &ReaderView::progressChanged, m_repository, &Library::ArticleRepository::setProgress);
    if (auto *page = qobject_cast<Web::ReaderWebPage *>(m_reader->page())) {
        connect(page, &Web::ReaderWebPage::externalLinkClicked, this, &MainWindow::confirmExternalLink);
        connect(page, &Web::ReaderWebPage::internalLinkRefused, this, [this] {
            statusBar()->showMessage(tr("This link leads to another page of the site the article was saved from; "
                                        "it cannot be followed offline."),
                                     8000);
        });
    }

    // Changes made by quoteshelf-cli, another process or the import worker show up here.
    m_watcher = new Library::LibraryWatcher(m_repository->database(), this);
    connect(m_watcher, &Library::LibraryWatcher::changedElsewhere, this, &MainWindow::onLibraryChangedElsewhere);
    connect(m_panels, &ArticlePanels::quoteActivated, m_reader, &ReaderView::showQuote);
    connect(m_panels, &ArticlePanels::speakerSelected, m_reader, &ReaderView::focusSpeaker);
    connect(m_panels, &ArticlePanels::speakerCorrectionRequested, this, &MainWindow::correctSpeaker);
    connect(m_panels, &ArticlePanels::tagActivated, this, [this](const QString &tag) {
        m_libraryPanel->restrictTo(m_repository->articlesWithTag(tag), tr("Tagged “%1”").arg(tag));
    });
    connect(m_panels, &ArticlePanels::showArticlesBySpeaker, this, [this](const QString &name) {
        m_libraryPanel->restrictTo(m_repository->articlesWithSpeaker(name), tr("Quoting %1").arg(name));
    });
    connect(m_panels, &ArticlePanels::showSpeakerEverywhere, this, [this](const QString &name) { showSpeakers(name); });
    connect(m_libraryPanel, &LibraryPanel::articleActivated, this, &MainWindow::openArticle);
    connect(m_libraryPanel, &LibraryPanel::searchHitActivated, this, &MainWindow::openSearchHit);
    connect(m_libraryPanel, &LibraryPanel::contextMenuRequested, this, &MainWindow::showLibraryContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_repository, &Library::ArticleRepository::articleChanged, this, [this](qint64 id) {
        if (id == m_reader->articleId())
            updateStatus();
    });
    updateStatus();
}

MainWindow::~MainWindow()
{
    carryOutPendingDeletions();
}

QListView *MainWindow::libraryView() const
{
    return m_libraryPanel->listView();
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1366, 768);
    QMainWindow::restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_libraryAction->setChecked(settings.value(QStringLiteral("window/libraryVisible"), true).toBool());
    m_panelsAction->setChecked(settings.value(QStringLiteral("window/panelsVisible"), true).toBool());
    setReaderStyle(loadStyle());
}

void MainWindow::saveState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    settings.setValue(QStringLiteral("window/splitter"),
                      m_splitterBeforeDistractionFree.isEmpty() ? m_splitter->saveState() : m_splitterBeforeDistractionFree);
    settings.setValue(QStringLiteral("window/libraryVisible"), m_libraryAction->isChecked());
    settings.setValue(QStringLiteral("window/panelsVisible"), m_panelsAction->isChecked());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_reader->flushProgress();
    saveState();
    carryOutPendingDeletions();
    event->accept();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!std::exchange(m_shownOnce, true) && windowHandle())
        windowHandle()->installEventFilter(this);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == windowHandle() && event->type() == QEvent::Expose && windowHandle()->isExposed()) {
        windowHandle()->removeEventFilter(this);
        // Shown once the window has painted its first frame (the expose event paints it).
        QTimer::singleShot(0, this, [this] {
            m_reader->show();
            Q_EMIT firstShown();
            // The library's check and its daily backup wait until the window has settled.
            QTimer::singleShot(BackgroundCareDelayMs, m_care, &LibraryCare::startBackgroundCare);
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setReaderStyle(const Render::ReaderStyle &style)
{
    applyWindowTheme(style.theme == QLatin1String("dark"));
    m_style = style;
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == style.theme);
    m_profile->schemeHandler()->setStyle(style);
    m_reader->applyStyle(style);
    QSettings settings;
    settings.setValue(QStringLiteral("reader/theme"), style.theme);
    settings.setValue(QStringLiteral("reader/font"), style.font);
    settings.setValue(QStringLiteral("reader/fontSize"), style.fontSizePx);
    settings.setValue(QStringLiteral("reader/lineHeight"), style.lineHeight);
    settings.setValue(QStringLiteral("reader/width"), style.widthEm);
}

void MainWindow::zoom(int step)
{
    Render::ReaderStyle style = m_style;
    style.fontSizePx = step == 0 ? Render::ReaderStyle().fontSizePx : qBound(12, style.fontSizePx + step, 32);
    setReaderStyle(style);
}

void MainWindow::toggleDistractionFree(bool on)
{
    // Only the article: no library, panels, menu, toolbar or status bar, on the whole screen.
    if (on) {
        m_splitterBeforeDistractionFree = m_splitter->saveState();
        m_wasMaximized = isMaximized();
        m_libraryPanel->hide();
        m_panels->hide();
        menuBar()->hide();
        m_toolbar->hide();
        statusBar()->hide();
        showFullScreen();
    } else {
        m_libraryPanel->setVisible(m_libraryAction->isChecked());
        m_panels->setVisible(m_panelsAction->isChecked());
        m_splitter->restoreState(m_splitterBeforeDistractionFree);
        m_splitterBeforeDistractionFree.clear();
        menuBar()->show();
        m_toolbar->show();
        statusBar()->show();
        if (m_wasMaximized)
            showMaximized();
        else
            showNormal();
    }
    m_leaveDistractionFree->setEnabled(on);
}

void MainWindow::openArticle(qint64 id)
{
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    if (m_reader->articleId() == id) {
        // Already open: show the target now, or when the page has finished loading.
        if (!m_loading) {
            if (m_pendingHighlight > 0)
                m_reader->showHighlight(m_pendingHighlight);
            else if (m_pendingOffset >= 0)
                m_reader->scrollToOffset(m_pendingOffset);
            m_pendingOffset = -1;
            m_pendingHighlight = 0;
        }
        m_libraryPanel->selectArticle(id);
        return;
    }
    setWindowTitle(tr("%1 — Quoteshelf").arg(summary->title));
    QSettings().setValue(QStringLiteral("reader/lastArticle"), id);
    m_reader->flushProgress();
    m_openRevision = summary->updatedAt;
    m_loading = true;
    // With a target to show, the saved reading position is not restored over it.
    m_reader->openArticle(id, (m_pendingOffset >= 0 || m_pendingHighlight > 0) ? 0.0 : summary->progress);
    // Selecting the row re-enters openArticle() through the list; the reader already has the id.
    m_libraryPanel->selectArticle(id);
    refreshPanels();
    updateStatus();
}

HighlightPopup *MainWindow::highlightPopup() const
{
    return m_annotations->popup();
}

qint64 MainWindow::highlightSelection(const QString &colour)
{
    return m_annotations->highlightSelection(colour);
}

void MainWindow::deleteHighlight(qint64 id)
{
    m_annotations->deleteHighlight(id);
}

void MainWindow::editHighlightNote(qint64 id)
{
    m_annotations->editHighlightNote(id);
}

void MainWindow::editArticleNote()
{
    m_annotations->editArticleNote();
}

void MainWindow::showNotebook()
{
    if (!m_notebook) {
        m_notebook = new NotebookWindow(m_highlights, m_repository, this);
        connect(m_notebook, &NotebookWindow::openRequested, this, [this](qint64 article, qint64 start, qint64 highlight) {
            if (highlight > 0)
                openLink(QUrl(QStringLiteral("quoteshelf://article/%1#h-%2").arg(article).arg(highlight)));
            else
                openArticleAt(article, start);
            raise();
            activateWindow();
        });
    }
    m_notebook->show();
    m_notebook->raise();
    m_notebook->activateWindow();
}

void MainWindow::showSpeakers(const QString &speaker)
{
    if (!m_speakers) {
        m_speakers = new SpeakersWindow(m_repository, this);
        connect(m_speakers, &SpeakersWindow::openRequested, this, [this](qint64 article, qint64 start) {
            openArticleAt(article, start);
            raise();
            activateWindow();
        });
    }
    m_speakers->show();
    m_speakers->raise();
    m_speakers->activateWindow();
    if (!speaker.isEmpty())
        m_speakers->selectSpeaker(speaker);
}

void MainWindow::showExportDialog()
{
    // The list the reader is looking at: the search results, or the library view in its order.
    const QList<qint64> ids = m_libraryPanel->listedArticles();
    auto *dialog = new ExportDialog(m_repository, m_highlights, m_highlighter, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentArticle(m_reader->articleId());
    dialog->setListLabel(m_libraryPanel->isSearching() ? tr("Search results (%n)", nullptr, int(ids.size()))
                                                       : tr("All articles in the list (%n)", nullptr, int(ids.size())));
    dialog->show();
}

void MainWindow::openInitialArticle()
{
    const qint64 last = QSettings().value(QStringLiteral("reader/lastArticle")).toLongLong();
    if (last > 0 && m_repository->summary(last)) {
        openArticle(last);
        return;
    }
    const QModelIndex first = m_libraryPanel->listView()->model()->index(0, 0);
    if (first.isValid())
        openArticle(first.data(Library::LibraryModel::IdRole).toLongLong());
}

bool MainWindow::openLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("quoteshelf") || url.host() != QLatin1String("article"))
        return false;
    bool ok = false;
    const qint64 id = url.path().section(QLatin1Char('/'), 1, 1).toLongLong(&ok);
    if (!ok || !m_repository->summary(id))
        return false;
    const QString fragment = url.fragment();
    if (fragment.startsWith(QLatin1String("h-"))) {
        const qint64 highlight = fragment.mid(2).toLongLong(&ok);
        if (ok && highlight > 0) {
            if (const auto record = m_highlights->highlight(highlight); record && record->articleId == id)
                m_pendingHighlight = highlight;
        }
    }
    openArticle(id);
    raise();
    activateWindow();
    return true;
}

void MainWindow::openArticleAt(qint64 id, qsizetype offset)
{
    m_pendingOffset = offset;
    openArticle(id);
}

void MainWindow::refreshPanels()
{
    const qint64 id = m_reader->articleId();
    m_panels->showArticle(m_repository->speakers(id), m_repository->quotes(id), m_repository->tags(id));
    m_panels->showHighlights(m_highlights->highlights(id));
}

void MainWindow::search(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_searchWorker->cancel();
        m_libraryPanel->clearSearch();
        return;
    }
    // On the search thread: the window keeps answering however large the library is.
    m_searchWorker->search(text);
}

void MainWindow::openSearchHit(const Library::SearchHit &hit)
{
    qsizetype offset = -1;
    if (hit.kind == Library::SearchHit::Kind::Article)
        offset = Library::SearchEngine(m_repository->database()).firstMatchOffset(hit.articleId, m_searchField->text());
    openArticleAt(hit.articleId, offset);
}

void MainWindow::updateStatus()
{
    QString text = tr("%n article(s)", nullptr, m_model->rowCount());
    const qint64 id = m_reader->articleId();
    if (const auto summary = m_repository->summary(id)) {
        text += tr(" · %n highlight(s) in this article", nullptr, summary->highlightCount);
        text += tr(" · %n quote(s)", nullptr, int(m_repository->quotes(id).size()));
        m_readAction->setText(summary->read ? tr("Mark as &Unread") : tr("Mark as &Read"));
    }
    m_status->setText(text);
}

void MainWindow::showLibraryContextMenu(qint64 id, const QPoint &globalPos)
{
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, id] { openArticle(id); });
    const QList<QAction *> changes = {
        menu.addAction(summary->read ? tr("Mark as Unread") : tr("Mark as Read"), this,
                       [this, id, read = summary->read] { m_repository->setRead(id, !read); }),
        menu.addAction(summary->archived ? tr("Unarchive") : tr("Archive"), this,
                       [this, id, archived = summary->archived] { setArchived(id, !archived); }),
        menu.addSeparator(),
        menu.addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("Delete…"), this, [this, id] { deleteArticle(id); })};
    if (!m_care->canWrite()) {
        for (QAction *action : changes)
            action->setEnabled(false);
    }
    menu.exec(globalPos);
}

void MainWindow::setArchived(qint64 id, bool archived)
{
    m_undo->push(new FunctionCommand(archived ? tr("Archive article") : tr("Unarchive article"),
                                     [this, id, archived] { m_repository->setArchived(id, archived); },
                                     [this, id, archived] { m_repository->setArchived(id, !archived); }));
}

void MainWindow::deleteArticle(qint64 id)
{
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    QMessageBox box(QMessageBox::Question, tr("Delete Article"),
                    tr("Delete “%1” with its highlights and notes?").arg(summary->title), QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can undo this until you close Quoteshelf."));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    // The article is hidden now and deleted for good when the window closes, so undo is free.
    m_undo->push(new FunctionCommand(
        tr("Delete article"),
        [this, id] {
            m_libraryPanel->filterModel()->setHidden(id, true);
            m_pendingDeletions.append(id);
            updateStatus();
        },
        [this, id] {
            m_libraryPanel->filterModel()->setHidden(id, false);
            m_pendingDeletions.removeAll(id);
            m_libraryPanel->selectArticle(id);
            updateStatus();
        }));
}

void MainWindow::carryOutPendingDeletions()
{
    for (const qint64 id : std::as_const(m_pendingDeletions))
        m_repository->deleteArticle(id);
    m_pendingDeletions.clear();
    m_undo->clear();
}

void MainWindow::correctSpeaker(qint64 quoteId, const QString &current)
{
    if (!m_care->canWrite()) {
        statusBar()->showMessage(m_care->reason(), 8000);
        return;
    }
    QStringList names;
    for (const auto &speaker : m_repository->speakers(m_reader->articleId()))
        names << speaker.name;
    QString said;
    for (const auto &quote : m_repository->quotes(m_reader->articleId())) {
        if (quote.id == quoteId)
            said = quote.text;
    }
    // The dialog shows the words it is about, and is wide enough to read them.
    QInputDialog dialog(this);
    dialog.setWindowTitle(tr("Wrong Speaker"));
    dialog.setLabelText(said.isEmpty() ? tr("Who said this?") : tr("Who said “%1”?").arg(said));
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(true);
    dialog.setTextValue(current);
    fitLabelToContent(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name = dialog.textValue();
    if (name.trimmed().isEmpty() || name == current)
        return;
    m_repository->setSpeakerOverride(quoteId, name);
    refreshPanels();
    m_reader->markQuotes({});
}

void MainWindow::confirmExternalLink(const QUrl &url)
{
    if (!SettingsDialog::confirmLinks()) {
        QDesktopServices::openUrl(url);
        return;
    }
    const auto answer = QMessageBox::question(this, tr("Open Link"),
                                              tr("Open this link in your web browser?\n\n%1").arg(url.toDisplayString()),
                                              QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
    if (answer == QMessageBox::Open)
        QDesktopServices::openUrl(url);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_care->canWrite()) {
        QMessageBox::information(this, tr("Import"), tr("These files cannot be imported. %1").arg(m_care->reason()));
        return;
    }
    m_import->importFiles(paths);
}

void MainWindow::setWritable(bool writable)
{
    const QString reason = m_care->reason();
    for (QAction *action : std::as_const(m_writeActions)) {
        action->setEnabled(writable);
        action->setStatusTip(writable ? QString() : reason);
    }
    m_annotations->setWritable(writable, reason);
}

QStringList MainWindow::importNewVersions(const QStringList &paths)
{
    return m_import->importNewVersions(paths);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
        else if (Import::UrlFetcher::isWebAddress(url.toString()))
            paths << url.toString(); // a link dragged from a browser: fetched by the import
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

} // namespace Quoteshelf::Ui

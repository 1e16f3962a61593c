#include "ui/mainwindow.h"

#include "library/articlerepository.h"
#include "library/importservice.h"
#include "library/librarymodel.h"
#include "ui/articlepanels.h"
#include "ui/libraryitemdelegate.h"
#include "ui/readerview.h"
#include "web/readerprofile.h"
#include "web/schemehandler.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyleHints>
#include <QToolBar>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

MainWindow::MainWindow(Library::ArticleRepository *repository, Library::LibraryModel *model,
                       Web::ReaderProfile *profile, QWidget *parent)
    : QMainWindow(parent)
    , m_repository(repository)
    , m_model(model)
    , m_profile(profile)
{
    setWindowTitle(tr("Quoteshelf"));
    setAcceptDrops(true);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(true);
    m_libraryPanel = createLibraryPanel();
    m_reader = new ReaderView(profile, m_splitter);
    m_reader->setObjectName(QStringLiteral("readerView"));
    m_panels = new ArticlePanels(m_splitter);
    m_splitter->addWidget(m_libraryPanel);
    m_splitter->addWidget(m_reader);
    m_splitter->addWidget(m_panels);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({260, 780, 320});
    setCentralWidget(m_splitter);

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);

    createActions();
    restoreState();

    connect(m_reader, &ReaderView::articleLoaded, this, [this](qint64 id, bool ok) {
        if (ok)
            m_reader->markQuotes(m_repository->quotes(id));
        Q_EMIT articleLoaded(id, ok);
    });
    connect(m_reader, &ReaderView::progressChanged, m_repository, &Library::ArticleRepository::setProgress);
    connect(m_panels, &ArticlePanels::quoteActivated, m_reader, &ReaderView::showQuote);
    connect(m_libraryView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            openArticle(current.data(Library::LibraryModel::IdRole).toLongLong());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    updateStatus();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createLibraryPanel()
{
    auto *panel = new QWidget(m_splitter);
    panel->setObjectName(QStringLiteral("libraryPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *header = new QLabel(tr("Library"), panel);
    QFont headerFont = header->font();
    headerFont.setWeight(QFont::DemiBold);
    headerFont.setCapitalization(QFont::AllUppercase);
    headerFont.setLetterSpacing(QFont::PercentageSpacing, 108);
    headerFont.setPointSizeF(headerFont.pointSizeF() * 0.85);
    header->setFont(headerFont);
    header->setForegroundRole(QPalette::PlaceholderText);
    header->setContentsMargins(12, 10, 12, 6);
    layout->addWidget(header);

    m_libraryStack = new QStackedWidget(panel);
    m_libraryView = new QListView(m_libraryStack);
    m_libraryView->setObjectName(QStringLiteral("libraryView"));
    m_libraryView->setModel(m_model);
    m_libraryView->setItemDelegate(new LibraryItemDelegate(m_libraryView));
    m_libraryView->setFrameShape(QFrame::NoFrame);
    m_libraryView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_libraryView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_libraryView->setWordWrap(true);
    auto *empty = new QLabel(tr("Your library is empty.\n\nImport an article with File > Import or drop a file here."), m_libraryStack);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    empty->setMargin(20);
    empty->setForegroundRole(QPalette::PlaceholderText);
    m_libraryStack->addWidget(m_libraryView);
    m_libraryStack->addWidget(empty);
    layout->addWidget(m_libraryStack, 1);
    return panel;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this,
                                      &MainWindow::showImportDialog);
    import->setShortcut(QKeySequence::Open);
    import->setToolTip(tr("Import saved articles (HTML, MHTML, text, Markdown)"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    menuBar()->addMenu(tr("&Edit"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_libraryAction = view->addAction(tr("Show &Library"));
    m_libraryAction->setCheckable(true);
    m_libraryAction->setChecked(true);
    m_libraryAction->setShortcut(Qt::Key_F9);
    connect(m_libraryAction, &QAction::toggled, m_libraryPanel, &QWidget::setVisible);
    m_panelsAction = view->addAction(tr("Show &Panels"));
    m_panelsAction->setCheckable(true);
    m_panelsAction->setChecked(true);
    m_panelsAction->setShortcut(Qt::Key_F10);
    connect(m_panelsAction, &QAction::toggled, m_panels, &QWidget::setVisible);
    QAction *focus = view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Distraction-Free Reading"));
    focus->setCheckable(true);
    focus->setShortcut(Qt::Key_F11);
    connect(focus, &QAction::toggled, this, &MainWindow::toggleDistractionFree);
    view->addSeparator();
    QMenu *themes = view->addMenu(tr("Reader &Theme"));
    m_themeGroup = new QActionGroup(this);
    const QList<std::pair<QString, QString>> themeNames = {
        {QStringLiteral("light"), tr("&Light")}, {QStringLiteral("sepia"), tr("&Sepia")}, {QStringLiteral("dark"), tr("&Dark")}};
    for (const auto &[key, label] : themeNames) {
        QAction *action = themes->addAction(label);
        action->setCheckable(true);
        action->setData(key);
        m_themeGroup->addAction(action);
    }
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) { setTheme(action->data().toString()); });

    menuBar()->addMenu(tr("&Article"));
    menuBar()->addMenu(tr("&Go"));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Quoteshelf"), this, [this] {
        QMessageBox::about(this, tr("About Quoteshelf"),
                           tr("<h3>Quoteshelf %1</h3><p>Read saved news articles offline and work with what people "
                              "said in them.</p>")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(import);
    toolbar->addAction(focus);
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
    // The reader follows the desktop's colour scheme until the reader picks a theme.
    const bool darkDesktop = QGuiApplication::styleHints()->colorScheme() == Qt::ColorScheme::Dark;
    setTheme(settings.value(QStringLiteral("reader/theme"), darkDesktop ? QStringLiteral("dark") : QStringLiteral("light")).toString());
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
    saveState();
    event->accept();
}

void MainWindow::setTheme(const QString &theme)
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().toString() == theme);
    Render::ReaderStyle style = m_profile->schemeHandler()->style();
    style.theme = theme;
    m_profile->schemeHandler()->setStyle(style);
    m_reader->setTheme(theme);
    QSettings().setValue(QStringLiteral("reader/theme"), theme);
}

void MainWindow::toggleDistractionFree(bool on)
{
    if (on) {
        m_splitterBeforeDistractionFree = m_splitter->saveState();
        m_libraryPanel->hide();
        m_panels->hide();
    } else {
        m_libraryPanel->setVisible(m_libraryAction->isChecked());
        m_panels->setVisible(m_panelsAction->isChecked());
        m_splitter->restoreState(m_splitterBeforeDistractionFree);
        m_splitterBeforeDistractionFree.clear();
    }
}

void MainWindow::openArticle(qint64 id)
{
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    const QModelIndex index = m_model->indexOfArticle(id);
    if (index.isValid() && m_libraryView->currentIndex() != index) {
        m_libraryView->setCurrentIndex(index); // re-enters through currentChanged
        return;
    }
    if (m_reader->articleId() == id)
        return;
    setWindowTitle(tr("%1 — Quoteshelf").arg(summary->title));
    m_reader->openArticle(id, summary->progress);
    m_panels->showArticle(m_repository->speakers(id), m_repository->quotes(id), m_repository->tags(id));
    updateStatus();
}

void MainWindow::updateStatus()
{
    const int articles = m_model->rowCount();
    m_libraryStack->setCurrentIndex(articles == 0 ? 1 : 0);
    QString text = tr("%n article(s)", nullptr, articles);
    const qint64 id = m_reader->articleId();
    if (id > 0) {
        if (const auto summary = m_repository->summary(id))
            text += tr(" · %n highlight(s) in this article", nullptr, summary->highlightCount);
        text += tr(" · %n quote(s)", nullptr, m_panels->quotesList()->count());
    }
    m_status->setText(text);
}

void MainWindow::showImportDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QSettings().value(QStringLiteral("import/lastDir")).toString(),
        tr("Saved articles (*.html *.htm *.xhtml *.mhtml *.mht *.txt *.md *.markdown);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastDir"), QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &paths)
{
    QStringList errors;
    qint64 lastId = 0;
    for (const QString &path : paths) {
        const Library::ImportOutcome outcome = Library::importFile(*m_repository, path);
        if (outcome.ok())
            lastId = outcome.id;
        else
            errors << outcome.error;
    }
    if (lastId > 0)
        openArticle(lastId);
    if (!errors.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Import"),
                        tr("%n file(s) could not be imported.", nullptr, int(errors.size())), QMessageBox::Ok, this);
        box.setDetailedText(errors.join(QLatin1Char('\n')));
        box.setInformativeText(errors.mid(0, 5).join(QLatin1Char('\n')));
        box.exec();
    }
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
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

} // namespace Quoteshelf::Ui

// The main window's menus, toolbar and shortcuts (kept apart from mainwindow.cpp for size).
#include "ui/mainwindow.h"

#include "core/paths.h"
#include "library/articlerepository.h"
#include "library/database.h"
#include "ui/articlepanels.h"
#include "ui/annotationcontroller.h"
#include "ui/findbar.h"
#include "ui/icons.h"
#include "ui/librarycare.h"
#include "ui/importcontroller.h"
#include "ui/librarypanel.h"
#include "ui/readersettingswidget.h"
#include "ui/readerview.h"
#include "ui/settingsdialog.h"
#include "ui/shortcutsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyleHints>
#include <QShortcut>
#include <QSqlQuery>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QWidgetAction>

#include <ksyntaxhighlighting_version.h>

namespace Quoteshelf::Ui {

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(themedIcon(QStringLiteral("document-import"), QStringLiteral("import")), tr("&Import…"), m_import,
                                      &ImportController::chooseFiles);
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence::Open);
    import->setToolTip(tr("Import saved articles (HTML, MHTML, text, Markdown)"));
    QAction *importUrl = file->addAction(tr("Import from &URL…"), m_import, &ImportController::chooseUrls);
    importUrl->setObjectName(QStringLiteral("importUrlAction"));
    importUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    importUrl->setToolTip(tr("Save an article from the web: the page and its images are fetched once, then read offline"));
    QAction *importList = file->addAction(tr("Import Reading &List…"), m_import, &ImportController::chooseReadingList);
    importList->setObjectName(QStringLiteral("importListAction"));
    importList->setToolTip(tr("Import the links of a Pocket or Instapaper export, with their tags"));
    QAction *importNewVersion = file->addAction(tr("Import &New Version…"), m_import, &ImportController::chooseNewVersions);
    importNewVersion->setToolTip(tr("Update articles from new versions of their files, keeping highlights anchored"));
    QAction *exportNotes = file->addAction(themedIcon(QStringLiteral("document-export"), QStringLiteral("export")), tr("&Export Notes…"), this,
                                           &MainWindow::showExportDialog);
    exportNotes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportNotes->setToolTip(tr("Export highlights, notes and quotes as Markdown"));
    QAction *exportAnnotationsAction = file->addAction(tr("Export &Annotations…"), this, [this] { exportAnnotations(); });
    exportAnnotationsAction->setObjectName(QStringLiteral("exportAnnotationsAction"));
    exportAnnotationsAction->setToolTip(tr("Save every highlight, note and tag as W3C Web Annotations (JSON-LD)"));
    QAction *importAnnotationsAction = file->addAction(tr("Import Anno&tations…"), this, [this] { importAnnotations(); });
    importAnnotationsAction->setObjectName(QStringLiteral("importAnnotationsAction"));
    importAnnotationsAction->setToolTip(tr("Attach W3C Web Annotations or a Hypothesis export to the articles they were made on"));
    file->addSeparator();
    file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Back Up Library Now"), m_care, &LibraryCare::backUpNow)
        ->setToolTip(tr("Make a checked copy of the library now (one is made every day)"));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-revert")), tr("&Restore from Backup…"), m_care,
                    &LibraryCare::restoreFromBackup)
        ->setToolTip(tr("Put a backup in place of the library"));
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in Article…"), m_findBar, &FindBar::open);
    find->setShortcut(QKeySequence::Find);
    QAction *searchLibrary = edit->addAction(tr("&Search Library"), this, [this] {
        m_searchField->setFocus();
        m_searchField->selectAll();
    });
    searchLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    edit->addSeparator();
    QAction *preferences = edit->addAction(QIcon::fromTheme(QStringLiteral("configure")), tr("Se&ttings…"), this, [this] {
        SettingsDialog dialog(this);
        // Colour names show at once in the panels and the popup.
        connect(&dialog, &SettingsDialog::applied, this, &MainWindow::refreshPanels);
        const QString folder = QFileInfo(m_repository->database()->path()).absolutePath();
        QString cannotMove;
        if (!m_care->canWrite())
            cannotMove = m_care->reason();
        else if (QDir(folder) != QDir(Core::libraryDirectory()))
            cannotMove = tr("This library was opened with --library or QUOTESHELF_LIBRARY: move its folder yourself and "
                            "name the new place the same way.");
        dialog.setLibrary(folder, cannotMove);
        connect(&dialog, &SettingsDialog::moveLibraryRequested, this, [this, &dialog] {
            dialog.reject();
            QTimer::singleShot(0, m_care, [this] { m_care->moveLibrary(); });
        });
        dialog.exec();
    });
    preferences->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                                                            : QKeySequence(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("settingsAction"));

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
    focus->setToolTip(tr("Only the article, on the whole screen (F11 or Esc to come back)"));
    connect(focus, &QAction::toggled, this, &MainWindow::toggleDistractionFree);
    m_distractionFreeAction = focus;
    // Esc leaves distraction-free reading (after closing the find bar, when it is open).
    m_leaveDistractionFree = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_leaveDistractionFree->setEnabled(false);
    connect(m_leaveDistractionFree, &QShortcut::activated, this, [this] {
        if (m_findBar->isVisible())
            m_findBar->close();
        else
            m_distractionFreeAction->setChecked(false);
    });
    QAction *caret = view->addAction(tr("&Caret Browsing"));
    caret->setCheckable(true);
    caret->setShortcut(Qt::Key_F7);
    caret->setToolTip(tr("Move through the article with a text cursor; Shift+arrows select (F7)"));
    connect(caret, &QAction::toggled, m_reader, &ReaderView::setCaretBrowsing);
    connect(m_reader, &ReaderView::caretBrowsingChanged, caret, &QAction::setChecked);
    view->addSeparator();
    QAction *notebook = view->addAction(themedIcon(QStringLiteral("view-list-text"), QStringLiteral("notebook")), tr("&Notebook"), this, &MainWindow::showNotebook);
    notebook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    notebook->setToolTip(tr("Every highlight, note and tagged quote in the library"));
    QAction *speakers = view->addAction(themedIcon(QStringLiteral("system-users"), QStringLiteral("speakers")), tr("&Speakers"), this, [this] { showSpeakers(); });
    speakers->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    speakers->setToolTip(tr("Everyone quoted across the library, with what they said"));
    view->addSeparator();
    view->addAction(tr("&Larger Text"), this, [this] { zoom(1); })->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("&Smaller Text"), this, [this] { zoom(-1); })->setShortcut(QKeySequence::ZoomOut);
    view->addAction(tr("&Default Text Size"), this, [this] { zoom(0); })->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
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
    connect(m_themeGroup, &QActionGroup::triggered, this, [this](QAction *action) {
        Render::ReaderStyle style = m_style;
        style.theme = action->data().toString();
        setReaderStyle(style);
    });

    QMenu *article = menuBar()->addMenu(tr("&Article"));
    m_readAction = article->addAction(tr("Mark as &Read"), this, [this] {
        const qint64 id = m_reader->articleId();
        if (const auto summary = m_repository->summary(id))
            m_repository->setRead(id, !summary->read);
    });
    m_readAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction *archive = article->addAction(tr("&Archive"), this, [this] {
        if (const auto summary = m_repository->summary(m_reader->articleId()))
            setArchived(summary->id, !summary->archived);
    });
    archive->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *remove = article->addAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete…"), this, [this] {
        if (m_reader->articleId() > 0)
            deleteArticle(m_reader->articleId());
    });
    remove->setShortcut(QKeySequence::Delete);

    article->addSeparator();
    QAction *highlight = article->addAction(tr("&Highlight Selection"), this, [this] { highlightSelection(QStringLiteral("yellow")); });
    highlight->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    QAction *articleNote = article->addAction(tr("Article &Note…"), this, &MainWindow::editArticleNote);
    articleNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *articleTags = article->addAction(tr("&Tags…"), this, [this] { m_annotations->editArticleTags(); });
    // What cannot be done in a library that cannot be written (see setWritable()).
    m_writeActions = {import, importUrl, importList, importNewVersion, importAnnotationsAction, m_readAction, archive, remove, highlight, articleNote, articleTags};

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const auto step = [this](int delta) {
        QListView *list = m_libraryPanel->listView();
        const int row = list->currentIndex().isValid() ? list->currentIndex().row() + delta : 0;
        const QModelIndex target = list->model()->index(row, 0);
        if (target.isValid())
            list->setCurrentIndex(target);
    };
    go->addAction(tr("&Next Article"), this, [step] { step(1); })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    go->addAction(tr("&Previous Article"), this, [step] { step(-1); })->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(QIcon::fromTheme(QStringLiteral("help-keybord-shortcuts")), tr("&Keyboard Shortcuts"), this,
                                         [this] { ShortcutsDialog(menuBar(), this).exec(); });
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma));
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    help->addSeparator();
    help->addAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Quoteshelf"), this, [this] {
        QString sqlite;
        QSqlQuery version(m_repository->database()->connection());
        if (version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next())
            sqlite = version.value(0).toString();
        QMessageBox::about(
            this, tr("About Quoteshelf"),
            tr("<h3>Quoteshelf %1</h3>"
               "<p>Read saved news articles offline and work with what people said in them.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
               "<p><b>Credits.</b> The word frequencies the tag suggestions rank against come from SCOWL (Spell "
               "Checker Oriented Word Lists) by Kevin Atkinson and the lists it builds on. First names for "
               "telling he from she come from the US Social Security baby-name counts and Faker's name lists.</p>"
               "<p><b>Built with</b> Qt %2 (running on %3), KDE Frameworks %4, SQLite %5 and gumbo %6.</p>")
                .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()),
                     QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), sqlite, QStringLiteral(QUOTESHELF_GUMBO_VERSION)));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main Toolbar"));
    m_toolbar = toolbar;
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(import);
    toolbar->addAction(notebook);
    toolbar->addAction(speakers);
    toolbar->addAction(exportNotes);
    auto *spacer = new QWidget(toolbar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar->addWidget(spacer);
    m_searchField = new QLineEdit(toolbar);
    m_searchField->setObjectName(QStringLiteral("searchField"));
    m_searchField->setPlaceholderText(tr("Search library (Ctrl+K)"));
    m_searchField->setToolTip(tr("Words match as prefixes; \"quotes\" for a phrase; filters: tag:, speaker:, site:"));
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setAccessibleName(tr("Search the library"));
    m_searchField->setMinimumWidth(280);
    m_searchField->setMaximumWidth(420);
    toolbar->addWidget(m_searchField);
    // Searching waits for a pause in typing: no query per keystroke.
    connect(m_searchField, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, [this] { search(m_searchField->text()); });
    connect(m_searchField, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        search(m_searchField->text());
    });

    auto *typography = new QToolButton(toolbar);
    typography->setText(tr("Aa"));
    typography->setToolTip(tr("Typeface, size, spacing and theme of the reader"));
    typography->setAccessibleName(tr("Reader settings"));
    typography->setPopupMode(QToolButton::InstantPopup);
    auto *typographyMenu = new QMenu(typography);
    auto *settings = new ReaderSettingsWidget(typographyMenu);
    auto *settingsAction = new QWidgetAction(typographyMenu);
    settingsAction->setDefaultWidget(settings);
    typographyMenu->addAction(settingsAction);
    connect(typographyMenu, &QMenu::aboutToShow, settings, [this, settings] { settings->setStyle(m_style); });
    connect(settings, &ReaderSettingsWidget::styleChanged, this, &MainWindow::setReaderStyle);
    typography->setMenu(typographyMenu);
    toolbar->addWidget(typography);
    toolbar->addAction(focus);
}

} // namespace Quoteshelf::Ui

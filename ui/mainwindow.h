#pragma once

#include <QMainWindow>

class QActionGroup;
class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;

namespace Quoteshelf::Library {
class ArticleRepository;
class LibraryModel;
}
namespace Quoteshelf::Web {
class ReaderProfile;
}

namespace Quoteshelf::Ui {

class ArticlePanels;
class ReaderView;

// The main window: library on the left, the article in the middle, the article's speakers,
// quotes, tags and highlights on the right. Remembers its geometry and splitter sizes.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Library::ArticleRepository *repository, Library::LibraryModel *model,
                        Web::ReaderProfile *profile, QWidget *parent = nullptr);
    ~MainWindow() override;

    void openArticle(qint64 id);
    // Imports files (from the menu, drag and drop or the command line) and reports failures
    // together in one message.
    void importFiles(const QStringList &paths);

    ReaderView *readerView() const { return m_reader; }
    ArticlePanels *panels() const { return m_panels; }
    QListView *libraryView() const { return m_libraryView; }

Q_SIGNALS:
    void articleLoaded(qint64 id, bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    QWidget *createLibraryPanel();
    void restoreState();
    void saveState();
    void setTheme(const QString &theme);
    void toggleDistractionFree(bool on);
    void updateStatus();
    void showImportDialog();

    Library::ArticleRepository *m_repository = nullptr;
    Library::LibraryModel *m_model = nullptr;
    Web::ReaderProfile *m_profile = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_libraryPanel = nullptr;
    QStackedWidget *m_libraryStack = nullptr;
    QListView *m_libraryView = nullptr;
    ReaderView *m_reader = nullptr;
    ArticlePanels *m_panels = nullptr;
    QLabel *m_status = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QAction *m_libraryAction = nullptr;
    QAction *m_panelsAction = nullptr;
    QByteArray m_splitterBeforeDistractionFree;
};

} // namespace Quoteshelf::Ui

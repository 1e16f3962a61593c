#pragma once

#include "library/searchengine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QListWidget;
class QStackedWidget;
class QToolButton;

namespace Quoteshelf::Library {
class LibraryFilterModel;
class LibraryModel;
}

namespace Quoteshelf::Ui {

// The left side of the window: the library list with its view (all, unread, with highlights,
// archived), sort order and tag/speaker restriction, or the results of a search.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    explicit LibraryPanel(Library::LibraryModel *model, QWidget *parent = nullptr);

    Library::LibraryFilterModel *filterModel() const { return m_filter; }
    QListView *listView() const { return m_list; }
    QListWidget *resultsView() const { return m_results; }

    void selectArticle(qint64 id);
    qint64 currentArticle() const;
    void showSearchResults(const QString &query, const QList<Library::SearchHit> &hits);
    void clearSearch();
    void restrictTo(const QSet<qint64> &ids, const QString &label);
    // What the panel lists now: the search results while searching, else the library view, in order.
    QList<qint64> listedArticles() const;
    bool isSearching() const { return m_searching; }

Q_SIGNALS:
    void articleActivated(qint64 id);
    void searchHitActivated(const Quoteshelf::Library::SearchHit &hit);
    void contextMenuRequested(qint64 id, const QPoint &globalPos);

private:
    void updateState();

    Library::LibraryModel *m_model = nullptr;
    Library::LibraryFilterModel *m_filter = nullptr;
    QComboBox *m_view = nullptr;
    QToolButton *m_sort = nullptr;
    QWidget *m_restriction = nullptr;
    QLabel *m_restrictionLabel = nullptr;
    QStackedWidget *m_stack = nullptr;
    QListView *m_list = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_empty = nullptr;
    QList<Library::SearchHit> m_hits;
    bool m_searching = false;
};

} // namespace Quoteshelf::Ui

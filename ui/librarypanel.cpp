#include "ui/librarypanel.h"

#include "library/libraryfiltermodel.h"
#include "library/libraryhealth.h"
#include "library/librarymodel.h"
#include "ui/libraryitemdelegate.h"
#include "ui/panelitemdelegate.h"

#include <QActionGroup>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Quoteshelf::Ui {

namespace {

enum Page { ListPage, ResultsPage, EmptyPage };

QString plainSnippet(QString snippet)
{
    snippet.remove(Library::SearchEngine::SnippetOpen).remove(Library::SearchEngine::SnippetClose);
    return snippet.simplified();
}

} // namespace

LibraryPanel::LibraryPanel(Library::LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new Library::LibraryFilterModel(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    m_filter->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(8, 6, 4, 4);
    m_view = new QComboBox(this);
    m_view->setObjectName(QStringLiteral("libraryViewCombo"));
    m_view->setAccessibleName(tr("Which articles to list"));
    m_view->addItem(tr("All articles"), QVariant::fromValue(Library::LibraryFilterModel::View::All));
    m_view->addItem(tr("Unread"), QVariant::fromValue(Library::LibraryFilterModel::View::Unread));
    m_view->addItem(tr("With highlights"), QVariant::fromValue(Library::LibraryFilterModel::View::WithHighlights));
    m_view->addItem(tr("Archived"), QVariant::fromValue(Library::LibraryFilterModel::View::Archived));
    m_view->setToolTip(tr("Which articles to list"));
    connect(m_view, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setView(m_view->currentData().value<Library::LibraryFilterModel::View>());
        updateState();
    });
    header->addWidget(m_view, 1);

    m_sort = new QToolButton(this);
    m_sort->setText(tr("Sort"));
    m_sort->setAccessibleName(tr("Sort the library"));
    m_sort->setToolTip(tr("Sort the library"));
    m_sort->setPopupMode(QToolButton::InstantPopup);
    m_sort->setAutoRaise(true);
    auto *sortMenu = new QMenu(m_sort);
    auto *sortGroup = new QActionGroup(sortMenu);
    const QList<std::pair<Library::LibraryFilterModel::SortKey, QString>> sorts = {
        {Library::LibraryFilterModel::SortKey::Added, tr("Date added")},
        {Library::LibraryFilterModel::SortKey::Published, tr("Date published")},
        {Library::LibraryFilterModel::SortKey::Title, tr("Title")},
        {Library::LibraryFilterModel::SortKey::Site, tr("Site")}};
    for (const auto &[key, label] : sorts) {
        QAction *action = sortMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(key == m_filter->sortKey());
        sortGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, key] { m_filter->setSortKey(key); });
    }
    m_sort->setMenu(sortMenu);
    header->addWidget(m_sort);
    layout->addLayout(header);

    m_restriction = new QWidget(this);
    auto *restrictionLayout = new QHBoxLayout(m_restriction);
    restrictionLayout->setContentsMargins(10, 0, 4, 4);
    m_restrictionLabel = new QLabel(m_restriction);
    m_restrictionLabel->setForegroundRole(QPalette::PlaceholderText);
    auto *clear = new QToolButton(m_restriction);
    clear->setText(QStringLiteral("✕"));
    clear->setAutoRaise(true);
    clear->setToolTip(tr("Show all articles again"));
    connect(clear, &QToolButton::clicked, this, [this] {
        m_filter->clearRestriction();
        updateState();
    });
    restrictionLayout->addWidget(m_restrictionLabel, 1);
    restrictionLayout->addWidget(clear);
    layout->addWidget(m_restriction);

    m_stack = new QStackedWidget(this);
    m_list = new QListView(m_stack);
    m_list->setObjectName(QStringLiteral("libraryView"));
    m_list->setAccessibleName(tr("Articles in the library"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new LibraryItemDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Every entry has the same height: the view then lays out 100,000 rows without asking each.
    m_list->setUniformItemSizes(true);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid())
            Q_EMIT articleActivated(current.data(Library::LibraryModel::IdRole).toLongLong());
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_list->indexAt(pos);
        if (index.isValid())
            Q_EMIT contextMenuRequested(index.data(Library::LibraryModel::IdRole).toLongLong(), m_list->viewport()->mapToGlobal(pos));
    });

    m_results = new QListWidget(m_stack);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setItemDelegate(new PanelItemDelegate(2, false, m_results));
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int row = m_results->row(item);
        if (row >= 0 && row < m_hits.size())
            Q_EMIT searchHitActivated(m_hits.at(row));
    });
    connect(m_results, &QListWidget::itemActivated, m_results, &QListWidget::itemClicked);

    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(20);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->insertWidget(ListPage, m_list);
    m_stack->insertWidget(ResultsPage, m_results);
    m_stack->insertWidget(EmptyPage, m_empty);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LibraryPanel::updateState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LibraryPanel::updateState);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LibraryPanel::updateState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LibraryPanel::updateState);
    // Damage found while the list was read: the empty list is not an empty library.
    connect(Library::LibraryHealth::instance(), &Library::LibraryHealth::damaged, this, &LibraryPanel::updateState,
            Qt::QueuedConnection);
    updateState();
}

void LibraryPanel::updateState()
{
    m_restriction->setVisible(m_filter->isRestricted() && !m_searching);
    m_restrictionLabel->setText(m_filter->restrictionLabel());
    if (m_searching) {
        m_stack->setCurrentIndex(m_hits.isEmpty() ? EmptyPage : ResultsPage);
        return;
    }
    if (m_filter->rowCount() > 0) {
        m_stack->setCurrentIndex(ListPage);
        return;
    }
    if (m_model->rowCount() == 0 && Library::LibraryHealth::isDamaged())
        m_empty->setText(tr("The list of articles cannot be read: the library is damaged."));
    else if (m_model->rowCount() == 0)
        m_empty->setText(tr("Your library is empty.\n\nImport an article with File › Import or drop a file here."));
    else
        m_empty->setText(tr("No articles in this view."));
    m_stack->setCurrentIndex(EmptyPage);
}

void LibraryPanel::selectArticle(qint64 id)
{
    const QModelIndex source = m_model->indexOfArticle(id);
    const QModelIndex index = m_filter->mapFromSource(source);
    if (index.isValid() && m_list->currentIndex() != index) {
        m_list->setCurrentIndex(index);
        m_list->scrollTo(index);
    }
}

qint64 LibraryPanel::currentArticle() const
{
    return m_list->currentIndex().data(Library::LibraryModel::IdRole).toLongLong();
}

void LibraryPanel::showSearchResults(const QString &query, const QList<Library::SearchHit> &hits)
{
    m_searching = true;
    m_hits = hits;
    m_results->clear();
    for (const Library::SearchHit &hit : hits) {
        auto *item = new QListWidgetItem(hit.title, m_results);
        QString secondary = plainSnippet(hit.snippet);
        if (hit.kind == Library::SearchHit::Kind::Highlight)
            secondary = tr("Highlight: %1").arg(secondary);
        else if (hit.kind == Library::SearchHit::Kind::Note)
            secondary = tr("Note: %1").arg(secondary);
        item->setData(PanelItemDelegate::SecondaryRole, secondary);
        item->setToolTip(secondary);
    }
    m_empty->setText(tr("Nothing in the library matches “%1”.").arg(query));
    updateState();
}

void LibraryPanel::clearSearch()
{
    m_searching = false;
    m_hits.clear();
    m_results->clear();
    updateState();
}

QList<qint64> LibraryPanel::listedArticles() const
{
    QList<qint64> ids;
    if (m_searching) {
        for (const Library::SearchHit &hit : m_hits) {
            if (!ids.contains(hit.articleId))
                ids << hit.articleId;
        }
        return ids;
    }
    for (int row = 0; row < m_filter->rowCount(); ++row)
        ids << m_filter->index(row, 0).data(Library::LibraryModel::IdRole).toLongLong();
    return ids;
}

void LibraryPanel::restrictTo(const QSet<qint64> &ids, const QString &label)
{
    m_filter->setRestriction(ids, label);
    updateState();
}

} // namespace Quoteshelf::Ui

#include "library/libraryfiltermodel.h"

#include "library/librarymodel.h"

#include <QDateTime>

namespace Quoteshelf::Library {

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(0, Qt::DescendingOrder);
}

void LibraryFilterModel::setSortKey(SortKey key)
{
    if (m_sortKey == key)
        return;
    m_sortKey = key;
    // Dates newest first, names alphabetically.
    const bool byName = key == SortKey::Title || key == SortKey::Site;
    invalidate();
    sort(0, byName ? Qt::AscendingOrder : Qt::DescendingOrder);
}

void LibraryFilterModel::setView(View view)
{
    if (m_view == view)
        return;
    m_view = view;
    invalidateFilter();
}

void LibraryFilterModel::setRestriction(const QSet<qint64> &ids, const QString &label)
{
    m_restricted = true;
    m_ids = ids;
    m_restrictionLabel = label;
    invalidateFilter();
}

void LibraryFilterModel::clearRestriction()
{
    if (!m_restricted)
        return;
    m_restricted = false;
    m_ids.clear();
    m_restrictionLabel.clear();
    invalidateFilter();
}

void LibraryFilterModel::setHidden(qint64 id, bool hidden)
{
    if (m_hidden.contains(id) == hidden)
        return;
    if (hidden)
        m_hidden.insert(id);
    else
        m_hidden.remove(id);
    invalidateFilter();
}

void LibraryFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_library = qobject_cast<const LibraryModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

namespace {

// A row of a source that is not a LibraryModel, read through its roles.
ArticleSummary summaryFromRoles(const QModelIndex &index)
{
    ArticleSummary s;
    s.id = index.data(LibraryModel::IdRole).toLongLong();
    s.title = index.data(LibraryModel::TitleRole).toString();
    s.siteName = index.data(LibraryModel::SiteRole).toString();
    s.published = index.data(LibraryModel::PublishedRole).toString();
    s.addedAt = index.data(LibraryModel::AddedRole).toDateTime();
    s.highlightCount = index.data(LibraryModel::HighlightCountRole).toInt();
    s.read = index.data(LibraryModel::ReadRole).toBool();
    s.archived = index.data(LibraryModel::ArchivedRole).toBool();
    return s;
}

} // namespace

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_library && !sourceParent.isValid())
        return accepts(m_library->summaryAt(sourceRow));
    return accepts(summaryFromRoles(sourceModel()->index(sourceRow, 0, sourceParent)));
}

bool LibraryFilterModel::accepts(const ArticleSummary &article) const
{
    if (m_hidden.contains(article.id))
        return false;
    if (m_restricted && !m_ids.contains(article.id))
        return false;
    switch (m_view) {
    case View::All: return !article.archived;
    case View::Unread: return !article.archived && !article.read;
    case View::WithHighlights: return !article.archived && article.highlightCount > 0;
    case View::Archived: return article.archived;
    }
    return true;
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // Sorting 100,000 rows makes some 1.7 million comparisons: the rows are read directly,
    // never through QVariant, when the source allows it.
    if (m_library && !left.parent().isValid() && !right.parent().isValid())
        return lessThan(m_library->summaryAt(left.row()), m_library->summaryAt(right.row()));
    return lessThan(summaryFromRoles(left), summaryFromRoles(right));
}

bool LibraryFilterModel::lessThan(const ArticleSummary &left, const ArticleSummary &right) const
{
    const auto title = [](const ArticleSummary &a) { return a.title.isEmpty() ? LibraryModel::tr("Untitled article") : a.title; };
    switch (m_sortKey) {
    case SortKey::Added:
        if (left.addedAt != right.addedAt)
            return left.addedAt < right.addedAt;
        return left.id < right.id;
    case SortKey::Published: {
        // Articles without a publication date sort as if published when they were added.
        const QString a = left.published.isEmpty() ? left.addedAt.toString(Qt::ISODate) : left.published;
        const QString b = right.published.isEmpty() ? right.addedAt.toString(Qt::ISODate) : right.published;
        return a < b;
    }
    case SortKey::Title:
        return QString::localeAwareCompare(title(left), title(right)) < 0;
    case SortKey::Site: {
        const int bySite = QString::localeAwareCompare(left.siteName, right.siteName);
        if (bySite != 0)
            return bySite < 0;
        return QString::localeAwareCompare(title(left), title(right)) < 0;
    }
    }
    return false;
}

} // namespace Quoteshelf::Library

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

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_hidden.contains(index.data(LibraryModel::IdRole).toLongLong()))
        return false;
    if (m_restricted && !m_ids.contains(index.data(LibraryModel::IdRole).toLongLong()))
        return false;
    const bool archived = index.data(LibraryModel::ArchivedRole).toBool();
    switch (m_view) {
    case View::All: return !archived;
    case View::Unread: return !archived && !index.data(LibraryModel::ReadRole).toBool();
    case View::WithHighlights: return !archived && index.data(LibraryModel::HighlightCountRole).toInt() > 0;
    case View::Archived: return archived;
    }
    return true;
}

bool LibraryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const auto text = [](const QModelIndex &index, int role) { return index.data(role).toString(); };
    switch (m_sortKey) {
    case SortKey::Added: {
        const QDateTime a = left.data(LibraryModel::AddedRole).toDateTime();
        const QDateTime b = right.data(LibraryModel::AddedRole).toDateTime();
        if (a != b)
            return a < b;
        return left.data(LibraryModel::IdRole).toLongLong() < right.data(LibraryModel::IdRole).toLongLong();
    }
    case SortKey::Published: {
        // Articles without a publication date sort as if published when they were added.
        QString a = text(left, LibraryModel::PublishedRole);
        QString b = text(right, LibraryModel::PublishedRole);
        if (a.isEmpty())
            a = left.data(LibraryModel::AddedRole).toDateTime().toString(Qt::ISODate);
        if (b.isEmpty())
            b = right.data(LibraryModel::AddedRole).toDateTime().toString(Qt::ISODate);
        return a < b;
    }
    case SortKey::Title:
        return QString::localeAwareCompare(text(left, LibraryModel::TitleRole), text(right, LibraryModel::TitleRole)) < 0;
    case SortKey::Site: {
        const int bySite = QString::localeAwareCompare(text(left, LibraryModel::SiteRole), text(right, LibraryModel::SiteRole));
        if (bySite != 0)
            return bySite < 0;
        return QString::localeAwareCompare(text(left, LibraryModel::TitleRole), text(right, LibraryModel::TitleRole)) < 0;
    }
    }
    return false;
}

} // namespace Quoteshelf::Library

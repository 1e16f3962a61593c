#include "library/librarymodel.h"

#include "library/articlerepository.h"

namespace Quoteshelf::Library {

LibraryModel::LibraryModel(ArticleRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    listen();
    reload();
}

LibraryModel::LibraryModel(ArticleRepository *repository, QList<ArticleSummary> rows, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_articles(std::move(rows))
{
    listen();
    rebuildIndex();
}

void LibraryModel::listen()
{
    connect(m_repository, &ArticleRepository::articleAdded, this, &LibraryModel::onArticleAdded);
    connect(m_repository, &ArticleRepository::articleChanged, this, &LibraryModel::onArticleChanged);
    connect(m_repository, &ArticleRepository::articleRemoved, this, &LibraryModel::onArticleRemoved);
}

void LibraryModel::reload()
{
    beginResetModel();
    m_articles = m_repository->summaries();
    rebuildIndex();
    endResetModel();
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ArticleSummary &a = m_articles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return a.title.isEmpty() ? tr("Untitled article") : a.title;
    case Qt::ToolTipRole:
        return a.byline.isEmpty() ? a.title : tr("%1\nby %2").arg(a.title, a.byline);
    case IdRole: return a.id;
    case SiteRole: return a.siteName;
    case BylineRole: return a.byline;
    case PublishedRole: return a.published;
    case AddedRole: return a.addedAt;
    case ProgressRole: return a.progress;
    case HighlightCountRole: return a.highlightCount;
    case WordCountRole: return a.wordCount;
    case ReadRole: return a.read;
    case ArchivedRole: return a.archived;
    default: return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "articleId"}, {TitleRole, "title"}, {SiteRole, "site"}, {BylineRole, "byline"},
                  {PublishedRole, "published"}, {AddedRole, "added"}, {ProgressRole, "progress"},
                  {HighlightCountRole, "highlightCount"}, {WordCountRole, "wordCount"}, {ReadRole, "read"}, {ArchivedRole, "archived"}});
    return names;
}

QModelIndex LibraryModel::indexOfArticle(qint64 id) const
{
    const auto it = m_rowOfId.constFind(id);
    return it == m_rowOfId.cend() ? QModelIndex() : index(*it);
}

void LibraryModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_articles.size());
    for (int row = 0; row < m_articles.size(); ++row)
        m_rowOfId.insert(m_articles.at(row).id, row);
}

void LibraryModel::synchronize()
{
    const QList<ArticleSummary> fresh = m_repository->summaries();
    QHash<qint64, qsizetype> freshIndex;
    freshIndex.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshIndex.insert(fresh.at(i).id, i);

    // Gone: removed from the bottom up so the rows above keep their numbers.
    bool removed = false;
    for (int row = int(m_articles.size()) - 1; row >= 0; --row) {
        if (freshIndex.contains(m_articles.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_articles.removeAt(row);
        endRemoveRows();
        removed = true;
    }
    if (removed)
        rebuildIndex();

    for (int row = 0; row < m_articles.size(); ++row) {
        const ArticleSummary &now = fresh.at(freshIndex.value(m_articles.at(row).id));
        if (now == m_articles.at(row))
            continue;
        m_articles[row] = now;
        Q_EMIT dataChanged(index(row), index(row));
    }

    for (const ArticleSummary &summary : fresh) {
        if (m_rowOfId.contains(summary.id))
            continue;
        const int row = int(m_articles.size());
        beginInsertRows({}, row, row);
        m_articles.append(summary);
        m_rowOfId.insert(summary.id, row);
        endInsertRows();
    }
}

void LibraryModel::onArticleAdded(qint64 id)
{
    // The library watcher may have shown an article a worker added before the worker's own
    // announcement arrives.
    if (m_rowOfId.contains(id)) {
        onArticleChanged(id);
        return;
    }
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    // Appended: existing rows keep their numbers (the proxy model does the ordering).
    const int row = int(m_articles.size());
    beginInsertRows({}, row, row);
    m_articles.append(*summary);
    m_rowOfId.insert(summary->id, row);
    endInsertRows();
}

void LibraryModel::onArticleRemoved(qint64 id)
{
    const QModelIndex removed = indexOfArticle(id);
    if (!removed.isValid())
        return;
    beginRemoveRows({}, removed.row(), removed.row());
    m_articles.removeAt(removed.row());
    rebuildIndex();
    endRemoveRows();
}

void LibraryModel::onArticleChanged(qint64 id)
{
    const QModelIndex changed = indexOfArticle(id);
    const auto summary = m_repository->summary(id);
    if (!changed.isValid() || !summary)
        return;
    m_articles[changed.row()] = *summary;
    Q_EMIT dataChanged(changed, changed);
}

} // namespace Quoteshelf::Library

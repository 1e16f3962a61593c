#include "library/librarymodel.h"

#include "library/articlerepository.h"

namespace Quoteshelf::Library {

LibraryModel::LibraryModel(ArticleRepository *repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
    connect(m_repository, &ArticleRepository::articleAdded, this, &LibraryModel::onArticleAdded);
    connect(m_repository, &ArticleRepository::articleChanged, this, &LibraryModel::onArticleChanged);
    reload();
}

void LibraryModel::reload()
{
    beginResetModel();
    m_articles = m_repository->summaries();
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
    default: return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "articleId"}, {TitleRole, "title"}, {SiteRole, "site"}, {BylineRole, "byline"},
                  {PublishedRole, "published"}, {AddedRole, "added"}, {ProgressRole, "progress"},
                  {HighlightCountRole, "highlightCount"}, {WordCountRole, "wordCount"}, {ReadRole, "read"}});
    return names;
}

QModelIndex LibraryModel::indexOfArticle(qint64 id) const
{
    for (int row = 0; row < m_articles.size(); ++row) {
        if (m_articles.at(row).id == id)
            return index(row);
    }
    return {};
}

void LibraryModel::onArticleAdded(qint64 id)
{
    const auto summary = m_repository->summary(id);
    if (!summary)
        return;
    // Newest first: a new article goes to the top.
    beginInsertRows({}, 0, 0);
    m_articles.prepend(*summary);
    endInsertRows();
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

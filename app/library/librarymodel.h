#pragma once

#include "library/records.h"

#include <QAbstractListModel>

namespace Quoteshelf::Library {

class ArticleRepository;

// The articles of the library, newest first. Listens to the repository and inserts rows as articles
// arrive instead of resetting.
class LibraryModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SiteRole,
        BylineRole,
        PublishedRole,
        AddedRole,
        ProgressRole,
        HighlightCountRole,
        WordCountRole,
        ReadRole,
    };

    explicit LibraryModel(ArticleRepository *repository, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfArticle(qint64 id) const;
    void reload();

private:
    void onArticleAdded(qint64 id);
    void onArticleChanged(qint64 id);

    ArticleRepository *m_repository = nullptr;
    QList<ArticleSummary> m_articles;
};

} // namespace Quoteshelf::Library

#pragma once

#include "library/records.h"

#include <QAbstractListModel>

namespace Quoteshelf::Library {

class ArticleRepository;

// The articles of the library, in the order they were added (LibraryFilterModel sorts). Listens to the repository and inserts rows as articles
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
        ArchivedRole,
    };

    explicit LibraryModel(ArticleRepository *repository, QObject *parent = nullptr);
    // Starts from rows already read (at start-up they are read on a worker while the window is
    // being made); they must be the repository's summaries().
    LibraryModel(ArticleRepository *repository, QList<ArticleSummary> rows, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfArticle(qint64 id) const;
    // The row's article without going through QVariant (sorting and filtering 100,000 rows).
    const ArticleSummary &summaryAt(int row) const { return m_articles.at(row); }
    // Re-reads one article's row (after it changed outside the repository's signals).
    void refresh(qint64 id) { onArticleChanged(id); }
    void reload();
    // Brings the rows in line with the library after other connections changed it (another
    // process, a worker thread): inserts, updates and removes rows instead of resetting, so the
    // selection and the scroll position stay.
    void synchronize();

private:
    void listen();
    void onArticleAdded(qint64 id);
    void onArticleChanged(qint64 id);
    void onArticleRemoved(qint64 id);
    void rebuildIndex();

    ArticleRepository *m_repository = nullptr;
    QList<ArticleSummary> m_articles;
    QHash<qint64, int> m_rowOfId; // kept in step with m_articles; O(1) lookups on every change
};

} // namespace Quoteshelf::Library

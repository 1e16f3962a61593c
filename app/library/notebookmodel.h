#pragma once

#include "library/highlightrecord.h"
#include "library/speakerindex.h"

#include <functional>
#include <QAbstractListModel>
#include <QHash>
#include <utility>

namespace Quoteshelf::Library {

class ArticleRepository;
class HighlightRepository;

// One entry of the notebook: a highlight (with its note and tags) or a quote the reader tagged.
struct NotebookEntry
{
    enum class Kind { Highlight, Quote };
    Kind kind = Kind::Highlight;
    qint64 id = 0; // the highlight's or the quote's id
    qint64 articleId = 0;
    QString articleTitle;
    QString text;
    QString note;
    QString color; // empty for quotes
    QStringList tags;
    QString speaker;
    qsizetype start = 0; // code points into the article text
    qsizetype end = 0;
    QDateTime created; // for a quote: when its article came into the library
    bool orphaned = false;

    bool operator==(const NotebookEntry &) const = default;
};

// Every highlight and tagged quote of the library, filtered and sorted for the Notebook window.
// Changing the filter reloads; afterwards the repositories' signals insert, update, move and
// remove single rows, so selections and scroll positions survive edits made elsewhere.
class NotebookModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotebookModel)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, // NotebookEntry::Kind as int
        IdRole,
        TextRole,
        NoteRole,
        ColorRole, // colour key (yellow, green, ...), empty for quotes
        TagsRole, // QStringList
        SpeakerRole,
        ArticleIdRole,
        ArticleTitleRole,
        StartRole,
        EndRole,
        CreatedRole,
        OrphanedRole,
    };
    enum class Sort { Newest, Oldest, Article, Color };
    Q_ENUM(Sort)

    // What the filter bar offers: whatever some entry has, regardless of the current filter.
    struct Facets
    {
        QStringList tags;
        QStringList speakers;
        QList<std::pair<qint64, QString>> articles; // id, title; sorted by title
    };

    explicit NotebookModel(HighlightRepository *highlights, ArticleRepository *articles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    HighlightFilter filter() const { return m_filter; }
    void setFilter(const HighlightFilter &filter);
    Sort sort() const { return m_sort; }
    void setSort(Sort sort);

    const NotebookEntry &entry(int row) const { return m_entries.at(row); }
    QModelIndex indexOf(NotebookEntry::Kind kind, qint64 id) const;
    Facets facets() const;
    void reload();

Q_SIGNALS:
    // Entries came, went or were retagged: the filter bar's choices may be out of date.
    void facetsChanged();

private:
    void onHighlightChanged(const HighlightRecord &record);
    void onHighlightRemoved(qint64 id);
    void onArticleChanged(qint64 articleId);
    void onArticleRemoved(qint64 articleId);
    void onTagsChanged();

    // Brings the rows in scope in line with fresh entries from the repositories, one insert /
    // update / move / remove at a time.
    void reconcile(const std::function<bool(const NotebookEntry &)> &inScope, const QList<NotebookEntry> &fresh);
    void syncArticle(qint64 articleId);
    void upsert(const NotebookEntry &entry);
    void removeAt(int row);

    NotebookEntry fromHighlight(const HighlightRecord &record);
    static NotebookEntry fromQuote(const LibraryQuote &quote);
    QString articleTitle(qint64 articleId);
    bool lessThan(const NotebookEntry &a, const NotebookEntry &b) const;
    int rowOf(NotebookEntry::Kind kind, qint64 id) const;

    HighlightRepository *m_highlights = nullptr;
    ArticleRepository *m_articles = nullptr;
    SpeakerIndex m_quotes;
    HighlightFilter m_filter;
    Sort m_sort = Sort::Newest;
    QList<NotebookEntry> m_entries;
    QHash<qint64, QString> m_titles; // article id -> title, filled on demand
};

} // namespace Quoteshelf::Library

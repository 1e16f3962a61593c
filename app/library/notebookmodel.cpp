#include "library/notebookmodel.h"

#include "library/articlerepository.h"
#include "library/highlightrepository.h"

#include <QSet>

#include <algorithm>

namespace Quoteshelf::Library {

namespace {

using Kind = NotebookEntry::Kind;

// Highlight and quote ids come from different tables: one number for both.
qint64 keyOf(Kind kind, qint64 id)
{
    return 2 * id + (kind == Kind::Quote ? 1 : 0);
}

int colorRank(const QString &color)
{
    const qsizetype rank = HighlightRepository::colors().indexOf(color);
    return rank < 0 ? 100 : int(rank); // quotes (no colour) after every colour
}

} // namespace

NotebookModel::NotebookModel(HighlightRepository *highlights, ArticleRepository *articles, QObject *parent)
    : QAbstractListModel(parent), m_highlights(highlights), m_articles(articles), m_quotes(articles->database())
{
    connect(m_highlights, &HighlightRepository::highlightAdded, this, &NotebookModel::onHighlightChanged);
    connect(m_highlights, &HighlightRepository::highlightChanged, this, &NotebookModel::onHighlightChanged);
    connect(m_highlights, &HighlightRepository::highlightRemoved, this, &NotebookModel::onHighlightRemoved);
    connect(m_highlights, &HighlightRepository::tagsChanged, this, &NotebookModel::onTagsChanged);
    connect(m_articles, &ArticleRepository::articleChanged, this, &NotebookModel::onArticleChanged);
    connect(m_articles, &ArticleRepository::articleRemoved, this, &NotebookModel::onArticleRemoved);
    reload();
}

int NotebookModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotebookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotebookEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return e.text.simplified();
    case Qt::ToolTipRole:
        return e.note.isEmpty() ? QVariant() : QVariant(e.note);
    case KindRole:
        return int(e.kind);
    case IdRole:
        return e.id;
    case TextRole:
        return e.text;
    case NoteRole:
        return e.note;
    case ColorRole:
        return e.color;
    case TagsRole:
        return e.tags;
    case SpeakerRole:
        return e.speaker;
    case ArticleIdRole:
        return e.articleId;
    case ArticleTitleRole:
        return e.articleTitle;
    case StartRole:
        return qint64(e.start);
    case EndRole:
        return qint64(e.end);
    case CreatedRole:
        return e.created;
    case OrphanedRole:
        return e.orphaned;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotebookModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert({ { KindRole, "kind" },
                   { IdRole, "entryId" },
                   { TextRole, "text" },
                   { NoteRole, "note" },
                   { ColorRole, "color" },
                   { TagsRole, "tags" },
                   { SpeakerRole, "speaker" },
                   { ArticleIdRole, "articleId" },
                   { ArticleTitleRole, "articleTitle" },
                   { StartRole, "start" },
                   { EndRole, "end" },
                   { CreatedRole, "created" },
                   { OrphanedRole, "orphaned" } });
    return names;
}

void NotebookModel::setFilter(const HighlightFilter &filter)
{
    m_filter = filter;
    reload();
}

void NotebookModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    // A layout change, not a reset: the selection follows its entries to their new rows.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<Kind, qint64>> keys;
    for (const QModelIndex &index : before)
        keys.append({ m_entries.at(index.row()).kind, m_entries.at(index.row()).id });
    std::sort(m_entries.begin(), m_entries.end(),
              [this](const NotebookEntry &a, const NotebookEntry &b) { return lessThan(a, b); });
    for (qsizetype i = 0; i < before.size(); ++i)
        changePersistentIndex(before.at(i), indexOf(keys.at(i).first, keys.at(i).second));
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void NotebookModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_titles.clear();
    const QList<HighlightRecord> highlights = m_highlights->allHighlights(m_filter);
    for (const HighlightRecord &record : highlights)
        m_entries.append(fromHighlight(record));
    const QList<LibraryQuote> quotes = m_quotes.taggedQuotes(m_filter);
    for (const LibraryQuote &quote : quotes)
        m_entries.append(fromQuote(quote));
    std::sort(m_entries.begin(), m_entries.end(),
              [this](const NotebookEntry &a, const NotebookEntry &b) { return lessThan(a, b); });
    endResetModel();
}

QModelIndex NotebookModel::indexOf(NotebookEntry::Kind kind, qint64 id) const
{
    const int row = rowOf(kind, id);
    return row < 0 ? QModelIndex() : index(row);
}

NotebookModel::Facets NotebookModel::facets() const
{
    Facets facets;
    QHash<QString, QString> tags, speakers; // case-folded -> first spelling
    QHash<qint64, QString> articles;
    const auto add = [&](const QStringList &entryTags, const QString &speaker, qint64 articleId, const QString &title) {
        for (const QString &tag : entryTags)
            tags.insert(tag.toCaseFolded(), tag);
        if (!speaker.trimmed().isEmpty() && !speakers.contains(speaker.toCaseFolded()))
            speakers.insert(speaker.toCaseFolded(), speaker);
        articles.insert(articleId, title);
    };
    const QList<HighlightRecord> highlights = m_highlights->allHighlights({});
    for (const HighlightRecord &h : highlights) {
        const auto summary = m_articles->summary(h.articleId);
        add(h.tags, h.speaker, h.articleId, summary ? summary->title : QString());
    }
    const QList<LibraryQuote> quotes = m_quotes.taggedQuotes({});
    for (const LibraryQuote &q : quotes)
        add(q.tags, q.speaker, q.articleId, q.articleTitle);
    facets.tags = tags.values();
    facets.tags.sort(Qt::CaseInsensitive);
    facets.speakers = speakers.values();
    facets.speakers.sort(Qt::CaseInsensitive);
    for (auto it = articles.cbegin(); it != articles.cend(); ++it)
        facets.articles.append({ it.key(), it.value().isEmpty() ? tr("Untitled article") : it.value() });
    std::sort(facets.articles.begin(), facets.articles.end(),
              [](const auto &a, const auto &b) { return a.second.localeAwareCompare(b.second) < 0; });
    return facets;
}

void NotebookModel::onHighlightChanged(const HighlightRecord &record)
{
    syncArticle(record.articleId);
    Q_EMIT facetsChanged();
}

void NotebookModel::onHighlightRemoved(qint64 id)
{
    const int row = rowOf(Kind::Highlight, id);
    if (row >= 0)
        removeAt(row);
    Q_EMIT facetsChanged();
}

void NotebookModel::onArticleChanged(qint64 articleId)
{
    // The title may have changed, or a quote's speaker (the reader's correction), or a re-import
    // re-anchored the highlights: everything of the article is read again.
    m_titles.remove(articleId);
    syncArticle(articleId);
}

void NotebookModel::onArticleRemoved(qint64 articleId)
{
    // The database dropped its highlights with it (ON DELETE CASCADE) without a signal each.
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries.at(row).articleId == articleId)
            removeAt(row);
    }
    m_titles.remove(articleId);
    Q_EMIT facetsChanged();
}

void NotebookModel::onTagsChanged()
{
    // Quote tags changed somewhere (highlight tags arrive with highlightChanged).
    QList<NotebookEntry> fresh;
    const QList<LibraryQuote> quotes = m_quotes.taggedQuotes(m_filter);
    for (const LibraryQuote &quote : quotes)
        fresh.append(fromQuote(quote));
    reconcile([](const NotebookEntry &e) { return e.kind == Kind::Quote; }, fresh);
    Q_EMIT facetsChanged();
}

void NotebookModel::syncArticle(qint64 articleId)
{
    QList<NotebookEntry> fresh;
    if (m_filter.articleId == 0 || m_filter.articleId == articleId) {
        HighlightFilter filter = m_filter;
        filter.articleId = articleId;
        const QList<HighlightRecord> highlights = m_highlights->allHighlights(filter);
        for (const HighlightRecord &record : highlights)
            fresh.append(fromHighlight(record));
        const QList<LibraryQuote> quotes = m_quotes.taggedQuotes(filter);
        for (const LibraryQuote &quote : quotes)
            fresh.append(fromQuote(quote));
    }
    reconcile([articleId](const NotebookEntry &e) { return e.articleId == articleId; }, fresh);
}

void NotebookModel::reconcile(const std::function<bool(const NotebookEntry &)> &inScope,
                              const QList<NotebookEntry> &fresh)
{
    QSet<qint64> keep;
    for (const NotebookEntry &e : fresh)
        keep.insert(keyOf(e.kind, e.id));
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        const NotebookEntry &e = m_entries.at(row);
        if (inScope(e) && !keep.contains(keyOf(e.kind, e.id)))
            removeAt(row);
    }
    for (const NotebookEntry &e : fresh)
        upsert(e);
}

void NotebookModel::upsert(const NotebookEntry &entry)
{
    const int row = rowOf(entry.kind, entry.id);
    const auto less = [this](const NotebookEntry &a, const NotebookEntry &b) { return lessThan(a, b); };
    if (row < 0) {
        const int at = int(std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, less) - m_entries.cbegin());
        beginInsertRows({}, at, at);
        m_entries.insert(at, entry);
        endInsertRows();
        return;
    }
    if (m_entries.at(row) == entry)
        return;
    // Where the entry belongs among the others, counted as if it were not in the list.
    int target = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (i != row && !less(entry, m_entries.at(i)))
            ++target;
    }
    m_entries[row] = entry;
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_entries.move(row, target);
        endMoveRows();
    }
    const QModelIndex changed = index(target);
    Q_EMIT dataChanged(changed, changed);
}

void NotebookModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

NotebookEntry NotebookModel::fromHighlight(const HighlightRecord &record)
{
    NotebookEntry e;
    e.kind = Kind::Highlight;
    e.id = record.id;
    e.articleId = record.articleId;
    e.articleTitle = articleTitle(record.articleId);
    e.text = record.exact;
    e.note = record.note;
    e.color = record.color;
    e.tags = record.tags;
    e.speaker = record.speaker;
    e.start = record.start;
    e.end = record.end;
    e.created = record.createdAt;
    e.orphaned = record.orphaned;
    return e;
}

NotebookEntry NotebookModel::fromQuote(const LibraryQuote &quote)
{
    NotebookEntry e;
    e.kind = Kind::Quote;
    e.id = quote.id;
    e.articleId = quote.articleId;
    e.articleTitle = quote.articleTitle.isEmpty() ? tr("Untitled article") : quote.articleTitle;
    e.text = quote.text;
    e.tags = quote.tags;
    e.speaker = quote.speaker;
    e.start = quote.start;
    e.end = quote.end;
    e.created = quote.articleAddedAt;
    return e;
}

QString NotebookModel::articleTitle(qint64 articleId)
{
    auto it = m_titles.find(articleId);
    if (it == m_titles.end()) {
        const auto summary = m_articles->summary(articleId);
        const QString title = summary && !summary->title.isEmpty() ? summary->title : tr("Untitled article");
        it = m_titles.insert(articleId, title);
    }
    return *it;
}

bool NotebookModel::lessThan(const NotebookEntry &a, const NotebookEntry &b) const
{
    // A strict total order (ties end on kind and id) so inserted rows land in a stable place.
    const auto newest = [](const NotebookEntry &x, const NotebookEntry &y) {
        if (x.created != y.created)
            return x.created > y.created;
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.id > y.id;
    };
    switch (m_sort) {
    case Sort::Newest:
        return newest(a, b);
    case Sort::Oldest:
        return newest(b, a);
    case Sort::Article:
        if (a.articleId != b.articleId) {
            const int byTitle = a.articleTitle.localeAwareCompare(b.articleTitle);
            return byTitle != 0 ? byTitle < 0 : a.articleId < b.articleId;
        }
        if (a.start != b.start)
            return a.start < b.start;
        return newest(a, b);
    case Sort::Color:
        if (colorRank(a.color) != colorRank(b.color))
            return colorRank(a.color) < colorRank(b.color);
        return newest(a, b);
    }
    return newest(a, b);
}

int NotebookModel::rowOf(NotebookEntry::Kind kind, qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).kind == kind && m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace Quoteshelf::Library

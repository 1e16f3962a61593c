#pragma once

#include "library/highlightrecord.h"

#include <optional>
#include <QObject>
#include <QVariantList>

namespace Quoteshelf::Library {

class Database;

// Owns all SQL for highlights, their tags, article notes and the reader's tags on articles and
// quotes; keeps articles.highlight_count right. Every public write is one transaction; a false /
// empty return means nothing changed. Offsets are code points into the article's stored text.
class HighlightRepository final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HighlightRepository)

public:
    explicit HighlightRepository(Database *database, QObject *parent = nullptr);

    static QStringList colors(); // yellow, green, blue, pink, purple
    static bool isValidColor(const QString &color);

    // Creates a highlight over [start, end) of the article's stored text; fills exact/prefix/suffix.
    // The note and tags go in with it, in the same transaction: all of it is saved or none.
    std::optional<HighlightRecord> create(qint64 articleId, qsizetype start, qsizetype end, const QString &color,
                                          qint64 quoteId = 0, const QString &note = {},
                                          const QStringList &tags = {});
    // Highlights an extracted quote's span, keeping the quote's speaker (the reader's correction
    // when there is one).
    std::optional<HighlightRecord> createFromQuote(qint64 quoteId, const QString &color);

    bool setColor(qint64 id, const QString &color);
    bool setNote(qint64 id, const QString &note);
    bool setTags(qint64 id, const QStringList &tags);
    bool remove(qint64 id);
    // Undo of remove(): puts the record back with the same id, note and tags.
    bool restore(const HighlightRecord &record);
    // Re-attaches a highlight (typically an orphan) to a new selection; clears orphaned.
    bool reattach(qint64 id, qsizetype start, qsizetype end);

    std::optional<HighlightRecord> highlight(qint64 id) const;
    QList<HighlightRecord> highlights(qint64 articleId) const; // text order, orphans last
    QList<HighlightRecord> allHighlights(const HighlightFilter &filter) const; // newest first

    QString articleNote(qint64 articleId) const;
    bool setArticleNote(qint64 articleId, const QString &markdown); // empty markdown deletes the note

    QStringList allTags() const; // every tag name, suggestions included, sorted case-insensitively
    QStringList readerTags() const; // the tags on highlights and quotes: what completion offers
    QStringList articleTags(qint64 articleId) const; // accepted (non-suggested) and reader tags
    bool setArticleTags(qint64 articleId, const QStringList &tags);
    QStringList quoteTags(qint64 quoteId) const;
    bool setQuoteTags(qint64 quoteId, const QStringList &tags);
    // Renames a tag everywhere; merges into `to` when a tag of that name already exists.
    bool renameTag(const QString &from, const QString &to);

Q_SIGNALS:
    void highlightAdded(const Quoteshelf::Library::HighlightRecord &record);
    void highlightChanged(const Quoteshelf::Library::HighlightRecord &record);
    void highlightRemoved(qint64 id, qint64 articleId);
    void articleNoteChanged(qint64 articleId);
    void tagsChanged();
    // articles.highlight_count changed; connect to ArticleRepository's list refresh.
    void articleHighlightCountChanged(qint64 articleId);

private:
    // One UPDATE of a fixed column list (assignments) with bound values; emits highlightChanged.
    bool updateOne(qint64 id, const QString &assignments, const QVariantList &values);

    Database *m_database = nullptr;
};

} // namespace Quoteshelf::Library

#include "library/highlightrepository.h"

#include "library/articlefields.h"

#include "core/logging.h"
#include "core/textoffsets.h"
#include "library/anchoring.h"
#include "library/database.h"
#include "library/searchengine.h"
#include "library/sqltransaction.h"
#include "library/tagstore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Quoteshelf::Library {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

constexpr QChar TagSeparator = QChar(0x1f);

constexpr auto Columns
    = "h.id, h.article_id, h.color, h.exact, h.prefix, h.suffix, h.start, h.\"end\", h.orphaned, h.note, "
      "coalesce(h.quote_id, 0), h.speaker, h.created_at, h.updated_at, "
      "(SELECT group_concat(t.name, char(31)) FROM highlight_tags ht JOIN tags t ON t.id = ht.tag_id "
      "WHERE ht.highlight_id = h.id)";

HighlightRecord readRecord(const QSqlQuery &query)
{
    HighlightRecord r;
    r.id = query.value(0).toLongLong();
    r.articleId = query.value(1).toLongLong();
    r.color = query.value(2).toString();
    r.exact = query.value(3).toString();
    r.prefix = query.value(4).toString();
    r.suffix = query.value(5).toString();
    r.start = query.value(6).toLongLong();
    r.end = query.value(7).toLongLong();
    r.orphaned = query.value(8).toBool();
    r.note = query.value(9).toString();
    r.quoteId = query.value(10).toLongLong();
    r.speaker = query.value(11).toString();
    r.createdAt = parseStoredTime(query.value(12).toString());
    r.updatedAt = parseStoredTime(query.value(13).toString());
    const QString tags = query.value(14).toString();
    if (!tags.isEmpty()) {
        r.tags = tags.split(TagSeparator);
        r.tags.sort(Qt::CaseInsensitive);
    }
    return r;
}

bool warnIfFailed(QSqlQuery &query)
{
    if (query.exec())
        return true;
    qCWarning(lcLibrary) << "highlight storage:" << query.lastError().text() << query.lastQuery();
    return false;
}

// articles.highlight_count counts every highlight of the article, orphans included: they are
// still the reader's and the Highlights panel lists them.
bool updateHighlightCount(const QSqlDatabase &db, qint64 articleId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE articles SET highlight_count = "
                                 "(SELECT count(*) FROM highlights WHERE article_id = :id) WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), articleId);
    return warnIfFailed(query);
}

std::optional<QString> articleText(const QSqlDatabase &db, qint64 articleId)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT text FROM article_content WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (!warnIfFailed(query) || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

bool validRange(const QString &text, qsizetype start, qsizetype end)
{
    return start >= 0 && start < end && end <= Core::codePointLength(text);
}

} // namespace

HighlightRepository::HighlightRepository(Database *database, QObject *parent)
    : QObject(parent), m_database(database) { }

QStringList HighlightRepository::colors()
{
    return { QStringLiteral("yellow"), QStringLiteral("green"), QStringLiteral("blue"), QStringLiteral("pink"),
             QStringLiteral("purple") };
}

bool HighlightRepository::isValidColor(const QString &color)
{
    return colors().contains(color);
}

std::optional<HighlightRecord> HighlightRepository::create(qint64 articleId, qsizetype start, qsizetype end,
                                                           const QString &color, qint64 quoteId, const QString &note,
                                                           const QStringList &tags)
{
    if (!isValidColor(color))
        return std::nullopt;
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return std::nullopt;
    const auto text = articleText(db, articleId);
    if (!text || !validRange(*text, start, end))
        return std::nullopt;

    QString speaker;
    if (quoteId != 0) {
        QSqlQuery quote(db);
        quote.prepare(
            QStringLiteral("SELECT coalesce(q.speaker_override, s.name, '') FROM quotes q "
                           "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ? AND q.article_id = ?"));
        quote.addBindValue(quoteId);
        quote.addBindValue(articleId);
        if (!warnIfFailed(quote) || !quote.next())
            return std::nullopt;
        speaker = quote.value(0).toString();
    }

    const TextSelector selector = Anchoring::selectorFor(*text, start, end);
    const QString now = nowIso();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO highlights (article_id, color, exact, prefix, suffix, start, \"end\", quote_id, speaker, note, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(articleId);
    insert.addBindValue(color);
    insert.addBindValue(nonNull(selector.exact));
    insert.addBindValue(nonNull(selector.prefix));
    insert.addBindValue(nonNull(selector.suffix));
    insert.addBindValue(qint64(selector.start));
    insert.addBindValue(qint64(selector.end));
    insert.addBindValue(quoteId != 0 ? QVariant(quoteId) : QVariant(QMetaType::fromType<qint64>()));
    insert.addBindValue(nonNull(speaker));
    insert.addBindValue(nonNull(note));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!warnIfFailed(insert) || !updateHighlightCount(db, articleId))
        return std::nullopt;
    const qint64 id = insert.lastInsertId().toLongLong();
    if ((!tags.isEmpty() && !TagStore::replaceLinks(db, TagStore::Link::Highlight, id, tags)) || !transaction.commit())
        return std::nullopt;

    const auto record = highlight(id);
    if (record) {
        Q_EMIT highlightAdded(*record);
        Q_EMIT articleHighlightCountChanged(articleId);
        if (!tags.isEmpty())
            Q_EMIT tagsChanged();
    }
    return record;
}

std::optional<HighlightRecord> HighlightRepository::createFromQuote(qint64 quoteId, const QString &color)
{
    QSqlQuery quote(m_database->connection());
    quote.prepare(QStringLiteral("SELECT article_id, start, \"end\" FROM quotes WHERE id = ?"));
    quote.addBindValue(quoteId);
    if (!warnIfFailed(quote) || !quote.next())
        return std::nullopt;
    return create(quote.value(0).toLongLong(), quote.value(1).toLongLong(), quote.value(2).toLongLong(), color,
                  quoteId);
}

bool HighlightRepository::updateOne(qint64 id, const QString &assignments, const QVariantList &values)
{
    const QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    // assignments is one of the fixed column lists below, never user text.
    query.prepare(QStringLiteral("UPDATE highlights SET %1, updated_at = ? WHERE id = ?").arg(assignments));
    for (const QVariant &value : values)
        query.addBindValue(value);
    query.addBindValue(nowIso());
    query.addBindValue(id);
    if (!warnIfFailed(query) || query.numRowsAffected() != 1)
        return false;
    if (const auto record = highlight(id))
        Q_EMIT highlightChanged(*record);
    return true;
}

bool HighlightRepository::setColor(qint64 id, const QString &color)
{
    if (!isValidColor(color))
        return false;
    return updateOne(id, QStringLiteral("color = ?"), { color });
}

bool HighlightRepository::setNote(qint64 id, const QString &note)
{
    return updateOne(id, QStringLiteral("note = ?"), { nonNull(note) });
}

bool HighlightRepository::setTags(qint64 id, const QStringList &tags)
{
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return false;
    QSqlQuery touch(db);
    touch.prepare(QStringLiteral("UPDATE highlights SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(nowIso());
    touch.addBindValue(id);
    if (!warnIfFailed(touch) || touch.numRowsAffected() != 1)
        return false;
    QList<qint64> dropped;
    if (!TagStore::replaceLinks(db, TagStore::Link::Highlight, id, tags, &dropped) || !TagStore::prune(db, dropped)
        || !transaction.commit())
        return false;
    if (const auto record = highlight(id))
        Q_EMIT highlightChanged(*record);
    Q_EMIT tagsChanged();
    return true;
}

bool HighlightRepository::remove(qint64 id)
{
    const auto record = highlight(id);
    if (!record)
        return false;
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return false;
    const QList<qint64> tagIds = TagStore::tagIdsOf(db, id);
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM highlights WHERE id = ?"));
    remove.addBindValue(id);
    if (!warnIfFailed(remove) || remove.numRowsAffected() != 1 || !updateHighlightCount(db, record->articleId)
        || !TagStore::prune(db, tagIds) || !transaction.commit())
        return false;
    Q_EMIT highlightRemoved(id, record->articleId);
    Q_EMIT articleHighlightCountChanged(record->articleId);
    if (!record->tags.isEmpty())
        Q_EMIT tagsChanged();
    return true;
}

bool HighlightRepository::restore(const HighlightRecord &record)
{
    if (record.id <= 0 || !isValidColor(record.color) || record.exact.isEmpty() || highlight(record.id))
        return false;
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return false;
    const QString now = nowIso();
    QSqlQuery insert(db);
    // The quote may have gone with a re-import since the highlight was removed: then keep the
    // speaker text only.
    insert.prepare(QStringLiteral(
        "INSERT INTO highlights (id, article_id, color, exact, prefix, suffix, start, \"end\", orphaned, note, "
        "quote_id, speaker, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM quotes WHERE id = ? AND article_id = ?), ?, ?, ?)"));
    insert.addBindValue(record.id);
    insert.addBindValue(record.articleId);
    insert.addBindValue(record.color);
    insert.addBindValue(record.exact);
    insert.addBindValue(nonNull(record.prefix));
    insert.addBindValue(nonNull(record.suffix));
    insert.addBindValue(qint64(record.start));
    insert.addBindValue(qint64(record.end));
    insert.addBindValue(record.orphaned ? 1 : 0);
    insert.addBindValue(nonNull(record.note));
    insert.addBindValue(record.quoteId);
    insert.addBindValue(record.articleId);
    insert.addBindValue(nonNull(record.speaker));
    insert.addBindValue(record.createdAt.isValid() ? record.createdAt.toUTC().toString(Qt::ISODateWithMs) : now);
    insert.addBindValue(now);
    if (!warnIfFailed(insert) || !TagStore::replaceLinks(db, TagStore::Link::Highlight, record.id, record.tags)
        || !updateHighlightCount(db, record.articleId) || !transaction.commit())
        return false;
    if (const auto restored = highlight(record.id))
        Q_EMIT highlightAdded(*restored);
    Q_EMIT articleHighlightCountChanged(record.articleId);
    if (!record.tags.isEmpty())
        Q_EMIT tagsChanged();
    return true;
}

bool HighlightRepository::reattach(qint64 id, qsizetype start, qsizetype end)
{
    const auto record = highlight(id);
    if (!record)
        return false;
    const auto text = articleText(m_database->connection(), record->articleId);
    if (!text || !validRange(*text, start, end))
        return false;
    const TextSelector selector = Anchoring::selectorFor(*text, start, end);
    return updateOne(id, QStringLiteral("exact = ?, prefix = ?, suffix = ?, start = ?, \"end\" = ?, orphaned = 0"),
                     { nonNull(selector.exact), nonNull(selector.prefix), nonNull(selector.suffix),
                       qint64(selector.start), qint64(selector.end) });
}

std::optional<HighlightRecord> HighlightRepository::highlight(qint64 id) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM highlights h WHERE h.id = ?").arg(QLatin1String(Columns)));
    query.addBindValue(id);
    if (!warnIfFailed(query) || !query.next())
        return std::nullopt;
    return readRecord(query);
}

QList<HighlightRecord> HighlightRepository::highlights(qint64 articleId) const
{
    QList<HighlightRecord> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM highlights h WHERE h.article_id = ? "
                                 "ORDER BY h.orphaned, h.start, h.\"end\", h.id")
                      .arg(QLatin1String(Columns)));
    query.addBindValue(articleId);
    if (warnIfFailed(query)) {
        while (query.next())
            result.append(readRecord(query));
    }
    return result;
}

QList<HighlightRecord> HighlightRepository::allHighlights(const HighlightFilter &filter) const
{
    // The WHERE clause is assembled from fixed fragments only; every value is bound.
    QStringList conditions;
    QVariantList values;
    if (!filter.colors.isEmpty()) {
        QStringList marks;
        for (const QString &color : filter.colors) {
            marks << QStringLiteral("?");
            values << color;
        }
        conditions << QStringLiteral("h.color IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.tag.trimmed().isEmpty()) {
        conditions << QStringLiteral("h.id IN (SELECT ht.highlight_id FROM highlight_tags ht JOIN tags t ON t.id = "
                                     "ht.tag_id WHERE t.name = ?)");
        values << filter.tag.trimmed();
    }
    if (!filter.speaker.trimmed().isEmpty()) {
        conditions << QStringLiteral("h.speaker = ? COLLATE NOCASE");
        values << filter.speaker.trimmed();
    }
    if (filter.articleId != 0) {
        conditions << QStringLiteral("h.article_id = ?");
        values << filter.articleId;
    }
    if (filter.createdFrom.isValid()) {
        conditions << QStringLiteral("h.created_at >= ?");
        values << filter.createdFrom.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.createdTo.isValid()) {
        conditions << QStringLiteral("h.created_at < ?");
        values << filter.createdTo.toUTC().toString(Qt::ISODateWithMs);
    }
    if (!filter.includeOrphans)
        conditions << QStringLiteral("h.orphaned = 0");
    if (!filter.text.trimmed().isEmpty()) {
        const QString expression = SearchQuery::parse(filter.text).ftsExpression();
        if (!expression.isEmpty()) {
            conditions << QStringLiteral("2 * h.id IN (SELECT rowid FROM annotations_fts WHERE annotations_fts MATCH ? "
                                         "AND kind = 'highlight')");
            values << expression;
        }
    }

    QList<HighlightRecord> result;
    QSqlQuery query(m_database->connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM highlights h %2 ORDER BY h.created_at DESC, h.id DESC")
                      .arg(QLatin1String(Columns),
                           conditions.isEmpty() ? QString()
                                                : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (warnIfFailed(query)) {
        while (query.next())
            result.append(readRecord(query));
    }
    return result;
}

QString HighlightRepository::articleNote(qint64 articleId) const
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT body FROM notes WHERE article_id = ?"));
    query.addBindValue(articleId);
    if (warnIfFailed(query) && query.next())
        return query.value(0).toString();
    return {};
}

bool HighlightRepository::setArticleNote(qint64 articleId, const QString &markdown)
{
    const QSqlDatabase db = m_database->connection();
    if (!articleText(db, articleId))
        return false;
    QSqlQuery query(db);
    if (markdown.trimmed().isEmpty()) {
        query.prepare(QStringLiteral("DELETE FROM notes WHERE article_id = ?"));
        query.addBindValue(articleId);
    } else {
        query.prepare(QStringLiteral("INSERT INTO notes (article_id, body, updated_at) VALUES (?, ?, ?) "
                                     "ON CONFLICT(article_id) DO UPDATE SET body = excluded.body, "
                                     "updated_at = excluded.updated_at WHERE body <> excluded.body"));
        query.addBindValue(articleId);
        query.addBindValue(markdown);
        query.addBindValue(nowIso());
    }
    if (!warnIfFailed(query))
        return false;
    if (query.numRowsAffected() > 0)
        Q_EMIT articleNoteChanged(articleId);
    return true;
}

QStringList HighlightRepository::allTags() const
{
    return TagStore::allNames(m_database->connection());
}

QStringList HighlightRepository::readerTags() const
{
    return TagStore::readerNames(m_database->connection());
}

QStringList HighlightRepository::articleTags(qint64 articleId) const
{
    return TagStore::linkedNames(m_database->connection(), TagStore::Link::Article, articleId);
}

bool HighlightRepository::setArticleTags(qint64 articleId, const QStringList &tags)
{
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive() || !articleText(db, articleId))
        return false;
    QList<qint64> dropped;
    if (!TagStore::replaceLinks(db, TagStore::Link::Article, articleId, tags, &dropped) || !TagStore::prune(db, dropped)
        || !transaction.commit())
        return false;
    Q_EMIT tagsChanged();
    return true;
}

QStringList HighlightRepository::quoteTags(qint64 quoteId) const
{
    return TagStore::linkedNames(m_database->connection(), TagStore::Link::Quote, quoteId);
}

bool HighlightRepository::setQuoteTags(qint64 quoteId, const QStringList &tags)
{
    const QSqlDatabase db = m_database->connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return false;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM quotes WHERE id = ?"));
    exists.addBindValue(quoteId);
    if (!warnIfFailed(exists) || !exists.next())
        return false;
    exists.finish();
    QList<qint64> dropped;
    if (!TagStore::replaceLinks(db, TagStore::Link::Quote, quoteId, tags, &dropped) || !TagStore::prune(db, dropped)
        || !transaction.commit())
        return false;
    Q_EMIT tagsChanged();
    return true;
}

bool HighlightRepository::renameTag(const QString &from, const QString &to)
{
    const QSqlDatabase db = m_database->connection();
    QList<qint64> affected;
    {
        SqlTransaction transaction(db);
        if (!transaction.isActive())
            return false;
        const auto result = TagStore::rename(db, from, to);
        if (!result || !transaction.commit())
            return false;
        affected = *result;
    }
    for (const qint64 id : std::as_const(affected)) {
        if (const auto record = highlight(id))
            Q_EMIT highlightChanged(*record);
    }
    Q_EMIT tagsChanged();
    return true;
}

} // namespace Quoteshelf::Library
